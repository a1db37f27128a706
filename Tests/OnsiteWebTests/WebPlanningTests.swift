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

/// The plan calendar, checklists, readiness on the dashboard, the story bank and the offer page over a real socket,
/// with the shipped content and SQLite stores, and the app's clock frozen.
@Suite("Web app: plan, checklists, readiness, stories, offers")
struct WebPlanningTests {
    let session = WebSession()
    let database: AppDatabase
    /// 2026-12-04T08:00:00Z, a Friday.
    static let now = Date(timeIntervalSince1970: 1_796_371_200)

    init() throws {
        database = try AppDatabase.inMemory()
    }

    func app() async throws -> some ApplicationProtocol {
        try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0),
                                   dependencies: WebAppTests.dependencies(database, clock: { Self.now }), session: session)
    }

    var postHeaders: HTTPFields {
        [.origin: "http://localhost", .csrfTokenHeader: session.csrfToken, .contentType: "application/json"]
    }

    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body))
    }

    static func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    @Test("making a plan on the web gives the calendar, the day's tasks, the ICS export and today's plan on the dashboard")
    func planCalendar() async throws {
        try await app().test(.live) { client in
            let empty = String(buffer: try await client.execute(uri: "/plan", method: .get).body)
            #expect(empty.contains("id=\"plan-form\""))
            #expect(!empty.contains("class=\"month\""))

            let bad = try await client.execute(uri: "/api/plan", method: .post, headers: postHeaders,
                                               body: try Self.body(["interview_date": "2026-11-01"]))
            #expect(bad.status == .badRequest)
            #expect(String(buffer: bad.body).contains("not after today"), "\(String(buffer: bad.body))")

            let made = try await client.execute(uri: "/api/plan", method: .post, headers: postHeaders,
                                                body: try Self.body(["interview_date": "2027-01-29", "minutes_per_day": 90]))
            #expect(made.status == .ok, "\(String(buffer: made.body))")
            let plan = try #require(try Self.json(made) as? [String: Any])
            #expect(plan["minutes_per_day"] as? Int == 90)
            let phases = try #require(plan["phases"] as? [[String: Any]])
            #expect(phases.map { $0["days"] as? Int } == [28, 14, 14])

            let page = String(buffer: try await client.execute(uri: "/plan", method: .get).body)
            #expect(page.contains("<caption>December 2026</caption>"))
            #expect(page.contains("<caption>January 2027</caption>"))
            #expect(page.contains("aria-current=\"date\""))
            #expect(page.contains("Today, Fri 4 Dec"), "\(page)")
            #expect(page.contains("class=\"day phase-mocks"))
            #expect(page.contains("title=\"Fri 29 Jan, interview day\""), "\(page)")
            // A weekday's SQL task links to its challenge page.
            #expect(page.contains("href=\"/challenges/sql-"))

            let later = String(buffer: try await client.execute(uri: "/plan?day=2027-01-27", method: .get).body)
            #expect(later.contains("Wed 27 Jan"))

            let ics = try await client.execute(uri: "/plan.ics", method: .get)
            #expect(ics.headers[.contentType]?.hasPrefix("text/calendar") == true)
            let events = String(buffer: ics.body).components(separatedBy: "BEGIN:VEVENT").count - 1
            #expect(events == 56)

            let dashboard = String(buffer: try await client.execute(uri: "/", method: .get).body)
            #expect(dashboard.contains("Today in your study plan"))
            #expect(dashboard.contains("for your interview on Fri 29 Jan (56 days away)"), "\(dashboard)")
            #expect(dashboard.contains("<title id=\"readiness-title\">"))
        }
    }

    @Test("a hand-ticked box is saved; a computed one and an unknown id are refused")
    func checklistTicks() async throws {
        try await app().test(.live) { client in
            let before = String(buffer: try await client.execute(uri: "/checklist", method: .get).body)
            #expect(before.contains("data-item=\"logistics-1\">"))
            #expect(before.contains("<progress max=\"100\" value=\"0\""))

            let ticked = try await client.execute(uri: "/api/checklist/logistics-1", method: .post, headers: postHeaders,
                                                  body: try Self.body(["ticked": true]))
            #expect(ticked.status == .ok)
            #expect((try Self.json(ticked) as? [String: Any])?["done"] as? Bool == true)
            let after = String(buffer: try await client.execute(uri: "/checklist", method: .get).body)
            #expect(after.contains("data-item=\"logistics-1\" checked>"))

            let computed = try await client.execute(uri: "/api/checklist/technical-1", method: .post, headers: postHeaders,
                                                    body: try Self.body(["ticked": true]))
            #expect(computed.status == .badRequest)
            #expect(String(buffer: computed.body).contains("ticked from your progress"))
            let unknown = try await client.execute(uri: "/api/checklist/no-such-box", method: .post, headers: postHeaders,
                                                   body: try Self.body(["ticked": true]))
            #expect(unknown.status == .notFound)
            let forged = try await client.execute(uri: "/api/checklist/logistics-2", method: .post,
                                                  headers: [.origin: "http://localhost", .contentType: "application/json"],
                                                  body: try Self.body(["ticked": true]))
            #expect(forged.status == .forbidden)
        }
    }

    @Test("the editor's lint flags a weak story; a saved passing story fills the coverage matrix and becomes a drill card")
    func storyBank() async throws {
        var draft = STARStory.sample(at: Self.now)
        draft.title = "Sped up the sales warehouse build"
        draft.questions = ["Tell me about a time you made a slow system fast."]
        let own = draft
        try await app().test(.live) { client in
            let weak = try await client.execute(uri: "/api/stories/lint", method: .post, headers: postHeaders, body: try Self.body([
                "title": "Fixed it", "situation": "A report was slow.", "task": "Make it faster.",
                "action": "We looked into it and we fixed it together.", "result": "It got better.", "principles": ["ownership"],
            ]))
            let report = try #require(try Self.json(weak) as? [String: Any])
            #expect(report["passes"] as? Bool == false)
            let rules = Set((report["problems"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
            #expect(rules.isSuperset(of: ["unmeasured-result", "we-only-action", "speaking-time"]), "\(rules)")

            let saved = try await client.execute(uri: "/api/stories", method: .post, headers: postHeaders, body: try Self.body([
                "title": own.title, "situation": own.situation, "task": own.task, "action": own.action, "result": own.result,
                "principles": own.principles, "questions": own.questions,
            ]))
            #expect(saved.status == .ok, "\(String(buffer: saved.body))")
            let savedStory = try #require((try Self.json(saved) as? [String: Any])?["story"] as? [String: Any])
            let id = try #require(savedStory["id"] as? String)
            #expect(id == "sped-up-the-sales-warehouse-build")

            let list = String(buffer: try await client.execute(uri: "/stories", method: .get).body)
            #expect(list.contains("<strong>1</strong> of the 10 stories"), "\(list)")
            // Dive Deep is claimed by both stories, but only the candidate's own one counts.
            #expect(list.contains("<th scope=\"row\">Dive Deep</th><td aria-label=\"claimed, but the story does not pass the lint or is the sample\">○</td><td aria-label=\"counts\">✓</td><td>1"),
                    "\(list)")
            let editor = String(buffer: try await client.execute(uri: "/stories/\(id)", method: .get).body)
            #expect(editor.contains("value=\"dive-deep\" checked"))

            let card = "\(StoryCards.idPrefix)\(id)-1"
            let reveal = try await client.execute(uri: "/api/drill/\(card)/reveal", method: .post, headers: postHeaders,
                                                  body: try Self.body(["answer": "the sales warehouse build, 75%"]))
            #expect(reveal.status == .ok, "\(String(buffer: reveal.body))")
            #expect(String(buffer: reveal.body).contains("Sped up the sales warehouse build"))

            // An edit that sends one field keeps the others.
            let edited = try await client.execute(uri: "/api/stories/\(id)", method: .post, headers: postHeaders,
                                                  body: try Self.body(["result": own.result + " It saved 2 hours of on-call time a week."]))
            #expect(edited.status == .ok, "\(String(buffer: edited.body))")
            let editedStory = try #require((try Self.json(edited) as? [String: Any])?["story"] as? [String: Any])
            #expect(editedStory["situation"] as? String == own.situation)
            #expect(editedStory["principles"] as? [String] == own.principles)
            #expect((editedStory["result"] as? String)?.hasSuffix("on-call time a week.") == true)

            let deleted = try await client.execute(uri: "/api/stories/sample-etl-runtime/delete", method: .post,
                                                   headers: postHeaders, body: ByteBuffer(string: "{}"))
            #expect(deleted.status == .ok)
            let afterDelete = String(buffer: try await client.execute(uri: "/stories", method: .get).body)
            #expect(!afterDelete.contains("/stories/sample-etl-runtime"))
            #expect(try await client.execute(uri: "/stories/sample-etl-runtime", method: .get).status == .notFound)
        }
    }

    @Test("the offer page totals each year with the vesting schedule and names a field it cannot read")
    func offers() async throws {
        try await app().test(.live) { client in
            let page = String(buffer: try await client.execute(
                uri: "/offer?name1=Big&base1=150,000&signon1_1=20000&signon2_1=10000&stock1=200000&vesting1=5/15/40/40&bonus1=10%25&name2=Flat&base2=180000",
                method: .get).body)
            #expect(page.contains("Big: 890,000 over four years (the highest)"), "\(page)")
            #expect(page.contains("Flat: 720,000 over four years"))
            #expect(page.contains("<td><strong>245,000</strong></td>"))
            #expect(page.contains("<title id=\"offer-chart-title\">"))
            #expect(page.contains("Get competing offers"))

            let bad = String(buffer: try await client.execute(uri: "/offer?name1=X&base1=100000&vesting1=50/50/50", method: .get).body)
            #expect(bad.contains("Offer 1: Vesting must be at most 4 yearly percentages adding up to 100"), "\(bad)")
            let missing = String(buffer: try await client.execute(uri: "/offer?name1=X&stock1=1000", method: .get).body)
            #expect(missing.contains("Offer 1: give the base salary"))
        }
    }
}
