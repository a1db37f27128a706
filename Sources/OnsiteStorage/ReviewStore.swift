import Foundation
import OnsiteCore

/// One bank item's spaced-repetition card, as the drill keeps it.
public struct ReviewCard: Sendable, Equatable {
    public var itemID: String
    public var card: FSRSCard
    /// When the item was first drilled: the daily limit on new items counts these.
    public var introducedAt: Date
    public var reviewCount: Int
    public var lapseCount: Int

    public init(itemID: String, card: FSRSCard, introducedAt: Date, reviewCount: Int = 0, lapseCount: Int = 0) {
        self.itemID = itemID
        self.card = card
        self.introducedAt = introducedAt
        self.reviewCount = reviewCount
        self.lapseCount = lapseCount
    }
}

/// One rating, with the card as the scheduler left it: the history that a replay or a re-fit starts from.
public struct ReviewLogEntry: Sendable, Equatable {
    public var itemID: String
    public var rating: FSRSRating
    public var reviewedAt: Date
    /// Coverage of the typed answer's key points (0...1), when the user typed one.
    public var coverage: Double?
    public var cardAfter: FSRSCard

    public init(itemID: String, rating: FSRSRating, reviewedAt: Date, coverage: Double? = nil, cardAfter: FSRSCard) {
        self.itemID = itemID
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.coverage = coverage
        self.cardAfter = cardAfter
    }
}

/// Cards and review history for one user. `record` is atomic: the card and its log entry are written together
/// or not at all, so a process killed between two ratings loses nothing that was confirmed.
public protocol ReviewStore: Sendable {
    func record(_ entry: ReviewLogEntry, card: ReviewCard) async throws(StorageError)
    func card(for itemID: String) async throws(StorageError) -> ReviewCard?
    /// Cards due at or before `date`, earliest first, at most `limit`.
    func dueCards(at date: Date, limit: Int) async throws(StorageError) -> [ReviewCard]
    /// Which of `itemIDs` already have a card.
    func existingCards(among itemIDs: [String]) async throws(StorageError) -> Set<String>
    /// Cards introduced in `[start, end)`: the new items already taken from today's allowance.
    func introducedCount(from start: Date, to end: Date) async throws(StorageError) -> Int
    /// Ratings made in `[start, end)`.
    func reviewCount(from start: Date, to end: Date) async throws(StorageError) -> Int
    /// The earliest due date after `date`, if any card is scheduled.
    func nextDue(after date: Date) async throws(StorageError) -> Date?
    /// Every log entry for one item, oldest first.
    func log(for itemID: String) async throws(StorageError) -> [ReviewLogEntry]
    /// Every card: for readiness and statistics.
    func allCards() async throws(StorageError) -> [ReviewCard]
    /// Makes each item due at `date` at the latest, creating a new card for an item never drilled, all in one
    /// transaction: a mock pushes the items it found weak to the front of the drill this way. Scheduling state is
    /// kept, so the next rating still builds on the item's history.
    func bringForward(_ itemIDs: [String], to date: Date) async throws(StorageError)
}

/// One rating's item and time: what the plan and the checklists need from the review log, without the cards.
public struct ReviewMoment: Sendable, Equatable {
    public var itemID: String
    public var reviewedAt: Date

    public init(itemID: String, reviewedAt: Date) {
        self.itemID = itemID
        self.reviewedAt = reviewedAt
    }
}

/// Read the whole review log as moments, oldest first.
public protocol ReviewHistoryReading: Sendable {
    func reviewMoments() async throws(StorageError) -> [ReviewMoment]
}
