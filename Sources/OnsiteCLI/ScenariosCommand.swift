import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite scenarios`: the system-design bank, one worked scenario at a time.
struct ScenariosCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "System-design scenarios: requirements, architecture diagram, capacity arithmetic and rubric.",
        discussion: """
            Practise a scenario the way the round runs: read the prompt with `show ID --prompt-only`, talk \
            through requirements, estimates, architecture, data flow, trade-offs and failure modes for \
            about 30 minutes, then compare with `show ID`. `onsite estimate --scenario ID` redoes the \
            capacity arithmetic with your own numbers.
            """,
        subcommands: [ScenariosListCommand.self, ScenariosShowCommand.self],
        defaultSubcommand: ScenariosListCommand.self
    )
}

extension Catalog {
    func requireScenario(_ id: String) throws(OnsiteError) -> Scenario {
        // Accept the slug alone too: `ecommerce-transactions` for `sd-ecommerce-transactions`.
        if let scenario = scenario(id: id) ?? scenario(id: Track.systemDesign.idPrefix + id) { return scenario }
        let hint = EditDistance.suggestion(for: id, among: scenarios.map(\.id)).map { "Did you mean '\($0)'? " } ?? ""
        throw OnsiteError("no scenario with id '\(id)'. \(hint)Run `onsite scenarios list` to see them.")
    }
}

struct ScenariosListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the scenarios with their scale.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this difficulty: easy, medium or hard.")
    var difficulty: Difficulty?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Row: Encodable {
        var id: String
        var title: String
        var difficulty: Difficulty
        var tags: [String]
        var scale: ScenarioScale
    }

    func run() async throws {
        let catalog = try AppEnvironment(global).loadCatalog()
        let scenarios = catalog.scenarios.filter { difficulty == nil || $0.difficulty == difficulty }
        if json {
            try JSONOutput.print(scenarios.map { Row(id: $0.id, title: $0.title, difficulty: $0.difficulty, tags: $0.tags, scale: $0.scale) }, snakeCaseKeys: true)
            return
        }
        let terminal = Terminal.current
        guard !scenarios.isEmpty else {
            print("No scenarios match. Run `onsite scenarios list` without filters.")
            return
        }
        for scenario in scenarios {
            let scale = "\(CapacityEstimate.format(scenario.scale.eventsPerDay, digits: 0)) events/day × "
                + "\(CapacityEstimate.format(scenario.scale.averageEventBytes, digits: 0)) B"
            print(terminal.paint(scenario.id, .bold) + "  " + terminal.paint("\(scenario.difficulty.rawValue) · \(scale)", .dim))
            print("  \(scenario.title)")
        }
        print(terminal.paint("\n\(scenarios.count) scenario(s). `onsite scenarios show ID` for one; --svg FILE writes its diagram.", .dim))
    }
}

struct ScenariosShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a scenario: prompt, worked sections, rubric, and its architecture as an SVG diagram.",
        discussion: """
            Examples:
              onsite scenarios show sd-log-processing --prompt-only   # practise first
              onsite scenarios show sd-log-processing --svg logs.svg  # the diagram, for a browser or slides
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The scenario id, e.g. sd-ecommerce-transactions (the sd- prefix may be left out).")
    var id: String

    @Flag(help: "Show only the prompt and the scale, to practise before reading the reference.")
    var promptOnly = false

    @Option(help: ArgumentHelp("Write the architecture diagram as an SVG file.", valueName: "file"))
    var svg: String?

    @Flag(help: "Print JSON for scripts (the scenario with its diagram as SVG text).")
    var json = false

    struct Detail: Encodable {
        var scenario: Scenario
        var diagramSVG: String

        enum CodingKeys: String, CodingKey { case scenario, diagramSVG = "diagramSvg" }
    }

    func run() async throws {
        let catalog = try AppEnvironment(global).loadCatalog()
        let scenario = try catalog.requireScenario(id)
        let diagram = scenario.diagram.svg(title: scenario.title)
        if let svg {
            let url = URL(fileURLWithPath: (svg as NSString).expandingTildeInPath)
            do {
                try Data(diagram.utf8).write(to: url, options: .atomic)
            } catch {
                throw OnsiteError("could not write the diagram to \(url.path): \(error.localizedDescription). Check that the folder exists and is writable.")
            }
        }
        if json {
            try JSONOutput.print(Detail(scenario: scenario, diagramSVG: diagram), snakeCaseKeys: true)
            return
        }
        let terminal = Terminal.current
        print(MarkdownTerminalRenderer(terminal: terminal).render(Self.markdown(for: scenario, promptOnly: promptOnly)))
        if let svg { print(terminal.paint("\nDiagram written to \(svg).", .dim)) }
    }

    static func markdown(for scenario: Scenario, promptOnly: Bool) -> String {
        var parts = ["## \(scenario.title)",
                     "`\(scenario.id)` · \(scenario.difficulty.rawValue) · tags: \(scenario.tags.joined(separator: ", "))",
                     scenario.prompt]
        if promptOnly {
            parts.append("Cover requirements, estimates, architecture, data flow, trade-offs and failure modes, then run "
                         + "`onsite scenarios show \(scenario.id)` to compare.")
            return parts.joined(separator: "\n\n")
        }
        parts.append("## Architecture\n\n" + flowLines(scenario).joined(separator: "\n"))
        for section in scenario.sections {
            parts.append("## \(section.heading)\n\n\(section.text)")
        }
        parts.append("## Rubric\n\n" + scenario.keyPoints.map { "- \($0.point)" }.joined(separator: "\n"))
        parts.append("### Sources\n\n" + scenario.sources.map { "- \($0)" }.joined(separator: "\n"))
        return parts.joined(separator: "\n\n")
    }

    /// The diagram's arrows as text, column by column, for terminals that cannot show the SVG.
    static func flowLines(_ scenario: Scenario) -> [String] {
        let labels = Dictionary(scenario.components.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        return scenario.edges.map { edge in
            "- \(labels[edge.from] ?? edge.from) → \(labels[edge.to] ?? edge.to)" + (edge.label.map { " (\($0))" } ?? "")
        }
    }
}
