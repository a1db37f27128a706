import Foundation
import GRDB
import OnsiteStorage

/// `ProgressStore` over the local SQLite database, for one user.
public struct SQLiteProgressStore: ProgressStore {
    /// The single user of a personal install.
    public static let localUser = "local"

    private let database: AppDatabase
    private let userID: String

    public init(database: AppDatabase, userID: String = SQLiteProgressStore.localUser) {
        self.database = database
        self.userID = userID
    }

    public func markSeen(_ itemID: String, at date: Date) async throws(StorageError) {
        try await update(itemID) { record in
            record.seenCount += 1
            record.lastSeenAt = date
        }
    }

    public func setStarred(_ starred: Bool, for itemID: String) async throws(StorageError) {
        try await update(itemID) { $0.starred = starred }
    }

    public func setNote(_ note: String?, for itemID: String) async throws(StorageError) {
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        try await update(itemID) { $0.note = (trimmed?.isEmpty ?? true) ? nil : trimmed }
    }

    public func progress(for itemID: String) async throws(StorageError) -> ItemProgress? {
        let userID = userID
        return try await database.perform("read progress for \(itemID)") {
            try await database.writer.read { db in
                try ItemProgressRecord.fetchOne(db, key: ["user_id": userID, "item_id": itemID])?.progress
            }
        }
    }

    public func allProgress() async throws(StorageError) -> [ItemProgress] {
        let userID = userID
        return try await database.perform("read progress") {
            try await database.writer.read { db in
                try ItemProgressRecord
                    .filter(ItemProgressRecord.Columns.userID == userID)
                    .order(ItemProgressRecord.Columns.itemID)
                    .fetchAll(db)
                    .map(\.progress)
            }
        }
    }

    /// Read-modify-write in one transaction, so concurrent writers never lose each other's changes.
    private func update(_ itemID: String, _ change: @escaping @Sendable (inout ItemProgressRecord) -> Void) async throws(StorageError) {
        let userID = userID
        try await database.perform("save progress for \(itemID)") {
            try await database.writer.write { db in
                var record = try ItemProgressRecord.fetchOne(db, key: ["user_id": userID, "item_id": itemID])
                    ?? ItemProgressRecord(userID: userID, itemID: itemID)
                change(&record)
                record.updatedAt = Date()
                try record.save(db)
            }
        }
    }
}

/// One row of `item_progress`.
struct ItemProgressRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "item_progress"

    var userID: String
    var itemID: String
    var seenCount = 0
    var lastSeenAt: Date?
    var starred = false
    var note: String?
    var updatedAt = Date()

    enum CodingKeys: String, CodingKey {
        case userID = "user_id", itemID = "item_id", seenCount = "seen_count", lastSeenAt = "last_seen_at"
        case starred, note, updatedAt = "updated_at"
    }

    enum Columns {
        static let userID = Column(CodingKeys.userID)
        static let itemID = Column(CodingKeys.itemID)
    }

    var progress: ItemProgress {
        ItemProgress(itemID: itemID, seenCount: seenCount, lastSeenAt: lastSeenAt, starred: starred, note: note)
    }
}
