import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite`: the root of the command tree. With no subcommand it starts the web app, as `onsite serve` does.
public struct OnsiteCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "onsite",
        abstract: "Offline interview preparation for AWS Data Engineer loops.",
        discussion: """
            Question banks with model answers, the preparation guide and Amazon's Leadership Principles, \
            all on your machine. Progress is kept in ~/.onsite (or --home / ONSITE_HOME).

            `onsite` alone starts the web app on http://127.0.0.1:8080 (see `onsite serve --help`). In the \
            terminal, start with `onsite overview` for today's suggestion and every command, or \
            `onsite guide process` to see the five rounds.
            """,
        version: "0.1.0",
        subcommands: [OverviewCommand.self, GuideCommand.self, QuestionsCommand.self, SearchCommand.self, ChallengesCommand.self,
                      SolveCommand.self, TestCommand.self, SubmitCommand.self, DrillCommand.self, TodayCommand.self,
                      ReviewsCommand.self, ScenariosCommand.self, EstimateCommand.self, MockCommand.self, PlanCommand.self,
                      ChecklistCommand.self, ReadinessCommand.self, StoriesCommand.self, OfferCommand.self, LabCommand.self, ServeCommand.self,
                      ContentCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    public init() {}

    /// Parses the command line and runs the chosen command. Called by `main.swift`; top-level code there would
    /// resolve a bare `main()` to ParsableCommand's synchronous entry point, which refuses async commands.
    public static func start() async {
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    public func run() async throws {
        var serve = try ServeCommand.parse([])
        serve.global = global
        try await serve.run()
    }
}

/// `onsite overview`: today's suggestion from the guide and the commands, in the terminal.
struct OverviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Show what the banks hold, today's suggestion from the daily routine, and every command."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let store = try environment.openProgressStore()
        let progress = try await store.allProgress()
        let terminal = Terminal.current
        let suggestion = DailySuggestion(catalog: catalog, seen: Set(progress.filter { $0.seenCount > 0 }.map(\.itemID)),
                                         date: Date())

        print(terminal.paint("Onsite", .heading) + " — AWS Data Engineer interview preparation")
        let stats = catalog.stats
        let counts = Track.allCases.compactMap { track -> String? in
            let count = stats.questions[track.rawValue] ?? 0
            return count > 0 ? "\(count) \(track.displayName)" : nil
        }.joined(separator: ", ")
        print("\(catalog.questions.count) questions (\(counts)), \(catalog.guide.count) guide pages, "
              + "\(catalog.principles.count) Leadership Principles.\n")

        print(terminal.paint("Today's suggestion", .subheading) + " (\(suggestion.dayName))")
        for line in suggestion.lines {
            print("  • " + line)
        }
        print("")
        print(terminal.paint("Commands", .subheading))
        for command in OnsiteCommand.configuration.subcommands {
            let configuration = command.configuration
            let name = (configuration.commandName ?? "").padding(toLength: 10, withPad: " ", startingAt: 0)
            print("  onsite \(name) \(configuration.abstract)")
        }
        print("\nRun `onsite help <command>` for details and examples.")
    }
}
