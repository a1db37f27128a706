import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage
import OnsiteTestSupport
import OnsiteWeb
import Testing

/// The pages where practice happens — drill, challenge, search, notes, progress — over a real socket, with the
/// real judges, the real search index and SQLite stores.
@Suite("Web app: practice")
struct WebPracticeTests {
    let session = WebSession()
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.inMemory()
    }

    func app(clock: @escaping @Sendable () -> Date = { Date() }) async throws -> some ApplicationProtocol {
        try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0),
                                   dependencies: WebAppTests.dependencies(database, clock: clock), session: session)
    }

    var postHeaders: HTTPFields {
        [.origin: "http://localhost", .csrfTokenHeader: session.csrfToken, .contentType: "application/json"]
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    static func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    @Test("a drill round: the next card, the typed answer checked against its key points, and the rating saved")
    func drillRound() async throws {
        let now = Date(timeIntervalSince1970: 1_796_371_200)  // 2026-12-04T08:00:00Z
        let reviews = SQLiteReviewStore(database: database)
        try await app(clock: { now }).test(.live) { client in
            let first = try Self.json(try await client.execute(uri: "/api/drill/next?track=python", method: .get))
            let card = try #require(first["card"] as? [String: Any])
            let id = try #require(card["id"] as? String)
            let question = try #require(WebAppTests.catalog.question(id: id))
            #expect(question.track == .python)
            #expect(card["isNew"] as? Bool == true)
            #expect((card["promptHTML"] as? String)?.contains("<") == true)

            // An answer that names the first key point's first phrasing covers at least that point.
            let phrase = try #require(question.keyPoints.first?.match.first)
            let revealResponse = try await client.execute(uri: "/api/drill/\(id)/reveal", method: .post, headers: postHeaders,
                                                          body: try Self.body(["answer": phrase]))
            #expect(revealResponse.status == .ok, "\(String(buffer: revealResponse.body))")
            let reveal = try Self.json(revealResponse)
            let points = try #require(reveal["keyPoints"] as? [[String: Any]])
            #expect(points.count == question.keyPoints.count)
            #expect(points.first?["covered"] as? Bool == true)
            let coverage = try #require(reveal["coverage"] as? Double)
            #expect(coverage > 0)
            let choices = try #require(reveal["choices"] as? [[String: Any]])
            #expect(choices.map { $0["name"] as? String } == ["Again", "Hard", "Good", "Easy"])
            // The previewed intervals are the scheduler's own, for a new card.
            let scheduler = FSRSScheduler(parameters: .drill)
            let fresh = ReviewCard(itemID: id, card: FSRSCard(due: now), introducedAt: now)
            for choice in choices {
                let value = try #require(choice["rating"] as? Int)
                let rating = try #require(FSRSRating(rawValue: value))
                let due = fresh.scheduled(rating, at: now, scheduler: scheduler).due
                #expect(choice["interval"] as? String == IntervalText.describe(due.timeIntervalSince(now)))
            }
            #expect(choices.filter { $0["suggested"] as? Bool == true }.count == 1)

            let rated = try await client.execute(uri: "/api/drill/\(id)/rate", method: .post, headers: postHeaders,
                                                 body: try Self.body(["rating": 4, "coverage": coverage]))
            #expect(rated.status == .ok, "\(String(buffer: rated.body))")
            let stored = try #require(try await reviews.card(for: id))
            #expect(stored.reviewCount == 1)
            #expect(stored.card.state == .review, "Easy graduates a new card at once")
            #expect(try await reviews.log(for: id).first?.coverage == coverage)

            let second = try Self.json(try await client.execute(uri: "/api/drill/next?track=python", method: .get))
            #expect((second["card"] as? [String: Any])?["id"] as? String != id, "a rated card leaves today's queue")

            let badRating = try await client.execute(uri: "/api/drill/\(id)/rate", method: .post, headers: postHeaders,
                                                     body: try Self.body(["rating": 9]))
            #expect(badRating.status == .badRequest)
            #expect(try await reviews.card(for: id)?.reviewCount == 1)

            let progress = try Self.json(try await client.execute(uri: "/api/progress", method: .get))
            #expect(progress["streak"] as? Int == 1)
            #expect(progress["reviewsToday"] as? Int == 1)
            #expect((progress["reviewsPerDay"] as? [[String: Any]])?.count == 30)
        }
    }

    @Test("the drill page carries the keyboard help and the card region the script fills")
    func drillPage() async throws {
        try await app().test(.live) { client in
            let page = try await client.execute(uri: "/drill?track=sql", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("id=\"drill\" data-track=\"sql\""))
            #expect(html.contains("<kbd>Space</kbd>"))
            #expect(html.contains("<label for=\"drill-answer\">"))
        }
    }

    @Test("a SQL challenge page shows the problem, the contract, the schema and the sample rows as tables, and an editor")
    func challengePage() async throws {
        let challenge = try #require(WebAppTests.catalog.sqlChallenge(id: "sql-running-total"))
        try await app().test(.live) { client in
            let page = try await client.execute(uri: "/challenges/sql-running-total", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("<h1>\(challenge.title)</h1>") || html.contains(challenge.title.replacingOccurrences(of: "'", with: "&#39;")))
            #expect(html.contains("How it is judged"))
            #expect(html.contains("Row order"))
            #expect(html.contains("<table class=\"data\">"))
            #expect(html.contains("<textarea id=\"code\""))
            #expect(html.contains("CREATE TABLE"))
            let python = try await client.execute(uri: "/challenges/py-find-duplicates", method: .get)
            #expect(String(buffer: python.body).contains("def find_duplicates"), "the editor starts from the starter")
            let missing = try await client.execute(uri: "/challenges/nope", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test("Run grades the sample without recording; a wrong Submit shows the diff; the reference is accepted and recorded")
    func runAndSubmit() async throws {
        let challenge = try #require(WebAppTests.catalog.sqlChallenge(id: "sql-running-total"))
        let reference = try #require(challenge.solution(for: .sqlite))
        let attempts = SQLiteAttemptStore(database: database)
        try await app().test(.live) { client in
            let run = try Self.json(try await client.execute(uri: "/api/challenges/sql-running-total/run", method: .post,
                                                             headers: postHeaders, body: try Self.body(["code": "SELECT 1 AS x"])))
            #expect(run["verdict"] as? String == "wrong_answer")
            #expect((run["cases"] as? [Any])?.count == challenge.visibleDatasets.count)
            #expect(try await attempts.attempts(for: challenge.id).isEmpty, "Run records nothing")

            let wrong = try Self.json(try await client.execute(
                uri: "/api/challenges/sql-running-total/submit", method: .post, headers: postHeaders,
                body: try Self.body(["code": "SELECT account_id, txn_date, id, amount, amount AS running_balance FROM transactions"])))
            #expect(wrong["verdict"] as? String == "wrong_answer")
            let diff = try #require(wrong["diff"] as? [String: Any])
            #expect(diff["kind"] != nil)
            #expect((wrong["cases"] as? [Any])?.count == challenge.datasets.count)

            let right = try Self.json(try await client.execute(uri: "/api/challenges/sql-running-total/submit", method: .post,
                                                               headers: postHeaders, body: try Self.body(["code": reference])))
            #expect(right["verdict"] as? String == "accepted", "\(right)")
            let recorded = try await attempts.attempts(for: challenge.id)
            #expect(recorded.sorted { $0.submittedAt < $1.submittedAt }.map(\.verdict) == [.wrongAnswer, .accepted])
            #expect(try await attempts.solvedChallengeIDs().contains(challenge.id))

            let page = try await client.execute(uri: "/challenges/sql-running-total", method: .get)
            #expect(String(buffer: page.body).contains("✓ solved"))

            let empty = try await client.execute(uri: "/api/challenges/sql-running-total/run", method: .post,
                                                 headers: postHeaders, body: try Self.body(["code": "   "]))
            #expect(empty.status == .badRequest)
            let noToken = try await client.execute(uri: "/api/challenges/sql-running-total/run", method: .post,
                                                   headers: [.origin: "http://localhost"], body: try Self.body(["code": reference]))
            #expect(noToken.status == .forbidden, "running code needs the CSRF token")
        }
    }

    @Test("Python submissions run in the sandboxed judge from the page")
    func pythonSubmit() async throws {
        let challenge = try #require(WebAppTests.catalog.pythonChallenge(id: "py-find-duplicates"))
        try await app().test(.live) { client in
            let wrong = try Self.json(try await client.execute(
                uri: "/api/challenges/py-find-duplicates/run", method: .post, headers: postHeaders,
                body: try Self.body(["code": "def find_duplicates(items):\n    return []\n"])))
            #expect(wrong["verdict"] as? String == "wrong_answer")
            let failing = (wrong["cases"] as? [[String: Any]])?.first { $0["verdict"] as? String == "wrong_answer" }
            #expect((failing?["detail"] as? [String: Any])?["expected"] != nil)
            let right = try Self.json(try await client.execute(uri: "/api/challenges/py-find-duplicates/submit", method: .post,
                                                               headers: postHeaders, body: try Self.body(["code": challenge.solution])))
            #expect(right["verdict"] as? String == "accepted", "\(right)")
        }
    }

    @Test("search shows ranked hits with the matches marked, and never echoes markup unescaped")
    func search() async throws {
        try await app().test(.live) { client in
            let page = try await client.execute(uri: "/questions?q=partition+pruning", method: .get)
            let html = String(buffer: page.body)
            #expect(html.contains("<mark>"))
            #expect(html.contains("results for “partition pruning”"))
            let api = try Self.json(try await client.execute(uri: "/api/search?q=partition+pruning", method: .get))
            let hits = try #require(api["hits"] as? [[String: Any]])
            #expect(!hits.isEmpty)
            #expect(hits.allSatisfy { ($0["url"] as? String)?.hasPrefix("/") == true })
            #expect(hits.allSatisfy { !(($0["snippet"] as? String) ?? "").contains("<mark>") })

            let sqlOnly = try Self.json(try await client.execute(uri: "/api/search?q=window+function&track=sql", method: .get))
            let kinds = (sqlOnly["hits"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "question" }
            #expect(kinds.allSatisfy { ($0["id"] as? String)?.hasPrefix("sql-") == true })

            let hostile = try await client.execute(uri: "/questions?q=%3Cscript%3Ealert(1)%3C/script%3E", method: .get)
            let hostileHTML = String(buffer: hostile.body)
            #expect(!hostileHTML.contains("<script>alert(1)"))
            #expect(hostileHTML.contains("&lt;script&gt;"))
        }
    }

    @Test("a note is saved, shown escaped on the question page, and removed when blank")
    func notes() async throws {
        let progress = SQLiteProgressStore(database: database)
        try await app().test(.live) { client in
            let note = "Remember: <b>one</b> thread & the GIL"
            let saved = try await client.execute(uri: "/api/questions/py-gil/note", method: .post, headers: postHeaders,
                                                 body: try Self.body(["note": note]))
            #expect(saved.status == .ok)
            #expect(try await progress.progress(for: "py-gil")?.note == note)
            let page = String(buffer: try await client.execute(uri: "/questions/py-gil", method: .get).body)
            #expect(page.contains("Remember: &lt;b&gt;one&lt;/b&gt; thread &amp; the GIL"))
            #expect(!page.contains("<b>one</b>"))

            let tooLong = try await client.execute(uri: "/api/questions/py-gil/note", method: .post, headers: postHeaders,
                                                   body: try Self.body(["note": String(repeating: "x", count: 10_001)]))
            #expect(tooLong.status == .contentTooLarge)
            #expect(try await progress.progress(for: "py-gil")?.note == note, "a refused note loses nothing")

            _ = try await client.execute(uri: "/api/questions/py-gil/note", method: .post, headers: postHeaders,
                                         body: try Self.body(["note": "  "]))
            #expect(try await progress.progress(for: "py-gil")?.note == nil)
        }
    }

    @Test("the progress page draws reviews per day and challenges against the checklist targets")
    func progressPage() async throws {
        try await SQLiteAttemptStore(database: database).record(Attempt(
            challengeID: "sql-running-total", engine: "sqlite", verdict: .accepted, submittedAt: Date(), milliseconds: 2,
            code: "SELECT 1"))
        try await app().test(.live) { client in
            let page = try await client.execute(uri: "/progress", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("aria-labelledby=\"reviews-title\""))
            #expect(html.contains("aria-labelledby=\"targets-title\""))
            #expect(html.contains("1/100 target"))
            let dashboard = String(buffer: try await client.execute(uri: "/", method: .get).body)
            #expect(dashboard.contains("<strong>1</strong> of the 100 SQL problems"))
            let principles = try await client.execute(uri: "/principles", method: .get)
            #expect(String(buffer: principles.body).contains("id=\"customer-obsession\""))
        }
    }
}
