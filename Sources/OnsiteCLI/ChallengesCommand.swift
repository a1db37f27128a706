import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite challenges [list]`: the executable challenges with their solved state.
struct ChallengesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "challenges",
        abstract: "List executable challenges and which ones you have solved.",
        subcommands: [ChallengesListCommand.self],
        defaultSubcommand: ChallengesListCommand.self
    )
}

struct ChallengesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List executable challenges and which ones you have solved.",
        discussion: """
            Work on one like this:
              onsite solve sql-running-total        # writes ~/onsite-workspace/sql/sql-running-total.sql
              onsite solve py-find-duplicates       # writes ~/onsite-workspace/python/py-find-duplicates.py
              onsite test  ~/onsite-workspace/sql/sql-running-total.sql    # sample data only
              onsite submit ~/onsite-workspace/sql/sql-running-total.sql   # every dataset, recorded
            ✓ marks solved challenges, • attempted ones.
            """
    )

    enum Status: String, ExpressibleByArgument, CaseIterable {
        case solved, unsolved, attempted
    }

    enum ChallengeTrack: String, ExpressibleByArgument, CaseIterable {
        case sql, python
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this track: sql or python.")
    var track: ChallengeTrack?

    @Option(help: "Only solved, unsolved or attempted challenges.")
    var status: Status?

    @Option(help: "Only this difficulty: easy, medium or hard.")
    var difficulty: Difficulty?

    @Option(help: "Only challenges with this topic, e.g. window-functions.")
    var topic: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Row: Encodable {
        var id: String
        var track: String
        var title: String
        var difficulty: Difficulty
        var topics: [String]
        var status: String
    }

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let attempts = try environment.openAttemptStore()
        let solved = try await attempts.solvedChallengeIDs()
        let attempted = try await attempts.attemptedChallengeIDs()

        let rows = catalog.allChallenges
            .filter { track == nil || $0.track == track?.rawValue }
            .filter { difficulty == nil || $0.difficulty == difficulty }
            .filter { topic == nil || $0.topics.contains(topic!.lowercased()) }
            .map { challenge -> Row in
                let state = solved.contains(challenge.id) ? "solved" : attempted.contains(challenge.id) ? "attempted" : "unsolved"
                return Row(id: challenge.id, track: challenge.track, title: challenge.title, difficulty: challenge.difficulty,
                           topics: challenge.topics, status: state)
            }
            .filter { row in
                switch status {
                case nil: true
                case .solved: row.status == "solved"
                case .attempted: row.status != "unsolved"
                case .unsolved: row.status != "solved"
                }
            }
        if json {
            try JSONOutput.print(rows)
            return
        }
        guard !rows.isEmpty else {
            StandardError.write("No challenges match these filters.")
            return
        }
        let terminal = Terminal.current
        let idWidth = rows.map(\.id.count).max() ?? 0
        for row in rows {
            let mark = row.status == "solved" ? terminal.paint("✓", .success) : row.status == "attempted" ? "•" : " "
            let id = row.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let level = row.difficulty.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
            print("\(mark) \(terminal.paint(id, .bold))  \(terminal.paint(level, .dim))  \(row.title)")
        }
        let solvedCount = rows.filter { $0.status == "solved" }.count
        StandardError.write("\(solvedCount) of \(rows.count) solved. Start one with `onsite solve ID`.")
    }
}
