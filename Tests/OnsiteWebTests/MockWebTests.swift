import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import OnsiteSQLite
import OnsiteTestSupport
import OnsiteWeb
import Testing

/// The mock pages over a real socket, with a clock the test moves: time-boxing happens on the server, whatever
/// the page's own clock shows.
@Suite("Web app: mock interviews")
struct MockWebTests {
    let session = WebSession()
    let database: AppDatabase
    let clock = TestClock(Date(timeIntervalSince1970: 1_796_374_800))

    init() throws {
        database = try AppDatabase.inMemory()
    }

    func app() async throws -> some ApplicationProtocol {
        let clock = clock
        return try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0),
                                          dependencies: WebAppTests.dependencies(database, clock: { clock.now }), session: session)
    }

    var post: HTTPFields { [.origin: "http://localhost", .csrfTokenHeader: session.csrfToken, .contentType: "application/json"] }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test("a segment whose time runs out closes when the page is next opened, its items not reached")
    func timeBox() async throws {
        try await app().test(.live) { client in
            let index = try await client.execute(uri: "/mock", method: .get)
            #expect(index.status == .ok)
            #expect(String(buffer: index.body).contains("data-start=\"full\""))
            #expect(String(buffer: index.body).contains("No mocks yet"))

            let started = try json(try await client.execute(uri: "/api/mocks", method: .post, headers: post,
                                                            body: ByteBuffer(string: #"{"format": "technical-2"}"#)))
            let id = try #require(started["id"] as? String)
            let first = String(buffer: try await client.execute(uri: "/mock/run/\(id)", method: .get).body)
            #expect(first.contains("0:00 Introduction"))
            #expect(first.contains("data-budget=\"300\""))

            // Six minutes on a five-minute introduction: the next look at the page has moved on.
            clock.advance(by: 360)
            let moved = String(buffer: try await client.execute(uri: "/mock/run/\(id)", method: .get).body)
            #expect(moved.contains("0:05 AWS services"))
            #expect(moved.contains("item 1 of 4"))

            // An answer typed past the AWS segment's 25 minutes does not count.
            clock.advance(by: 26 * 60)
            let late = try json(try await client.execute(uri: "/api/mocks/runs/\(id)/answer", method: .post, headers: post,
                                                         body: ByteBuffer(string: #"{"answer": "S3 is strongly consistent"}"#)))
            #expect((late["feedback"] as? [String: Any])?["title"] as? String == "Time was up")

            let saved = try json(try await client.execute(uri: "/api/mocks/\(id)", method: .get))
            let segments = try #require(saved["segments"] as? [[String: Any]])
            #expect(segments.compactMap { $0["seconds_used"] as? Double } == [360, 1560])
            let aws = try #require(segments[1]["items"] as? [[String: Any]])
            #expect(aws.count == 4)
            #expect(aws.allSatisfy { $0["answered"] as? Bool == false })
        }
    }

    @Test("answers are checked as they are given; scores finish the mock, and the report page shows them")
    func report() async throws {
        try await app().test(.live) { client in
            let started = try json(try await client.execute(uri: "/api/mocks", method: .post, headers: post,
                                                            body: ByteBuffer(string: #"{"format": "behavioral"}"#)))
            let id = try #require(started["id"] as? String)
            let early = try await client.execute(uri: "/api/mocks/runs/\(id)/score", method: .post, headers: post,
                                                 body: ByteBuffer(string: #"{"scores": [3]}"#))
            #expect(early.status == .conflict)

            _ = try await client.execute(uri: "/api/mocks/runs/\(id)/answer", method: .post, headers: post,
                                         body: ByteBuffer(string: #"{"answer": "Data engineer, eight years."}"#))
            clock.advance(by: 240)
            let story = try json(try await client.execute(
                uri: "/api/mocks/runs/\(id)/answer", method: .post, headers: post,
                body: ByteBuffer(string: #"{"situation": "A dashboard was wrong.", "task": "I owned it.", "action": "I traced the join.", "result": ""}"#)))
            let feedback = try #require(story["feedback"] as? [String: Any])
            let points = ((feedback["covered"] as? [String])?.count ?? 0) + ((feedback["missed"] as? [String])?.count ?? 0)
            #expect(points >= 2)
            _ = try await client.execute(uri: "/api/mocks/runs/\(id)/answer", method: .post, headers: post,
                                         body: ByteBuffer(string: #"{"step": "stop"}"#))
            let scoring = String(buffer: try await client.execute(uri: "/mock/run/\(id)", method: .get).body)
            #expect(scoring.contains("Score yourself"))
            #expect(scoring.contains("name=\"score-1\" value=\"4\""))

            let done = try json(try await client.execute(uri: "/api/mocks/runs/\(id)/score", method: .post, headers: post,
                                                         body: ByteBuffer(string: #"{"scores": [4, 2]}"#)))
            #expect(done["url"] as? String == "/mock/reports/\(id)")
            let page = String(buffer: try await client.execute(uri: "/mock/reports/\(id)", method: .get).body)
            #expect(page.contains("Mock interview: Behavioral"))
            #expect(page.contains("STAR parts left empty: Result."))
            #expect(page.contains("Stopped before the end."))
            let markdown = try await client.execute(uri: "/mock/reports/\(id)/report.md", method: .get)
            #expect(markdown.headers[.contentType]?.hasPrefix("text/markdown") == true)
            #expect(String(buffer: markdown.body).hasPrefix("# Mock interview: Behavioral"))

            // The whole segment was scored 2, so all four stories are due in the drill now.
            let report = try json(try await client.execute(uri: "/api/mocks/\(id)", method: .get))
            #expect((report["pushed_to_drill"] as? [String])?.count == 4)
            let today = try json(try await client.execute(uri: "/api/today", method: .get))
            #expect(today["due"] as? Int == 4)
            let history = String(buffer: try await client.execute(uri: "/mock", method: .get).body)
            #expect(history.contains("<svg role=\"img\""))
            #expect(history.contains("/mock/reports/\(id)"))
        }
    }
}
