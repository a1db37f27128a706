import Foundation

/// The plan as `onsite plan --json` and the web app's `/api/plan` give it, snake_case: settings, phases, re-plans and
/// the days asked for, with each task's done state.
public struct PlanJSON: Encodable, Sendable {
    public struct Phase: Encodable, Sendable {
        public var phase: String
        public var from: CalendarDate?
        public var through: CalendarDate?
        public var days: Int
    }

    public struct Task: Encodable, Sendable {
        public var kind: String
        public var block: String
        public var title: String
        public var items: [String]
        public var minutes: Int
        public var command: String?
        /// Nil for guidance Onsite cannot check.
        public var done: Bool?
    }

    public struct Day: Encodable, Sendable {
        public var date: CalendarDate
        public var phase: String
        public var focus: String
        public var studyDay: Bool
        public var minutes: Int
        public var tasks: [Task]

        // Spelled out because `onsite today --json` embeds a day without the snake-case encoder.
        enum CodingKeys: String, CodingKey {
            case date, phase, focus, studyDay = "study_day", minutes, tasks
        }
    }

    public var interviewDate: CalendarDate
    public var startDate: CalendarDate
    public var daysLeft: Int
    public var minutesPerDay: Int
    public var weekends: Bool
    public var phases: [Phase]
    public var shortfall: PlanShortfall
    public var replans: [PlanReplan]
    public var days: [Day]

    public init(plan: StudyPlan, shown: [PlanDay], today: CalendarDate, evidence: PlanEvidence) {
        interviewDate = plan.settings.interviewDate
        startDate = plan.settings.startDate
        daysLeft = today.days(until: plan.settings.interviewDate)
        minutesPerDay = plan.settings.minutesPerDay
        weekends = plan.settings.weekends
        phases = StudyPhase.allCases.map { phase in
            let days = plan.days.filter { $0.phase == phase }
            return Phase(phase: phase.rawValue, from: days.first?.date, through: days.last?.date, days: days.count)
        }
        shortfall = plan.shortfall
        replans = plan.replans
        self.days = shown.map { day in
            Day(date: day.date, phase: day.phase.rawValue, focus: day.focus, studyDay: day.isStudyDay, minutes: day.minutes,
                tasks: day.tasks.map { task in
                    Task(kind: task.kind.rawValue, block: task.block.rawValue, title: task.title, items: task.itemIDs,
                         minutes: task.minutes, command: task.command, done: evidence.isDone(task, plannedFor: day.date))
                })
        }
    }
}
