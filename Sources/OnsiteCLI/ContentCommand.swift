import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteGrading

/// `onsite content …`: for contributors: check and count the content.
struct ContentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content",
        abstract: "Check and count the content (for contributors).",
        discussion: "The content format is described in docs/content-format.md.",
        subcommands: [ContentLintCommand.self, ContentStatsCommand.self]
    )
}

struct ContentLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check every content file; print `path:line: field: message` per problem.",
        discussion: "Exits 0 when the content is clean and 1 when there is any problem, so CI can gate on it."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let directory = AppEnvironment(global).contentDirectory
        var result = ContentLoader(root: directory).load()
        result.problems += Self.verifyChallenges(result)
        result.problems += try await Self.verifyOnPostgres(result)
        for problem in result.problems { print(problem.description) }
        let catalog = result.catalog
        if result.problems.isEmpty {
            StandardError.write("Content is clean: \(catalog.questions.count) questions, \(catalog.sqlChallenges.count) SQL and \(catalog.pythonChallenges.count) Python challenges (every reference accepted on every dataset, case and checked engine), \(catalog.scenarios.count) system-design scenarios, \(catalog.labs.count) AWS labs and \(catalog.projects.count) end-to-end projects, \(catalog.guide.count) guide pages, \(catalog.principles.count) principles in \(directory.path).")
        } else {
            let files = Set(result.problems.map(\.file)).count
            StandardError.write("\(result.problems.count) problem\(result.problems.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"). See docs/content-format.md for the rules.")
            throw ExitCode(1)
        }
    }
}

extension ContentLintCommand {
    /// Runs every challenge's reference solution through the real judge, in parallel across challenges.
    static func verifyChallenges(_ result: ContentLoadResult) -> [ContentProblem] {
        let sql = result.catalog.sqlChallenges
        let python = result.catalog.pythonChallenges
        let sqlVerifier = SQLChallengeVerifier()
        let pythonVerifier = PythonChallengeVerifier()
        let found = ProblemCollector()
        // Python checks wait on subprocesses, so they run alongside the CPU-bound SQL ones.
        DispatchQueue.concurrentPerform(iterations: sql.count + python.count) { index in
            let (id, issues) = index < sql.count
                ? (sql[index].id, sqlVerifier.issues(in: sql[index]))
                : (python[index - sql.count].id, pythonVerifier.issues(in: python[index - sql.count]))
            let file = result.sourceFiles[id] ?? id
            found.append(issues.map { ContentProblem(file: file, line: 1, field: $0.field, message: $0.message) })
        }
        return found.problems.sorted { ($0.file, $0.message) < ($1.file, $1.message) }
    }
}

extension ContentLintCommand {
    /// With ONSITE_POSTGRES_URL set, every challenge that declares postgres is checked there too.
    static func verifyOnPostgres(_ result: ContentLoadResult) async throws -> [ContentProblem] {
        let endpoint: PostgresEndpoint?
        do {
            endpoint = try PostgresEndpoint.fromEnvironment()
        } catch {
            throw OnsiteError("\(error)")
        }
        let challenges = result.catalog.sqlChallenges.filter { $0.engines.contains(.postgres) }
        guard let endpoint else {
            if !challenges.isEmpty {
                StandardError.write("Note: \(challenges.count) challenges declare postgres; set ONSITE_POSTGRES_URL to check their references there too.")
            }
            return []
        }
        let judge = PostgresJudge(endpoint: endpoint)
        let verifier = PostgresChallengeVerifier(judge: judge)
        var problems: [ContentProblem] = []
        for challenge in challenges {
            let file = result.sourceFiles[challenge.id] ?? challenge.id
            problems += await verifier.issues(in: challenge).map {
                ContentProblem(file: file, line: 1, field: $0.field, message: $0.message)
            }
        }
        await judge.close()
        return problems
    }
}

/// Gathers problems from concurrent checks.
private final class ProblemCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [ContentProblem] = []

    func append(_ problems: [ContentProblem]) {
        lock.withLock { collected += problems }
    }

    var problems: [ContentProblem] { lock.withLock { collected } }
}

struct ContentStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count questions per track, quick-fire, challenges, scenarios, principles and tags.",
        discussion: """
            --json prints exactly {"questions": {"python", "sql", "aws", "concepts", "system-design", "behavioral"}, \
            "quickfire", "challenges": {"sql", "python"}, "scenarios", "principles"}, with zero where a kind does not exist yet.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the counts as JSON for scripts.")
    var json = false

    func run() async throws {
        let catalog = try AppEnvironment(global).loadCatalog()
        let stats = catalog.stats
        if json {
            try JSONOutput.print(stats)
            return
        }
        let terminal = Terminal.current
        print(terminal.paint("Questions", .subheading))
        for track in Track.allCases {
            print("  \(track.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(stats.questions[track.rawValue] ?? 0)")
        }
        print("  \("quick-fire".padding(toLength: 14, withPad: " ", startingAt: 0)) \(stats.quickfire)")
        print(terminal.paint("Challenges", .subheading))
        print("  sql            \(stats.challenges["sql"] ?? 0)")
        print("  python         \(stats.challenges["python"] ?? 0)")
        print(terminal.paint("Other", .subheading))
        print("  scenarios      \(stats.scenarios)")
        print("  principles     \(stats.principles)")
        print("  guide pages    \(catalog.guide.count)")
        for track in Track.allCases where !track.topicTags.isEmpty {
            print(terminal.paint("\(track.displayName) topics", .subheading) + terminal.paint("  (at least 2 each)", .dim))
            for topic in track.topicTags {
                let count = catalog.questions.filter { $0.track == track && $0.tags.contains(topic) }.count
                let mark = count >= 2 ? " " : terminal.paint("!", .failure)
                print(" \(mark)\(topic.padding(toLength: 28, withPad: " ", startingAt: 0)) \(count)")
            }
        }
        let aws = catalog.questions.filter { $0.track == .aws }
        print(terminal.paint("AWS per service", .subheading) + terminal.paint("  (minimum in brackets)", .dim))
        for service in AWSTaxonomy.services {
            let count = aws.filter(service.covers).count
            let mark = count >= service.minimum ? " " : terminal.paint("!", .failure)
            print(" \(mark)\(service.name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(count) (\(service.minimum))")
        }
        print(terminal.paint("AWS per DEA-C01 exam domain", .subheading))
        for domain in AWSTaxonomy.domains {
            print("  \(domain.name.padding(toLength: 36, withPad: " ", startingAt: 0)) \(aws.filter { $0.tags.contains(domain.tag) }.count)")
        }
        let behavioral = catalog.questions.filter { $0.track == .behavioral }
        print(terminal.paint("Behavioral per Leadership Principle", .subheading) + terminal.paint("  (main · any)", .dim))
        for principle in catalog.principles {
            let main = behavioral.filter { $0.principles.first == principle.id }.count
            let any = behavioral.filter { $0.principles.contains(principle.id) }.count
            let mark = any > 0 ? " " : terminal.paint("!", .failure)
            print(" \(mark)\(principle.name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(main) · \(any)")
        }
        print(terminal.paint("Questions per tag", .subheading))
        for (tag, count) in catalog.tagCounts {
            print("  \(tag.padding(toLength: 28, withPad: " ", startingAt: 0)) \(count)")
        }
    }
}
