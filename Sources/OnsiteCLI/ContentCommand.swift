import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore

/// `onsite content …`: for contributors: check and count the content.
struct ContentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content",
        abstract: "Check and count the content (for contributors).",
        discussion: "The content format is described in docs/content-format.md.",
        subcommands: [ContentLintCommand.self, ContentStatsCommand.self]
    )
}

struct ContentLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check every content file; print `path:line: field: message` per problem.",
        discussion: "Exits 0 when the content is clean and 1 when there is any problem, so CI can gate on it."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let directory = AppEnvironment(global).contentDirectory
        let result = ContentLoader(root: directory).load()
        for problem in result.problems { print(problem.description) }
        let catalog = result.catalog
        if result.problems.isEmpty {
            StandardError.write("Content is clean: \(catalog.questions.count) questions, \(catalog.guide.count) guide pages, \(catalog.principles.count) principles in \(directory.path).")
        } else {
            let files = Set(result.problems.map(\.file)).count
            StandardError.write("\(result.problems.count) problem\(result.problems.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"). See docs/content-format.md for the rules.")
            throw ExitCode(1)
        }
    }
}

struct ContentStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count questions per track, quick-fire, challenges, scenarios, principles and tags.",
        discussion: """
            --json prints exactly {"questions": {"python", "sql", "aws", "concepts", "system-design", "behavioral"}, \
            "quickfire", "challenges": {"sql", "python"}, "scenarios", "principles"}, with zero where a kind does not exist yet.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the counts as JSON for scripts.")
    var json = false

    func run() async throws {
        let catalog = try AppEnvironment(global).loadCatalog()
        let stats = catalog.stats
        if json {
            try JSONOutput.print(stats)
            return
        }
        let terminal = Terminal.current
        print(terminal.paint("Questions", .subheading))
        for track in Track.allCases {
            print("  \(track.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(stats.questions[track.rawValue] ?? 0)")
        }
        print("  \("quick-fire".padding(toLength: 14, withPad: " ", startingAt: 0)) \(stats.quickfire)")
        print(terminal.paint("Challenges", .subheading))
        print("  sql            \(stats.challenges["sql"] ?? 0)")
        print("  python         \(stats.challenges["python"] ?? 0)")
        print(terminal.paint("Other", .subheading))
        print("  scenarios      \(stats.scenarios)")
        print("  principles     \(stats.principles)")
        print("  guide pages    \(catalog.guide.count)")
        print(terminal.paint("Questions per tag", .subheading))
        for (tag, count) in catalog.tagCounts {
            print("  \(tag.padding(toLength: 28, withPad: " ", startingAt: 0)) \(count)")
        }
    }
}
