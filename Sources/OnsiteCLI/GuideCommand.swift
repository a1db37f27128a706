import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite guide [TOPIC]`: the preparation guide, readable in a terminal.
struct GuideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Read the preparation guide: rounds, timeline, routine, checklists, tips.",
        discussion: """
            Without a topic, lists the pages. A topic is a page id (`onsite guide timeline`) or the start of one \
            (`onsite guide neg`). `onsite guide principles` shows Amazon's 16 Leadership Principles with the \
            questions that probe each. Output is plain when piped or when NO_COLOR is set.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The page to show, e.g. process, timeline, checklists, principles.")
    var topic: String?

    static let principlesTopic = "principles"

    func run() async throws {
        let catalog = try AppEnvironment(global).loadCatalog()
        let terminal = Terminal.current
        let renderer = MarkdownTerminalRenderer(terminal: terminal)

        guard let topic = topic?.lowercased() else {
            print(terminal.paint("The Onsite guide", .heading))
            let width = (catalog.guide.map(\.id.count) + [Self.principlesTopic.count]).max() ?? 10
            for page in catalog.guide {
                print("  " + terminal.paint(page.id.padding(toLength: width, withPad: " ", startingAt: 0), .bold)
                      + "  " + page.summary)
            }
            print("  " + terminal.paint(Self.principlesTopic.padding(toLength: width, withPad: " ", startingAt: 0), .bold)
                  + "  Amazon's 16 Leadership Principles and how interviewers probe them")
            print("\nRead one with `onsite guide <page>`.")
            return
        }

        if Self.principlesTopic.hasPrefix(topic), catalog.guide.first(where: { $0.id.hasPrefix(topic) }) == nil {
            print(renderer.render(Self.principlesMarkdown(catalog.principles)))
            return
        }
        let page = try Self.page(for: topic, in: catalog)
        print(renderer.render("# \(page.title)\n\n\(page.body)"))
    }

    static func page(for topic: String, in catalog: Catalog) throws(OnsiteError) -> GuidePage {
        if let exact = catalog.guidePage(id: topic) { return exact }
        let prefixed = catalog.guide.filter { $0.id.hasPrefix(topic) }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 {
            throw OnsiteError("'\(topic)' could be \(prefixed.map(\.id).joined(separator: ", ")); type more of the name.")
        }
        let ids = catalog.guide.map(\.id) + [principlesTopic]
        let hint = EditDistance.suggestion(for: topic, among: ids).map { "Did you mean '\($0)'? " } ?? ""
        throw OnsiteError("no guide page '\(topic)'. \(hint)Run `onsite guide` to list the pages.")
    }

    static func principlesMarkdown(_ principles: [Principle]) -> String {
        var lines = ["# Amazon's Leadership Principles", ""]
        for (index, principle) in principles.enumerated() {
            lines.append("## \(index + 1). \(principle.name)")
            lines.append("")
            lines.append(principle.meaning)
            lines.append("")
            lines += principle.questions.map { "- \($0)" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
