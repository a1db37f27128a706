import Foundation
import OnsiteCore
import OnsiteGrading
import OnsiteTestSupport
import Testing

/// Hostile submissions are contained with a verdict, and the next submission still sees the original data.
@Suite("SQL sandbox safety")
struct SQLSandboxSafetyTests {
    static let rows = (1...20).map { "(\($0), 'user\($0)', \($0 * 10))" }.joined(separator: ", ")
    static let subject = SQLChallenge(
        id: "sql-safety", title: "Safety", difficulty: .easy, topics: ["test"], engines: [.sqlite],
        contract: JudgeContract(), prompt: "Count the accounts.",
        schema: "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT, balance INTEGER);",
        datasets: [SQLDataset(name: "sample", hidden: false, sql: "INSERT INTO accounts VALUES \(rows);"),
                   SQLDataset(name: "second", hidden: true, sql: "INSERT INTO accounts VALUES (1, 'solo', 5);")],
        solutions: [.sqlite: "SELECT count(*), sum(balance) FROM accounts"])

    let judge: SQLJudge = {
        var limits = SQLSandboxLimits()
        limits.timeLimit = .milliseconds(500)
        return SQLJudge(limits: limits)
    }()

    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var sql: String
        var verdicts: Set<Verdict>
        var testDescription: String { name }
    }

    static let crossJoin = "SELECT count(*) FROM " + (1...10).map { "accounts a\($0)" }.joined(separator: ", ")

    static let hostile: [Hostile] = [
        Hostile(name: "data modification", sql: "DELETE FROM accounts", verdicts: [.invalidSubmission]),
        Hostile(name: "update", sql: "UPDATE accounts SET balance = 0", verdicts: [.invalidSubmission]),
        Hostile(name: "insert", sql: "INSERT INTO accounts VALUES (99, 'x', 1)", verdicts: [.invalidSubmission]),
        Hostile(name: "drop table", sql: "DROP TABLE accounts", verdicts: [.invalidSubmission]),
        Hostile(name: "create table", sql: "CREATE TABLE evil AS SELECT * FROM accounts", verdicts: [.invalidSubmission]),
        Hostile(name: "multiple statements", sql: "SELECT count(*), sum(balance) FROM accounts; DELETE FROM accounts",
                verdicts: [.invalidSubmission]),
        Hostile(name: "two selects", sql: "SELECT 1; SELECT 2", verdicts: [.invalidSubmission]),
        Hostile(name: "ATTACH a file", sql: "ATTACH DATABASE '/tmp/onsite-attack.db' AS evil", verdicts: [.invalidSubmission]),
        Hostile(name: "VACUUM INTO a file", sql: "VACUUM INTO '/tmp/onsite-vacuum-attack.db'", verdicts: [.invalidSubmission]),
        Hostile(name: "PRAGMA query_only off", sql: "PRAGMA query_only = 0", verdicts: [.invalidSubmission]),
        Hostile(name: "PRAGMA writable_schema", sql: "PRAGMA writable_schema = 1", verdicts: [.invalidSubmission]),
        Hostile(name: "load_extension", sql: "SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')", verdicts: [.invalidSubmission]),
        Hostile(name: "transaction control", sql: "BEGIN", verdicts: [.invalidSubmission]),
        Hostile(name: "endless recursive CTE",
                sql: "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
                verdicts: [.timeLimit]),
        Hostile(name: "10-table cross join", sql: crossJoin, verdicts: [.timeLimit]),
        Hostile(name: "zeroblob of 2 GB", sql: "SELECT zeroblob(2000000000)", verdicts: [.invalidSubmission]),
        // printf spins inside one call where no deadline can reach it, so it is refused outright.
        Hostile(name: "printf of a 2 GB string", sql: "SELECT printf('%.*c', 2000000000, 'x')", verdicts: [.invalidSubmission]),
        Hostile(name: "a long LIKE pattern", sql: "SELECT count(*) FROM accounts WHERE name LIKE '" + String(repeating: "%a", count: 200) + "'",
                verdicts: [.runtimeError]),
        Hostile(name: "string doubling past the limit",
                sql: "WITH RECURSIVE s(t) AS (SELECT 'x' UNION ALL SELECT t || t FROM s) SELECT length(t) FROM s",
                verdicts: [.runtimeError]),
        Hostile(name: "a flood of rows",
                sql: "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000) SELECT n FROM r",
                verdicts: [.outputLimit]),
        Hostile(name: "randomblob", sql: "SELECT randomblob(10)", verdicts: [.invalidSubmission]),
        Hostile(name: "fts3_tokenizer", sql: "SELECT fts3_tokenizer('simple')", verdicts: [.invalidSubmission]),
        Hostile(name: "empty submission", sql: "-- nothing here\n", verdicts: [.invalidSubmission]),
    ]

    @Test("a hostile submission is contained with a verdict, and the next one sees the original data", arguments: hostile)
    func contained(_ attack: Hostile) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let report = judge.grade(attack.sql, for: Self.subject)
        let elapsed = clock.now - start
        #expect(attack.verdicts.contains(report.verdict), "got \(report.verdict): \(report.message ?? "")")
        #expect(elapsed < .seconds(5), "grading took \(elapsed)")

        let next = judge.grade(Self.subject.solutions[.sqlite]!, for: Self.subject)
        #expect(next.verdict == .accepted, "the next submission must see the original data")
        #expect(next.cases.first?.output?.rows == [["20", "2100"]])
    }

    @Test("no file is created by ATTACH or VACUUM INTO")
    func noFiles() {
        for path in ["/tmp/onsite-attack.db", "/tmp/onsite-vacuum-attack.db"] {
            try? FileManager.default.removeItem(atPath: path)
        }
        _ = judge.grade("ATTACH DATABASE '/tmp/onsite-attack.db' AS evil", for: Self.subject)
        _ = judge.grade("VACUUM INTO '/tmp/onsite-vacuum-attack.db'", for: Self.subject)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/onsite-attack.db"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/onsite-vacuum-attack.db"))
    }

    @Test("refusals say what is not allowed")
    func messages() {
        #expect(judge.grade("SELECT load_extension('x')", for: Self.subject).message?.contains("load_extension() is not allowed") == true)
        #expect(judge.grade("DELETE FROM accounts", for: Self.subject).message?.contains("changing data is not allowed") == true)
        #expect(judge.grade("SELECT 1; SELECT 2", for: Self.subject).message?.contains("exactly one statement") == true)
    }

    @Test("a runaway query on one thread does not stop another from being graded")
    func concurrentGrading() async {
        async let runaway = Task.detached { judge.grade(Self.hostile[13].sql, for: Self.subject) }.value
        async let normal = Task.detached { judge.grade(Self.subject.solutions[.sqlite]!, for: Self.subject) }.value
        let (slow, fast) = await (runaway, normal)
        #expect(slow.verdict == .timeLimit)
        #expect(fast.verdict == .accepted)
    }
}
