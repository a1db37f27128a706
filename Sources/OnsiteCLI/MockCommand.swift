import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStorage

/// `onsite mock`: timed mock interviews, their reports and their history.
struct MockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock",
        abstract: "Rehearse a round, or the whole two-hour loop, against the clock.",
        discussion: """
            `onsite mock --round behavioral` runs one round; `onsite mock --full` runs the two-hour loop \
            (0:00 introduction, 0:05 Python and SQL coding, 0:35 AWS scenario, 1:05 system design, 1:35 behavioral, \
            1:55 your questions). Items favour what you get wrong and what you have not seen lately. Coding is graded \
            by the judges, typed answers against key points, designs against the scenario's rubric. At the end you \
            score each segment 1-4 against written criteria; the report is saved, and gaps become due in the drill.
            """,
        subcommands: [MockStartCommand.self, MockHistoryCommand.self, MockShowCommand.self],
        defaultSubcommand: MockStartCommand.self
    )
}

/// `onsite mock [--round R | --full]`: runs one mock interview.
struct MockStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Run a mock interview (the default: `onsite mock --round phone` is `onsite mock start --round phone`).",
        discussion: """
            Answers end with an empty line; code ends with a line holding only /end, or press Enter to submit the \
            workspace file the mock created. /skip moves to the next item, q stops (what was done is kept). A \
            segment whose time runs out moves on, and the report marks it over budget. Input may be piped, and \
            --now @FILE reads the clock from a file, so a whole mock can be scripted.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clockOptions: ClockOptions

    @Option(help: "The round to rehearse: \(MockFormat.allCases.filter { $0 != .full }.map(\.rawValue).joined(separator: ", ")).")
    var round: MockFormat?

    @Flag(help: "The full two-hour loop, every round in the agenda's order.")
    var full = false

    @Option(help: "Where to write the Markdown report (default: <home>/mocks/<id>.md).")
    var report: String?

    @Option(help: "Folder for the coding segment's solution files (default ~/onsite-workspace).")
    var workspace: String?

    func validate() throws {
        if full && round != nil { throw ValidationError("choose --round or --full, not both") }
        if !full && round == nil {
            throw ValidationError("choose a round with --round (\(MockFormat.allCases.filter { $0 != .full }.map(\.rawValue).joined(separator: ", "))) or the whole loop with --full")
        }
        if round == .full { throw ValidationError("use --full for the whole loop") }
    }

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let clock = try clockOptions.clock()
        let stores = try environment.openMockStores()
        let format = full ? MockFormat.full : (round ?? .phone)
        let evidence = try await MockEvidence.gather(reviews: stores.reviews, attempts: stores.attempts, mocks: stores.mocks)
        let plan = MockPlanner(catalog: catalog).plan(format, evidence: evidence, now: clock())
        let session = MockSession(catalog: catalog, plan: plan, clock: clock, terminal: .current,
                                  workspace: environment.workspaceDirectory(explicit: workspace),
                                  attempts: stores.attempts, reviews: stores.reviews, mocks: stores.mocks)
        let result = try await session.run()
        let file = report.map { URL(fileURLWithPath: ContentLocatorPath.expand($0)) }
            ?? environment.homeDirectory.appendingPathComponent("mocks").appendingPathComponent("\(result.id).md")
        try MockReportFile.write(result, to: file)
        let terminal = Terminal.current
        print(terminal.paint("Mock saved", .heading) + " as \(result.id)"
              + (result.averageScore.map { String(format: ": average self-score %.1f of 4", $0) } ?? "") + ".")
        for segment in result.segments where segment.isOverBudget {
            print(terminal.paint("Over budget: \(segment.segment.title) took \(MockClock.format(segment.secondsUsed)) of \(MockClock.format(segment.budgetSeconds)).", .failure))
        }
        if !result.pushedToDrill.isEmpty {
            print("\(result.pushedToDrill.count) item\(result.pushedToDrill.count == 1 ? "" : "s") due now in the drill: `onsite drill`.")
        }
        print("Report: \(file.path)   ·   history: onsite mock history")
    }
}

extension MockFormat: ExpressibleByArgument {}

/// Writes a report's Markdown, creating the folder; a failure names the path and what to do.
enum MockReportFile {
    static func write(_ report: MockReport, to file: URL) throws(OnsiteError) {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(MockReportMarkdown.render(report).utf8).write(to: file, options: .atomic)
        } catch {
            throw OnsiteError("the mock is saved (see `onsite mock show \(report.id)`), but its report could not be written to \(file.path): \(error.localizedDescription). Choose another path with --report.")
        }
    }
}

/// `~` in paths typed on the command line.
enum ContentLocatorPath {
    static func expand(_ path: String) -> String { NSString(string: path).expandingTildeInPath }
}

/// `onsite mock history`: every mock, with a chart of the self-scores over time.
struct MockHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List past mocks with their scores and times, and chart the trend.",
        discussion: "--json prints the list: [{\"id\", \"format\", \"started_at\", \"average_score\", \"seconds_used\", \"budget_seconds\", \"over_budget_segments\", \"ended_early\"}]."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Row: Encodable {
        var id: String
        var format: MockFormat
        var startedAt: Date
        var averageScore: Double?
        var secondsUsed: Double
        var budgetSeconds: Double
        var overBudgetSegments: [String]
        var endedEarly: Bool
    }

    func run() async throws {
        let reports = try await AppEnvironment(global).openMockStores().mocks.reports()
        let rows = reports.map {
            Row(id: $0.id, format: $0.format, startedAt: $0.startedAt, averageScore: $0.averageScore,
                secondsUsed: $0.secondsUsed, budgetSeconds: $0.budgetSeconds,
                overBudgetSegments: $0.segments.filter(\.isOverBudget).map(\.segment.title), endedEarly: $0.endedEarly)
        }
        if json {
            try JSONOutput.print(rows, snakeCaseKeys: true)
            return
        }
        guard !rows.isEmpty else {
            print("No mocks yet. Start one with `onsite mock --round phone` or `onsite mock --full`.")
            return
        }
        let terminal = Terminal.current
        let table = TableRenderer(terminal: terminal).render(
            columns: ["id", "round", "score", "time used", "over budget"],
            rows: rows.map { row in
                [row.id, row.format.rawValue, row.averageScore.map { String(format: "%.1f", $0) } ?? "-",
                 "\(MockClock.format(row.secondsUsed)) of \(MockClock.format(row.budgetSeconds))",
                 row.overBudgetSegments.isEmpty ? "-" : row.overBudgetSegments.joined(separator: ", ")]
            })
        print(table)
        print("")
        print(terminal.paint("Average self-score per mock (1-4)", .subheading))
        print(MockTrendChart.render(rows.map { ($0.id, $0.averageScore) }, width: max(10, terminal.width - 24)))
        print("\n`onsite mock show ID` prints a report.")
    }
}

/// A horizontal bar per mock, oldest at the top: enough to see whether scores are rising.
enum MockTrendChart {
    static func render(_ points: [(label: String, score: Double?)], width: Int) -> String {
        points.map { point in
            guard let score = point.score else { return "\(point.label)  (not scored)" }
            let filled = Int((score / 4 * Double(width)).rounded())
            return "\(point.label)  " + String(repeating: "█", count: filled) + String(format: " %.1f", score)
        }.joined(separator: "\n")
    }
}

/// `onsite mock show ID`: one report again.
struct MockShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a past mock's report (Markdown), or its data with --json.",
        discussion: "ID is from `onsite mock history`; `latest` shows the most recent mock."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The mock's id (e.g. 20261204-090000), or latest.")
    var id: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() async throws {
        let mocks = try AppEnvironment(global).openMockStores().mocks
        let found = id == "latest" ? try await mocks.reports().last : try await mocks.report(id: id)
        guard let report = found else {
            throw OnsiteError("no mock with id \(id). `onsite mock history` lists them.")
        }
        if json {
            try JSONOutput.print(report, snakeCaseKeys: true)
        } else {
            print(MarkdownTerminalRenderer(terminal: .current).render(MockReportMarkdown.render(report)))
        }
    }
}
