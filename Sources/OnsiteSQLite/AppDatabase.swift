import Foundation
import GRDB
import OnsiteStorage

/// The local database: one GRDB writer, migrated to the current schema when it is opened.
public final class AppDatabase: Sendable {
    /// Public for benchmarks and tools that fill or inspect the database directly; stores are the normal way in.
    public let writer: any DatabaseWriter

    /// Wraps a writer and migrates it. Use `openFile(at:)` for the app and `inMemory()` in tests.
    public init(_ writer: any DatabaseWriter) throws(StorageError) {
        self.writer = writer
        do {
            try Self.migrator.migrate(writer)
        } catch {
            throw StorageError(.operationFailed, "could not bring the database schema up to date", cause: error)
        }
    }

    /// Opens (creating if needed) the database file in WAL mode, creating its folder too.
    public static func openFile(at url: URL) throws(StorageError) -> AppDatabase {
        let directory = url.deletingLastPathComponent()
        let pool: DatabasePool
        do {
            // Progress is private: a new home folder is readable by its owner only (sandboxed code runs as nobody).
            if !FileManager.default.fileExists(atPath: directory.path) {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            }
            var configuration = Configuration()
            // A second `onsite` process (the CLI while the server runs) waits for a lock instead of failing.
            configuration.busyMode = .timeout(5)
            pool = try DatabasePool(path: url.path, configuration: configuration)
        } catch {
            throw StorageError(.unavailable, "cannot open the progress database at \(url.path)", cause: error)
        }
        let database = try AppDatabase(pool)
        try database.refuseNewerSchema()
        return database
    }

    public static func inMemory() throws(StorageError) -> AppDatabase {
        do {
            return try AppDatabase(DatabaseQueue())
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.unavailable, "cannot create an in-memory database", cause: error)
        }
    }

    /// Migration identifiers applied to this database, oldest first.
    public func appliedMigrations() throws(StorageError) -> [String] {
        do {
            return try writer.read { db in try Self.migrator.appliedIdentifiers(db) }.sorted()
        } catch {
            throw StorageError(.operationFailed, "cannot read the migration history", cause: error)
        }
    }

    /// A database migrated by a newer Onsite may have a shape this build does not understand.
    private func refuseNewerSchema() throws(StorageError) {
        let hasUnknown: Bool
        do {
            hasUnknown = try writer.read { db in try Self.migrator.hasBeenSuperseded(db) }
        } catch {
            throw StorageError(.operationFailed, "cannot read the migration history", cause: error)
        }
        if hasUnknown {
            throw StorageError(.incompatibleSchema,
                               "this progress database was written by a newer Onsite; upgrade Onsite to use it")
        }
    }

    /// Shipped migrations are never edited: add a new one instead.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-item-progress") { db in
            try db.create(table: "item_progress") { table in
                table.column("user_id", .text).notNull()
                table.column("item_id", .text).notNull()
                table.column("seen_count", .integer).notNull().defaults(to: 0)
                table.column("last_seen_at", .datetime)
                table.column("starred", .boolean).notNull().defaults(to: false)
                table.column("note", .text)
                table.column("updated_at", .datetime).notNull()
                table.primaryKey(["user_id", "item_id"])
            }
        }
        migrator.registerMigration("v2-attempts") { db in
            try db.create(table: "attempt") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("user_id", .text).notNull()
                table.column("challenge_id", .text).notNull()
                table.column("engine", .text).notNull()
                table.column("verdict", .text).notNull()
                table.column("submitted_at", .datetime).notNull()
                table.column("milliseconds", .double).notNull()
                table.column("code", .text).notNull()
            }
            try db.create(index: "attempt_by_challenge", on: "attempt", columns: ["user_id", "challenge_id", "submitted_at"])
        }
        migrator.registerMigration("v3-reviews") { db in
            // Times are seconds since 1970 (REAL): the drill's queries are ranges over them.
            try db.create(table: "review_card") { table in
                table.column("user_id", .text).notNull()
                table.column("item_id", .text).notNull()
                table.column("state", .text).notNull()
                table.column("step", .integer)
                table.column("stability", .double)
                table.column("difficulty", .double)
                table.column("due", .double).notNull()
                table.column("last_review", .double)
                table.column("introduced_at", .double).notNull()
                table.column("review_count", .integer).notNull()
                table.column("lapse_count", .integer).notNull()
                table.primaryKey(["user_id", "item_id"])
            }
            try db.create(index: "review_card_by_due", on: "review_card", columns: ["user_id", "due"])
            try db.create(index: "review_card_by_introduction", on: "review_card", columns: ["user_id", "introduced_at"])
            try db.create(table: "review_log") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("user_id", .text).notNull()
                table.column("item_id", .text).notNull()
                table.column("rating", .integer).notNull()
                table.column("reviewed_at", .double).notNull()
                table.column("coverage", .double)
                table.column("state", .text).notNull()
                table.column("step", .integer)
                table.column("stability", .double)
                table.column("difficulty", .double)
                table.column("due", .double).notNull()
            }
            try db.create(index: "review_log_by_item", on: "review_log", columns: ["user_id", "item_id", "reviewed_at"])
            try db.create(index: "review_log_by_time", on: "review_log", columns: ["user_id", "reviewed_at"])
        }
        migrator.registerMigration("v4-mock-reports") { db in
            try db.create(table: "mock_report") { table in
                table.column("user_id", .text).notNull()
                table.column("id", .text).notNull()
                table.column("format", .text).notNull()
                table.column("started_at", .double).notNull()
                table.column("json", .text).notNull()
                table.primaryKey(["user_id", "id"])
            }
        }
        migrator.registerMigration("v5-plan-stories-checklists") { db in
            // Stories are read whole and listed by when they were written; the JSON keeps old rows readable.
            try db.create(table: "story") { table in
                table.column("user_id", .text).notNull()
                table.column("id", .text).notNull()
                table.column("created_at", .double).notNull()
                table.column("json", .text).notNull()
                table.primaryKey(["user_id", "id"])
            }
            // One row once the sample story was offered, so deleting the sample does not bring it back.
            try db.create(table: "story_seed") { table in
                table.column("user_id", .text).primaryKey()
                table.column("seeded_at", .double).notNull()
            }
            try db.create(table: "checklist_tick") { table in
                table.column("user_id", .text).notNull()
                table.column("item_id", .text).notNull()
                table.column("ticked_at", .double).notNull()
                table.primaryKey(["user_id", "item_id"])
            }
            try db.create(table: "study_plan") { table in
                table.column("user_id", .text).primaryKey()
                table.column("updated_at", .double).notNull()
                table.column("json", .text).notNull()
            }
        }
        migrator.registerMigration("v6-lab-passes") { db in
            // The first time each lab passed every check; checklists and readiness count labs, not attempts.
            try db.create(table: "lab_pass") { table in
                table.column("user_id", .text).notNull()
                table.column("lab_id", .text).notNull()
                table.column("passed_at", .double).notNull()
                table.primaryKey(["user_id", "lab_id"])
            }
        }
        return migrator
    }
}

extension AppDatabase {
    /// Runs a store operation, turning any database error into a StorageError that names the action.
    func perform<T: Sendable>(_ action: String, _ body: () async throws -> T) async throws(StorageError) -> T {
        do {
            return try await body()
        } catch {
            throw StorageError(.operationFailed, "could not \(action)", cause: error)
        }
    }
}
