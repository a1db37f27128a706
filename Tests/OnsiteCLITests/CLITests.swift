import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import OnsiteTestSupport
import Testing

/// The real `onsite` binary, run as a subprocess with a temporary home, as users and scripts run it.
@Suite("onsite command line")
struct CLITests {
    let binary: OnsiteBinary
    let home: TemporaryDirectory

    init() throws {
        binary = try OnsiteBinary.built()
        home = try TemporaryDirectory(prefix: "onsite-home")
    }

    func run(_ arguments: [String], content: URL? = nil, extra: [String: String] = [:]) throws -> OnsiteBinary.Output {
        var environment = ["ONSITE_HOME": home.url.path, "NO_COLOR": "1"]
        if let content { environment["ONSITE_CONTENT"] = content.path }
        environment.merge(extra) { _, new in new }
        return try binary.run(arguments, environment: environment)
    }

    @Test("content stats --json has exactly the published shape")
    func statsShape() throws {
        let output = try run(["content", "stats", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["questions", "quickfire", "challenges", "scenarios", "principles"])
        let questions = try #require(json["questions"] as? [String: Int])
        #expect(Set(questions.keys) == ["python", "sql", "aws", "concepts", "system-design", "behavioral"])
        #expect(Set((json["challenges"] as? [String: Int])?.keys ?? [:].keys) == ["sql", "python"])
        #expect((json["quickfire"] as? Int ?? 0) >= 30)
        #expect(json["principles"] as? Int == 16)
    }

    @Test("the shipped content lints clean from any working directory")
    func lintShipped() throws {
        let output = try binary.run(["content", "lint"], environment: ["ONSITE_HOME": home.url.path],
                                    currentDirectory: home.url)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("Content is clean"))
    }

    @Test("malformed content: onsite refuses to start with one line naming the file and line")
    func refusesMalformedContent() throws {
        let content = try TemporaryDirectory()
        try FixtureContent.write(into: content)
        try content.write(FixtureContent.pythonQuestion.replacingOccurrences(of: "difficulty: medium", with: "difficulty: [medium"),
                          to: FixtureContent.pythonQuestionPath)
        for arguments in [[], ["questions", "list"], ["guide"]] {
            let output = try run(arguments, content: content.url)
            #expect(output.status != 0)
            let lines = output.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(output.stderr)")
            #expect(output.stderr.contains("questions/python/gil.md:"), "\(output.stderr)")
            #expect(output.stderr.contains("yaml: malformed YAML"), "\(output.stderr)")
            #expect(!output.stderr.contains("Fatal error") && !output.stderr.contains("Stack"))
        }
    }

    @Test("content lint prints one path:line: field: message per problem and exits 1")
    func lintReportsProblems() throws {
        let content = try TemporaryDirectory()
        try FixtureContent.write(into: content)
        try content.write(FixtureContent.pythonQuestion.replacingOccurrences(of: "difficulty: medium", with: "difficulty: brutal"),
                          to: FixtureContent.pythonQuestionPath)
        try content.write(FixtureContent.guidePage.replacingOccurrences(of: "order: 1\n", with: ""), to: FixtureContent.guidePath)
        let output = try run(["content", "lint", "--content-dir", content.url.path])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.contains { $0.hasSuffix("guide/process.md:2: order: required field is missing") })
        #expect(lines.contains { $0.hasSuffix("questions/python/gil.md:4: difficulty: 'brutal' is not one of easy, medium, hard") })
    }

    @Test("star and note persist across runs and show up in list and show")
    func starAndNote() throws {
        #expect(try run(["questions", "star", "py-gil"]).status == 0)
        #expect(try run(["questions", "note", "py-gil", "say: free-threaded 3.13"]).status == 0)

        let starred = try run(["questions", "list", "--starred", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(starred.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["py-gil"])

        let shown = try run(["questions", "show", "py-gil", "--json"])
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(detail["note"] as? String == "say: free-threaded 3.13")
        #expect(detail["starred"] as? Bool == true)
        #expect(detail["seen_count"] as? Int == 1)
        #expect((detail["key_points"] as? [Any])?.isEmpty == false)

        #expect(try run(["questions", "star", "py-gil", "--remove"]).status == 0)
        #expect(try run(["questions", "note", "py-gil", "--clear"]).status == 0)
        let cleared = try run(["questions", "show", "py-gil", "--json"])
        let after = try #require(try JSONSerialization.jsonObject(with: Data(cleared.stdout.utf8)) as? [String: Any])
        #expect(after["starred"] as? Bool == false)
        #expect(after["note"] is NSNull)
        #expect(after["seen_count"] as? Int == 2)
    }

    @Test("list filters by track, difficulty and quick-fire")
    func listFilters() throws {
        let output = try run(["questions", "list", "--track", "sql", "--quickfire", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count >= 10)
        #expect(rows.allSatisfy { $0["track"] as? String == "sql" && $0["quickfire"] as? Bool == true })

        let bad = try run(["questions", "list", "--track", "java"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("java"))
    }

    @Test("an unknown id gets a suggestion and a next step, not a crash")
    func unknownID() throws {
        let output = try run(["questions", "show", "py-gill"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("no question with id 'py-gill'. Did you mean 'py-gil'?"))
        #expect(output.stderr.contains("onsite questions list"))
    }

    @Test("search finds the question and returns snippets as JSON")
    func search() throws {
        let output = try run(["search", "WHERE", "vs", "HAVING?", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(hits.first?["id"] as? String == "sql-where-vs-having")
        #expect((hits.first?["snippet"] as? String)?.isEmpty == false)
    }

    @Test("guide pages render as plain wrapped text when piped")
    func guidePlain() throws {
        let output = try run(["guide", "process"], extra: ["COLUMNS": "60"])
        #expect(output.status == 0)
        #expect(!output.stdout.contains("\u{1B}["))
        #expect(!output.stdout.contains("**"))
        #expect(output.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 || $0.hasPrefix("    ") || $0.contains("http") })
        #expect(output.stdout.lowercased().contains("phone screen"))

        let principles = try run(["guide", "principles"])
        #expect(principles.stdout.contains("Customer Obsession"))

        let missing = try run(["guide", "negotation"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Did you mean 'negotiation'?"))
    }

    @Test("`onsite` alone starts the web app, prints its address, serves the dashboard and stops cleanly on Ctrl-C")
    func bareRunServes() async throws {
        let server = try RunningServer(binary: binary, arguments: [],
                                       environment: ["ONSITE_HOME": home.url.path, "ONSITE_PORT": "0"])
        let (data, response) = try await URLSession.shared.data(from: server.address)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("<h1>Today</h1>"))
        #expect(server.stop(with: SIGINT) == 0, "graceful shutdown exits 0; output: \(server.text)")
        #expect(server.text.contains("Onsite is running at http://127.0.0.1:"))
    }

    @Test("`onsite overview` shows today's suggestion and the commands")
    func overview() throws {
        let output = try run(["overview"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Today's suggestion"))
        #expect(output.stdout.contains("onsite questions  Browse"))
        #expect(output.stdout.contains("onsite guide"))
    }

    @Test("an unwritable home gives a clear error that says what to do")
    func unwritableHome() throws {
        let file = try home.write("I am a file, not a folder", to: "blocked")
        let output = try binary.run(["questions", "star", "py-gil"],
                                    environment: ["ONSITE_HOME": file.appendingPathComponent("sub").path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("--home"))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }
}
