import Foundation
import GRDB
import OnsiteCore
import OnsiteStorage

/// `ChecklistStore` over the local SQLite database: a row per box ticked by hand.
public struct SQLiteChecklistStore: ChecklistStore {
    private let database: AppDatabase
    private let userID: String

    public init(database: AppDatabase, userID: String = SQLiteProgressStore.localUser) {
        self.database = database
        self.userID = userID
    }

    public func tickedItems() async throws(StorageError) -> Set<String> {
        let userID = userID
        return try await database.perform("read the checklist") {
            try await database.writer.read { db in
                Set(try String.fetchAll(db, sql: "SELECT item_id FROM checklist_tick WHERE user_id = ?", arguments: [userID]))
            }
        }
    }

    public func setTicked(_ itemID: String, _ ticked: Bool, at date: Date) async throws(StorageError) {
        let userID = userID
        try await database.perform("update the checklist") {
            try await database.writer.write { db in
                if ticked {
                    try db.execute(sql: "INSERT OR IGNORE INTO checklist_tick (user_id, item_id, ticked_at) VALUES (?, ?, ?)",
                                   arguments: [userID, itemID, date.timeIntervalSince1970])
                } else {
                    try db.execute(sql: "DELETE FROM checklist_tick WHERE user_id = ? AND item_id = ?", arguments: [userID, itemID])
                }
            }
        }
    }
}
