import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The plan runs on the shipped catalog: the proportions, the routine and the re-plan are about real content.
@Suite("Study plan")
struct StudyPlanTests {
    static let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog
    /// A Monday, so weekday and weekend days fall predictably.
    static let monday = CalendarDate("2027-01-04")!
    static let now = Date(timeIntervalSince1970: 1_798_000_000)

    static func plan(weeks: Int, minutes: Int = 60, weekends: Bool = true,
                     evidence: PlanEvidence = PlanEvidence()) throws -> StudyPlan {
        let settings = PlanSettings(startDate: monday, interviewDate: monday.adding(days: weeks * 7),
                                    minutesPerDay: minutes, weekends: weekends)
        return try StudyPlanner(catalog: catalog, evidence: evidence, now: now).plan(settings, today: monday)
    }

    @Test("eight weeks split 4:2:2 exactly, as the seed's timeline does")
    func eightWeeks() throws {
        let plan = try Self.plan(weeks: 8)
        let counts = Dictionary(grouping: plan.days, by: \.phase).mapValues(\.count)
        #expect(counts == [.fundamentals: 28, .advanced: 14, .mocks: 14])
        #expect(plan.days.count == 56)
        #expect(plan.days.first?.date == Self.monday)
        #expect(plan.days.last?.date == Self.monday.adding(days: 55))
    }

    @Test("sixteen weeks stretch the same 4:2:2")
    func sixteenWeeks() throws {
        let plan = try Self.plan(weeks: 16)
        let counts = Dictionary(grouping: plan.days, by: \.phase).mapValues(\.count)
        #expect(counts == [.fundamentals: 56, .advanced: 28, .mocks: 28])
    }

    @Test("three weeks compress: the final week stays review and mocks, the rest splits 2:1")
    func threeWeeks() throws {
        let plan = try Self.plan(weeks: 3)
        let counts = Dictionary(grouping: plan.days, by: \.phase).mapValues(\.count)
        #expect(counts[.mocks] == 7)
        let fundamentals = try #require(counts[.fundamentals]), advanced = try #require(counts[.advanced])
        #expect(fundamentals + advanced == 14)
        #expect(abs(fundamentals - 2 * advanced) <= 1)
        let lastWeek = plan.days.suffix(7)
        #expect(lastWeek.allSatisfy { $0.focus.hasPrefix("Final week") })
        #expect(lastWeek.contains { day in day.tasks.contains { $0.mockFormat == .full } })
        #expect(lastWeek.last?.focus.contains("no cramming") == true)
    }

    @Test("weekdays follow the daily routine; weekends bring system design and, later, mocks")
    func routine() throws {
        let plan = try Self.plan(weeks: 8, minutes: 90)
        let monday = try #require(plan.day(Self.monday))
        #expect(monday.tasks.map(\.kind) == [.sqlChallenges, .conceptReview, .pythonChallenges, .awsDeepDive])
        #expect(monday.tasks.map(\.block) == [.morning, .morning, .evening, .evening])
        let saturday = try #require(plan.day(Self.monday.adding(days: 5)))
        #expect(saturday.tasks.map(\.kind) == [.systemDesign])
        let advancedSunday = try #require(plan.days.first { $0.phase == .advanced && $0.date.weekday == .sunday })
        #expect(advancedSunday.tasks.contains { $0.kind == .mock })
    }

    @Test("each challenge is planned at most once, and at 90 minutes a day eight weeks hold them all")
    func challengesOnce() throws {
        let plan = try Self.plan(weeks: 8, minutes: 90)
        let planned = plan.days.flatMap(\.tasks).filter { $0.kind == .sqlChallenges || $0.kind == .pythonChallenges }
            .flatMap(\.itemIDs)
        #expect(planned.count == Set(planned).count)
        #expect(Set(planned) == Set(Self.catalog.allChallenges.map(\.id)))
        #expect(plan.shortfall.isEmpty)
    }

    @Test("too few minutes a day leave a shortfall that says how many minutes would fit everything")
    func shortfall() throws {
        let minutes = PlanSettings.minutesRange.lowerBound
        let plan = try Self.plan(weeks: 4, minutes: minutes)
        #expect(!plan.shortfall.isEmpty)
        #expect(plan.shortfall.minutesPerDayNeeded > minutes)
        // Weekdays before the mock phase keep to the budget; the weekend design session and mocks are longer by nature.
        let weekdays = plan.days.filter { $0.phase != .mocks && !$0.date.weekday.isWeekend }
        #expect(!weekdays.isEmpty)
        #expect(weekdays.allSatisfy { $0.minutes <= minutes })
    }

    @Test("with weekends off, Saturdays and Sundays stay empty and Friday takes the design session")
    func weekendsOff() throws {
        let plan = try Self.plan(weeks: 8, weekends: false)
        let weekend = plan.days.filter { $0.date.weekday.isWeekend && !$0.focus.hasPrefix("Final week") }
        #expect(!weekend.isEmpty)
        #expect(weekend.allSatisfy { !$0.isStudyDay && $0.tasks.isEmpty })
        let friday = try #require(plan.day(Self.monday.adding(days: 4)))
        #expect(friday.tasks.contains { $0.kind == .systemDesign })
        // The design session is the longest task, so no weekday before the mocks runs past the daily minutes.
        let weekdays = plan.days.filter { $0.phase != .mocks && $0.isStudyDay }
        #expect(weekdays.allSatisfy { $0.minutes <= plan.settings.minutesPerDay },
                "\(weekdays.map(\.minutes).max() ?? 0) minutes on a \(plan.settings.minutesPerDay)-minute plan")
        // And the minutes it says would fit everything do.
        let needed = try Self.plan(weeks: 8, minutes: plan.shortfall.minutesPerDayNeeded, weekends: false)
        #expect(needed.shortfall.isEmpty, "\(needed.shortfall)")
    }

    @Test("a week with no activity re-plans the rest: the missed items come first, and the old days stay as planned")
    func replanAfterIdleWeek() throws {
        let original = try Self.plan(weeks: 8)
        let later = Self.monday.adding(days: 7)
        let refreshed = try StudyPlanner(catalog: Self.catalog, evidence: PlanEvidence(), now: Self.now)
            .refresh(original, today: later)
        let replan = try #require(refreshed.replans.last)
        #expect(refreshed.replans.count == 1)
        #expect(replan.on == later)
        #expect(replan.from == Self.monday)
        // Sunday's review of mistakes is guidance when nothing was tried, so Saturday is the last day missed.
        #expect(replan.through == Self.monday.adding(days: 5))
        let missedSQL = original.days.prefix(7).flatMap(\.tasks).filter { $0.kind == .sqlChallenges }.flatMap(\.itemIDs)
        #expect(!missedSQL.isEmpty)
        #expect(missedSQL.allSatisfy(replan.carriedItems.contains))
        // The next SQL task takes the first missed challenge, not a new one.
        let nextSQL = try #require(refreshed.days.first { $0.date >= later && $0.tasks.contains { $0.kind == .sqlChallenges } })
        #expect(nextSQL.tasks.first { $0.kind == .sqlChallenges }?.itemIDs.first == missedSQL.first)
        #expect(Array(refreshed.days.prefix(7)) == Array(original.days.prefix(7)))
        #expect(refreshed.days.count == original.days.count)
        #expect(refreshed.generatedOn == later)
    }

    @Test("a week done as planned re-plans nothing and drops what was finished from the rest")
    func noReplanWhenDone() throws {
        let original = try Self.plan(weeks: 8)
        let later = Self.monday.adding(days: 7)
        var accepted: [String: CalendarDate] = [:], reviewed: [String: Set<CalendarDate>] = [:]
        for day in original.days.prefix(7) {
            for task in day.tasks {
                for id in task.itemIDs {
                    if task.kind == .sqlChallenges || task.kind == .pythonChallenges { accepted[id] = day.date }
                    reviewed[id, default: []].insert(day.date)
                }
            }
        }
        let evidence = PlanEvidence(acceptedChallenges: accepted, reviewDays: reviewed)
        let refreshed = try StudyPlanner(catalog: Self.catalog, evidence: evidence, now: Self.now).refresh(original, today: later)
        #expect(refreshed.replans.isEmpty)
        let future = refreshed.days.filter { $0.date >= later }.flatMap(\.tasks)
            .filter { $0.kind == .sqlChallenges || $0.kind == .pythonChallenges }.flatMap(\.itemIDs)
        #expect(Set(future).isDisjoint(with: accepted.keys))
    }

    @Test("an interview date that is not ahead is refused with what to do")
    func pastDate() {
        let settings = PlanSettings(startDate: Self.monday, interviewDate: Self.monday)
        #expect(throws: StudyPlanner.PlanError.self) {
            try StudyPlanner(catalog: Self.catalog, evidence: PlanEvidence(), now: Self.now).plan(settings, today: Self.monday)
        }
    }

    @Test("tasks know when they are done: challenges by acceptance, reviews by a rating on or after the day")
    func taskDone() {
        let day = Self.monday
        let sql = PlanTask(kind: .sqlChallenges, block: .morning, title: "x", itemIDs: ["a", "b"], minutes: 16)
        let review = PlanTask(kind: .conceptReview, block: .morning, title: "y", itemIDs: ["q"], minutes: 10)
        let before = PlanEvidence(acceptedChallenges: ["a": day], reviewDays: ["q": [day.adding(days: -1)]])
        #expect(before.isDone(sql, plannedFor: day) == false)
        #expect(before.isDone(review, plannedFor: day) == false)
        let after = PlanEvidence(acceptedChallenges: ["a": day, "b": day.adding(days: 2)], reviewDays: ["q": [day]])
        #expect(after.isDone(sql, plannedFor: day) == true)
        #expect(after.isDone(review, plannedFor: day) == true)
        #expect(after.isDone(PlanTask(kind: .guidance, block: .day, title: "rest", minutes: 30), plannedFor: day) == nil)
    }

    @Test("calendar dates read only real YYYY-MM-DD dates and count days across a month and a leap day")
    func calendarDates() throws {
        #expect(CalendarDate("2026-02-30") == nil)
        #expect(CalendarDate("2026-2-3") == nil)
        #expect(CalendarDate("tomorrow") == nil)
        let leap = try #require(CalendarDate("2028-02-28"))
        #expect(leap.adding(days: 1).description == "2028-02-29")
        #expect(leap.adding(days: 2).description == "2028-03-01")
        #expect(leap.days(until: try #require(CalendarDate("2028-03-31"))) == 32)
        #expect(Self.monday.weekday == .monday)
        #expect(Self.monday.shortLabel == "Mon 4 Jan")
    }
}

@Suite("Study plan calendar export")
struct PlanCalendarExportTests {
    @Test("the ICS has one all-day event per study day, folded at 75 octets, and parses with Python's icalendar")
    func ics() throws {
        let plan = try StudyPlanTests.plan(weeks: 3, weekends: false)
        let text = PlanCalendarExport.ics(for: plan, from: StudyPlanTests.monday, stamp: StudyPlanTests.now)
        #expect(text.hasSuffix("\r\n"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("plan.ics")
        try text.write(to: file, atomically: true, encoding: .utf8)

        let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")
        let script = """
            import json, sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = [e for e in cal.walk('VEVENT')]
            print(json.dumps({
              'dates': [e.decoded('DTSTART').isoformat() for e in events],
              'uids': [str(e['UID']) for e in events],
              'summaries': [str(e['SUMMARY']) for e in events],
              'descriptions': [str(e['DESCRIPTION']) for e in events],
            }))
            """
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, file.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "icalendar failed: \(stderr)")
        let parsed = try JSONDecoder().decode([String: [String]].self, from: data)

        let studyDays = plan.studyDays.map(\.date.description)
        #expect(parsed["dates"] == studyDays)
        #expect(Set(parsed["uids"] ?? []).count == studyDays.count)
        // Commas, semicolons and newlines in task titles survive the escaping.
        let first = try #require(plan.studyDays.first)
        #expect(parsed["descriptions"]?.first?.components(separatedBy: "\n").count == first.tasks.count)
        #expect(parsed["summaries"]?.first?.contains(first.focus) == true)
        // Weekends off: only the final week, which is always worked, has weekend events.
        let finalWeek = plan.days.suffix(7).map(\.date.description)
        #expect(!studyDays.contains { CalendarDate($0)!.weekday.isWeekend && !finalWeek.contains($0) })
    }
}
