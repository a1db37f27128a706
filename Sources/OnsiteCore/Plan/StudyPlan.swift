import Foundation

/// The seed timeline's three phases.
public enum StudyPhase: String, Codable, Sendable, CaseIterable {
    case fundamentals, advanced, mocks

    public var displayName: String {
        switch self {
        case .fundamentals: "Fundamentals"
        case .advanced: "Advanced topics"
        case .mocks: "Mock interviews and review"
        }
    }
}

/// How many days each phase gets. The seed's eight weeks run 4:2:2; a longer or shorter run keeps those
/// proportions, except that the last seven days are always review and mocks: below four weeks the mock phase
/// keeps its seven days and the rest is split 2:1 between fundamentals and advanced topics.
public struct PhaseSplit: Codable, Sendable, Equatable {
    public var fundamentals: Int
    public var advanced: Int
    public var mocks: Int

    public init(days: Int) {
        let total = max(0, days)
        let mocks = total <= 7 ? total : max(7, Int((Double(total) * 2 / 8).rounded()))
        let rest = total - mocks
        let advanced = Int((Double(rest) / 3).rounded())
        self.fundamentals = rest - advanced
        self.advanced = advanced
        self.mocks = mocks
    }

    public var total: Int { fundamentals + advanced + mocks }

    /// The phase of the day `offset` days after the plan's first day.
    public func phase(atOffset offset: Int) -> StudyPhase {
        if offset < fundamentals { return .fundamentals }
        if offset < fundamentals + advanced { return .advanced }
        return .mocks
    }
}

/// What the candidate asked for: the interview date and how much time a day they have.
public struct PlanSettings: Codable, Sendable, Equatable {
    /// The first day of the plan; phases are counted from here, so they do not drift when the plan is re-made.
    public var startDate: CalendarDate
    public var interviewDate: CalendarDate
    public var minutesPerDay: Int
    /// Study on Saturdays and Sundays too (the seed's weekend sessions), or keep weekends free.
    public var weekends: Bool

    public static let defaultMinutesPerDay = 60
    /// The smallest day that holds the routine: one SQL and one Python challenge, a concept and an AWS item.
    public static let minutesRange = 50...480

    public init(startDate: CalendarDate, interviewDate: CalendarDate, minutesPerDay: Int = defaultMinutesPerDay,
                weekends: Bool = true) {
        self.startDate = startDate
        self.interviewDate = interviewDate
        self.minutesPerDay = minutesPerDay
        self.weekends = weekends
    }

    public var split: PhaseSplit { PhaseSplit(days: startDate.days(until: interviewDate)) }

    public func phase(on date: CalendarDate) -> StudyPhase {
        split.phase(atOffset: startDate.days(until: date))
    }
}

/// What a task asks for, which decides how Onsite knows it is done.
public enum PlanTaskKind: String, Codable, Sendable {
    /// Done when every challenge in `itemIDs` has an accepted submission.
    case sqlChallenges = "sql", pythonChallenges = "python"
    /// Done when every question in `itemIDs` was reviewed in the drill on or after the task's day.
    case conceptReview = "concept", awsDeepDive = "aws", systemDesign = "system-design", weakSpots = "weak-spots"
    /// Done when a mock of `mockFormat` was finished on or after the task's day.
    case mock
    /// Done when each principle in `itemIDs` has a story that passes the lint.
    case story
    /// Guidance Onsite cannot check (rest, logistics, telling stories out loud).
    case guidance
}

/// Where a task sits in the daily routine.
public enum PlanBlock: String, Codable, Sendable {
    case morning, evening, day

    public var displayName: String {
        switch self {
        case .morning: "Morning"
        case .evening: "Evening"
        case .day: "Day"
        }
    }
}

public struct PlanTask: Codable, Sendable, Equatable {
    public var kind: PlanTaskKind
    public var block: PlanBlock
    public var title: String
    /// Challenge, question or principle ids, by kind; empty for guidance.
    public var itemIDs: [String]
    public var minutes: Int
    public var mockFormat: MockFormat?
    /// The command that starts it, when there is one.
    public var command: String?

    public init(kind: PlanTaskKind, block: PlanBlock, title: String, itemIDs: [String] = [], minutes: Int,
                mockFormat: MockFormat? = nil, command: String? = nil) {
        self.kind = kind
        self.block = block
        self.title = title
        self.itemIDs = itemIDs
        self.minutes = minutes
        self.mockFormat = mockFormat
        self.command = command
    }

    /// Onsite can tell from the candidate's progress whether this task was done.
    public var isTracked: Bool { kind != .guidance }
}

public struct PlanDay: Codable, Sendable, Equatable {
    public var date: CalendarDate
    public var phase: StudyPhase
    /// One line for the day: "Week 3 · Fundamentals" or "Final week: full mock interview 1".
    public var focus: String
    /// False for a weekend when weekends are off: the day is in the calendar but has nothing to do.
    public var isStudyDay: Bool
    public var tasks: [PlanTask]

    public init(date: CalendarDate, phase: StudyPhase, focus: String, isStudyDay: Bool, tasks: [PlanTask]) {
        self.date = date
        self.phase = phase
        self.focus = focus
        self.isStudyDay = isStudyDay
        self.tasks = tasks
    }

    public var minutes: Int { tasks.map(\.minutes).reduce(0, +) }
}

/// Challenges the remaining study days cannot hold at the chosen minutes per day, and what would make them fit.
public struct PlanShortfall: Codable, Sendable, Equatable {
    public var sqlChallenges: Int
    public var pythonChallenges: Int
    /// Minutes per weekday that would fit every remaining challenge before the mock phase.
    public var minutesPerDayNeeded: Int

    public init(sqlChallenges: Int, pythonChallenges: Int, minutesPerDayNeeded: Int) {
        self.sqlChallenges = sqlChallenges
        self.pythonChallenges = pythonChallenges
        self.minutesPerDayNeeded = minutesPerDayNeeded
    }

    public var isEmpty: Bool { sqlChallenges == 0 && pythonChallenges == 0 }
}

/// A re-plan after missed days: what was not done and when the rest was re-made.
public struct PlanReplan: Codable, Sendable, Equatable {
    public var on: CalendarDate
    /// The first and last day that had missed tasks.
    public var from: CalendarDate
    public var through: CalendarDate
    public var missedTasks: Int
    /// Items of the missed tasks, which the new schedule takes first.
    public var carriedItems: [String]

    public init(on: CalendarDate, from: CalendarDate, through: CalendarDate, missedTasks: Int, carriedItems: [String]) {
        self.on = on
        self.from = from
        self.through = through
        self.missedTasks = missedTasks
        self.carriedItems = carriedItems
    }
}

/// The plan as it is stored: the settings, every day from the first to the day before the interview (past days
/// as they were planned, so the calendar can show what was done and missed), and the re-plans so far.
public struct StudyPlan: Codable, Sendable, Equatable {
    public var settings: PlanSettings
    /// The day the future part of `days` was last made.
    public var generatedOn: CalendarDate
    public var days: [PlanDay]
    public var shortfall: PlanShortfall
    public var replans: [PlanReplan]

    public init(settings: PlanSettings, generatedOn: CalendarDate, days: [PlanDay], shortfall: PlanShortfall,
                replans: [PlanReplan] = []) {
        self.settings = settings
        self.generatedOn = generatedOn
        self.days = days
        self.shortfall = shortfall
        self.replans = replans
    }

    public func day(_ date: CalendarDate) -> PlanDay? {
        days.first { $0.date == date }
    }

    public var studyDays: [PlanDay] { days.filter { $0.isStudyDay && !$0.tasks.isEmpty } }
}
