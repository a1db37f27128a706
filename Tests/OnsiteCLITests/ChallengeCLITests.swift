import Foundation
import OnsiteTestSupport
import Testing

/// solve → test → submit through the real binary, the way a candidate works with their editor.
@Suite("onsite challenge commands")
struct ChallengeCLITests {
    let binary: OnsiteBinary
    let home: TemporaryDirectory
    let workspace: TemporaryDirectory

    init() throws {
        binary = try OnsiteBinary.built()
        home = try TemporaryDirectory(prefix: "onsite-home")
        workspace = try TemporaryDirectory(prefix: "onsite-workspace")
    }

    func run(_ arguments: [String]) throws -> OnsiteBinary.Output {
        try binary.run(arguments, environment: ["ONSITE_HOME": home.url.path, "NO_COLOR": "1",
                                                "ONSITE_WORKSPACE": workspace.url.path])
    }

    var file: URL { workspace.url.appendingPathComponent("sql/sql-running-total.sql") }

    @Test("solve writes a starter, shows the problem and never overwrites the candidate's work")
    func solve() throws {
        let first = try run(["solve", "sql-running-total"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Running balance per account"))
        #expect(first.stdout.contains("Table transactions (sample rows)"))
        #expect(first.stdout.contains("Row order matters"))
        #expect(FileManager.default.fileExists(atPath: file.path))

        try "SELECT 42;".write(to: file, atomically: true, encoding: .utf8)
        let second = try run(["solve", "sql-running-total"])
        #expect(second.stdout.contains("left as it was"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "SELECT 42;")
    }

    @Test("test shows the result and the diff on the sample, exiting 1 when it is wrong")
    func testCommand() throws {
        _ = try run(["solve", "sql-running-total"])
        try "SELECT account_id, txn_date, id, amount, amount FROM transactions ORDER BY account_id, txn_date, id;"
            .write(to: file, atomically: true, encoding: .utf8)
        let output = try run(["test", file.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("Your result:"))
        #expect(output.stdout.contains("Expected but missing"))
        #expect(output.stdout.contains("Wrong answer — 0 of 1 case passed"))
    }

    @Test("submit grades every dataset, prints the JSON contract and records a solve")
    func submit() throws {
        let solution = RepositoryPaths.content.appendingPathComponent("challenges/sql/sql-running-total/solution.sql")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: solution, to: file)

        let output = try run(["submit", file.path, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(json["verdict"] as? String == "accepted")
        #expect(json["challenge"] as? String == "sql-running-total")
        #expect(json["engine"] as? String == "sqlite")
        let cases = try #require(json["cases"] as? [[String: Any]])
        #expect(cases.count >= 3)
        #expect(cases.allSatisfy { $0["name"] is String && $0["hidden"] is Bool && $0["verdict"] is String && $0["ms"] is Double })
        #expect(cases.filter { $0["hidden"] as? Bool == true }.count >= 2)

        let listed = try run(["challenges", "--status", "solved", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["sql-running-total"])
    }

    @Test("a hostile submission gets a verdict and a clean exit, not a crash")
    func hostile() throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "DELETE FROM transactions; SELECT 1".write(to: file, atomically: true, encoding: .utf8)
        let output = try run(["submit", file.path, "--json"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("\"verdict\" : \"invalid_submission\""))
    }

    @Test("the challenge comes from --challenge when the file name is something else")
    func explicitChallenge() throws {
        let other = workspace.url.appendingPathComponent("scratch.sql")
        try "SELECT (SELECT DISTINCT salary FROM employees ORDER BY salary DESC LIMIT 1 OFFSET 1)"
            .write(to: other, atomically: true, encoding: .utf8)
        #expect(try run(["test", other.path, "--challenge", "sql-second-highest-salary"]).status == 0)
        let unknown = try run(["test", other.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no challenge with id 'scratch'"))
    }
}
