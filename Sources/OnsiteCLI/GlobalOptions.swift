import ArgumentParser
import Foundation

/// Options every command accepts: where progress lives and where content comes from.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder for your progress database.",
        discussion: "Defaults to $ONSITE_HOME, then ~/.onsite.", valueName: "dir"))
    var home: String?

    @Option(name: .long, help: ArgumentHelp(
        "Content folder to read questions and the guide from.",
        discussion: "Defaults to $ONSITE_CONTENT, then the content that ships with Onsite.", valueName: "dir"))
    var contentDir: String?
}
