import Foundation
import GRDB
import OnsiteCore
import OnsiteStorage

/// `StoryStore` over the local SQLite database: one row of JSON per story.
public struct SQLiteStoryStore: StoryStore {
    private let database: AppDatabase
    private let userID: String

    public init(database: AppDatabase, userID: String = SQLiteProgressStore.localUser) {
        self.database = database
        self.userID = userID
    }

    public func stories() async throws(StorageError) -> [STARStory] {
        let userID = userID
        return try await database.perform("read the story bank") {
            try await database.writer.read { db in
                try String.fetchAll(db, sql: "SELECT json FROM story WHERE user_id = ? ORDER BY created_at, id", arguments: [userID])
                    .compactMap { JSONColumn.decode(STARStory.self, from: $0) }
            }
        }
    }

    public func story(id: String) async throws(StorageError) -> STARStory? {
        let userID = userID
        return try await database.perform("read a story") {
            try await database.writer.read { db in
                try String.fetchOne(db, sql: "SELECT json FROM story WHERE user_id = ? AND id = ?", arguments: [userID, id])
                    .flatMap { JSONColumn.decode(STARStory.self, from: $0) }
            }
        }
    }

    public func save(_ story: STARStory) async throws(StorageError) {
        let userID = userID
        let json: String
        do {
            json = try JSONColumn.encode(story)
        } catch {
            throw StorageError(.operationFailed, "could not encode the story", cause: error)
        }
        try await database.perform("save the story") {
            try await database.writer.write { db in
                // An edit keeps the story's place in the list: created_at is written once.
                try db.execute(sql: """
                    INSERT INTO story (user_id, id, created_at, json) VALUES (?, ?, ?, ?)
                    ON CONFLICT (user_id, id) DO UPDATE SET json = excluded.json
                    """, arguments: [userID, story.id, story.updatedAt.timeIntervalSince1970, json])
            }
        }
    }

    public func delete(id: String) async throws(StorageError) -> Bool {
        let userID = userID
        return try await database.perform("delete the story") {
            try await database.writer.write { db in
                try db.execute(sql: "DELETE FROM story WHERE user_id = ? AND id = ?", arguments: [userID, id])
                return db.changesCount > 0
            }
        }
    }

    public func seedSampleIfNeeded(_ sample: STARStory) async throws(StorageError) {
        let userID = userID
        let json: String
        do {
            json = try JSONColumn.encode(sample)
        } catch {
            throw StorageError(.operationFailed, "could not encode the sample story", cause: error)
        }
        try await database.perform("add the sample story") {
            // Asked on every read of the bank and every dashboard render: only the first one needs a write.
            let seeded = try await database.writer.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM story_seed WHERE user_id = ?)", arguments: [userID]) ?? false
            }
            guard !seeded else { return }
            try await database.writer.write { db in
                try db.execute(sql: "INSERT INTO story_seed (user_id, seeded_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                               arguments: [userID, sample.updatedAt.timeIntervalSince1970])
                guard db.changesCount > 0 else { return }
                try db.execute(sql: "INSERT OR IGNORE INTO story (user_id, id, created_at, json) VALUES (?, ?, ?, ?)",
                               arguments: [userID, sample.id, sample.updatedAt.timeIntervalSince1970, json])
            }
        }
    }
}
