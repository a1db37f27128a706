import ArgumentParser

struct QuestionsStarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "star",
        abstract: "Star a question to come back to it (`--remove` to unstar).",
        discussion: "List starred questions with `onsite questions list --starred`."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The question id.")
    var id: String

    @Flag(help: "Remove the star instead.")
    var remove = false

    func run() async throws {
        let environment = AppEnvironment(global)
        let question = try environment.loadCatalog().requireQuestion(id)
        try await environment.openProgressStore().setStarred(!remove, for: question.id)
        print(remove ? "Unstarred \(question.id)." : "Starred \(question.id): \(question.title)")
    }
}
