import Foundation
import GRDB
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Every runnable code block in a shipped answer really runs: Python under the project's venv, SQL in SQLite,
/// `sql postgres` in a throwaway PostgreSQL that `scripts/with-postgres` starts.
@Suite("Code in shipped answers runs")
struct AnswerSnippetTests {
    struct Snippet: CustomTestStringConvertible, Sendable {
        var questionID: String
        var index: Int
        var block: FencedCodeBlock
        var testDescription: String { "\(questionID) block \(index) (\(block.info))" }
    }

    static let snippets: [Snippet] = {
        let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog
        return catalog.questions.flatMap { question in
            FencedCodeBlock.extract(from: question.prompt + "\n\n" + question.answer)
                .enumerated().map { Snippet(questionID: question.id, index: $0 + 1, block: $1) }
        }
    }()

    static func runnable(_ runner: FencedCodeBlock.Runner) -> [Snippet] {
        snippets.filter { $0.block.runner == runner }
    }

    static let postgres = ProcessInfo.processInfo.environment["ONSITE_TEST_PG"]

    @Test("the bank has runnable examples of each kind")
    func coverage() {
        #expect(Self.runnable(.python).count >= 5)
        #expect(Self.runnable(.sqlite).count >= 5)
        #expect(snippetsAllKnown)
    }

    private var snippetsAllKnown: Bool { Self.snippets.allSatisfy { $0.block.runner != nil } }

    @Test("Python examples exit cleanly", arguments: runnable(.python))
    func python(_ snippet: Snippet) throws {
        let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "no .venv: run scripts/setup")
        let workspace = try TemporaryDirectory(prefix: "onsite-snippet")
        let result = try ProgramRunner.run(python, ["-I", "-c", snippet.block.code], currentDirectory: workspace.url,
                                           environment: ["PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"], timeout: 20)
        #expect(!result.timedOut, "ran past 20 s")
        #expect(result.status == 0, "\(result.stderr.suffix(1500))")
    }

    @Test("SQL examples run in SQLite", arguments: runnable(.sqlite))
    func sqlite(_ snippet: Snippet) throws {
        let database = try DatabaseQueue()
        // No wrapping transaction: examples may BEGIN and COMMIT themselves.
        try database.writeWithoutTransaction { db in try db.execute(sql: snippet.block.code) }
    }

    @Test("PostgreSQL examples run in PostgreSQL", .enabled(if: postgres != nil), arguments: runnable(.postgres))
    func postgreSQL(_ snippet: Snippet) throws {
        let psql = URL(fileURLWithPath: "/usr/bin/psql")
        let script = "BEGIN;\n\(snippet.block.code)\n;\nROLLBACK;\n"
        let result = try ProgramRunner.run(
            psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", Self.postgres ?? ""], input: script,
            environment: ["PATH": "/usr/bin:/bin"], timeout: 30)
        #expect(!result.timedOut)
        #expect(result.status == 0, "\(result.stderr.suffix(1500))")
    }

    @Test("PostgreSQL is available when the test command requires it",
          .enabled(if: ProcessInfo.processInfo.environment["ONSITE_REQUIRE_POSTGRES"] == "1"))
    func postgresPresent() {
        #expect(Self.postgres != nil, "scripts/test runs swift test under scripts/with-postgres")
    }
}
