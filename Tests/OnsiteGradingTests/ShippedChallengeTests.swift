import OnsiteContent
import OnsiteCore
import OnsiteGrading
import OnsiteTestSupport
import Testing

/// The shipped SQL challenges: every reference accepted everywhere, and the seed's wrong answers caught.
@Suite("Shipped SQL challenges")
struct ShippedChallengeTests {
    static let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog

    @Test("the seed's five challenges exist")
    func seeds() {
        for id in ["sql-second-highest-salary", "sql-rank-students-by-score", "sql-customers-without-orders",
                   "sql-running-total", "sql-employee-manager-hierarchy"] {
            #expect(Self.catalog.sqlChallenge(id: id) != nil, "\(id)")
        }
    }

    @Test("every reference solution passes the verifier", arguments: catalog.sqlChallenges)
    func verified(_ challenge: SQLChallenge) {
        #expect(SQLChallengeVerifier().issues(in: challenge).isEmpty)
        #expect(challenge.datasets.filter(\.hidden).count >= 2)
    }

    struct WrongAnswer: CustomTestStringConvertible, Sendable {
        var challenge: String
        var sql: String
        var why: String
        var testDescription: String { "\(challenge): \(why)" }
    }

    /// Plausible mistakes the hidden datasets exist to catch.
    static let wrongAnswers: [WrongAnswer] = [
        WrongAnswer(challenge: "sql-second-highest-salary",
                    sql: "SELECT salary FROM employees ORDER BY salary DESC LIMIT 1 OFFSET 1", why: "no DISTINCT, no NULL row"),
        WrongAnswer(challenge: "sql-rank-students-by-score",
                    sql: "SELECT name, score, RANK() OVER (ORDER BY score DESC) AS r FROM students WHERE score IS NOT NULL ORDER BY r, name",
                    why: "RANK leaves gaps"),
        WrongAnswer(challenge: "sql-customers-without-orders",
                    sql: "SELECT id, name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)", why: "NOT IN with NULLs"),
        WrongAnswer(challenge: "sql-running-total",
                    sql: "SELECT account_id, txn_date, id, amount, SUM(amount) OVER (PARTITION BY account_id ORDER BY txn_date) FROM transactions ORDER BY account_id, txn_date, id",
                    why: "default RANGE frame merges same-day rows"),
        WrongAnswer(challenge: "sql-employee-manager-hierarchy",
                    sql: "SELECT e.name, m.name, CASE WHEN e.manager_id IS NULL THEN 1 ELSE 2 END FROM employees e LEFT JOIN employees m ON m.id = e.manager_id",
                    why: "no recursion: levels stop at 2"),
    ]

    @Test("a plausible wrong answer is caught", arguments: wrongAnswers)
    func caught(_ wrong: WrongAnswer) throws {
        let challenge = try #require(Self.catalog.sqlChallenge(id: wrong.challenge))
        let report = SQLJudge().grade(wrong.sql, for: challenge)
        #expect(report.verdict == .wrongAnswer)
    }
}
