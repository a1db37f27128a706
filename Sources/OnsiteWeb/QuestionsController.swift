import Foundation
import Hummingbird
import Ink
import OnsiteCore
import OnsiteStorage

/// The question bank: the list with filters, one question's page, and the JSON API behind them.
struct QuestionsController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession

    /// One row of the list, as the API returns it.
    struct Row: Codable {
        var id: String
        var track: String
        var title: String
        var difficulty: String
        var tags: [String]
        var quickfire: Bool
        var starred: Bool
    }

    struct RowList: Codable, ResponseEncodable {
        var count: Int
        var questions: [Row]
    }

    struct StarRequest: Codable {
        var starred: Bool
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/questions") { request, _ -> HTMLPage in
            let rows = try await rows(for: request)
            let filters = Filters(request)
            return HTMLPage(html: pages.render("questions", title: "Question bank", csrfToken: session.csrfToken, values: [
                "rows": rows.map { ["id": $0.id, "track": $0.track, "title": $0.title, "difficulty": $0.difficulty,
                                    "tags": $0.tags.joined(separator: ", "), "quickfire": $0.quickfire, "starred": $0.starred] },
                "count": rows.count,
                "tracks": Track.allCases.map { ["value": $0.rawValue, "name": $0.displayName, "selected": filters.track == $0] },
                "difficulties": Difficulty.allCases.map { ["value": $0.rawValue, "selected": filters.difficulty == $0] },
                "tag": filters.tag ?? "",
            ]))
        }
        router.get("/questions/:id") { _, context -> HTMLPage in
            let question = try question(context)
            let progress = try await dependencies.progress.progress(for: question.id)
            let markdown = MarkdownParser()
            return HTMLPage(html: pages.render("question", title: question.title, csrfToken: session.csrfToken, values: [
                "id": question.id, "title": question.title, "track": question.track.displayName,
                "difficulty": question.difficulty.rawValue, "tags": question.tags.joined(separator: ", "),
                "prompt": markdown.html(from: question.prompt), "answer": markdown.html(from: question.answer),
                "keyPoints": question.keyPoints.map(\.point), "followUps": question.followUps,
                "sources": question.sources, "starred": progress?.starred ?? false, "note": progress?.note ?? "",
            ]))
        }
        router.get("/api/questions") { request, _ -> RowList in
            let rows = try await rows(for: request)
            return RowList(count: rows.count, questions: rows)
        }
        router.get("/api/questions/:id") { _, context -> Question in
            try question(context)
        }
        router.post("/api/questions/:id/star") { request, context -> Row in
            let question = try question(context)
            let body = try await request.body.collect(upTo: 4096)
            guard let star = try? JSONDecoder().decode(StarRequest.self, from: body) else {
                throw HTTPError(.badRequest, message: #"Send {"starred": true} or {"starred": false}."#)
            }
            try await dependencies.progress.setStarred(star.starred, for: question.id)
            return Row(question, starred: star.starred)
        }
    }

    private func question(_ context: some RequestContext) throws -> Question {
        let id = try context.parameters.require("id")
        guard let question = dependencies.catalog.question(id: id) else {
            throw HTTPError(.notFound, message: "There is no question \(id). The question bank lists them all.")
        }
        return question
    }

    /// Query filters: track, tag, difficulty and quickfire (the drill's filter, so both mean the same), and starred.
    struct Filters {
        var bank: DrillFilter
        var starred: Bool

        var track: Track? { bank.tracks.first }
        var difficulty: Difficulty? { bank.difficulties.first }
        var tag: String? { bank.tags.first }

        init(_ request: Request) {
            let query = request.uri.queryParameters
            let track = query.get("track").flatMap { Track(rawValue: String($0)) }
            let tag = query.get("tag").map { String($0).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
            let difficulty = query.get("difficulty").flatMap { Difficulty(rawValue: String($0)) }
            bank = DrillFilter(tracks: Set([track].compactMap { $0 }), tags: Set([tag].compactMap { $0 }),
                               difficulties: Set([difficulty].compactMap { $0 }), quickfireOnly: query.get("quickfire") == "1")
            starred = query.get("starred") == "1"
        }
    }

    private func rows(for request: Request) async throws -> [Row] {
        let filters = Filters(request)
        let starredIDs = Set(try await dependencies.progress.allProgress().filter(\.starred).map(\.itemID))
        return dependencies.catalog.questions
            .filter { filters.bank.admits($0) && (!filters.starred || starredIDs.contains($0.id)) }
            .map { Row($0, starred: starredIDs.contains($0.id)) }
    }
}

extension QuestionsController.Row {
    init(_ question: Question, starred: Bool) {
        self.init(id: question.id, track: question.track.rawValue, title: question.title,
                  difficulty: question.difficulty.rawValue, tags: question.tags, quickfire: question.quickfire,
                  starred: starred)
    }
}

extension Question: ResponseEncodable {}
extension QuestionsController.Row: ResponseEncodable {}
