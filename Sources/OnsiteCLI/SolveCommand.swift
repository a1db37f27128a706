import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteGrading

/// `onsite solve ID`: sets up a challenge in the workspace and shows it.
struct SolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Start a challenge: write a starter file and show the problem, schema and sample rows.",
        discussion: """
            The starter goes to <workspace>/sql/<id>.sql (default workspace ~/onsite-workspace, or \
            $ONSITE_WORKSPACE, or --workspace). An existing file is never overwritten. Edit it in any editor, then \
            `onsite test FILE` (sample data) and `onsite submit FILE` (every dataset).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The challenge id, e.g. sql-running-total or py-find-duplicates (see `onsite challenges`).")
    var id: String

    @Option(help: "Folder for your solution files.")
    var workspace: String?

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let challenge = try catalog.requireChallenge(id)
        let file = environment.workspaceDirectory(explicit: workspace)
            .appendingPathComponent(challenge.track).appendingPathComponent("\(challenge.id).\(challenge.fileExtension)")
        let created = try StarterFile.write(for: challenge, at: file)

        let terminal = Terminal.current
        let presenter = ChallengePresenter(terminal: terminal)
        switch challenge {
        case .sql(let sql): print(presenter.render(sql, sampleTables: SQLJudge().sampleTables(for: sql)))
        case .python(let python): print(presenter.render(python))
        }
        print("")
        print(created ? "Wrote a starter to \(file.path)" : "Your file is at \(file.path) (left as it was)")
        print("Then: onsite test \(file.path)   ·   onsite submit \(file.path)")
    }
}

/// The starter a candidate edits: the problem's id and title, and room for one query.
enum StarterFile {
    /// Writes the starter unless the file exists; returns whether it wrote one.
    static func write(for challenge: AnyChallenge, at file: URL) throws(OnsiteError) -> Bool {
        if FileManager.default.fileExists(atPath: file.path) { return false }
        let text: String
        switch challenge {
        case .sql(let sql):
            text = """
                -- \(sql.id): \(sql.title)
                -- Write one read-only query (SELECT or WITH … SELECT). Run `onsite test` on this file to try it on the
                -- sample rows, and `onsite submit` to grade it on every dataset.

                SELECT

                """
        case .python(let python):
            text = "# \(python.id): \(python.title)\n# `onsite test` runs the visible cases; `onsite submit` runs every case.\n\n" + python.starter
        }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            throw OnsiteError("cannot write \(file.path): \(error.localizedDescription). Choose another folder with --workspace.")
        }
        return true
    }
}

/// Shows a challenge in the terminal: statement, contract, tables with sample rows.
struct ChallengePresenter {
    let terminal: Terminal

    func render(_ challenge: SQLChallenge, sampleTables: [(name: String, rows: ResultSet)]) -> String {
        let markdown = MarkdownTerminalRenderer(terminal: terminal)
        var parts: [String] = []
        parts.append(markdown.render("## \(challenge.title)\n\n`\(challenge.id)` · \(challenge.difficulty.rawValue) · \(challenge.topics.joined(separator: ", "))\n\n\(challenge.prompt)"))
        parts.append(markdown.render("### How it is judged\n\n" + challenge.contract.summary.map { "- \($0)" }.joined(separator: "\n")
                                     + "\n- Your query also runs on hidden datasets (ties, NULLs, empty tables, other edge cases)."))
        let tables = TableRenderer(terminal: terminal)
        for table in sampleTables {
            parts.append(terminal.paint("Table \(table.name) (sample rows)", .subheading) + "\n"
                         + tables.render(ResultPreview(table.rows, limit: 12)))
        }
        return parts.joined(separator: "\n\n")
    }
}

extension ChallengePresenter {
    func render(_ challenge: PythonChallenge) -> String {
        let markdown = MarkdownTerminalRenderer(terminal: terminal)
        var parts: [String] = []
        parts.append(markdown.render("## \(challenge.title)\n\n`\(challenge.id)` · \(challenge.difficulty.rawValue) · \(challenge.topics.joined(separator: ", "))\n\n\(challenge.prompt)"))
        let rules = challenge.judgingRules
        parts.append(markdown.render("### How it is judged\n\n" + rules.map { "- \($0)" }.joined(separator: "\n")))
        let examples = challenge.visibleCases.map { testCase in
            "- `\(challenge.function)(\(PythonJudge.describeInput(testCase)))` returns `\(String(testCase.expected.description.prefix(300)))`"
        }
        parts.append(markdown.render("### Examples\n\n" + examples.joined(separator: "\n")))
        return parts.joined(separator: "\n\n")
    }
}

extension AppEnvironment {
    func workspaceDirectory(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let path = explicit ?? environment["ONSITE_WORKSPACE"], !path.isEmpty {
            return URL(fileURLWithPath: NSString(string: path).expandingTildeInPath)
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent("onsite-workspace")
    }
}
