import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite readiness`: per round, how ready the evidence says the candidate is on the interview day.
struct ReadinessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "How ready you are for each round on the interview day, and the three weakest topics in each.",
        discussion: """
            Each round's figure is built from evidence only: the recall FSRS predicts for that round's items on \
            the interview date (what you will still remember then, not what you know today), challenges accepted \
            weighted by difficulty, the story bank for the behavioral round, and your last three mock self-scores. \
            The formula is in docs/readiness.md. The interview date is the plan's, or --interview-date.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Option(help: ArgumentHelp("The interview date (default: the study plan's).", valueName: "YYYY-MM-DD"))
    var interviewDate: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func validate() throws {
        if let interviewDate, CalendarDate(interviewDate) == nil {
            throw ValidationError("--interview-date must be a real date written YYYY-MM-DD (got \"\(interviewDate)\")")
        }
    }

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let evidence = try await context.evidence()
        let date: CalendarDate
        if let text = interviewDate, let given = CalendarDate(text) {
            date = given
        } else if let plan = try await context.currentPlan(evidence: evidence) {
            date = plan.settings.interviewDate
        } else {
            throw OnsiteError("no interview date: pass --interview-date YYYY-MM-DD, or make a plan with `onsite plan --interview-date YYYY-MM-DD`")
        }
        let report = context.desk.readiness(for: date, evidence: evidence)
        if json {
            try JSONOutput.print(report, snakeCaseKeys: true)
            return
        }
        let terminal = Terminal.current
        print(terminal.paint("Readiness", .heading) + " for \(date.shortLabel) \(date.year) "
              + "(\(context.today.days(until: date)) days away): \(Int((report.overall * 100).rounded()))% overall.")
        for round in report.rounds {
            let filled = Int((round.score * 30).rounded())
            let bar = terminal.paint(String(repeating: "█", count: filled), round.score >= 0.7 ? .success : round.score >= 0.4 ? .highlight : .failure)
                + terminal.paint(String(repeating: "░", count: 30 - filled), .dim)
            print("\n" + terminal.paint(round.round.displayName, .subheading) + "  \(bar) \(round.percent)%")
            for component in round.components {
                print("  \(component.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%3d", Int((component.value * 100).rounded())))% × \(component.weight.formatted())  \(terminal.paint(component.detail, .dim))")
            }
            if !round.weakest.isEmpty {
                print("  weakest: " + round.weakest.map { "\($0.tag) \(Int(($0.strength * 100).rounded()))%" }.joined(separator: ", "))
                for topic in round.weakest {
                    print(terminal.paint("    \(topic.action)", .dim))
                }
            }
        }
    }
}
