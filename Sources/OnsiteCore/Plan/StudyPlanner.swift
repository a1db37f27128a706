import Foundation

/// Fits the seed's timeline to the days left and fills each day with concrete tasks in the shape of the daily
/// routine: weekday mornings SQL challenges and a concept review, weekday evenings Python challenges and one AWS
/// service deep dive, weekends a system-design scenario and (from the advanced phase) a mock. The final week
/// follows the guide's countdown. What to practise is chosen by weakness and coverage: challenges tried and not
/// yet accepted first, then the rest from easy to hard; questions forgotten (low FSRS recall) before questions
/// never seen, before questions well known; AWS services rotated with the weakest first.
public struct StudyPlanner: Sendable {
    public let catalog: Catalog
    public let evidence: PlanEvidence
    /// The moment "now" for recall, so the choice of weak items is reproducible in tests.
    public let now: Date

    /// Estimated minutes per task, from the daily routine (2-3 SQL problems in 20 minutes, 1-2 Python in 20-30).
    public enum Minutes {
        public static let sqlChallenge = 8
        public static let pythonChallenge = 15
        public static let conceptReview = 10
        public static let awsDeepDive = 15
        public static let systemDesign = 45
        public static let roundMock = 60
        public static let fullMock = 120
    }

    public init(catalog: Catalog, evidence: PlanEvidence, now: Date) {
        self.catalog = catalog
        self.evidence = evidence
        self.now = now
    }

    public enum PlanError: Error, Equatable, CustomStringConvertible {
        case interviewNotAhead(interview: CalendarDate, today: CalendarDate)

        public var description: String {
            switch self {
            case .interviewNotAhead(let interview, let today):
                "the interview date \(interview) is not after today (\(today)); give a later date (YYYY-MM-DD)"
            }
        }
    }

    /// A fresh plan from `today`.
    public func plan(_ settings: PlanSettings, today: CalendarDate) throws(PlanError) -> StudyPlan {
        let (days, shortfall) = try schedule(settings, from: today, carrying: [])
        return StudyPlan(settings: settings, generatedOn: today, days: days, shortfall: shortfall)
    }

    /// Brings a stored plan up to `today`. Past days keep what was planned for them; if any tracked task on
    /// them was not done, that is recorded as a re-plan and those items go first in the new schedule. The days
    /// from today on are made again from current progress either way, so nothing finished is asked twice.
    public func refresh(_ plan: StudyPlan, today: CalendarDate) throws(PlanError) -> StudyPlan {
        guard plan.generatedOn < today else { return plan }
        let past = plan.days.filter { $0.date < today }
        let newlyPast = past.filter { $0.date >= plan.generatedOn }
        var missed: [(CalendarDate, PlanTask)] = []
        for day in newlyPast {
            for task in day.tasks where evidence.isDone(task, plannedFor: day.date) == false {
                missed.append((day.date, task))
            }
        }
        let carried = uniqued(missed.flatMap { $0.1.itemIDs })
        let (future, shortfall) = try schedule(plan.settings, from: today, carrying: carried)
        var refreshed = StudyPlan(settings: plan.settings, generatedOn: today, days: past + future, shortfall: shortfall,
                                  replans: plan.replans)
        if let first = missed.first?.0, let last = missed.last?.0 {
            refreshed.replans.append(PlanReplan(on: today, from: first, through: last, missedTasks: missed.count,
                                                carriedItems: carried))
        }
        return refreshed
    }

    // MARK: Scheduling

    private func schedule(_ settings: PlanSettings, from today: CalendarDate,
                          carrying carried: [String]) throws(PlanError) -> ([PlanDay], PlanShortfall) {
        guard today < settings.interviewDate else {
            throw .interviewNotAhead(interview: settings.interviewDate, today: today)
        }
        var settings = settings
        if settings.startDate > today { settings.startDate = today }
        let dates = (0..<today.days(until: settings.interviewDate)).map { today.adding(days: $0) }
        let finalWeek = FinalWeek(length: min(7, settings.startDate.days(until: settings.interviewDate)))
        var picker = ItemPicker(catalog: catalog, evidence: evidence, now: now, carried: carried)

        // Weekdays before the mock phase carry the challenges; spread what is left evenly over them.
        let weekdays = dates.filter { date in
            settings.phase(on: date) != .mocks && !date.weekday.isWeekend
        }
        let challengeDays = weekdays.count
        // Without weekends, Fridays hold the design session instead of the Python block.
        let pythonDays = settings.weekends ? challengeDays : weekdays.count { $0.weekday != .friday }
        let sqlLeft = picker.remaining(.sql), pythonLeft = picker.remaining(.python)
        let wantedSQL = challengeDays == 0 ? 0 : max(min(2, sqlLeft), Int((Double(sqlLeft) / Double(challengeDays)).rounded(.up)))
        let wantedPython = pythonDays == 0 ? 0 : max(min(1, pythonLeft), Int((Double(pythonLeft) / Double(pythonDays)).rounded(.up)))
        let fixed = Minutes.conceptReview + Minutes.awsDeepDive
        let wantedMinutes = wantedSQL * Minutes.sqlChallenge + wantedPython * Minutes.pythonChallenge
        let available = max(Minutes.sqlChallenge + Minutes.pythonChallenge, settings.minutesPerDay - fixed)
        var sqlPerDay = wantedSQL, pythonPerDay = wantedPython
        if wantedMinutes > available {
            let scale = Double(available) / Double(wantedMinutes)
            sqlPerDay = max(min(1, wantedSQL), Int(Double(wantedSQL) * scale))
            pythonPerDay = max(min(1, wantedPython), Int(Double(wantedPython) * scale))
        }

        var days: [PlanDay] = []
        var mockRotation = 0
        for date in dates {
            let phase = settings.phase(on: date)
            let untilInterview = date.days(until: settings.interviewDate)
            if untilInterview <= finalWeek.length, let slot = finalWeek.slot(daysBefore: untilInterview) {
                days.append(PlanDay(date: date, phase: .mocks, focus: "Final week: \(slot.focus)", isStudyDay: true,
                                    tasks: slot.tasks(&picker)))
                continue
            }
            let week = settings.startDate.days(until: date) / 7 + 1
            let focus = "Week \(week) · \(phase.displayName)"
            if date.weekday.isWeekend && !settings.weekends {
                days.append(PlanDay(date: date, phase: phase, focus: focus + " · weekend off", isStudyDay: false, tasks: []))
                continue
            }
            var tasks: [PlanTask] = []
            switch (phase, date.weekday.isWeekend) {
            case (.fundamentals, false), (.advanced, false):
                tasks += picker.challenges(.sql, count: sqlPerDay)
                if !settings.weekends && date.weekday == .friday {
                    // Without weekends, Friday takes the week's design session. It is the longest task, so the day
                    // drops its concept, Python and AWS blocks to stay within the minutes the candidate has.
                    tasks += picker.systemDesign()
                } else {
                    tasks += picker.conceptReview(phase: phase)
                    tasks += picker.challenges(.python, count: pythonPerDay)
                    tasks += picker.awsDeepDive(phase: phase)
                }
            case (.fundamentals, true):
                tasks += date.weekday == .saturday ? picker.systemDesign() : picker.mistakes()
            case (.advanced, true):
                if date.weekday == .saturday {
                    tasks += picker.systemDesign()
                } else {
                    tasks += [Self.mock(MockAgenda.rotation[mockRotation % MockAgenda.rotation.count])]
                    mockRotation += 1
                    tasks += picker.story()
                }
            case (.mocks, false):
                tasks += [Self.mock(MockAgenda.rotation[mockRotation % MockAgenda.rotation.count])]
                mockRotation += 1
                tasks += picker.weakSpots(count: 3)
                tasks += picker.story()
            case (.mocks, true):
                tasks += date.weekday == .saturday ? [Self.mock(.full)] : picker.systemDesign()
            }
            days.append(PlanDay(date: date, phase: phase, focus: focus, isStudyDay: true, tasks: tasks))
        }
        let unplacedSQL = picker.remaining(.sql), unplacedPython = picker.remaining(.python)
        let needed = unplacedSQL + unplacedPython == 0 ? settings.minutesPerDay : fixed + wantedMinutes
        return (days, PlanShortfall(sqlChallenges: unplacedSQL, pythonChallenges: unplacedPython, minutesPerDayNeeded: needed))
    }

    static func mock(_ format: MockFormat) -> PlanTask {
        let minutes = MockAgenda.standard(format).totalMinutes
        let flag = format == .full ? "--full" : "--round \(format.rawValue)"
        return PlanTask(kind: .mock, block: .day, title: "Mock interview: \(format.displayName)", minutes: minutes,
                        mockFormat: format, command: "onsite mock \(flag)")
    }

    private func uniqued(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}

extension MockAgenda {
    /// The order single-round mocks come round in a plan: the coding round first, the phone screen last (it is
    /// the shortest and overlaps the others).
    public static let rotation: [MockFormat] = [.technical1, .technical2, .systemDesign, .behavioral, .phone]
}
