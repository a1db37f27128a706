import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteGrading
import OnsiteTestSupport
import Testing

/// The PostgreSQL engine against a real server (`scripts/with-postgres` starts one and sets ONSITE_POSTGRES_URL).
@Suite("PostgreSQL judge", .enabled(if: ProcessInfo.processInfo.environment["ONSITE_POSTGRES_URL"] != nil),
       .serialized)
struct PostgresJudgeTests {
    static let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog

    let judge: PostgresJudge

    init() throws {
        let endpoint = try #require(try PostgresEndpoint.fromEnvironment())
        var limits = SQLSandboxLimits()
        limits.timeLimit = .milliseconds(700)
        judge = PostgresJudge(endpoint: endpoint, limits: limits)
    }

    func challenge(_ id: String) throws -> SQLChallenge {
        try #require(Self.catalog.sqlChallenge(id: id))
    }

    @Test("a reference is accepted on PostgreSQL and a plausible wrong answer is caught there too")
    func gradesForReal() async throws {
        let subject = try challenge("sql-customers-without-orders")
        let accepted = await judge.grade(subject.solution(for: .postgres)!, for: subject)
        #expect(accepted.verdict == .accepted, "\(accepted.message ?? "")")
        #expect(accepted.engine == "postgres")
        #expect(accepted.cases.count == subject.datasets.count)

        let wrong = await judge.grade("SELECT id, name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)", for: subject)
        #expect(wrong.verdict == .wrongAnswer)
        #expect(wrong.cases.first { $0.name == "guest-orders" }?.verdict == .wrongAnswer)
        await judge.close()
    }

    @Test("order: full is enforced on PostgreSQL")
    func order() async throws {
        let subject = try challenge("sql-rank-students-by-score")
        let report = await judge.grade("""
            SELECT name, score, DENSE_RANK() OVER (ORDER BY score DESC) AS score_rank
            FROM students WHERE score IS NOT NULL ORDER BY score_rank DESC, name
            """, for: subject, scope: .visible)
        #expect(report.diff?.kind == .order)
        await judge.close()
    }

    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var sql: String
        var verdicts: Set<Verdict>
        var testDescription: String { name }
    }

    static let hostile: [Hostile] = [
        Hostile(name: "data modification", sql: "DELETE FROM employees", verdicts: [.invalidSubmission]),
        Hostile(name: "a second statement after a commit",
                sql: "SELECT 1; COMMIT; DELETE FROM employees", verdicts: [.invalidSubmission]),
        Hostile(name: "create table", sql: "CREATE TABLE evil (x int)", verdicts: [.invalidSubmission]),
        Hostile(name: "temporary table", sql: "CREATE TEMP TABLE evil AS SELECT * FROM employees", verdicts: [.invalidSubmission]),
        Hostile(name: "read a server file", sql: "SELECT pg_read_file('/etc/passwd')", verdicts: [.invalidSubmission]),
        Hostile(name: "copy to a file", sql: "COPY (SELECT 1) TO '/tmp/onsite-pg-attack'", verdicts: [.invalidSubmission]),
        Hostile(name: "become a superuser", sql: "SELECT set_config('role', 'postgres', false)", verdicts: [.invalidSubmission]),
        Hostile(name: "sleep past the deadline", sql: "SELECT pg_sleep(30)", verdicts: [.timeLimit]),
        Hostile(name: "endless recursive CTE",
                sql: "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
                verdicts: [.timeLimit]),
        Hostile(name: "a flood of rows", sql: "SELECT g FROM generate_series(1, 1000000) AS g", verdicts: [.outputLimit]),
        Hostile(name: "syntax error", sql: "SELEC 1", verdicts: [.runtimeError]),
    ]

    @Test("hostile submissions are contained and the next submission sees the original data", arguments: hostile)
    func contained(_ attack: Hostile) async throws {
        let subject = try challenge("sql-second-highest-salary")
        let report = await judge.grade(attack.sql, for: subject, scope: .visible)
        #expect(attack.verdicts.contains(report.verdict), "got \(report.verdict): \(report.message ?? "")")

        let next = await judge.grade(subject.solution(for: .postgres)!, for: subject)
        #expect(next.verdict == .accepted, "the next submission must see the original data: \(next.message ?? "")")
        await judge.close()
        #expect(!FileManager.default.fileExists(atPath: "/tmp/onsite-pg-attack"))
    }

    @Test("lint's cross-engine check: a PostgreSQL reference that disagrees with SQLite is reported")
    func crossEngine() async throws {
        var subject = try challenge("sql-second-highest-salary")
        #expect(await PostgresChallengeVerifier(judge: judge).issues(in: subject).isEmpty)
        subject.solutions[.postgres] = "SELECT MAX(salary) AS second_highest_salary FROM employees"
        let issues = await PostgresChallengeVerifier(judge: judge).issues(in: subject)
        #expect(issues.contains { $0.message.contains("disagrees with the SQLite one") })
        await judge.close()
    }

    @Test("an empty result still carries its column names")
    func emptyResultColumns() async throws {
        let subject = try challenge("sql-customers-without-orders")
        let report = await judge.grade("SELECT id AS a, name AS b, 1 AS c FROM customers WHERE false", for: subject, scope: .visible)
        #expect(report.diff?.kind == .columnCount)
        await judge.close()
    }
}

@Suite("PostgreSQL engine availability")
struct PostgresAvailabilityTests {
    @Test("the test command provides a server", .enabled(if: ProcessInfo.processInfo.environment["ONSITE_REQUIRE_POSTGRES"] == "1"))
    func provided() {
        #expect(ProcessInfo.processInfo.environment["ONSITE_POSTGRES_URL"] != nil)
    }

    @Test("ONSITE_POSTGRES_URL is parsed, and a malformed one is explained", arguments: [
        ("postgres://postgres@127.0.0.1:5433/postgres", true), ("postgresql://u:p%40ss@db.local/judge", true),
        ("mysql://root@localhost/x", false), ("127.0.0.1:5432", false),
    ])
    func parsing(_ text: String, _ valid: Bool) throws {
        if valid {
            let endpoint = try PostgresEndpoint(url: text)
            #expect(!endpoint.host.isEmpty && !endpoint.username.isEmpty)
            if text.contains("p%40ss") { #expect(endpoint.password == "p@ss") }
        } else {
            #expect(throws: PostgresEndpoint.ParseError.self) { try PostgresEndpoint(url: text) }
        }
    }
}

@Suite("SQL script splitting")
struct SQLScriptTests {
    @Test("semicolons in quotes and comments do not split statements")
    func quotes() {
        let statements = SQLScriptSplitter.statements(in: """
            -- a comment; with a semicolon
            INSERT INTO t VALUES ('a;b', 'it''s; fine');
            /* block; comment */ INSERT INTO t VALUES (2);
            INSERT INTO "we;ird" VALUES (3)
            """)
        #expect(statements.count == 3)
        #expect(statements[0] == "INSERT INTO t VALUES ('a;b', 'it''s; fine')")
        #expect(statements[2] == "INSERT INTO \"we;ird\" VALUES (3)")
    }
}
