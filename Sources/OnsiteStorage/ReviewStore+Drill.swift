import Foundation
import OnsiteCore

/// The drill's operations over any review store: the same for the CLI and the web app, whichever backend.
extension ReviewStore {
    /// Today's queue for `questions` (the bank): due cards first, then unseen items up to what is left of
    /// `newPerDay` for the local day containing `now`.
    public func todaysQueue(from questions: [Question], filter: DrillFilter, newPerDay: Int, now: Date,
                            calendar: Calendar = .current, maximumReviews: Int = 1_000) async throws(StorageError) -> [DrillEntry] {
        // Positions in the bank rather than questions: a Question is a large value, and copying the whole bank
        // several times over was most of what the dashboard and /api/today cost.
        let positionByID = Dictionary(questions.indices.map { (questions[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        // Cards of items that left the bank stay stored (history is kept) but are not shown.
        let due = try await dueCards(at: now, limit: maximumReviews).compactMap { positionByID[$0.itemID] }
            .filter { filter.admits(questions[$0]) }
        let candidates = questions.indices.filter { filter.admits(questions[$0]) }
        let existing = try await existingCards(among: candidates.map { questions[$0].id })
        let unseen = candidates.filter { !existing.contains(questions[$0].id) }
        let day = DrillDay(containing: now, calendar: calendar)
        let introduced = try await introducedCount(from: day.start, to: day.end)
        let track = { (position: Int) in questions[position].track }
        let reviews = DrillQueue.interleaved(due, track: track).map { DrillEntry(question: questions[$0], isNew: false) }
        let fresh = DrillQueue.interleaved(unseen, track: track).prefix(max(0, newPerDay - introduced))
            .map { DrillEntry(question: questions[$0], isNew: true) }
        return reviews + fresh
    }

    /// The card an item has now, or a new one (due immediately) if it was never drilled.
    public func currentCard(for itemID: String, now: Date) async throws(StorageError) -> ReviewCard {
        try await card(for: itemID) ?? ReviewCard(itemID: itemID, card: FSRSCard(due: now), introducedAt: now)
    }

    /// Applies a rating and commits it at once, card and log together.
    @discardableResult
    public func rate(_ itemID: String, _ rating: FSRSRating, coverage: Double? = nil, at now: Date,
                     scheduler: FSRSScheduler) async throws(StorageError) -> ReviewCard {
        var card = try await currentCard(for: itemID, now: now)
        let wasInReview = card.card.state == .review
        card.card = card.scheduled(rating, at: now, scheduler: scheduler)
        card.reviewCount += 1
        if wasInReview && rating == .again { card.lapseCount += 1 }
        try await record(ReviewLogEntry(itemID: itemID, rating: rating, reviewedAt: now, coverage: coverage, cardAfter: card.card),
                         card: card)
        return card
    }
}

extension ReviewCard {
    /// The card after `rating` at `now`. Interval fuzz (when the parameters enable it) is drawn from a generator
    /// seeded by the item and its review count, so the interval previewed on a rating button is the one applied.
    public func scheduled(_ rating: FSRSRating, at now: Date, scheduler: FSRSScheduler) -> FSRSCard {
        var generator = SplitMix64(seed: fuzzSeed)
        return scheduler.review(card, rating: rating, at: now, using: &generator)
    }

    /// FNV-1a over the item id and the review count: stable across runs, unlike Swift's seeded `Hasher`.
    var fuzzSeed: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(itemID.utf8) + withUnsafeBytes(of: UInt64(reviewCount).littleEndian, Array.init) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// The local calendar day that a moment falls in, as a half-open range.
public struct DrillDay: Sendable, Equatable {
    public var start: Date
    public var end: Date

    public init(containing date: Date, calendar: Calendar = .current) {
        start = calendar.startOfDay(for: date)
        end = calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
    }
}
