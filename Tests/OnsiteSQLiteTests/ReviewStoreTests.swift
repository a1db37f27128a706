import Foundation
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage
import OnsiteTestSupport
import Testing

@Suite("SQLite review store")
struct ReviewStoreTests {
    let start = Date(timeIntervalSince1970: 1_780_000_000)
    let scheduler = FSRSScheduler()

    @Test("a rating writes the card and its log entry; due, new and count queries see them")
    func ratingsAreStored() async throws {
        let store = SQLiteReviewStore(database: try AppDatabase.inMemory())
        let card = try await store.rate("sql-joins", .easy, coverage: 1, at: start, scheduler: scheduler)
        #expect(card.card.state == .review)
        #expect(card.reviewCount == 1)
        #expect(try await store.card(for: "sql-joins") == card)
        #expect(try await store.log(for: "sql-joins").map(\.rating) == [.easy])
        #expect(try await store.log(for: "sql-joins").first?.coverage == 1)
        #expect(try await store.existingCards(among: ["sql-joins", "py-gil"]) == ["sql-joins"])
        #expect(try await store.dueCards(at: start, limit: 10).isEmpty)
        #expect(try await store.dueCards(at: card.card.due, limit: 10).map(\.itemID) == ["sql-joins"])
        #expect(try await store.introducedCount(from: start, to: start.addingTimeInterval(1)) == 1)
        #expect(try await store.reviewCount(from: start.addingTimeInterval(1), to: start.addingTimeInterval(2)) == 0)
        #expect(try await store.nextDue(after: start) == card.card.due)
    }

    @Test("a lapse counts once and moves the card to relearning; the log keeps every rating in order")
    func lapses() async throws {
        let store = SQLiteReviewStore(database: try AppDatabase.inMemory())
        let first = try await store.rate("aws-s3", .easy, at: start, scheduler: scheduler)
        let lapsed = try await store.rate("aws-s3", .again, at: first.card.due, scheduler: scheduler)
        #expect(lapsed.card.state == .relearning)
        #expect(lapsed.lapseCount == 1)
        #expect(try await store.log(for: "aws-s3").map(\.rating) == [.easy, .again])
    }

    @Test("cards survive reopening the database file")
    func persists() async throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("onsite.sqlite")
        let written = try await SQLiteReviewStore(database: try AppDatabase.openFile(at: file))
            .rate("py-gil", .good, at: start, scheduler: scheduler)
        let reopened = SQLiteReviewStore(database: try AppDatabase.openFile(at: file))
        #expect(try await reopened.card(for: "py-gil") == written)
    }
}
