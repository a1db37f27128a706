import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStorage

/// `onsite plan`: the study plan fitted to the interview date, re-planned when the candidate falls behind.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Make, show or export a study plan fitted to your interview date.",
        discussion: """
            The guide's eight-week timeline runs 4:2:2: fundamentals, advanced topics, then mocks and review. \
            `onsite plan --interview-date 2027-03-01` fits it to the days you have (a longer run stretches every \
            phase, a shorter one keeps the last seven days for review and mocks) and fills each day in the shape \
            of the daily routine: SQL challenges and a concept review in the morning, Python challenges and one AWS \
            service in the evening, system design at the weekend and, from the advanced phase, mocks. What to \
            practise is chosen from your progress: challenges you tried and did not get accepted first, then the \
            weakest topics, questions you are forgetting before ones you know.

            Run `onsite plan` again any day to see where you are. Days you missed are not dropped: their items \
            move to the front of the remaining days, and the plan says so. `onsite today` shows today's tasks next \
            to the drill. `--ics FILE` writes the plan as an iCalendar file that Google Calendar, Outlook and Apple \
            Calendar import; importing a newer one updates the same days.

            Examples:
              onsite plan --interview-date 2027-03-01 --minutes-per-day 90 --weekends off
              onsite plan --days 14
              onsite plan --ics ~/onsite-plan.ics
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Option(help: ArgumentHelp("Your interview date; makes a new plan from today.", valueName: "YYYY-MM-DD"))
    var interviewDate: String?

    @Option(help: ArgumentHelp("Minutes you can study on a weekday (\(PlanSettings.minutesRange.lowerBound)-\(PlanSettings.minutesRange.upperBound); default \(PlanSettings.defaultMinutesPerDay)).", valueName: "n"))
    var minutesPerDay: Int?

    @Option(help: ArgumentHelp("Study at weekends: on or off (default on).", valueName: "on|off"))
    var weekends: Switch?

    @Option(help: ArgumentHelp("Write the plan from today on as an iCalendar file.", valueName: "file"))
    var ics: String?

    @Option(help: ArgumentHelp("How many days ahead to print (default 7).", valueName: "n"))
    var days = 7

    @Flag(help: "Print every day of the plan, past ones with what was done.")
    var all = false

    @Flag(help: "Delete the stored plan.")
    var delete = false

    @Flag(help: "Print JSON for scripts.")
    var json = false

    enum Switch: String, ExpressibleByArgument, CaseIterable {
        case on, off
    }

    func validate() throws {
        if let interviewDate, CalendarDate(interviewDate) == nil {
            throw ValidationError("--interview-date must be a real date written YYYY-MM-DD, e.g. 2027-03-01 (got \"\(interviewDate)\")")
        }
        if let minutesPerDay, !PlanSettings.minutesRange.contains(minutesPerDay) {
            throw ValidationError("--minutes-per-day must be \(PlanSettings.minutesRange.lowerBound) to \(PlanSettings.minutesRange.upperBound): at least one SQL and one Python challenge, a concept and an AWS item")
        }
        if days < 1 { throw ValidationError("--days must be 1 or more") }
    }

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        if delete {
            try await context.plans.deletePlan()
            print("The study plan is deleted. Make a new one with `onsite plan --interview-date YYYY-MM-DD`.")
            return
        }
        let evidence = try await context.evidence()
        let plan = try await makeOrRefresh(context, evidence: evidence)
        if let ics {
            let url = URL(fileURLWithPath: ContentLocatorPath.expand(ics))
            let text = PlanCalendarExport.ics(for: plan, from: context.today, stamp: context.now)
            do {
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                throw OnsiteError("could not write \(url.path): \(error.localizedDescription). Choose a writable path.")
            }
            let count = plan.studyDays.filter { $0.date >= context.today }.count
            if !json { print("Wrote \(count) study days to \(url.path); import it into your calendar app.") }
        }
        let shown = all ? plan.days : plan.days.filter { $0.date >= context.today }.prefix(days).map { $0 }
        if json {
            try JSONOutput.print(PlanJSON(plan: plan, shown: shown, today: context.today, evidence: evidence), snakeCaseKeys: true)
            return
        }
        PlanPrinter(terminal: .current, today: context.today, evidence: evidence).print(plan, days: shown,
                                                                                        hint: !all && ics == nil)
    }

    private func makeOrRefresh(_ context: PlanningContext, evidence: PlanEvidence) async throws(OnsiteError) -> StudyPlan {
        try await PlanningContext.mapped { () async throws(PlanningError) in
            try await context.desk.updatePlan(interviewDate: interviewDate.flatMap(CalendarDate.init), minutesPerDay: minutesPerDay,
                                              weekends: weekends.map { $0 == .on }, evidence: evidence, at: context.now)
        }
    }
}


/// The plan in the terminal: phases as bars, then day by day with each task's status.
struct PlanPrinter {
    let terminal: Terminal
    let today: CalendarDate
    let evidence: PlanEvidence

    func print(_ plan: StudyPlan, days: [PlanDay], hint: Bool) {
        let settings = plan.settings
        let left = today.days(until: settings.interviewDate)
        Swift.print(terminal.paint("Study plan", .heading) + ": interview \(settings.interviewDate.shortLabel) \(settings.interviewDate.year) "
                    + "(\(left) day\(left == 1 ? "" : "s") from today); \(settings.minutesPerDay) minutes a weekday, weekends \(settings.weekends ? "on" : "off").")
        let total = max(1, plan.days.count)
        for phase in StudyPhase.allCases {
            let phaseDays = plan.days.filter { $0.phase == phase }
            guard let first = phaseDays.first, let last = phaseDays.last else { continue }
            let bar = String(repeating: "█", count: max(1, phaseDays.count * 40 / total))
            let marker = (first.date...last.date).contains(today) ? terminal.paint(" ← now", .highlight) : ""
            Swift.print("  \(phase.displayName.padding(toLength: 27, withPad: " ", startingAt: 0)) "
                        + "\(first.date.shortLabel) – \(last.date.shortLabel)".padding(toLength: 25, withPad: " ", startingAt: 0)
                        + " \(String(format: "%3d", phaseDays.count)) days  " + terminal.paint(bar, .code) + marker)
        }
        if !plan.shortfall.isEmpty {
            Swift.print(terminal.paint("Not everything fits:", .subheading)
                        + " \(plan.shortfall.sqlChallenges) SQL and \(plan.shortfall.pythonChallenges) Python challenges are left over at "
                        + "\(settings.minutesPerDay) minutes a day; --minutes-per-day \(plan.shortfall.minutesPerDayNeeded) would fit them all.")
        }
        if let replan = plan.replans.last {
            Swift.print(terminal.paint("Re-planned", .subheading) + " on \(replan.on.shortLabel): \(replan.missedTasks) task"
                        + "\(replan.missedTasks == 1 ? "" : "s") from \(replan.from.shortLabel) to \(replan.through.shortLabel) were not done; "
                        + "their \(replan.carriedItems.count) items come first in the days ahead.")
        }
        for day in days {
            Swift.print("")
            let label = day.date == today ? terminal.paint("Today, \(day.date.shortLabel)", .subheading) : terminal.paint(day.date.shortLabel, .bold)
            Swift.print("\(label) · \(day.focus)" + (day.tasks.isEmpty ? "" : " (\(day.minutes) min)"))
            for task in day.tasks {
                Swift.print("  " + line(for: task, on: day.date))
            }
        }
        if hint {
            Swift.print(terminal.paint("\n`onsite plan --days 14` shows more, `--all` every day, `--ics FILE` exports it to your calendar.", .dim))
        }
    }

    func line(for task: PlanTask, on date: CalendarDate) -> String {
        let mark: String = switch evidence.isDone(task, plannedFor: date) {
        case true?: terminal.paint("✓", .success)
        case false? where date < today: terminal.paint("✗", .failure)
        default: "·"
        }
        let command = task.command.map { "  " + terminal.paint($0, .dim) } ?? ""
        return "\(mark) \(task.block.displayName.padding(toLength: 8, withPad: " ", startingAt: 0)) \(task.title)\(command)"
    }
}
