import Foundation
import Hummingbird
import Ink
import OnsiteCore
import OnsiteStorage

/// The drill in the browser: the same queue, matcher and scheduler as `onsite drill`. The page asks for the next
/// card, sends the typed answer to be checked against the key points, then sends the rating, which is saved at once.
struct DrillController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let cache: PageCache
    var scheduler = FSRSScheduler(parameters: .drill)
    var matcher = KeyPointMatcher()
    /// A learning card due within this long is shown now rather than making the user wait, as Anki does.
    var learnAhead: TimeInterval = 20 * 60

    struct Card: Codable {
        var id: String
        var title: String
        var track: String
        var trackName: String
        var difficulty: String
        var isNew: Bool
        /// The question, rendered from content Markdown.
        var promptHTML: String
    }

    struct Next: Codable, ResponseEncodable {
        var due: Int
        var new: Int
        var card: Card?
        /// When the next card comes due, if the session is over.
        var nextDue: Date?
    }

    struct RevealRequest: Codable {
        var answer: String?
    }

    struct Choice: Codable {
        var rating: Int
        var name: String
        /// Anki-style label of the interval this rating gives, e.g. "10m" or "4d".
        var interval: String
        var suggested: Bool
    }

    struct Reveal: Codable, ResponseEncodable {
        struct Point: Codable {
            var point: String
            /// nil when nothing was typed: nothing to check.
            var covered: Bool?
        }

        var answerHTML: String
        var keyPoints: [Point]
        /// Share of key points the typed answer covered.
        var coverage: Double?
        var choices: [Choice]
    }

    struct RateRequest: Codable {
        var rating: Int
        var coverage: Double?
    }

    struct Rated: Codable, ResponseEncodable {
        var rating: String
        var state: String
        var due: Date
        var interval: String
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/drill") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                let track = Self.track(in: request)
                return pages.render("drill", title: "Drill", csrfToken: session.csrfToken, values: [
                    "track": track?.rawValue ?? "",
                    "tracks": Track.allCases.filter { track in dependencies.catalog.questions.contains { $0.track == track } }
                        .map { ["value": $0.rawValue, "name": $0.displayName, "selected": $0 == track] },
                ])
            }
        }
        router.get("/api/drill/next") { request, _ -> Next in
            try await next(track: Self.track(in: request))
        }
        router.post("/api/drill/:id/reveal") { request, context -> Reveal in
            let question = try await question(context)
            let body = try await request.body.collect(upTo: 32 * 1024)
            guard let reveal = try? JSONDecoder().decode(RevealRequest.self, from: body) else {
                throw HTTPError(.badRequest, message: #"Send {"answer": "what you would say"} (or {} to reveal without one)."#)
            }
            return try await self.reveal(question, typed: reveal.answer ?? "")
        }
        router.post("/api/drill/:id/rate") { request, context -> Rated in
            let question = try await question(context)
            let body = try await request.body.collect(upTo: 4096)
            guard let rate = try? JSONDecoder().decode(RateRequest.self, from: body),
                  let rating = FSRSRating(rawValue: rate.rating) else {
                throw HTTPError(.badRequest, message: #"Send {"rating": 1} to 4 (Again, Hard, Good, Easy)."#)
            }
            let now = dependencies.clock()
            let coverage = rate.coverage.map { min(1, max(0, $0)) }
            let card = try await dependencies.reviews.rate(question.id, rating, coverage: coverage, at: now, scheduler: scheduler)
            return Rated(rating: rating.name, state: card.card.state.rawValue, due: card.card.due,
                         interval: IntervalText.describe(card.card.due.timeIntervalSince(now)))
        }
    }

    private static func track(in request: Request) -> Track? {
        request.uri.queryParameters.get("track").flatMap { Track(rawValue: String($0)) }
    }

    /// A bank question or a card made from one of the candidate's stories.
    private func question(_ context: some RequestContext) async throws -> Question {
        let id = try context.parameters.require("id")
        var found = dependencies.catalog.question(id: id)
        if found == nil, id.hasPrefix(StoryCards.idPrefix) {
            found = try await dependencies.planning.drillQuestions(at: dependencies.clock()).first { $0.id == id }
        }
        guard let question = found else {
            throw HTTPError(.notFound, message: "There is no question \(id).")
        }
        return question
    }

    private func next(track: Track?) async throws -> Next {
        let now = dependencies.clock()
        let filter = DrillFilter(tracks: Set([track].compactMap { $0 }))
        // The bank plus a "which story?" card for each question the candidate's own stories answer.
        let questions = try await dependencies.planning.drillQuestions(at: now)
        let queue = try await dependencies.reviews.todaysQueue(from: questions, filter: filter,
                                                               newPerDay: dependencies.newPerDay, now: now)
        let admitted = queue.filter { filter.admits($0.question) }
        var entry = admitted.first
        var nextDue = try await dependencies.reviews.nextDue(after: now)
        if entry == nil, let due = nextDue, due.timeIntervalSince(now) <= learnAhead {
            // Only a learning step is left, minutes away: show it now instead of ending the session.
            let soon = try await dependencies.reviews.dueCards(at: due, limit: 50)
            let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            entry = soon.compactMap { byID[$0.itemID] }.first(where: filter.admits).map { DrillEntry(question: $0, isNew: false) }
        }
        if entry != nil { nextDue = nil }
        let markdown = MarkdownParser()
        let card = entry.map { entry in
            Card(id: entry.question.id, title: entry.question.title, track: entry.question.track.rawValue,
                 trackName: entry.question.track.displayName, difficulty: entry.question.difficulty.rawValue,
                 isNew: entry.isNew, promptHTML: markdown.html(from: entry.question.prompt))
        }
        return Next(due: admitted.filter { !$0.isNew }.count, new: admitted.filter(\.isNew).count, card: card, nextDue: nextDue)
    }

    private func reveal(_ question: Question, typed: String) async throws -> Reveal {
        let now = dependencies.clock()
        let typedSomething = !typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        let coverage = typedSomething ? matcher.coverage(of: typed, against: question.keyPoints) : nil
        let coveredPoints = Set((coverage?.covered ?? []).map(\.point))
        let current = try await dependencies.reviews.currentCard(for: question.id, now: now)
        let choices = FSRSRating.allCases.map { rating in
            let next = current.scheduled(rating, at: now, scheduler: scheduler)
            return Choice(rating: rating.rawValue, name: rating.name,
                          interval: IntervalText.describe(next.due.timeIntervalSince(now)),
                          suggested: coverage?.suggestedRating == rating)
        }
        return Reveal(
            answerHTML: MarkdownParser().html(from: question.answer),
            keyPoints: question.keyPoints.map { point in
                Reveal.Point(point: point.point, covered: coverage == nil ? nil : coveredPoints.contains(point.point))
            },
            coverage: coverage?.fraction, choices: choices)
    }
}
