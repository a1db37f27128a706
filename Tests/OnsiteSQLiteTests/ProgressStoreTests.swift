import Foundation
import GRDB
import OnsiteSQLite
import OnsiteStorage
import OnsiteTestSupport
import Testing

@Suite("SQLite progress store")
struct ProgressStoreTests {
    @Test("write, close, reopen: nothing is lost")
    func survivesReopen() async throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("nested/onsite.sqlite")
        let seenAt = Date(timeIntervalSince1970: 1_790_000_000)
        do {
            let store = SQLiteProgressStore(database: try AppDatabase.openFile(at: file))
            try await store.markSeen("py-gil", at: seenAt)
            try await store.setStarred(true, for: "py-gil")
            try await store.setNote("mention free-threaded builds", for: "py-gil")
            try await store.setStarred(true, for: "sql-join-types")
        }
        // The first pool is gone; a new one reads the file from scratch.
        let reopened = SQLiteProgressStore(database: try AppDatabase.openFile(at: file))
        let gil = try #require(try await reopened.progress(for: "py-gil"))
        #expect(gil.seenCount == 1)
        #expect(gil.lastSeenAt == seenAt)
        #expect(gil.starred)
        #expect(gil.note == "mention free-threaded builds")
        #expect(try await reopened.allProgress().map(\.itemID) == ["py-gil", "sql-join-types"])
    }

    @Test("the database file is in WAL mode")
    func walMode() throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("onsite.sqlite")
        _ = try AppDatabase.openFile(at: file)
        let queue = try DatabaseQueue(path: file.path)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test("migrations run on an empty database and again on a migrated one without change")
    func migrationsAreIdempotent() async throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("onsite.sqlite")
        let first = try AppDatabase.openFile(at: file)
        let applied = try first.appliedMigrations()
        #expect(applied == ["v1-item-progress", "v2-attempts", "v3-reviews", "v4-mock-reports", "v5-plan-stories-checklists", "v6-lab-passes"])
        try await SQLiteProgressStore(database: first).setStarred(true, for: "aws-s3-consistency")

        let second = try AppDatabase.openFile(at: file)
        #expect(try second.appliedMigrations() == applied)
        #expect(try await SQLiteProgressStore(database: second).progress(for: "aws-s3-consistency")?.starred == true)
    }

    @Test("a database migrated by a newer Onsite is refused, not misread")
    func refusesNewerSchema() throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("onsite.sqlite")
        _ = try AppDatabase.openFile(at: file)
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        #expect {
            _ = try AppDatabase.openFile(at: file)
        } throws: { error in
            (error as? StorageError)?.code == .incompatibleSchema
        }
    }

    @Test("a file that is not a database gives a storage error, not a crash")
    func notADatabase() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(String(repeating: "not sqlite ", count: 200), to: "onsite.sqlite")
        #expect {
            _ = try AppDatabase.openFile(at: file)
        } throws: { error in
            error is StorageError
        }
    }

    @Test("concurrent writers never lose each other's updates")
    func concurrentWrites() async throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteProgressStore(
            database: try AppDatabase.openFile(at: directory.url.appendingPathComponent("onsite.sqlite")))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<40 {
                group.addTask { try await store.markSeen("sql-where-vs-having", at: Date()) }
            }
            try await group.waitForAll()
        }
        #expect(try await store.progress(for: "sql-where-vs-having")?.seenCount == 40)
    }

    @Test("an empty note removes the note; unstarring keeps the rest")
    func clearing() async throws {
        let store = SQLiteProgressStore(database: try AppDatabase.inMemory())
        try await store.setNote("keep", for: "py-gil")
        try await store.setStarred(true, for: "py-gil")
        try await store.setNote("   ", for: "py-gil")
        try await store.setStarred(false, for: "py-gil")
        let progress = try #require(try await store.progress(for: "py-gil"))
        #expect(progress.note == nil)
        #expect(!progress.starred)
        #expect(try await store.progress(for: "never-touched") == nil)
    }

    @Test("users sharing a database see only their own progress")
    func scopedByUser() async throws {
        let database = try AppDatabase.inMemory()
        let alice = SQLiteProgressStore(database: database, userID: "alice")
        let bob = SQLiteProgressStore(database: database, userID: "bob")
        try await alice.setStarred(true, for: "py-gil")
        #expect(try await bob.progress(for: "py-gil") == nil)
        #expect(try await alice.allProgress().count == 1)
    }
}
