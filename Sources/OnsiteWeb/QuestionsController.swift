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
    let cache: PageCache

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

    struct NoteRequest: Codable {
        /// nil or blank removes the note.
        var note: String?
    }

    struct NoteResponse: Codable, ResponseEncodable {
        var id: String
        var note: String?
    }

    /// A note longer than this is refused rather than silently cut.
    static let maximumNoteCharacters = 10_000

    /// One search result, with the snippet both as plain text and as HTML with the matches in `<mark>`.
    struct Hit: Codable {
        var id: String
        var kind: String
        var title: String
        var url: String
        var snippet: String
        var snippetHTML: String
    }

    struct SearchResults: Codable, ResponseEncodable {
        var query: String
        var count: Int
        var hits: [Hit]
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/questions") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                let rows = try await rows(for: request)
                let filters = Filters(request)
                let query = filters.query ?? ""
                let hits = query.isEmpty ? [] : try search(query, filters: filters)
                return pages.render("questions", title: "Question bank", csrfToken: session.csrfToken, values: [
                    "q": query, "searching": !query.isEmpty, "hitCount": hits.count,
                    "hits": hits.map { ["title": $0.title, "url": $0.url, "kind": $0.kind, "snippet": $0.snippetHTML] },
                    "rows": rows.map { ["id": $0.id, "track": $0.track, "title": $0.title, "difficulty": $0.difficulty,
                                        "tags": $0.tags.joined(separator: ", "), "quickfire": $0.quickfire, "starred": $0.starred] },
                    "count": rows.count,
                    "tracks": Track.allCases.map { ["value": $0.rawValue, "name": $0.displayName, "selected": filters.track == $0] },
                    "difficulties": Difficulty.allCases.map { ["value": $0.rawValue, "selected": filters.difficulty == $0] },
                    "tag": filters.tag ?? "",
                ])
            }
        }
        router.get("/questions/:id") { request, context -> HTMLPage in
            try await cache.page(for: request) {
                let question = try question(context)
                let progress = try await dependencies.progress.progress(for: question.id)
                let markdown = MarkdownParser()
                return pages.render("question", title: question.title, csrfToken: session.csrfToken, values: [
                    "id": question.id, "title": question.title, "track": question.track.displayName, "trackID": question.track.rawValue,
                    "difficulty": question.difficulty.rawValue, "tags": question.tags.joined(separator: ", "),
                    "prompt": markdown.html(from: question.prompt), "answer": markdown.html(from: question.answer),
                    "keyPoints": question.keyPoints.map(\.point), "followUps": question.followUps, "hasFollowUps": !question.followUps.isEmpty,
                    "sources": question.sources, "starred": progress?.starred ?? false, "note": progress?.note ?? "",
                    "scenario": dependencies.catalog.scenario(id: question.id) != nil,
                ])
            }
        }
        router.get("/api/questions") { request, _ -> RowList in
            let rows = try await rows(for: request)
            return RowList(count: rows.count, questions: rows)
        }
        router.get("/api/questions/:id") { _, context -> Question in
            try question(context)
        }
        router.get("/api/search") { request, _ -> SearchResults in
            let filters = Filters(request)
            guard let query = filters.query else {
                throw HTTPError(.badRequest, message: "Add ?q= with the words to look for, e.g. /api/search?q=partition+pruning.")
            }
            let hits = try search(query, filters: filters)
            return SearchResults(query: query, count: hits.count, hits: hits)
        }
        router.post("/api/questions/:id/note") { request, context -> NoteResponse in
            let question = try question(context)
            let body = try await request.body.collect(upTo: Self.maximumNoteCharacters * 4 + 1024)
            guard let request = try? JSONDecoder().decode(NoteRequest.self, from: body) else {
                throw HTTPError(.badRequest, message: #"Send {"note": "your text"}, or {"note": null} to remove it."#)
            }
            let trimmed = request.note?.trimmingCharacters(in: .whitespacesAndNewlines)
            let note = trimmed.flatMap { $0.isEmpty ? nil : $0 }
            if let note, note.count > Self.maximumNoteCharacters {
                throw HTTPError(.contentTooLarge, message: "A note may be at most \(Self.maximumNoteCharacters) characters; this one has \(note.count).")
            }
            try await dependencies.progress.setNote(note, for: question.id)
            return NoteResponse(id: question.id, note: note)
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
        /// Full-text search words, if any.
        var query: String?

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
            let words = FormQuery.value(named: "q", in: request.uri.query)?.trimmingCharacters(in: .whitespaces) ?? ""
            self.query = words.isEmpty ? nil : String(words.prefix(200))
        }
    }

    /// Ranked hits over all content; question hits obey the bank's filters, so "track: SQL" plus words searches SQL.
    private func search(_ query: String, filters: Filters) throws -> [Hit] {
        let catalog = dependencies.catalog
        return try dependencies.search.search(query, limit: 40).compactMap { hit -> Hit? in
            let url: String
            switch hit.kind {
            case .question:
                guard let question = catalog.question(id: hit.id), filters.bank.admits(question) else { return nil }
                url = "/questions/\(hit.id)"
            case .guide: url = "/guide/\(hit.id)"
            case .principle: url = "/principles#\(hit.id)"
            case .challenge: url = "/challenges/\(hit.id)"
            }
            let plain = hit.snippet.replacingOccurrences(of: SearchHit.highlightStart, with: "")
                .replacingOccurrences(of: SearchHit.highlightEnd, with: "")
            // Escape first, then mark: the markers are control characters that escaping leaves alone.
            let marked = HTMLEscape.text(hit.snippet).replacingOccurrences(of: SearchHit.highlightStart, with: "<mark>")
                .replacingOccurrences(of: SearchHit.highlightEnd, with: "</mark>")
            return Hit(id: hit.id, kind: hit.kind.rawValue, title: hit.title, url: url, snippet: plain, snippetHTML: marked)
        }.prefix(20).map { $0 }
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

/// A value from a query string as an HTML form sends it: `+` is a space and `%2B` a plus sign. (Hummingbird's
/// query parameters decode percent escapes only, so "partition+pruning" would stay one word.)
enum FormQuery {
    static func value(named name: String, in query: String?) -> String? {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first.map(String.init) == name else { continue }
            let raw = parts.count > 1 ? String(parts[1]) : ""
            return raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? raw
        }
        return nil
    }
}
