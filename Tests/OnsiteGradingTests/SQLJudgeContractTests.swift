import OnsiteCore
import OnsiteGrading
import Testing

/// Each contract option with a submission that must pass and one that must fail for the right reason.
@Suite("SQL judge contract")
struct SQLJudgeContractTests {
    static let schema = """
        CREATE TABLE scores (id INTEGER PRIMARY KEY, player TEXT, team TEXT, points REAL);
        """
    static let sample = """
        INSERT INTO scores VALUES (1, 'ana', 'red', 10.5), (2, 'bo', 'blue', 7.25), (3, 'cy', 'red', 7.25),
                                  (4, 'di', 'blue', NULL), (5, 'ed', 'red', 3.0), (6, 'ed', 'red', 3.0);
        """
    static let hidden = """
        INSERT INTO scores VALUES (1, 'zed', 'green', 1.0), (2, 'yan', 'green', 2.0), (3, 'xu', 'green', 2.0);
        """

    func challenge(_ solution: String, contract: JudgeContract) -> SQLChallenge {
        SQLChallenge(
            id: "sql-test", title: "Test", difficulty: .easy, topics: ["test"], engines: [.sqlite], contract: contract,
            prompt: "Test.", schema: Self.schema,
            datasets: [SQLDataset(name: "sample", hidden: false, sql: Self.sample),
                       SQLDataset(name: "other-team", hidden: true, sql: Self.hidden)],
            solutions: [.sqlite: solution])
    }

    let judge = SQLJudge()

    @Test("order none: any row order passes; a missing row fails with the row count and the missing row")
    func orderNone() throws {
        let subject = challenge("SELECT player, points FROM scores", contract: JudgeContract(order: .none))
        #expect(judge.grade("SELECT player, points FROM scores ORDER BY points DESC", for: subject).verdict == .accepted)

        let report = judge.grade("SELECT player, points FROM scores WHERE points > 5", for: subject, scope: .visible)
        #expect(report.verdict == .wrongAnswer)
        let diff = try #require(report.diff)
        #expect(diff.kind == .rowCount)
        #expect(diff.expectedRowCount == 6 && diff.actualRowCount == 3)
        #expect(diff.missingRows?.contains(["di", "NULL"]) == true)
    }

    @Test("duplicate rows count: DISTINCT that drops a real duplicate is wrong")
    func duplicatesCount() throws {
        let subject = challenge("SELECT player, points FROM scores WHERE team = 'red'", contract: JudgeContract())
        let report = judge.grade("SELECT DISTINCT player, points FROM scores WHERE team = 'red'", for: subject, scope: .visible)
        #expect(report.verdict == .wrongAnswer)
        #expect(report.diff?.missingRows == [["ed", "3.0"]])
    }

    @Test("order full: the right rows in the wrong order fail as 'right rows, wrong order'")
    func orderFull() throws {
        let subject = challenge("SELECT player FROM scores ORDER BY id", contract: JudgeContract(order: .full))
        #expect(judge.grade("SELECT player FROM scores ORDER BY id", for: subject).verdict == .accepted)

        let report = judge.grade("SELECT player FROM scores ORDER BY id DESC", for: subject, scope: .visible)
        #expect(report.verdict == .wrongAnswer)
        let diff = try #require(report.diff)
        #expect(diff.kind == .order)
        #expect(diff.message.hasPrefix("right rows, wrong order: row 1 should be (ana) but is (ed)"))
    }

    @Test("order keys: ties may come in any order, but the key order must hold")
    func orderKeys() throws {
        let subject = challenge("SELECT player, points FROM scores ORDER BY points DESC, player",
                                contract: JudgeContract(order: .keys(["points"])))
        // 'bo' and 'cy' tie on 7.25 and the ed/ed duplicates tie on 3.0: any order among them is fine.
        #expect(judge.grade("SELECT player, points FROM scores ORDER BY points DESC, player DESC", for: subject).verdict == .accepted)
        let report = judge.grade("SELECT player, points FROM scores ORDER BY points ASC", for: subject, scope: .visible)
        #expect(report.verdict == .wrongAnswer)
        #expect(report.diff?.kind == .order)
    }

    @Test("float tolerance: a 1e-9 relative difference passes, a 1e-3 one fails at the cell")
    func floatTolerance() throws {
        let subject = challenge("SELECT player, points FROM scores WHERE points IS NOT NULL", contract: JudgeContract())
        #expect(judge.grade("SELECT player, points * (1 + 1e-9) FROM scores WHERE points IS NOT NULL", for: subject).verdict == .accepted)

        let report = judge.grade("SELECT player, points * 1.001 FROM scores WHERE points IS NOT NULL", for: subject, scope: .visible)
        #expect(report.verdict == .wrongAnswer)
        let diff = try #require(report.diff)
        #expect(diff.kind == .rows)
        #expect(diff.firstMismatch?.column == "points")
    }

    @Test("a tolerance of zero makes 1e-9 matter")
    func zeroTolerance() {
        let subject = challenge("SELECT points FROM scores", contract: JudgeContract(floatTolerance: 0))
        #expect(judge.grade("SELECT points * (1 + 1e-9) FROM scores", for: subject, scope: .visible).verdict == .wrongAnswer)
    }

    @Test("columns by name: any column order passes; a wrong alias fails naming the column")
    func columnsByName() throws {
        let subject = challenge("SELECT player, team AS squad FROM scores", contract: JudgeContract(columns: .byName))
        #expect(judge.grade("SELECT team AS SQUAD, player FROM scores", for: subject).verdict == .accepted)

        let report = judge.grade("SELECT player, team FROM scores", for: subject, scope: .visible)
        #expect(report.verdict == .wrongAnswer)
        let diff = try #require(report.diff)
        #expect(diff.kind == .columnNames)
        #expect(diff.message.contains("missing squad"))
        #expect(diff.message.contains("unexpected team"))
    }

    @Test("columns by position: names are free, the count is not")
    func columnsByPosition() throws {
        let subject = challenge("SELECT player, team FROM scores", contract: JudgeContract(columns: .byPosition))
        #expect(judge.grade("SELECT player AS who, team AS side FROM scores", for: subject).verdict == .accepted)
        let report = judge.grade("SELECT player FROM scores", for: subject, scope: .visible)
        #expect(report.diff?.kind == .columnCount)
    }

    @Test("NULL equals NULL, but NULL does not equal 0")
    func nulls() {
        let subject = challenge("SELECT points FROM scores", contract: JudgeContract())
        #expect(judge.grade("SELECT CASE WHEN points IS NULL THEN NULL ELSE points END FROM scores", for: subject).verdict == .accepted)
        #expect(judge.grade("SELECT COALESCE(points, 0) FROM scores", for: subject, scope: .visible).verdict == .wrongAnswer)
    }

    @Test("a hidden dataset reports the kind of mismatch and counts, never its rows or values")
    func hiddenRedaction() throws {
        let subject = challenge("SELECT player, points FROM scores", contract: JudgeContract())
        // Right on the sample, wrong on the hidden data (it has no 'red' team).
        let report = judge.grade("SELECT player, points FROM scores WHERE team IN ('red', 'blue')", for: subject)
        #expect(report.cases.map(\.verdict) == [.accepted, .wrongAnswer])
        let hidden = try #require(report.cases.last)
        #expect(hidden.hidden)
        #expect(hidden.output == nil)
        let diff = try #require(hidden.diff)
        #expect(diff.missingRows == nil && diff.extraRows == nil && diff.firstMismatch == nil)
        #expect(diff.expectedRowCount == 3 && diff.actualRowCount == 0)
        for secret in ["zed", "yan", "xu", "green"] {
            #expect(!(hidden.message ?? "").contains(secret))
            #expect(!(report.message ?? "").contains(secret))
        }
    }

    @Test("a syntax error is a runtime error with SQLite's message")
    func syntaxError() {
        let subject = challenge("SELECT player FROM scores", contract: JudgeContract())
        let report = judge.grade("SELEC player FROM scores", for: subject, scope: .visible)
        #expect(report.verdict == .runtimeError)
        #expect(report.cases.first?.message?.contains("syntax error") == true)
    }

    @Test("a broken reference solution is our internal error, never the user's")
    func brokenReference() {
        let subject = challenge("SELECT nope FROM scores", contract: JudgeContract())
        #expect(judge.grade("SELECT player FROM scores", for: subject).verdict == .internalError)
    }
}
