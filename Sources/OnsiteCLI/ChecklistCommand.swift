import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStorage

/// `onsite checklist`: the final-week checklists, ticked from progress where Onsite can know and by hand elsewhere.
struct ChecklistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Show the final-week checklists, ticked from your progress.",
        discussion: """
            Boxes Onsite can check tick themselves: accepted SQL and Python challenges against 100 and 50, the \
            key-topics AWS services with a reviewed item, system-design and full mocks, an empty mistakes log, \
            STAR stories that pass the lint against 10 and the principles they cover. The rest (resume updated, \
            outfit ready) you tick yourself: `onsite checklist tick logistics-1`.
            """,
        subcommands: [ChecklistShowCommand.self, ChecklistTickCommand.self, ChecklistUntickCommand.self],
        defaultSubcommand: ChecklistShowCommand.self
    )
}

struct ChecklistShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show every box and where it stands.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let checklist = try context.checklistPage()
        let statuses = checklist.statuses(catalog: context.catalog, evidence: try await context.evidence(),
                                          ticked: try await context.checklist.tickedItems())
        if json {
            try JSONOutput.print(statuses, snakeCaseKeys: true)
            return
        }
        let terminal = Terminal.current
        let done = statuses.filter(\.done).count
        print(terminal.paint("Final-week checklists", .heading) + ": \(done) of \(statuses.count) done.")
        var section = ""
        for status in statuses {
            if status.section != section {
                section = status.section
                print("\n" + terminal.paint(section.prefix(1).uppercased() + section.dropFirst(), .subheading))
            }
            let box = status.done ? terminal.paint("[x]", .success) : "[ ]"
            var progress = ""
            if let current = status.current, let target = status.target {
                progress = status.id == "technical-8" ? " (\(current) open)" : " (\(current) of \(target))"
            }
            let kind = status.computed ? terminal.paint(" auto", .dim) : ""
            print("  \(box) \(status.id.padding(toLength: 13, withPad: " ", startingAt: 0)) \(status.text)\(progress)\(kind)")
            if !status.done, status.computed, let command = status.command {
                print(terminal.paint("                    next: \(command)", .dim))
            }
        }
        print(terminal.paint("\nTick a box by hand with `onsite checklist tick ID`; \"auto\" boxes tick themselves from your progress.", .dim))
    }
}

struct ChecklistTickCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tick", abstract: "Tick a box Onsite cannot check for you.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Argument(help: "The box's id, e.g. logistics-1 (see `onsite checklist`).")
    var id: String

    func run() async throws {
        try await ChecklistTicking.set(id, true, global: global, clock: clock)
    }
}

struct ChecklistUntickCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "untick", abstract: "Clear a box you ticked by hand.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Argument(help: "The box's id, e.g. logistics-1.")
    var id: String

    func run() async throws {
        try await ChecklistTicking.set(id, false, global: global, clock: clock)
    }
}

enum ChecklistTicking {
    static func set(_ id: String, _ ticked: Bool, global: GlobalOptions, clock: ClockOptions) async throws {
        let context = try PlanningContext(global, clock: clock)
        let item = try await PlanningContext.mapped { () async throws(PlanningError) in
            try await context.desk.setTicked(id, ticked, at: context.now)
        }
        print("\(ticked ? "Ticked" : "Cleared") \(item.id): \(item.text)")
    }
}
