import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStorage

/// The challenge list: every SQL and Python challenge with its difficulty, topics and whether it is solved.
struct ChallengesController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession

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
            let list = try await list(for: request)
            return HTMLPage(html: pages.render("challenges", title: "Challenges", csrfToken: session.csrfToken, values: [
                "count": list.count, "solved": list.solved,
                "rows": list.challenges.map { ["id": $0.id, "track": $0.track, "title": $0.title, "difficulty": $0.difficulty,
                                               "topics": $0.topics.joined(separator: ", "), "solved": $0.solved,
                                               "attempted": $0.attempted && !$0.solved] },
            ]))
        }
        router.get("/api/challenges") { request, _ -> List in
            try await list(for: request)
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
