import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStorage

struct QuestionsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List questions, filtered by track, tag, difficulty or quick-fire.",
        discussion: "Tracks: \(Track.allCases.map(\.rawValue).joined(separator: ", ")). ★ marks starred questions, ⚡ quick-fire ones."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this track: \(Track.allCases.map(\.rawValue).joined(separator: ", ")).")
    var track: Track?

    @Option(help: "Only questions with this tag (see `onsite content stats` for tags).")
    var tag: String?

    @Option(help: "Only this difficulty: easy, medium or hard.")
    var difficulty: Difficulty?

    @Flag(help: "Only quick-fire questions (answered in under a minute).")
    var quickfire = false

    @Flag(help: "Only questions you starred.")
    var starred = false

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Row: Encodable {
        var id: String
        var track: Track
        var title: String
        var difficulty: Difficulty
        var tags: [String]
        var round: [InterviewRound]
        var quickfire: Bool
        var starred: Bool
    }

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let progress = try await environment.openProgressStore().allProgress()
        let starredIDs = Set(progress.filter(\.starred).map(\.itemID))

        let rows = catalog.questions
            .filter { track == nil || $0.track == track }
            .filter { tag == nil || $0.tags.contains(tag!.lowercased()) }
            .filter { difficulty == nil || $0.difficulty == difficulty }
            .filter { !quickfire || $0.quickfire }
            .filter { !starred || starredIDs.contains($0.id) }
            .map { Row(id: $0.id, track: $0.track, title: $0.title, difficulty: $0.difficulty, tags: $0.tags,
                       round: $0.rounds, quickfire: $0.quickfire, starred: starredIDs.contains($0.id)) }

        if json {
            try JSONOutput.print(rows)
            return
        }
        guard !rows.isEmpty else {
            StandardError.write("No questions match these filters. Try fewer filters, or `onsite questions list`.")
            return
        }
        let terminal = Terminal.current
        let idWidth = rows.map(\.id.count).max() ?? 0
        for row in rows {
            let marks = (row.starred ? "★" : " ") + (row.quickfire ? "⚡" : " ")
            let id = row.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let difficulty = row.difficulty.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
            let room = max(terminal.width - idWidth - 14, 20)
            let title = row.title.count > room ? String(row.title.prefix(room - 1)) + "…" : row.title
            print("\(marks) \(terminal.paint(id, .bold))  \(terminal.paint(difficulty, .dim))  \(title)")
        }
        StandardError.write("\(rows.count) question\(rows.count == 1 ? "" : "s"). Show one with `onsite questions show ID`.")
    }
}
