import ArgumentParser
import OnsiteCore

/// `onsite questions …`: browse the question banks and keep stars and notes.
struct QuestionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "Browse the question banks; star questions and keep notes.",
        discussion: """
            Examples:
              onsite questions list --track sql --difficulty medium
              onsite questions list --quickfire
              onsite questions show py-gil
              onsite questions star py-gil
              onsite questions note py-gil "Mention free-threaded 3.13 builds"
            """,
        subcommands: [QuestionsListCommand.self, QuestionsShowCommand.self, QuestionsStarCommand.self,
                      QuestionsNoteCommand.self],
        defaultSubcommand: QuestionsListCommand.self
    )
}

extension Catalog {
    /// The question with this id, or an error that suggests the nearest id.
    func requireQuestion(_ id: String) throws(OnsiteError) -> Question {
        if let question = question(id: id) { return question }
        let hint = EditDistance.suggestion(for: id, among: questions.map(\.id)).map { "Did you mean '\($0)'? " } ?? ""
        throw OnsiteError("no question with id '\(id)'. \(hint)Run `onsite questions list` or `onsite search TEXT` to find one.")
    }
}

extension Track: ExpressibleByArgument {}
extension Difficulty: ExpressibleByArgument {}
extension SQLEngine: ExpressibleByArgument {}
