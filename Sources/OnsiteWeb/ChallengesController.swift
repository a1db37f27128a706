import Foundation
import Hummingbird
import Ink
import OnsiteCore
import OnsiteGrading
import OnsiteStorage

/// The challenge list: every SQL and Python challenge with its difficulty, topics and whether it is solved.
struct ChallengesController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let cache: PageCache

    struct Row: Codable {
        var id: String
        var track: String
        var title: String
        var difficulty: String
        var topics: [String]
        var solved: Bool
        var attempted: Bool
    }

    struct List: Codable, ResponseEncodable {
        var count: Int
        var solved: Int
        var challenges: [Row]
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/challenges") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                let list = try await list(for: request)
                return pages.render("challenges", title: "Challenges", csrfToken: session.csrfToken, values: [
                    "count": list.count, "solved": list.solved,
                    "rows": list.challenges.map { ["id": $0.id, "track": $0.track, "title": $0.title, "difficulty": $0.difficulty,
                                                   "topics": $0.topics.joined(separator: ", "), "solved": $0.solved,
                                                   "attempted": $0.attempted && !$0.solved] },
                ])
            }
        }
        router.get("/api/challenges") { request, _ -> List in
            try await list(for: request)
        }
        router.get("/challenges/:id") { request, context -> HTMLPage in
            try await cache.page(for: request) {
                let detail = try await detail(try challenge(context))
                return pages.render("challenge", title: detail.title, csrfToken: session.csrfToken,
                                                   values: detail.pageValues)
            }
        }
        router.get("/api/challenges/:id") { _, context -> Detail in
            try await detail(try challenge(context))
        }
        // Run: the visible cases, nothing recorded (`onsite test`). Submit: every case, recorded (`onsite submit`).
        router.post("/api/challenges/:id/run") { request, context -> GradeReport in
            let challenge = try challenge(context)
            return await dependencies.grader.grade(try await code(from: request), for: challenge, allCases: false)
        }
        router.post("/api/challenges/:id/submit") { request, context -> GradeReport in
            let challenge = try challenge(context)
            let code = try await code(from: request)
            let report = await dependencies.grader.grade(code, for: challenge, allCases: true)
            let total = report.cases.reduce(0) { $0 + $1.ms }
            try await dependencies.attempts.record(Attempt(
                challengeID: challenge.id, engine: report.engine, verdict: report.verdict,
                submittedAt: dependencies.clock(), milliseconds: total, code: code))
            return report
        }
    }

    /// The body of Run and Submit.
    struct CodeRequest: Codable {
        var code: String
    }

    /// Longest submission accepted, in UTF-8 bytes: far above any real answer, far below the body cap.
    static let maximumCodeBytes = 64 * 1024

    private func code(from request: Request) async throws -> String {
        let body = try await request.body.collect(upTo: Self.maximumCodeBytes + 1024)
        guard let decoded = try? JSONDecoder().decode(CodeRequest.self, from: body) else {
            throw HTTPError(.badRequest, message: #"Send {"code": "…your solution…"}."#)
        }
        guard !decoded.code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw HTTPError(.badRequest, message: "The editor is empty: write a solution, then run it.")
        }
        guard decoded.code.utf8.count <= Self.maximumCodeBytes else {
            throw HTTPError(.contentTooLarge, message: "A solution may be at most \(Self.maximumCodeBytes / 1024) KiB.")
        }
        return decoded.code
    }

    private func challenge(_ context: some RequestContext) throws -> AnyChallenge {
        let id = try context.parameters.require("id")
        if let challenge = dependencies.catalog.sqlChallenge(id: id) { return .sql(challenge) }
        if let challenge = dependencies.catalog.pythonChallenge(id: id) { return .python(challenge) }
        throw HTTPError(.notFound, message: "There is no challenge \(id). The challenge list shows them all.")
    }

    /// Everything the challenge page shows.
    struct Detail: Codable, ResponseEncodable {
        struct Table: Codable {
            var name: String
            var columns: [String]
            var rows: [[String]]
            var totalRows: Int
        }

        struct Example: Codable {
            var call: String
            var expected: String
        }

        var id: String
        var track: String
        var title: String
        var difficulty: String
        var topics: [String]
        /// The problem statement, Markdown.
        var prompt: String
        /// How it is judged, one rule per line.
        var rules: [String]
        /// SQL: the `CREATE TABLE` statements.
        var schema: String?
        var sampleTables: [Table]
        /// Python: the visible cases as calls.
        var examples: [Example]
        /// What the editor starts with: the last submission, else the starter.
        var code: String
        var solved: Bool
        var attempts: Int
    }

    private func detail(_ challenge: AnyChallenge) async throws -> Detail {
        let attempts = try await dependencies.attempts.attempts(for: challenge.id)
        let solved = attempts.contains { $0.verdict == .accepted }
        let last = attempts.max { $0.submittedAt < $1.submittedAt }?.code
        switch challenge {
        case .sql(let sql):
            let tables = dependencies.grader.sampleTables(for: sql).map { table in
                let preview = ResultPreview(table.rows, limit: 12)
                return Detail.Table(name: table.name, columns: preview.columns, rows: preview.rows, totalRows: preview.totalRows)
            }
            let starter = "-- \(sql.title)\n-- One read-only query: SELECT … or WITH … SELECT …\n\nSELECT\n"
            return Detail(id: sql.id, track: "sql", title: sql.title, difficulty: sql.difficulty.rawValue, topics: sql.topics,
                          prompt: sql.prompt,
                          rules: sql.contract.summary + ["Your query also runs on hidden datasets (ties, NULLs, empty tables, other edge cases)."],
                          schema: sql.schema, sampleTables: tables, examples: [], code: last ?? starter, solved: solved,
                          attempts: attempts.count)
        case .python(let python):
            let examples = python.visibleCases.map {
                Detail.Example(call: "\(python.function)(\(PythonJudge.describeInput($0)))",
                               expected: String($0.expected.description.prefix(400)))
            }
            return Detail(id: python.id, track: "python", title: python.title, difficulty: python.difficulty.rawValue,
                          topics: python.topics, prompt: python.prompt, rules: python.judgingRules, schema: nil,
                          sampleTables: [], examples: examples, code: last ?? python.starter, solved: solved,
                          attempts: attempts.count)
        }
    }

    /// Filters: `track` (sql or python), `difficulty`, `topic`, `status` (solved, attempted, unsolved).
    private func list(for request: Request) async throws -> List {
        let query = request.uri.queryParameters
        let track = query.get("track").map { String($0) }
        let difficulty = query.get("difficulty").flatMap { Difficulty(rawValue: String($0)) }
        let topic = query.get("topic").map { String($0).lowercased() }
        let status = query.get("status").map { String($0) }
        let solved = try await dependencies.attempts.solvedChallengeIDs()
        let attempted = try await dependencies.attempts.attemptedChallengeIDs()
        let rows = dependencies.catalog.allChallenges
            .filter { track == nil || $0.track == track }
            .filter { difficulty == nil || $0.difficulty == difficulty }
            .filter { topic == nil || $0.topics.contains(topic!) }
            .map { Row(id: $0.id, track: $0.track, title: $0.title, difficulty: $0.difficulty.rawValue, topics: $0.topics,
                       solved: solved.contains($0.id), attempted: attempted.contains($0.id)) }
            .filter { row in
                switch status {
                case "solved": row.solved
                case "attempted": row.attempted && !row.solved
                case "unsolved": !row.solved
                default: true
                }
            }
        return List(count: rows.count, solved: rows.filter { $0.solved }.count, challenges: rows)
    }
}

extension ChallengesController.Detail {
    var pageValues: [String: Any] {
        [
            "id": id, "track": track, "isSQL": track == "sql", "title": title, "difficulty": difficulty,
            "topics": topics.joined(separator: ", "), "prompt": MarkdownParser().html(from: prompt),
            "rules": rules.map(InlineMarkdown.html), "schema": schema ?? "",
            "tables": sampleTables.map { table in
                ["name": table.name, "columns": table.columns, "rows": table.rows.map { ["cells": $0] },
                 "more": table.totalRows > table.rows.count, "totalRows": table.totalRows] as [String: Any]
            },
            "examples": examples.map { ["call": $0.call, "expected": $0.expected] },
            "code": code, "solved": solved, "attempts": attempts, "hasAttempts": attempts > 0,
            "language": track == "sql" ? "SQL" : "Python",
        ]
    }
}

extension GradeReport: ResponseEncodable {}

/// One line of Markdown as inline HTML: Ink wraps a line in a paragraph, which a list item does not want.
enum InlineMarkdown {
    static func html(_ line: String) -> String {
        var html = MarkdownParser().html(from: line).trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>") && html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return html
    }
}
