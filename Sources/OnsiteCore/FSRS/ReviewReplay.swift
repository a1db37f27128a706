import Foundation

/// One review to replay: which card, the rating (1 again … 4 easy) and when, as ISO-8601 UTC.
///
/// The rating and time stay raw here so that a bad value is reported with its position in the file, by
/// `ReviewReplay.replay`, instead of failing somewhere inside `JSONDecoder`.
public struct ReplayInput: Sendable, Equatable, Codable {
    public var card: String
    public var rating: Int
    public var reviewedAt: String

    public init(card: String, rating: Int, reviewedAt: String) {
        self.card = card
        self.rating = rating
        self.reviewedAt = reviewedAt
    }

    enum CodingKeys: String, CodingKey {
        case card, rating
        case reviewedAt = "reviewed_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        card = try container.decode(String.self, forKey: .card)
        reviewedAt = try container.decode(String.self, forKey: .reviewedAt)
        if let whole = try? container.decode(Int.self, forKey: .rating) {
            rating = whole
        } else if let number = try? container.decode(Double.self, forKey: .rating) {
            // Foundation reports a fractional number for an Int without saying where; say where.
            throw DecodingError.dataCorruptedError(
                forKey: .rating, in: container, debugDescription: "\(number) is not 1 (again) to 4 (easy)")
        } else {
            rating = try container.decode(Int.self, forKey: .rating)
        }
    }
}

/// A card's scheduling state right after one replayed review.
public struct ReplayOutput: Sendable, Equatable, Codable {
    public var card: String
    public var rating: Int
    /// The review time, normalised to the `UTCTimestamp` form (`Z`, a fraction only when there is one).
    public var reviewedAt: String
    public var state: FSRSCardState
    /// The learning or relearning step; `null` in the JSON while in review.
    public var step: Int?
    public var stability: Double
    public var difficulty: Double
    public var due: String

    public init(
        card: String, rating: Int, reviewedAt: String, state: FSRSCardState, step: Int?, stability: Double,
        difficulty: Double, due: String
    ) {
        self.card = card
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
    }

    enum CodingKeys: String, CodingKey {
        case card, rating
        case reviewedAt = "reviewed_at"
        case state, step, stability, difficulty, due
    }

    /// Written by hand only so that a missing step is `"step": null` rather than an absent key: every output
    /// object has the same fields.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(card, forKey: .card)
        try container.encode(rating, forKey: .rating)
        try container.encode(reviewedAt, forKey: .reviewedAt)
        try container.encode(state, forKey: .state)
        try container.encode(step, forKey: .step)
        try container.encode(stability, forKey: .stability)
        try container.encode(difficulty, forKey: .difficulty)
        try container.encode(due, forKey: .due)
    }
}

/// Why a replay was refused. Review problems name the array index and the field.
public enum ReplayError: Error, Equatable, CustomStringConvertible {
    /// The file is not JSON, or not an array of objects.
    case malformedJSON(String)
    /// `field` is the JSON key (`card`, `rating`, `reviewed_at`), or empty when the element is not an object.
    case invalidReview(index: Int, field: String, problem: String)
    case invalidDesiredRetention(Double)

    public var description: String {
        switch self {
        case .malformedJSON(let detail): "not a JSON array of reviews: \(detail)"
        case .invalidReview(let index, let field, let problem):
            field.isEmpty ? "review [\(index)]: \(problem)" : "review [\(index)] \(field): \(problem)"
        case .invalidDesiredRetention(let value): "desired retention \(value) must be between 0 and 1 (exclusive)"
        }
    }
}

/// Replays a log of reviews through FSRS-6 (default weights, no fuzz) and reports each card's state after every
/// review: the engine behind `onsite reviews replay FILE --json`.
///
/// Cards are independent; a card id seen for the first time starts as a new card at that review. Pure: the same
/// log always gives the same output.
public enum ReviewReplay {
    public static func replay(_ reviews: [ReplayInput], desiredRetention: Double = 0.9) throws(ReplayError)
        -> [ReplayOutput]
    {
        let parameters: FSRSParameters
        do {
            parameters = try FSRSParameters(desiredRetention: desiredRetention, enableFuzzing: false)
        } catch {
            throw .invalidDesiredRetention(desiredRetention)
        }
        let scheduler = FSRSScheduler(parameters: parameters)

        /// Each card's state, its last review on the exact clock, and where that review is in the input.
        var cards: [String: (card: FSRSCard, lastReview: UTCTimestamp, index: Int)] = [:]
        var outputs: [ReplayOutput] = []
        outputs.reserveCapacity(reviews.count)
        for (index, review) in reviews.enumerated() {
            guard !review.card.isEmpty else {
                throw .invalidReview(index: index, field: "card", problem: "is empty; expected a card id")
            }
            guard let rating = FSRSRating(rawValue: review.rating) else {
                throw .invalidReview(
                    index: index, field: "rating", problem: "\(review.rating) is not 1 (again) to 4 (easy)")
            }
            guard let reviewedAt = UTCTimestamp(iso8601: review.reviewedAt) else {
                throw .invalidReview(
                    index: index, field: "reviewed_at",
                    problem: "\"\(review.reviewedAt)\" is not an ISO-8601 UTC time like 2026-12-04T10:00:00Z")
            }
            let previous = cards[review.card]
            if let previous, reviewedAt < previous.lastReview {
                throw .invalidReview(
                    index: index, field: "reviewed_at",
                    problem: "\(review.reviewedAt) is before review [\(previous.index)] of card \"\(review.card)\""
                        + " at \(previous.lastReview); a card's reviews must be in time order")
            }

            let (card, due) = scheduler.review(
                previous?.card ?? FSRSCard(due: reviewedAt.date), rating: rating, at: reviewedAt,
                lastReview: previous?.lastReview)
            cards[review.card] = (card, reviewedAt, index)
            // Every reviewed card has both; the fallbacks only keep this total.
            outputs.append(ReplayOutput(
                card: review.card, rating: review.rating, reviewedAt: reviewedAt.iso8601, state: card.state,
                step: card.step, stability: card.stability ?? .nan, difficulty: card.difficulty ?? .nan,
                due: due.iso8601))
        }
        return outputs
    }

    /// Decodes a replay file, turning `JSONDecoder`'s errors into ones that name the review and field.
    public static func decode(_ data: Data) throws(ReplayError) -> [ReplayInput] {
        do {
            return try JSONDecoder().decode([ReplayInput].self, from: data)
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw .malformedJSON(String(describing: error))
        }
    }

    /// Decodes, replays and encodes in one step, as the command line needs.
    public static func replay(json data: Data, desiredRetention: Double = 0.9) throws(ReplayError) -> Data {
        let outputs = try replay(decode(data), desiredRetention: desiredRetention)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(outputs)
        } catch {
            // Unreachable: every output is finite numbers and strings.
            throw .malformedJSON("could not encode the result: \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> ReplayError {
        func located(_ path: [any CodingKey], missingKey: (any CodingKey)? = nil, _ problem: String) -> ReplayError {
            let fullPath = path + (missingKey.map { [$0] } ?? [])
            guard let index = fullPath.first?.intValue else { return .malformedJSON(problem) }
            // An empty field means the element itself is wrong (not an object).
            let field = fullPath.dropFirst().first?.stringValue ?? ""
            return .invalidReview(index: index, field: field, problem: problem)
        }
        switch error {
        case .keyNotFound(let key, let context):
            return located(context.codingPath, missingKey: key, "is missing")
        case .valueNotFound(let type, let context):
            return located(context.codingPath, "is null; expected \(kind(of: type))")
        case .typeMismatch(let type, let context):
            if context.codingPath.isEmpty { return .malformedJSON("the top level is not an array") }
            return located(context.codingPath, "expected \(kind(of: type))")
        case .dataCorrupted(let context):
            return located(context.codingPath, context.debugDescription)
        @unknown default:
            return .malformedJSON(String(describing: error))
        }
    }

    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        default:
            // Foundation names the containers it wanted as Array<Any> and Dictionary<String, Any>.
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array of reviews" }
            if name.hasPrefix("Dictionary") { return "an object with card, rating and reviewed_at" }
            return name
        }
    }
}
