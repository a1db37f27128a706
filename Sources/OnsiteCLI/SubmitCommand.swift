import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteGrading
import OnsiteStorage

/// The file a candidate submits and the challenge it answers.
struct SubmissionOptions: ParsableArguments {
    @Argument(help: "Your solution file, e.g. ~/onsite-workspace/sql/sql-running-total.sql or ~/onsite-workspace/python/py-merge-dicts.py.")
    var file: String

    @Option(help: "The challenge id, when the file name is not <id>.sql.")
    var challenge: String?

    @Option(help: "SQL only: the engine to grade on, sqlite (embedded, default) or postgres (needs ONSITE_POSTGRES_URL).")
    var engine: SQLEngine = .sqlite

    @Flag(help: "Print the result as JSON for scripts.")
    var json = false

    /// Grades on the chosen engine; PostgreSQL needs a server and a challenge that declares it.
    func grade(_ code: String, for challenge: AnyChallenge, all: Bool) async throws(OnsiteError) -> GradeReport {
        switch challenge {
        case .python(let python):
            if engine != .sqlite { throw OnsiteError("--engine applies to SQL challenges only.") }
            // One submission: a fresh interpreter is quicker than warming a fork server first.
            return PythonJudge(startup: .fresh).grade(code, for: python, scope: all ? .all : .visible)
        case .sql(let sql):
            return try await grade(code, for: sql, scope: all ? .all : .visible)
        }
    }

    private func grade(_ code: String, for challenge: SQLChallenge, scope: SQLJudge.Scope) async throws(OnsiteError) -> GradeReport {
        switch engine {
        case .sqlite:
            return SQLJudge().grade(code, for: challenge, scope: scope)
        case .postgres:
            guard challenge.engines.contains(.postgres) else {
                throw OnsiteError("\(challenge.id) is graded on SQLite only; drop --engine postgres.")
            }
            let endpoint: PostgresEndpoint
            do {
                guard let configured = try PostgresEndpoint.fromEnvironment() else {
                    throw OnsiteError("--engine postgres needs ONSITE_POSTGRES_URL=postgres://user@host:port/database (a role that may create a database and a role; Onsite keeps its datasets in a database named onsite_judge).")
                }
                endpoint = configured
            } catch let error as OnsiteError {
                throw error
            } catch {
                throw OnsiteError("\(error)")
            }
            let judge = PostgresJudge(endpoint: endpoint)
            let report = await judge.grade(code, for: challenge, scope: scope)
            await judge.close()
            return report
        }
    }

    func load(from catalog: Catalog) throws(OnsiteError) -> (challenge: AnyChallenge, code: String) {
        let url = URL(fileURLWithPath: NSString(string: file).expandingTildeInPath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw OnsiteError("cannot read \(url.path). Check the path, or create it with `onsite solve ID`.")
        }
        let code = String(decoding: data, as: UTF8.self)
        let id = challenge ?? url.deletingPathExtension().lastPathComponent
        return (try catalog.requireChallenge(id), code)
    }
}

/// `onsite test FILE`: the sample dataset only, with the result table and the diff.
struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run your solution on the sample rows and show its result and any difference.",
        discussion: "Nothing is recorded. Exits 0 when the sample is accepted, 1 otherwise. Use `onsite submit` to grade on every dataset."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var submission: SubmissionOptions

    func run() async throws {
        let catalog = try AppEnvironment(global).loadCatalog()
        let (challenge, code) = try submission.load(from: catalog)
        let report = try await submission.grade(code, for: challenge, all: false)
        if submission.json {
            try JSONOutput.print(report)
        } else {
            print(VerdictPresenter(terminal: .current).render(report, showOutput: true))
        }
        if report.verdict != .accepted { throw ExitCode(1) }
    }
}

/// `onsite submit FILE`: every dataset, recorded in your history.
struct SubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Grade your solution on the sample and every hidden dataset, and record the attempt.",
        discussion: """
            Exits 0 when accepted, 1 otherwise. --json prints {"verdict", "challenge", "engine", "cases": \
            [{"name", "hidden", "verdict", "ms", …}], "diff", "message"}; hidden cases never reveal their rows.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var submission: SubmissionOptions

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let (challenge, code) = try submission.load(from: catalog)
        let attempts = try environment.openAttemptStore()
        let report = try await submission.grade(code, for: challenge, all: true)
        let total = report.cases.reduce(0) { $0 + $1.ms }
        try await attempts.record(Attempt(challengeID: challenge.id, engine: report.engine, verdict: report.verdict,
                                          submittedAt: Date(), milliseconds: total, code: code))
        if submission.json {
            try JSONOutput.print(report)
        } else {
            print(VerdictPresenter(terminal: .current).render(report, showOutput: false))
        }
        if report.verdict != .accepted { throw ExitCode(1) }
    }
}

/// Prints a grade report for people: one line per case, then what to fix.
struct VerdictPresenter {
    let terminal: Terminal

    func render(_ report: GradeReport, showOutput: Bool) -> String {
        var lines: [String] = []
        let tables = TableRenderer(terminal: terminal)
        for result in report.cases {
            let label = result.hidden ? "hidden \(result.name)" : result.name
            let style: Terminal.Style = result.verdict == .accepted ? .success : .failure
            var line = "  \(terminal.paint(result.verdict == .accepted ? "✓" : "✗", style)) \(label): \(result.verdict.displayName)"
            line += terminal.paint(String(format: "  %.1f ms", result.ms), .dim)
            lines.append(line)
            if result.verdict != .accepted, let message = result.message {
                lines.append("      " + message)
            }
            if let detail = result.detail, !result.hidden, showOutput || result.verdict != .accepted {
                lines.append("      input:    \(detail.input)")
                lines.append("      expected: \(detail.expected)")
                if let actual = detail.actual { lines.append("      got:      \(actual)") }
                if let printed = detail.printed {
                    lines.append("      printed:")
                    lines += printed.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false).prefix(20).map { "        \($0)" }
                }
            }
            if showOutput, let output = result.output {
                lines.append("")
                lines.append(terminal.paint("  Your result:", .subheading))
                lines.append(tables.render(output))
            }
            if let diff = result.diff, !result.hidden {
                lines += render(diff, columns: result.output?.columns ?? [], tables: tables)
            }
        }
        for note in report.notes ?? [] { lines.append(terminal.paint("  note: \(note)", .dim)) }
        let passed = report.cases.filter { $0.verdict == .accepted }.count
        let style: Terminal.Style = report.verdict == .accepted ? .success : .failure
        lines.append("")
        lines.append(terminal.paint("\(report.verdict.displayName)", style)
                     + " — \(passed) of \(report.cases.count) case\(report.cases.count == 1 ? "" : "s") passed (\(report.challenge), \(report.engine))")
        return lines.joined(separator: "\n")
    }

    private func render(_ diff: ResultDiff, columns: [String], tables: TableRenderer) -> [String] {
        var lines: [String] = []
        let header = diff.expectedColumns ?? columns
        if let missing = diff.missingRows, !missing.isEmpty {
            lines.append("")
            lines.append(terminal.paint("  Expected but missing (first \(missing.count)):", .subheading))
            lines.append(tables.render(columns: header, rows: missing))
        }
        if let extra = diff.extraRows, !extra.isEmpty {
            lines.append("")
            lines.append(terminal.paint("  Returned but not expected (first \(extra.count)):", .subheading))
            lines.append(tables.render(columns: header, rows: extra))
        }
        if let cell = diff.firstMismatch {
            lines.append("")
            lines.append("  First difference: row \(cell.row), column \(cell.column): expected \(cell.expected), got \(cell.actual)")
        }
        return lines
    }
}
