import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStorage

/// `onsite today`: what the drill holds for today, per track.
struct TodayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Show what is due and new today, per track.",
        discussion: """
            Due reviews are questions FSRS scheduled for now or earlier; new ones are questions you have never \
            drilled, up to the daily limit (--new, $ONSITE_NEW_PER_DAY, or 20) minus those already started today. \
            Start the session with `onsite drill`.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Option(name: .customLong("new"), help: ArgumentHelp("New questions allowed per day.", valueName: "n"))
    var newPerDay: Int?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Summary: Encodable {
        struct TrackCounts: Encodable {
            var due: Int
            var new: Int
        }

        var date: String
        var due: Int
        var new: Int
        var newLimit: Int
        var introducedToday: Int
        var reviewedToday: Int
        var nextDue: Date?
        var byTrack: [String: TrackCounts]
        /// Today in the study plan; nil without a plan or on a day it does not cover.
        var plan: PlanJSON.Day?

        enum CodingKeys: String, CodingKey {
            case date, due, new, newLimit = "new_limit", introducedToday = "introduced_today"
            case reviewedToday = "reviewed_today", nextDue = "next_due", byTrack = "by_track", plan
        }
    }

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let store = context.reviews
        let now = context.now
        let limit = try DailyLimit.resolve(newPerDay)
        let queue = try await store.todaysQueue(from: try await context.drillQuestions(), filter: DrillFilter(), newPerDay: limit, now: now)
        let day = DrillDay(containing: now)
        var byTrack: [String: Summary.TrackCounts] = [:]
        for entry in queue {
            var counts = byTrack[entry.question.track.rawValue] ?? .init(due: 0, new: 0)
            if entry.isNew { counts.new += 1 } else { counts.due += 1 }
            byTrack[entry.question.track.rawValue] = counts
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        var summary = Summary(
            date: formatter.string(from: now), due: queue.filter { !$0.isNew }.count, new: queue.filter(\.isNew).count,
            newLimit: limit, introducedToday: try await store.introducedCount(from: day.start, to: day.end),
            reviewedToday: try await store.reviewCount(from: day.start, to: day.end),
            nextDue: try await store.nextDue(after: now), byTrack: byTrack)
        let evidence = try await context.evidence()
        let plan = try await context.currentPlan(evidence: evidence)
        summary.plan = plan.flatMap { plan in
            plan.day(context.today).map { day in
                PlanJSON(plan: plan, shown: [day], today: context.today, evidence: evidence).days[0]
            }
        }
        if json {
            try JSONOutput.print(summary)
            return
        }
        let terminal = Terminal.current
        print(terminal.paint("Today", .heading) + " (\(summary.date)): \(summary.due) due, \(summary.new) new "
              + "(\(summary.introducedToday) of \(limit) new started today), \(summary.reviewedToday) reviewed so far.")
        for track in DrillQueue.routineOrder {
            guard let counts = byTrack[track.rawValue] else { continue }
            print("  \(track.displayName.padding(toLength: 16, withPad: " ", startingAt: 0)) \(counts.due) due, \(counts.new) new")
        }
        if let plan, let day = plan.day(context.today) {
            print("\n" + terminal.paint("Study plan", .subheading) + " · \(day.focus)" + (day.tasks.isEmpty ? "" : " (\(day.minutes) min)"))
            let printer = PlanPrinter(terminal: terminal, today: context.today, evidence: evidence)
            for task in day.tasks { print("  " + printer.line(for: task, on: day.date)) }
            if day.tasks.isEmpty { print("  Nothing planned today.") }
            if let replan = plan.replans.last, replan.on == context.today {
                print(terminal.paint("  Re-planned today: \(replan.missedTasks) missed tasks moved to the front of the days ahead (`onsite plan`).", .dim))
            }
            print("")
        } else if plan == nil {
            print(terminal.paint("No study plan yet: `onsite plan --interview-date YYYY-MM-DD` fits one to your interview.", .dim))
        }
        if queue.isEmpty {
            let next = summary.nextDue.map { "; the next review is due \(DrillSession.describe($0, from: now))" } ?? ""
            print("Nothing waiting\(next).")
        } else {
            print("Start with `onsite drill` (or `onsite drill --quickfire` for a 10-minute round).")
        }
    }
}
