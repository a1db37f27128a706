import Foundation
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage
import OnsiteTestSupport
import Testing

/// The study plan, checklists, readiness, story bank and offer comparison through the real `onsite` binary, on the
/// content that ships, with a frozen clock (ONSITE_NOW). Progress the tests need in bulk (99 accepted challenges,
/// drilled cards) is written straight into the same SQLite file the binary then opens.
@Suite("onsite plan, checklist, readiness, stories and offer", .serialized)
struct PlanCLITests {
    let binary: OnsiteBinary
    let home: TemporaryDirectory

    init() throws {
        binary = try OnsiteBinary.built()
        home = try TemporaryDirectory(prefix: "onsite-plan-home")
    }

    func run(_ arguments: [String], now: String = "2026-12-01T09:00:00Z") throws -> OnsiteBinary.Output {
        try binary.run(arguments, environment: [
            "ONSITE_HOME": home.url.path, "ONSITE_CONTENT": RepositoryPaths.content.path, "NO_COLOR": "1",
            "ONSITE_NOW": now, "TZ": "UTC",
        ], currentDirectory: RepositoryPaths.root)
    }

    func succeed(_ arguments: [String], now: String = "2026-12-01T09:00:00Z") throws -> OnsiteBinary.Output {
        let output = try run(arguments, now: now)
        #expect(output.status == 0, "onsite \(arguments.joined(separator: " ")): \(output.stderr)")
        return output
    }

    func json(_ arguments: [String], now: String = "2026-12-01T09:00:00Z") throws -> Any {
        let output = try succeed(arguments + ["--json"], now: now)
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    func database() throws -> AppDatabase {
        try AppDatabase.openFile(at: home.url.appendingPathComponent("onsite.sqlite"))
    }

    // MARK: Plan

    @Test("plan --json splits eight weeks 4:2:2, today lists the plan's tasks, and the ICS file is written")
    func planShape() throws {
        let plan = try #require(try json(["plan", "--interview-date", "2027-01-26", "--all"]) as? [String: Any])
        let phases = try #require(plan["phases"] as? [[String: Any]])
        #expect(phases.map { $0["phase"] as? String } == ["fundamentals", "advanced", "mocks"])
        #expect(phases.map { $0["days"] as? Int } == [28, 14, 14])
        let days = try #require(plan["days"] as? [[String: Any]])
        #expect(days.count == 56)
        let firstTasks = try #require(days.first?["tasks"] as? [[String: Any]])
        #expect(Set(firstTasks.compactMap { $0["kind"] as? String }).isSuperset(of: ["sql", "python", "aws"]))

        let today = try #require(try json(["today"]) as? [String: Any])
        let todayPlan = try #require(today["plan"] as? [String: Any], "today --json has no plan: \(today)")
        let todayTasks = try #require(todayPlan["tasks"] as? [[String: Any]])
        #expect(todayTasks.map { $0["title"] as? String } == firstTasks.map { $0["title"] as? String })

        let ics = home.url.appendingPathComponent("plan.ics")
        _ = try succeed(["plan", "--ics", ics.path])
        let text = try String(contentsOf: ics, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 56)
    }

    @Test("a week with no activity re-plans the rest: the missed items come first and the replan is reported")
    func idleWeekReplans() throws {
        _ = try succeed(["plan", "--interview-date", "2027-02-01"])
        let later = try #require(try json(["plan"], now: "2026-12-08T09:00:00Z") as? [String: Any])
        let replans = try #require(later["replans"] as? [[String: Any]])
        #expect(replans.count == 1)
        let carried = try #require(replans.first?["carried_items"] as? [String])
        #expect(!carried.isEmpty)
        let days = try #require(later["days"] as? [[String: Any]])
        let todayItems = days.first { $0["date"] as? String == "2026-12-08" }
            .flatMap { $0["tasks"] as? [[String: Any]] }?.flatMap { $0["items"] as? [String] ?? [] } ?? []
        #expect(!todayItems.isEmpty && todayItems.allSatisfy(carried.contains), "\(todayItems) vs \(carried)")
        let text = try succeed(["plan"], now: "2026-12-08T09:00:00Z").stdout
        #expect(text.contains("Re-planned on Tue 8 Dec"), "\(text)")
        // Looking again the same day does not re-plan twice.
        let again = try #require(try json(["plan"], now: "2026-12-08T10:00:00Z") as? [String: Any])
        #expect((again["replans"] as? [Any])?.count == 1)
    }

    @Test("a plan with no interview date asks for one; a date in the past is refused")
    func planErrors() throws {
        let none = try run(["plan"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("--interview-date"), "\(none.stderr)")
        #expect(!none.stderr.contains("Fatal error"))
        let past = try run(["plan", "--interview-date", "2026-11-01"])
        #expect(past.status != 0)
        #expect(!past.stderr.isEmpty)
    }

    // MARK: Checklist

    func checklistItem(_ id: String) throws -> [String: Any] {
        let items = try #require(try json(["checklist"]) as? [[String: Any]])
        return try #require(items.first { $0["id"] as? String == id }, "no checklist item \(id)")
    }

    @Test("solving the 100th SQL challenge ticks the SQL checklist item")
    func hundredthSQLChallenge() async throws {
        let listed = try #require(try json(["challenges", "list", "--track", "sql"]) as? [[String: Any]])
        let ids = listed.compactMap { $0["id"] as? String }
        try #require(ids.count >= 100)
        let attempts = SQLiteAttemptStore(database: try database())
        for (offset, id) in ids.prefix(99).enumerated() {
            try await attempts.record(Attempt(challengeID: id, engine: "sqlite", verdict: .accepted,
                                              submittedAt: Date(timeIntervalSince1970: 1_764_000_000 + Double(offset)),
                                              milliseconds: 1, code: "-- seeded by the test"))
        }
        let before = try checklistItem("technical-1")
        #expect(before["current"] as? Int == 99)
        #expect(before["done"] as? Bool == false)

        let last = ids[99]
        let submitted = try succeed(["submit", "content/challenges/sql/\(last)/solution.sql", "--challenge", last])
        #expect(submitted.stdout.contains("Accepted"), "\(submitted.stdout)")
        let after = try checklistItem("technical-1")
        #expect(after["current"] as? Int == 100)
        #expect(after["done"] as? Bool == true)
    }

    @Test("hand-ticked items tick and untick; a computed item and an unknown id are refused with a reason")
    func handTicks() throws {
        _ = try succeed(["checklist", "tick", "logistics-1"])
        #expect(try checklistItem("logistics-1")["done"] as? Bool == true)
        _ = try succeed(["checklist", "untick", "logistics-1"])
        #expect(try checklistItem("logistics-1")["done"] as? Bool == false)

        let computed = try run(["checklist", "tick", "technical-1"])
        #expect(computed.status != 0)
        #expect(computed.stderr.contains("technical-1"), "\(computed.stderr)")
        #expect(try checklistItem("technical-1")["done"] as? Bool == false)

        let unknown = try run(["checklist", "tick", "no-such-box"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no-such-box"), "\(unknown.stderr)")
    }

    // MARK: Stories

    func lint() throws -> (status: Int32, stories: [[String: Any]]) {
        let output = try run(["stories", "lint", "--json"])
        let stories = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        return (output.status, stories)
    }

    @Test("an exported story reads back; a passing story counts, a failing one makes lint exit 1 and does not")
    func storyBank() throws {
        // The seeded sample passes the lint but is not the candidate's own story, so it does not count.
        #expect(try lint().status == 0)
        #expect(try checklistItem("behavioral-1")["current"] as? Int == 0)

        let export = home.url.appendingPathComponent("stories.md")
        _ = try succeed(["stories", "export", "--markdown", export.path])
        var markdown = try String(contentsOf: export, encoding: .utf8)
        markdown = markdown.replacingOccurrences(of: "# Cut a nightly ETL from 6 hours to 1.5 hours (sample — edit or delete)",
                                                 with: "# Sped up the sales warehouse build")
        #expect(markdown.contains("# Sped up the sales warehouse build"))
        try markdown.write(to: export, atomically: true, encoding: .utf8)
        _ = try succeed(["stories", "add", "--file", export.path])
        let shown = try succeed(["stories", "list"]).stdout
        #expect(shown.contains("Sped up the sales warehouse build"), "\(shown)")
        #expect(try lint().status == 0)
        #expect(try checklistItem("behavioral-1")["current"] as? Int == 1)

        _ = try succeed(["stories", "add", "--title", "Vague one", "--situation", "A team had a slow report.",
                         "--task", "Make it faster.", "--action", "We looked at it together and we fixed it.",
                         "--result", "It got better.", "--principle", "ownership"])
        let failing = try lint()
        #expect(failing.status == 1)
        let vague = try #require(failing.stories.first { ($0["passes"] as? Bool) == false })
        let problems = (vague["problems"] as? [Any]).map { "\($0)" } ?? ""
        #expect(problems.contains("measurable") || problems.contains("number"), "\(problems)")
        #expect(try checklistItem("behavioral-1")["current"] as? Int == 1)
    }

    @Test("the deleted sample stays deleted")
    func sampleStaysDeleted() throws {
        #expect(try succeed(["stories", "list"]).stdout.contains("sample-etl-runtime"))
        _ = try succeed(["stories", "delete", "sample-etl-runtime"])
        #expect(!(try succeed(["stories", "list"]).stdout.contains("sample-etl-runtime")))
        #expect(!(try succeed(["stories", "list"]).stdout.contains("sample-etl-runtime")))
        let missing = try run(["stories", "show", "sample-etl-runtime"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("sample-etl-runtime"), "\(missing.stderr)")
    }

    // MARK: Readiness

    @Test("the same review history reads as less ready for a later interview date")
    func readinessFallsWithDistance() async throws {
        let reviews = SQLiteReviewStore(database: try database())
        let scheduler = FSRSScheduler()
        let at = try #require(ISO8601DateFormatter().date(from: "2026-11-30T09:00:00Z"))
        for id in ["aws-s3-access-control", "aws-s3-access-points", "aws-lambda-etl-fit", "aws-athena-vs-redshift"] {
            let card = scheduler.review(FSRSCard(due: at), rating: .good, at: at)
            try await reviews.record(ReviewLogEntry(itemID: id, rating: .good, reviewedAt: at, cardAfter: card),
                                     card: ReviewCard(itemID: id, card: card, introducedAt: at, reviewCount: 1))
        }
        func recall(on date: String) throws -> Double {
            let report = try #require(try json(["readiness", "--interview-date", date]) as? [String: Any])
            let rounds = try #require(report["rounds"] as? [[String: Any]])
            let round = try #require(rounds.first { $0["round"] as? String == "technical-2" })
            let components = try #require(round["components"] as? [[String: Any]])
            return try #require(components.first { $0["name"] as? String == "recall" }?["value"] as? Double)
        }
        let soon = try recall(on: "2026-12-03")
        let later = try recall(on: "2027-03-01")
        #expect(soon > 0)
        #expect(later < soon, "recall on 1 Mar \(later) should be below recall on 3 Dec \(soon)")
    }

    // MARK: Offer

    @Test("offer compare totals each year with the vesting schedule, and a malformed offer says what is wrong")
    func offers() throws {
        let report = try #require(try json(["offer", "compare",
                                            "--offer", "name=Big,base=150000,signon=20000/10000,stock=200000,vesting=5/15/40/40,bonus=10%",
                                            "--offer", "name=Flat,base=180000"]) as? [String: Any])
        let offers = try #require(report["offers"] as? [[String: Any]])
        let big = try #require(offers.first { $0["name"] as? String == "Big" })
        let years = try #require(big["years"] as? [[String: Any]])
        #expect(years.compactMap { $0["total"] as? Int } == [195_000, 205_000, 245_000, 245_000])
        #expect(big["four_year_total"] as? Int == 890_000)
        #expect(offers.first { $0["name"] as? String == "Flat" }?["four_year_total"] as? Int == 720_000)

        let bad = try run(["offer", "compare", "--offer", "name=X,base=150000,vesting=50/50/50"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("vesting"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("Fatal error"))
    }
}
