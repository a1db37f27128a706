import Foundation
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage
import OnsiteTestSupport
import Testing

@Suite("SQLite attempt store")
struct AttemptStoreTests {
    func attempt(_ id: String, _ verdict: Verdict, at seconds: TimeInterval) -> Attempt {
        Attempt(challengeID: id, engine: "sqlite", verdict: verdict, submittedAt: Date(timeIntervalSince1970: seconds),
                milliseconds: 1.5, code: "SELECT 1")
    }

    @Test("attempts survive reopening; solved means at least one accepted attempt")
    func solvedState() async throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("onsite.sqlite")
        do {
            let store = SQLiteAttemptStore(database: try AppDatabase.openFile(at: file))
            try await store.record(attempt("sql-a", .wrongAnswer, at: 100))
            try await store.record(attempt("sql-a", .accepted, at: 200))
            try await store.record(attempt("sql-b", .timeLimit, at: 300))
        }
        let store = SQLiteAttemptStore(database: try AppDatabase.openFile(at: file))
        #expect(try await store.solvedChallengeIDs() == ["sql-a"])
        #expect(try await store.attemptedChallengeIDs() == ["sql-a", "sql-b"])
        #expect(try await store.attempts(for: "sql-a").map(\.verdict) == [.accepted, .wrongAnswer])
    }

    @Test("every migration applies in order on a new database")
    func upgradesV1Database() async throws {
        let database = try AppDatabase.inMemory()
        #expect(try database.appliedMigrations() == ["v1-item-progress", "v2-attempts", "v3-reviews", "v4-mock-reports", "v5-plan-stories-checklists", "v6-lab-passes"])
        let store = SQLiteAttemptStore(database: database)
        try await store.record(attempt("sql-a", .accepted, at: 1))
        #expect(try await store.attempts(for: "sql-a").count == 1)
    }
}
