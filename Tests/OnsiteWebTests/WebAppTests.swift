import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteContent
import OnsiteCore
import OnsiteLabs
import OnsiteSQLite
import OnsiteStorage
import OnsiteTestSupport
import OnsiteWeb
import Synchronization
import Testing

/// The web app over a real socket (HummingbirdTesting's live mode), with the shipped content and an in-memory
/// SQLite store.
@Suite("Web app")
struct WebAppTests {
    static let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog

    let session = WebSession()
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.inMemory()
    }

    static let search = Result { try FullTextIndex(documents: catalog.searchDocuments) }

    /// The real stores over one in-memory database, the real search index and the real judges.
    static func dependencies(_ database: AppDatabase, clock: @escaping @Sendable () -> Date = { Date() }) throws -> WebDependencies {
        WebDependencies(catalog: catalog, progress: SQLiteProgressStore(database: database),
                        reviews: SQLiteReviewStore(database: database), attempts: SQLiteAttemptStore(database: database),
                        mocks: SQLiteMockStore(database: database),
                        search: try search.get(), planning: planningDesk(database), clock: clock)
    }

    /// The planning stores over the same database.
    static func planningDesk(_ database: AppDatabase) -> PlanningDesk {
        PlanningDesk(catalog: catalog, reviews: SQLiteReviewStore(database: database), attempts: SQLiteAttemptStore(database: database),
                     mocks: SQLiteMockStore(database: database), stories: SQLiteStoryStore(database: database),
                     checklist: SQLiteChecklistStore(database: database), plans: SQLitePlanStore(database: database),
                     labs: SQLiteLabProgressStore(database: database), calendar: utcCalendar)
    }

    static var utcCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    func app() async throws -> some ApplicationProtocol {
        try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0), dependencies: Self.dependencies(database),
                                   session: session)
    }

    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    @Test("the dashboard, the bank and a question render as HTML with the CSRF token in the page")
    func pages() async throws {
        try await app().test(.live) { client in
            let dashboard = try await client.execute(uri: "/", method: .get)
            #expect(dashboard.status == .ok)
            #expect(dashboard.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(Self.text(dashboard).contains("<svg role=\"img\""))
            #expect(Self.text(dashboard).contains(session.csrfToken))

            let bank = try await client.execute(uri: "/questions?track=sql", method: .get)
            #expect(bank.status == .ok)
            let sqlCount = Self.catalog.questions.filter { $0.track == .sql }.count
            #expect(Self.text(bank).contains("<p>\(sqlCount) questions.</p>"))
            #expect(!Self.text(bank).contains("href=\"/questions/py-"))

            let question = try await client.execute(uri: "/questions/py-gil", method: .get)
            #expect(question.status == .ok)
            #expect(Self.text(question).contains("<h1>"))
            #expect(Self.text(question).contains("Key points"))
        }
    }

    @Test("the guide and the challenge list render, and the challenge list marks what is solved")
    func guideAndChallenges() async throws {
        try await SQLiteAttemptStore(database: database).record(Attempt(
            challengeID: "py-find-duplicates", engine: "python", verdict: .accepted, submittedAt: Date(), milliseconds: 3,
            code: "def find_duplicates(items): ..."))
        try await app().test(.live) { client in
            let guide = try await client.execute(uri: "/guide", method: .get)
            #expect(guide.status == .ok)
            let first = try #require(Self.catalog.guide.first)
            #expect(Self.text(guide).contains("href=\"/guide/\(first.id)\""))
            let page = try await client.execute(uri: "/guide/\(first.id)", method: .get)
            #expect(page.status == .ok)
            #expect(Self.text(page).contains("<h2>"), "guide Markdown is rendered to HTML")

            let list = try await client.execute(uri: "/api/challenges?track=python&status=solved", method: .get)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [String: Any])
            #expect(json["count"] as? Int == 1)
            #expect((json["challenges"] as? [[String: Any]])?.first?["id"] as? String == "py-find-duplicates")
            let all = try await client.execute(uri: "/api/challenges", method: .get)
            let allJSON = try #require(try JSONSerialization.jsonObject(with: Data(buffer: all.body)) as? [String: Any])
            #expect(allJSON["count"] as? Int == Self.catalog.sqlChallenges.count + Self.catalog.pythonChallenges.count)
            let html = try await client.execute(uri: "/challenges", method: .get)
            #expect(Self.text(html).contains("1 of \(Self.catalog.sqlChallenges.count + Self.catalog.pythonChallenges.count) solved"))
        }
    }

    @Test("the JSON API lists and shows questions")
    func api() async throws {
        try await app().test(.live) { client in
            let list = try await client.execute(uri: "/api/questions?track=python&difficulty=easy", method: .get)
            #expect(list.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [String: Any])
            let rows = try #require(json["questions"] as? [[String: Any]])
            #expect(rows.count == Self.catalog.questions.filter { $0.track == .python && $0.difficulty == .easy }.count)
            #expect(rows.allSatisfy { ($0["id"] as? String)?.hasPrefix("py-") == true })

            let one = try await client.execute(uri: "/api/questions/py-gil", method: .get)
            #expect(one.status == .ok)
            #expect(Self.text(one).contains("\"id\":\"py-gil\""))
        }
    }

    @Test("a missing question is a friendly HTML page, or a JSON problem document under /api")
    func notFound() async throws {
        try await app().test(.live) { client in
            let page = try await client.execute(uri: "/questions/no-such-question", method: .get)
            #expect(page.status == .notFound)
            #expect(Self.text(page).contains("There is no question no-such-question"))
            #expect(Self.text(page).contains("<html"))
            let problem = try await client.execute(uri: "/api/questions/no-such-question", method: .get)
            #expect(problem.status == .notFound)
            #expect(problem.headers[.contentType] == "application/problem+json")
            #expect(Self.text(problem).contains("\"status\":404"))
        }
    }

    @Test("starring needs the same origin and the session's CSRF token, and then is saved")
    func csrf() async throws {
        let body = ByteBuffer(string: #"{"starred": true}"#)
        try await app().test(.live) { client in
            let noToken = try await client.execute(uri: "/api/questions/py-gil/star", method: .post,
                                                   headers: [.origin: "http://localhost", .contentType: "application/json"], body: body)
            #expect(noToken.status == .forbidden)
            let crossSite = try await client.execute(
                uri: "/api/questions/py-gil/star", method: .post,
                headers: [.origin: "http://evil.example", .csrfTokenHeader: session.csrfToken], body: body)
            #expect(crossSite.status == .forbidden)
            #expect(try await SQLiteProgressStore(database: database).progress(for: "py-gil")?.starred != true)

            let allowed = try await client.execute(
                uri: "/api/questions/py-gil/star", method: .post,
                headers: [.origin: "http://localhost", .csrfTokenHeader: session.csrfToken], body: body)
            #expect(allowed.status == .ok, "\(Self.text(allowed))")
            #expect(try await SQLiteProgressStore(database: database).progress(for: "py-gil")?.starred == true)
        }
    }

    @Test("a page is kept for a second: a write through the app shows at once, one made elsewhere once the page is stale")
    func pageCache() async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        let dependencies = try Self.dependencies(database, clock: { clock.now })
        let app = try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0), dependencies: dependencies,
                                             session: session)
        let starButton = #"aria-pressed="true""#
        try await app.test(.live) { client in
            #expect(!Self.text(try await client.execute(uri: "/questions/py-gil", method: .get)).contains(starButton))

            // Through the app: the POST drops the cached page, so the very next GET shows the star.
            let star = try await client.execute(
                uri: "/api/questions/py-gil/star", method: .post,
                headers: [.origin: "http://localhost", .csrfTokenHeader: session.csrfToken],
                body: ByteBuffer(string: #"{"starred": true}"#))
            #expect(star.status == .ok)
            #expect(Self.text(try await client.execute(uri: "/questions/py-gil", method: .get)).contains(starButton))

            // Behind the app's back (as `onsite` in a terminal would): the cached page stands until it is a second old.
            try await SQLiteProgressStore(database: database).setStarred(false, for: "py-gil")
            #expect(Self.text(try await client.execute(uri: "/questions/py-gil", method: .get)).contains(starButton))
            clock.advance(by: 1)
            #expect(!Self.text(try await client.execute(uri: "/questions/py-gil", method: .get)).contains(starButton))
        }
    }

    @Test("a request addressed to another host name is refused (DNS rebinding)")
    func rebinding() async throws {
        try await app().test(.live) { client in
            // The test client always says "localhost", so this request is written by hand on a plain socket.
            let port = try #require(client.port)
            let refused = try RawHTTP.statusLine(port: port, request: "GET / HTTP/1.1\r\nHost: attacker.example:\(port)\r\nConnection: close\r\n\r\n")
            #expect(refused.hasPrefix("HTTP/1.1 421"), "\(refused)")
            let allowed = try RawHTTP.statusLine(port: port, request: "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
            #expect(allowed.hasPrefix("HTTP/1.1 200"), "\(allowed)")
        }
    }

    @Test("an oversized body is refused before it is read")
    func bodyCap() async throws {
        let big = ByteBuffer(string: String(repeating: "x", count: 300 * 1024))
        try await app().test(.live) { client in
            let response = try await client.execute(
                uri: "/api/questions/py-gil/star", method: .post,
                headers: [.origin: "http://localhost", .csrfTokenHeader: session.csrfToken], body: big)
            #expect(response.status == .contentTooLarge)
        }
    }
}

extension HTTPField.Name {
    static let csrfTokenHeader = Self("X-CSRF-Token")!
}

/// A bare HTTP/1.1 exchange over a TCP socket to 127.0.0.1, for requests a test client will not send.
enum RawHTTP {
    struct Failure: Error {}

    static func statusLine(port: Int, request: String) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure() }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure() }
        _ = Array(request.utf8).withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(socket, &buffer, buffer.count, 0)
        guard count > 0 else { throw Failure() }
        return String(decoding: buffer.prefix(count), as: UTF8.self).components(separatedBy: "\r\n").first ?? ""
    }
}

/// Every documented operation is exercised over a real socket, and docs/openapi.yaml is validated as OpenAPI 3.1
/// with each response checked against its schema by jsonschema (scripts/validate-openapi.py, in the project venv).
@Suite("Web API matches docs/openapi.yaml")
struct OpenAPIContractTests {
    static let firstScenarioID = WebAppTests.catalog.scenarios.first?.id ?? "sd-missing"
    /// The app's clock stands still in this test, so the mock started in it has a known id.
    static let mockStart = Date(timeIntervalSince1970: 1_796_374_800)
    static let mockID = MockReport.id(startingAt: mockStart)

    struct Exchange: Encodable, Sendable {
        var path: String
        var method: String
        var status: Int
        var contentType: String
        var template: String
        var body: JSONValue

        enum CodingKeys: String, CodingKey {
            case path, method, status, contentType = "content_type", template, body
        }
    }

    @Test("every documented operation answers as documented")
    func responsesMatchTheDocument() async throws {
        let database = try AppDatabase.inMemory()
        let session = WebSession()
        // A real lab server in a home of its own, so the labs API answers for real (moto from the project venv).
        let labHome = try TemporaryDirectory(prefix: "onsite-contract-labs")
        let labServer = LabServer(home: labHome.url, venv: RepositoryPaths.root.appendingPathComponent(".venv"))
        defer { labServer.stop() }
        var dependencies = try WebAppTests.dependencies(database, clock: { Self.mockStart })
        dependencies.labs = LabDesk(catalog: dependencies.catalog, server: labServer, progress: SQLiteLabProgressStore(database: database))
        let app = try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0), dependencies: dependencies,
                                             session: session)
        let run = "/api/mocks/runs/\(Self.mockID)"
        let post: HTTPFields = [.origin: "http://localhost", .csrfTokenHeader: session.csrfToken, .contentType: "application/json"]
        let calls: [(path: String, template: String, method: HTTPRequest.Method, headers: HTTPFields, body: String?)] = [
            ("/api/today", "/api/today", .get, [:], nil),
            ("/api/questions?track=sql&difficulty=hard", "/api/questions", .get, [:], nil),
            ("/api/questions/py-gil", "/api/questions/{id}", .get, [:], nil),
            ("/api/questions/no-such-question", "/api/questions/{id}", .get, [:], nil),
            ("/api/questions/py-gil/star", "/api/questions/{id}/star", .post, post, #"{"starred": true}"#),
            ("/api/questions/py-gil/star", "/api/questions/{id}/star", .post, post, #"{"star": 1}"#),
            ("/api/questions/py-gil/star", "/api/questions/{id}/star", .post, [.origin: "http://localhost"], #"{"starred": true}"#),
            ("/api/guide", "/api/guide", .get, [:], nil),
            ("/api/challenges?track=python&status=unsolved", "/api/challenges", .get, [:], nil),
            ("/api/challenges/sql-running-total", "/api/challenges/{id}", .get, [:], nil),
            ("/api/challenges/py-find-duplicates", "/api/challenges/{id}", .get, [:], nil),
            ("/api/challenges/no-such-challenge", "/api/challenges/{id}", .get, [:], nil),
            ("/api/challenges/sql-running-total/run", "/api/challenges/{id}/run", .post, post, #"{"code": "SELECT 1"}"#),
            ("/api/challenges/sql-running-total/run", "/api/challenges/{id}/run", .post, post, #"{"code": "  "}"#),
            ("/api/challenges/py-find-duplicates/submit", "/api/challenges/{id}/submit", .post, post,
             #"{"code": "def find_duplicates(items):\n    return []\n"}"#),
            ("/api/search?q=partition+pruning", "/api/search", .get, [:], nil),
            ("/api/search", "/api/search", .get, [:], nil),
            ("/api/questions/py-gil/note", "/api/questions/{id}/note", .post, post, #"{"note": "GIL: one thread runs bytecode"}"#),
            ("/api/drill/next", "/api/drill/next", .get, [:], nil),
            ("/api/drill/py-gil/reveal", "/api/drill/{id}/reveal", .post, post, #"{"answer": "the global interpreter lock"}"#),
            ("/api/drill/py-gil/rate", "/api/drill/{id}/rate", .post, post, #"{"rating": 3, "coverage": 0.25}"#),
            ("/api/drill/py-gil/rate", "/api/drill/{id}/rate", .post, post, #"{"rating": 7}"#),
            ("/api/progress", "/api/progress", .get, [:], nil),
            ("/api/scenarios", "/api/scenarios", .get, [:], nil),
            ("/api/scenarios/\(Self.firstScenarioID)", "/api/scenarios/{id}", .get, [:], nil),
            ("/api/scenarios/sd-no-such-scenario", "/api/scenarios/{id}", .get, [:], nil),
            ("/api/estimate?events_per_day=1000000&event_bytes=1000&peak_factor=10&consumers=2&enhanced_fan_out=on", "/api/estimate", .get, [:], nil),
            ("/api/estimate?event_bytes=1000", "/api/estimate", .get, [:], nil),
            ("/api/mocks", "/api/mocks", .post, post, #"{"format": "behavioral"}"#),
            ("/api/mocks", "/api/mocks", .post, post, #"{"format": "weekly"}"#),
            ("\(run)/answer", "/api/mocks/runs/{id}/answer", .post, post, #"{"answer": "I build pipelines for a retailer."}"#),
            ("\(run)/answer", "/api/mocks/runs/{id}/answer", .post, post,
             #"{"situation": "A load kept failing.", "task": "I owned the fix.", "action": "I added retries.", "result": "No failures for a month."}"#),
            ("\(run)/answer", "/api/mocks/runs/{id}/answer", .post, post, #"{"step": "stop"}"#),
            ("\(run)/score", "/api/mocks/runs/{id}/score", .post, post, #"{"scores": [9]}"#),
            ("\(run)/score", "/api/mocks/runs/{id}/score", .post, post, #"{"scores": [3, 2]}"#),
            ("/api/mocks/runs/no-such-run/answer", "/api/mocks/runs/{id}/answer", .post, post, #"{"answer": "x"}"#),
            ("/api/mocks", "/api/mocks", .get, [:], nil),
            ("/api/mocks/\(Self.mockID)", "/api/mocks/{id}", .get, [:], nil),
            ("/api/mocks/no-such-mock", "/api/mocks/{id}", .get, [:], nil),
            ("/api/plan", "/api/plan", .get, [:], nil),
            ("/api/plan", "/api/plan", .post, post, #"{"minutes_per_day": 90}"#),
            ("/api/plan", "/api/plan", .post, post, #"{"interview_date": "2026-11-01"}"#),
            ("/api/plan", "/api/plan", .post, post, #"{"interview_date": "2027-02-30"}"#),
            ("/api/plan", "/api/plan", .post, post, #"{"interview_date": "2027-02-01"}"#),
            ("/api/plan", "/api/plan", .post, post, #"{"minutes_per_day": 20}"#),
            ("/api/plan", "/api/plan", .post, post, #"{"minutes_per_day": 90, "weekends": false}"#),
            ("/api/plan", "/api/plan", .post, post, #"{"weekends": "no"}"#),
            ("/api/plan", "/api/plan", .get, [:], nil),
            ("/api/checklist", "/api/checklist", .get, [:], nil),
            ("/api/checklist/logistics-1", "/api/checklist/{id}", .post, post, #"{"ticked": true}"#),
            ("/api/checklist/logistics-1", "/api/checklist/{id}", .post, post, #"{"tick": 1}"#),
            ("/api/checklist/technical-1", "/api/checklist/{id}", .post, post, #"{"ticked": true}"#),
            ("/api/checklist/no-such-item", "/api/checklist/{id}", .post, post, #"{"ticked": true}"#),
            ("/api/readiness", "/api/readiness", .get, [:], nil),
            ("/api/readiness?date=2027-03-01", "/api/readiness", .get, [:], nil),
            ("/api/readiness?date=tomorrow", "/api/readiness", .get, [:], nil),
            ("/api/stories", "/api/stories", .get, [:], nil),
            ("/api/stories/lint", "/api/stories/lint", .post, post,
             #"{"title": "Draft", "action": "We shipped it.", "result": "It went well.", "principles": ["not-a-principle"]}"#),
            ("/api/stories/lint", "/api/stories/lint", .post, post, #"{"principles": "ownership"}"#),
            ("/api/stories", "/api/stories", .post, post,
             #"{"title": "Fixed a flaky load", "situation": "A nightly load failed twice a week.", "task": "I owned the fix.", "action": "I added retries and an idempotent merge.", "result": "No failures for 30 days.", "principles": ["ownership"], "questions": ["Tell me about a time you fixed something broken."]}"#),
            ("/api/stories", "/api/stories", .post, post, #"{"situation": "No title yet."}"#),
            ("/api/stories/sample-etl-runtime", "/api/stories/{id}", .post, post,
             #"{"situation": "A nightly job ran six hours.", "task": "I owned it.", "action": "I made the load incremental.", "result": "It runs in 90 minutes.", "principles": ["deliver-results"]}"#),
            ("/api/stories/no-such-story", "/api/stories/{id}", .post, post, #"{"title": "x"}"#),
            ("/api/stories/sample-etl-runtime/delete", "/api/stories/{id}/delete", .post, post, "{}"),
            ("/api/stories/sample-etl-runtime/delete", "/api/stories/{id}/delete", .post, post, "{}"),
            ("/api/stories/fixed-a-flaky-load/delete", "/api/stories/{id}/delete", .post, [.origin: "http://localhost"], "{}"),
            ("/api/labs", "/api/labs", .get, [:], nil),
            ("/api/labs/lab-kms-secrets/check", "/api/labs/{id}/check", .post, post, "{}"),
            ("/api/labs/no-such-lab/start", "/api/labs/{id}/start", .post, post, "{}"),
            ("/api/labs/lab-kms-secrets/start", "/api/labs/{id}/start", .post, post, "{}"),
            ("/api/labs/lab-s3-data-lake/start", "/api/labs/{id}/start", .post, post, "{}"),
            ("/api/labs/lab-kms-secrets/check", "/api/labs/{id}/check", .post, post, "{}"),
            ("/api/labs/lab-kms-secrets/reset", "/api/labs/{id}/reset", .post, post, "{}"),
            ("/api/labs/stop", "/api/labs/stop", .post, post, "{}"),
            ("/api/labs/stop", "/api/labs/stop", .post, post, "{}"),
        ]
        let exchanges = try await app.test(.live) { client in
            var exchanges: [Exchange] = []
            for call in calls {
                let response = try await client.execute(uri: call.path, method: call.method, headers: call.headers,
                                                        body: call.body.map { ByteBuffer(string: $0) })
                let body = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: response.body))
                exchanges.append(Exchange(path: call.path, method: call.method.rawValue.lowercased(), status: response.status.code,
                                          contentType: response.headers[.contentType] ?? "", template: call.template, body: body))
            }
            return exchanges
        }
        #expect(Set(exchanges.map(\.status)) == [200, 400, 403, 404, 409])

        let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "no .venv: run scripts/setup")
        let document = RepositoryPaths.root.appendingPathComponent("docs/openapi.yaml")
        let documented = try String(contentsOf: document, encoding: .utf8)
        for template in Set(calls.map(\.template)) {
            #expect(documented.contains("  \(template):"), "\(template) is served but not documented")
        }
        let input = String(decoding: try JSONEncoder().encode(exchanges), as: UTF8.self)
        let result = try ProgramRunner.run(python, [RepositoryPaths.root.appendingPathComponent("scripts/validate-openapi.py").path,
                                                    document.path], input: input, timeout: 60)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr.suffix(1500))")
    }
}

/// A clock the test moves by hand, read by the app from its own tasks.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}
