import OnsiteCore
import OnsiteGrading
import Testing

/// The checks lint makes by running reference solutions through the judge.
@Suite("SQL challenge verifier")
struct SQLChallengeVerifierTests {
    func challenge(solution: String, order: JudgeContract.Order = .none, hidden: String = "INSERT INTO t VALUES (3);") -> SQLChallenge {
        SQLChallenge(
            id: "sql-v", title: "V", difficulty: .easy, topics: ["t"], engines: [.sqlite],
            contract: JudgeContract(order: order), prompt: "P", schema: "CREATE TABLE t (x INTEGER);",
            datasets: [SQLDataset(name: "sample", hidden: false, sql: "INSERT INTO t VALUES (1), (2);"),
                       SQLDataset(name: "h1", hidden: true, sql: hidden),
                       SQLDataset(name: "h2", hidden: true, sql: "")],
            solutions: [.sqlite: solution])
    }

    let verifier = SQLChallengeVerifier()

    @Test("a good challenge has no issues")
    func clean() {
        #expect(verifier.issues(in: challenge(solution: "SELECT x FROM t ORDER BY x", order: .full)).isEmpty)
    }

    @Test("a solution that fails in the sandbox is reported")
    func failingSolution() {
        let issues = verifier.issues(in: challenge(solution: "SELECT printf('%d', x) FROM t"))
        #expect(issues.first?.field == "solution")
        #expect(issues.first?.message.contains("not accepted on 'sample'") == true)
    }

    @Test("order: full without a final ORDER BY is reported; a window ORDER BY does not count")
    func orderWithoutOrderBy() {
        let issues = verifier.issues(in: challenge(solution: "SELECT x, ROW_NUMBER() OVER (ORDER BY x) FROM t", order: .full))
        #expect(issues.map(\.field) == ["judge.order"])
    }

    @Test("an order key that is not a result column is reported")
    func badKey() {
        let issues = verifier.issues(in: challenge(solution: "SELECT x FROM t ORDER BY x", order: .keys(["y"])))
        #expect(issues.contains { $0.message.contains("order key 'y'") })
    }

    @Test("a hidden dataset that copies the sample is reported")
    func copiedSample() {
        let issues = verifier.issues(in: challenge(solution: "SELECT x FROM t", hidden: "INSERT INTO t VALUES (1), (2);"))
        #expect(issues.map(\.field) == ["hidden"])
    }

    @Test("a reference that returns no rows anywhere is reported")
    func alwaysEmpty() {
        let issues = verifier.issues(in: challenge(solution: "SELECT x FROM t WHERE x > 100"))
        #expect(issues.map(\.field) == ["data"])
    }
}
