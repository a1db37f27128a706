import Foundation
import GRDB
import OnsiteCore
import OnsiteStorage

/// `LabProgressStore` over the local SQLite database: a row per lab, the first time it passed.
public struct SQLiteLabProgressStore: LabProgressStore {
    private let database: AppDatabase
    private let userID: String

    public init(database: AppDatabase, userID: String = SQLiteProgressStore.localUser) {
        self.database = database
        self.userID = userID
    }

    public func recordPass(of labID: String, at date: Date) async throws(StorageError) {
        let userID = userID
        try await database.perform("record the lab pass") {
            try await database.writer.write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO lab_pass (user_id, lab_id, passed_at) VALUES (?, ?, ?)",
                               arguments: [userID, labID, date.timeIntervalSince1970])
            }
        }
    }

    public func passedLabs() async throws(StorageError) -> [String: Date] {
        let userID = userID
        return try await database.perform("read the lab passes") {
            try await database.writer.read { db in
                var passes: [String: Date] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT lab_id, passed_at FROM lab_pass WHERE user_id = ?", arguments: [userID]) {
                    passes[row["lab_id"]] = Date(timeIntervalSince1970: row["passed_at"])
                }
                return passes
            }
        }
    }
}
