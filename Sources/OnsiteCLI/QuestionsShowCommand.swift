import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStorage

struct QuestionsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a question with its model answer, key points and follow-ups.",
        discussion: "Showing a question records it as seen. Use --no-answer to see only the question and practise first."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The question id, e.g. py-gil.")
    var id: String

    @Flag(inversion: .prefixedNo, help: "Include the model answer and key points.")
    var answer = true

    @Flag(help: "Print JSON for scripts.")
    var json = false

    /// The question plus this user's progress on it, flattened into one JSON object.
    struct Detail: Encodable {
        var question: Question
        var progress: ItemProgress

        enum ProgressKeys: String, CodingKey {
            case starred, note, seenCount = "seen_count", lastSeenAt = "last_seen_at"
        }

        func encode(to encoder: any Encoder) throws {
            try question.encode(to: encoder)
            var container = encoder.container(keyedBy: ProgressKeys.self)
            try container.encode(progress.starred, forKey: .starred)
            try container.encode(progress.note, forKey: .note)
            try container.encode(progress.seenCount, forKey: .seenCount)
            try container.encode(progress.lastSeenAt, forKey: .lastSeenAt)
        }
    }

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let question = try catalog.requireQuestion(id)
        let store = try environment.openProgressStore()
        try await store.markSeen(question.id, at: Date())
        let progress = try await store.progress(for: question.id) ?? ItemProgress(itemID: question.id)

        if json {
            try JSONOutput.print(Detail(question: question, progress: progress))
            return
        }
        let terminal = Terminal.current
        let renderer = MarkdownTerminalRenderer(terminal: terminal)
        print(renderer.render(Self.markdown(for: question, progress: progress, includeAnswer: answer)))
    }

    static func markdown(for question: Question, progress: ItemProgress, includeAnswer: Bool) -> String {
        var parts: [String] = []
        let star = progress.starred ? " ★" : ""
        parts.append("## \(question.title)\(star)")
        var meta = "`\(question.id)` · \(question.track.displayName) · \(question.difficulty.rawValue)"
        if question.quickfire { meta += " · quick-fire" }
        meta += " · rounds: \(question.rounds.map(\.rawValue).joined(separator: ", "))"
        meta += " · tags: \(question.tags.joined(separator: ", "))"
        parts.append(meta)
        parts.append(question.prompt)
        if includeAnswer {
            parts.append("## Answer\n\n\(question.answer)")
            parts.append("### Key points\n\n" + question.keyPoints.map { "- \($0.point)" }.joined(separator: "\n"))
            if !question.followUps.isEmpty {
                parts.append("### Follow-ups\n\n" + question.followUps.map { "- \($0)" }.joined(separator: "\n"))
            }
            if !question.sources.isEmpty {
                parts.append("### Sources\n\n" + question.sources.map { "- \($0)" }.joined(separator: "\n"))
            }
        } else {
            parts.append("Answer it aloud or on paper, then run `onsite questions show \(question.id)`.")
        }
        if let note = progress.note {
            parts.append("### Your note\n\n\(note)")
        }
        return parts.joined(separator: "\n\n")
    }
}
