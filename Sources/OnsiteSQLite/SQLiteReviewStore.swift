import Foundation
import GRDB
import OnsiteCore
import OnsiteStorage

/// `ReviewStore` over the local SQLite database, for one user. Dates are stored as seconds since 1970 (REAL), so
/// the due index serves range queries directly.
public struct SQLiteReviewStore: ReviewStore {
    let database: AppDatabase
    let userID: String

    public init(database: AppDatabase, userID: String = SQLiteProgressStore.localUser) {
        self.database = database
        self.userID = userID
    }

    public func record(_ entry: ReviewLogEntry, card: ReviewCard) async throws(StorageError) {
        let userID = userID
        try await database.perform("save the review") {
            try await database.writer.write { db in
                try CardRow(userID: userID, card: card).save(db)
                var log = ReviewLogRow(userID: userID, entry: entry)
                try log.insert(db)
            }
        }
    }

    public func card(for itemID: String) async throws(StorageError) -> ReviewCard? {
        let userID = userID
        return try await database.perform("read a card") {
            try await database.writer.read { db in
                try CardRow.filter(CardRow.Columns.userID == userID && CardRow.Columns.itemID == itemID).fetchOne(db)?.card
            }
        }
    }

    public func dueCards(at date: Date, limit: Int) async throws(StorageError) -> [ReviewCard] {
        let userID = userID
        return try await database.perform("read due cards") {
            try await database.writer.read { db in
                try CardRow.filter(CardRow.Columns.userID == userID && CardRow.Columns.due <= date.timeIntervalSince1970)
                    .order(CardRow.Columns.due).limit(limit).fetchAll(db).compactMap(\.card)
            }
        }
    }

    public func existingCards(among itemIDs: [String]) async throws(StorageError) -> Set<String> {
        let userID = userID
        return try await database.perform("read cards") {
            try await database.writer.read { db in
                // All of the user's cards, then the intersection here: one small cached statement, where an IN
                // list of the whole bank cost more to build and compile than to run. A user has at most one card
                // per item they ever drilled.
                let stored = try CardRow.filter(CardRow.Columns.userID == userID)
                    .select(CardRow.Columns.itemID, as: String.self).fetchSet(db)
                return stored.intersection(itemIDs)
            }
        }
    }

    public func introducedCount(from start: Date, to end: Date) async throws(StorageError) -> Int {
        let userID = userID
        return try await database.perform("count new cards") {
            try await database.writer.read { db in
                try CardRow.filter(CardRow.Columns.userID == userID
                                   && CardRow.Columns.introducedAt >= start.timeIntervalSince1970
                                   && CardRow.Columns.introducedAt < end.timeIntervalSince1970).fetchCount(db)
            }
        }
    }

    public func reviewCount(from start: Date, to end: Date) async throws(StorageError) -> Int {
        let userID = userID
        return try await database.perform("count reviews") {
            try await database.writer.read { db in
                try ReviewLogRow.filter(ReviewLogRow.Columns.userID == userID
                                        && ReviewLogRow.Columns.reviewedAt >= start.timeIntervalSince1970
                                        && ReviewLogRow.Columns.reviewedAt < end.timeIntervalSince1970).fetchCount(db)
            }
        }
    }

    public func nextDue(after date: Date) async throws(StorageError) -> Date? {
        let userID = userID
        return try await database.perform("read the next due card") {
            try await database.writer.read { db in
                try Double.fetchOne(db, CardRow.filter(CardRow.Columns.userID == userID && CardRow.Columns.due > date.timeIntervalSince1970)
                    .select(min(CardRow.Columns.due), as: Double.self)).map { Date(timeIntervalSince1970: $0) }
            }
        }
    }

    public func log(for itemID: String) async throws(StorageError) -> [ReviewLogEntry] {
        let userID = userID
        return try await database.perform("read the review log") {
            try await database.writer.read { db in
                try ReviewLogRow.filter(ReviewLogRow.Columns.userID == userID && ReviewLogRow.Columns.itemID == itemID)
                    .order(ReviewLogRow.Columns.reviewedAt, ReviewLogRow.Columns.id).fetchAll(db).compactMap(\.entry)
            }
        }
    }

    public func allCards() async throws(StorageError) -> [ReviewCard] {
        let userID = userID
        return try await database.perform("read cards") {
            try await database.writer.read { db in
                try CardRow.filter(CardRow.Columns.userID == userID).fetchAll(db).compactMap(\.card)
            }
        }
    }
}

extension SQLiteReviewStore {
    public func bringForward(_ itemIDs: [String], to date: Date) async throws(StorageError) {
        let userID = userID
        try await database.perform("bring items forward in the drill") {
            try await database.writer.write { db in
                for itemID in itemIDs {
                    let stored = try CardRow.filter(CardRow.Columns.userID == userID && CardRow.Columns.itemID == itemID)
                        .fetchOne(db)
                    var card = stored?.card ?? ReviewCard(itemID: itemID, card: FSRSCard(due: date), introducedAt: date)
                    if card.card.due <= date, stored != nil { continue }
                    card.card.due = min(card.card.due, date)
                    try CardRow(userID: userID, card: card).save(db)
                }
            }
        }
    }
}

/// One row of `review_card`.
struct CardRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "review_card"

    var userID: String
    var itemID: String
    var state: String
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var due: Double
    var lastReview: Double?
    var introducedAt: Double
    var reviewCount: Int
    var lapseCount: Int

    enum CodingKeys: String, CodingKey {
        case userID = "user_id", itemID = "item_id", state, step, stability, difficulty, due, lastReview = "last_review"
        case introducedAt = "introduced_at", reviewCount = "review_count", lapseCount = "lapse_count"
    }

    enum Columns {
        static let userID = Column(CodingKeys.userID)
        static let itemID = Column(CodingKeys.itemID)
        static let due = Column(CodingKeys.due)
        static let introducedAt = Column(CodingKeys.introducedAt)
    }

    init(userID: String, card: ReviewCard) {
        self.userID = userID
        itemID = card.itemID
        state = card.card.state.rawValue
        step = card.card.step
        stability = card.card.stability
        difficulty = card.card.difficulty
        due = card.card.due.timeIntervalSince1970
        lastReview = card.card.lastReview?.timeIntervalSince1970
        introducedAt = card.introducedAt.timeIntervalSince1970
        reviewCount = card.reviewCount
        lapseCount = card.lapseCount
    }

    /// `nil` for a state this build does not know (written by a newer Onsite).
    var card: ReviewCard? {
        FSRSCardState(rawValue: state).map {
            ReviewCard(itemID: itemID,
                       card: FSRSCard(state: $0, step: step, stability: stability, difficulty: difficulty,
                                      due: Date(timeIntervalSince1970: due),
                                      lastReview: lastReview.map { Date(timeIntervalSince1970: $0) }),
                       introducedAt: Date(timeIntervalSince1970: introducedAt), reviewCount: reviewCount,
                       lapseCount: lapseCount)
        }
    }
}

/// One row of `review_log`.
struct ReviewLogRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review_log"

    var id: Int64?
    var userID: String
    var itemID: String
    var rating: Int
    var reviewedAt: Double
    var coverage: Double?
    var state: String
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var due: Double

    enum CodingKeys: String, CodingKey {
        case id, userID = "user_id", itemID = "item_id", rating, reviewedAt = "reviewed_at", coverage, state, step
        case stability, difficulty, due
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let userID = Column(CodingKeys.userID)
        static let itemID = Column(CodingKeys.itemID)
        static let reviewedAt = Column(CodingKeys.reviewedAt)
    }

    init(userID: String, entry: ReviewLogEntry) {
        self.userID = userID
        itemID = entry.itemID
        rating = entry.rating.rawValue
        reviewedAt = entry.reviewedAt.timeIntervalSince1970
        coverage = entry.coverage
        state = entry.cardAfter.state.rawValue
        step = entry.cardAfter.step
        stability = entry.cardAfter.stability
        difficulty = entry.cardAfter.difficulty
        due = entry.cardAfter.due.timeIntervalSince1970
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var entry: ReviewLogEntry? {
        guard let rating = FSRSRating(rawValue: rating), let state = FSRSCardState(rawValue: state) else { return nil }
        let card = FSRSCard(state: state, step: step, stability: stability, difficulty: difficulty,
                            due: Date(timeIntervalSince1970: due), lastReview: Date(timeIntervalSince1970: reviewedAt))
        return ReviewLogEntry(itemID: itemID, rating: rating, reviewedAt: Date(timeIntervalSince1970: reviewedAt),
                              coverage: coverage, cardAfter: card)
    }
}

extension SQLiteReviewStore: ReviewHistoryReading {
    public func reviewMoments() async throws(StorageError) -> [ReviewMoment] {
        let userID = userID
        return try await database.perform("read the review history") {
            try await database.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT item_id, reviewed_at FROM review_log WHERE user_id = ? ORDER BY reviewed_at, id",
                                 arguments: [userID])
                    .map { row in ReviewMoment(itemID: row[0], reviewedAt: Date(timeIntervalSince1970: row[1])) }
            }
        }
    }
}
