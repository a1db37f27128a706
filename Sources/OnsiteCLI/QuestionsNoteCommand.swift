import Foundation
import ArgumentParser

struct QuestionsNoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Keep a note on a question (replaces the previous note; `--clear` removes it).",
        discussion: "The note is shown under the answer by `onsite questions show ID`."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The question id.")
    var id: String

    @Argument(help: "The note text (quote it).")
    var text: String?

    @Flag(help: "Remove the note.")
    var clear = false

    func validate() throws {
        if clear, text != nil { throw ValidationError("Give either a note text or --clear, not both.") }
        if !clear, text?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            throw ValidationError("Give the note text, e.g. onsite questions note \(id) \"Mention partition pruning\", or --clear.")
        }
    }

    func run() async throws {
        let environment = AppEnvironment(global)
        let question = try environment.loadCatalog().requireQuestion(id)
        try await environment.openProgressStore().setNote(clear ? nil : text, for: question.id)
        print(clear ? "Removed the note on \(question.id)." : "Saved your note on \(question.id).")
    }
}
