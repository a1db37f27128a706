import Foundation
import GRDB
import OnsiteCore
import OnsiteStorage

/// `PlanStore` over the local SQLite database: the plan as one row of JSON.
public struct SQLitePlanStore: PlanStore {
    private let database: AppDatabase
    private let userID: String

    public init(database: AppDatabase, userID: String = SQLiteProgressStore.localUser) {
        self.database = database
        self.userID = userID
    }

    public func plan() async throws(StorageError) -> StudyPlan? {
        let userID = userID
        return try await database.perform("read the study plan") {
            try await database.writer.read { db in
                try String.fetchOne(db, sql: "SELECT json FROM study_plan WHERE user_id = ?", arguments: [userID])
                    .flatMap { JSONColumn.decode(StudyPlan.self, from: $0) }
            }
        }
    }

    public func save(_ plan: StudyPlan) async throws(StorageError) {
        let userID = userID
        let json: String
        do {
            json = try JSONColumn.encode(plan)
        } catch {
            throw StorageError(.operationFailed, "could not encode the study plan", cause: error)
        }
        try await database.perform("save the study plan") {
            try await database.writer.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO study_plan (user_id, updated_at, json) VALUES (?, ?, ?)",
                               arguments: [userID, Date().timeIntervalSince1970, json])
            }
        }
    }

    public func deletePlan() async throws(StorageError) {
        let userID = userID
        try await database.perform("delete the study plan") {
            try await database.writer.write { db in
                try db.execute(sql: "DELETE FROM study_plan WHERE user_id = ?", arguments: [userID])
            }
        }
    }
}
