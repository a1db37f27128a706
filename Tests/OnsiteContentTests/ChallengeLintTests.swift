import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Lint rules for SQL challenge folders, each proven on a broken copy of a valid one.
@Suite("SQL challenge lint")
struct ChallengeLintTests {
    static let folder = "challenges/sql/sql-top-spender"

    func writeValid(into directory: TemporaryDirectory) throws {
        try FixtureContent.write(into: directory)
        try directory.write("""
            ---
            id: sql-top-spender
            title: Top spender
            difficulty: easy
            topics: [aggregation]
            judge:
              order: {keys: [total]}
              float_tolerance: 1e-6
              columns: by_name
            ---
            Return each customer's total spend, largest first.
            """, to: "\(Self.folder)/problem.md")
        try directory.write("CREATE TABLE orders (customer TEXT, amount INTEGER);", to: "\(Self.folder)/schema.sql")
        try directory.write("INSERT INTO orders VALUES ('a', 5), ('b', 7);", to: "\(Self.folder)/data.sql")
        try directory.write("INSERT INTO orders VALUES ('a', 1), ('a', 1);", to: "\(Self.folder)/hidden/duplicates.sql")
        try directory.write("-- empty", to: "\(Self.folder)/hidden/empty.sql")
        try directory.write("SELECT customer, SUM(amount) AS total FROM orders GROUP BY customer ORDER BY total DESC;",
                            to: "\(Self.folder)/solution.sql")
    }

    func problems(_ directory: TemporaryDirectory) -> [ContentProblem] {
        ContentLoader(root: directory.url, displayRelativeTo: directory.url).load().problems
    }

    @Test("a valid challenge loads with its contract and datasets")
    func valid() throws {
        let directory = try TemporaryDirectory()
        try writeValid(into: directory)
        let result = ContentLoader(root: directory.url, displayRelativeTo: directory.url).load()
        #expect(result.problems.isEmpty, "\(result.problems)")
        let challenge = try #require(result.catalog.sqlChallenge(id: "sql-top-spender"))
        #expect(challenge.contract == JudgeContract(order: .keys(["total"]), floatTolerance: 1e-6, columns: .byName))
        #expect(challenge.datasets.map(\.name) == ["sample", "duplicates", "empty"])
        #expect(challenge.datasets.map(\.hidden) == [false, true, true])
        #expect(challenge.engines == [.sqlite])
        #expect(result.catalog.stats.challenges["sql"] == 1)
    }

    struct Breakage: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var replace: String
        var with: String
        var field: String
        var message: String
        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(name: "id differs from its folder", file: "problem.md", replace: "id: sql-top-spender",
                 with: "id: sql-top-spenders", field: "id", message: "must equal its folder name"),
        Breakage(name: "unknown order", file: "problem.md", replace: "order: {keys: [total]}", with: "order: sorted",
                 field: "judge.order", message: "must be none, full, or {keys"),
        Breakage(name: "unknown columns rule", file: "problem.md", replace: "columns: by_name", with: "columns: by_alias",
                 field: "judge.columns", message: "by_position or by_name"),
        Breakage(name: "tolerance that is not a number", file: "problem.md", replace: "float_tolerance: 1e-6",
                 with: "float_tolerance: tight", field: "judge.float_tolerance", message: "between 0 and 1"),
        Breakage(name: "unknown engine", file: "problem.md", replace: "topics: [aggregation]",
                 with: "topics: [aggregation]\nengines: [sqlite, mysql]", field: "engines", message: "'mysql' is not one of"),
    ]

    @Test("a broken challenge is reported at its field", arguments: breakages)
    func ruleFires(_ breakage: Breakage) throws {
        let directory = try TemporaryDirectory()
        try writeValid(into: directory)
        let path = "\(Self.folder)/\(breakage.file)"
        let text = try String(contentsOf: directory.url.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains(breakage.replace))
        try directory.write(text.replacingOccurrences(of: breakage.replace, with: breakage.with), to: path)
        let found = problems(directory)
        #expect(found.contains { $0.field == breakage.field && $0.message.contains(breakage.message) && $0.file == "\(Self.folder)/problem.md" },
                "\(found)")
    }

    @Test("fewer than two hidden datasets is a problem")
    func tooFewHidden() throws {
        let directory = try TemporaryDirectory()
        try writeValid(into: directory)
        try directory.remove("\(Self.folder)/hidden/empty.sql")
        #expect(problems(directory).map(\.field) == ["hidden"])
    }

    @Test("a missing solution is a problem naming the file")
    func missingSolution() throws {
        let directory = try TemporaryDirectory()
        try writeValid(into: directory)
        try directory.remove("\(Self.folder)/solution.sql")
        let found = problems(directory)
        #expect(found.map(\.description) == ["\(Self.folder)/solution.sql:1: file: missing: every SQL challenge needs solution.sql"])
    }
}
