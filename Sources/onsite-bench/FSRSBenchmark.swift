import Foundation
import GRDB
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage

/// `onsite-bench fsrs`: the scheduler's reviews per second against py-fsrs 6.3.2 doing the same reviews in the
/// same run, and the time to build today's queue from a database of 100,000 cards and 1,000,000 review logs.
struct FSRSBenchmark {
    let questions: [Question]
    let iterations: Int
    let python: URL

    /// Review sequences both schedulers run: one card per sequence, ratings and gaps drawn from a seeded generator.
    struct Workload {
        var ratings: [[Int]]
        var gaps: [[Double]]

        init(sequences: Int, length: Int) {
            var generator = SplitMix64(seed: 42)
            ratings = []
            gaps = []
            for _ in 0..<sequences {
                ratings.append((0..<length).map { _ in Int.random(in: 1...4, using: &generator) })
                gaps.append((0..<length).map { _ in Double(Int.random(in: 60...(40 * 86_400), using: &generator)) })
            }
        }

        var reviewCount: Int { ratings.reduce(0) { $0 + $1.count } }
    }

    func run() async throws {
        let workload = Workload(sequences: 2_000, length: 25)
        print("FSRS benchmark: \(workload.reviewCount) reviews (\(workload.ratings.count) cards × 25), \(iterations) rounds")
        var swiftRates: [Double] = []
        for _ in 0..<iterations { swiftRates.append(swiftReviewsPerSecond(workload)) }
        let pythonRate = try pythonReviewsPerSecond(workload)
        let swiftRate = Stats.median(swiftRates)
        print(String(format: "  Swift scheduler:  %12.0f reviews/s (median of %d rounds)", swiftRate, iterations))
        if let pythonRate {
            print(String(format: "  py-fsrs 6.3.2:    %12.0f reviews/s (same reviews, timed inside Python)", pythonRate))
            print(String(format: "  Swift/py-fsrs: %.1fx (target >= 5x)", swiftRate / pythonRate))
        } else {
            print("  py-fsrs is not installed in \(python.path); run scripts/setup for the peer figure")
        }
        try await queueBenchmark()
    }

    func swiftReviewsPerSecond(_ workload: Workload) -> Double {
        let scheduler = FSRSScheduler(parameters: try! FSRSParameters(enableFuzzing: false))
        let start = ContinuousClock.now
        var checksum = 0.0
        for (ratings, gaps) in zip(workload.ratings, workload.gaps) {
            var now = Date(timeIntervalSince1970: 1_780_000_000)
            var card = FSRSCard(due: now)
            for (rating, gap) in zip(ratings, gaps) {
                card = scheduler.review(card, rating: FSRSRating(rawValue: rating)!, at: now)
                now = now.addingTimeInterval(gap)
            }
            checksum += card.stability ?? 0
        }
        let seconds = (ContinuousClock.now - start).milliseconds / 1000
        precondition(checksum > 0)
        return Double(workload.reviewCount) / seconds
    }

    /// py-fsrs on the same sequences, in a python3 process; only the review loop is timed.
    func pythonReviewsPerSecond(_ workload: Workload) throws -> Double? {
        let script = """
            import json, sys, time
            from datetime import datetime, timedelta, timezone
            from fsrs import Scheduler, Card, Rating
            data = json.load(sys.stdin)
            scheduler = Scheduler(enable_fuzzing=False)
            best = None
            for _ in range(\(max(1, min(iterations, 3)))):
                start = time.perf_counter()
                for ratings, gaps in zip(data["ratings"], data["gaps"]):
                    now = datetime.fromtimestamp(1780000000, tz=timezone.utc)
                    card = Card(due=now)
                    for rating, gap in zip(ratings, gaps):
                        card, _ = scheduler.review_card(card, Rating(rating), review_datetime=now)
                        now = now + timedelta(seconds=gap)
                elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
            print(sum(len(r) for r in data["ratings"]) / best)
            """
        let input = try JSONEncoder().encode(["ratings": workload.ratings.map { $0.map(Double.init) }, "gaps": workload.gaps])
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// 100,000 cards (the bank's items among them) and 1,000,000 log rows; today's queue built from them.
    func queueBenchmark() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-bench-fsrs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.openFile(at: folder.appendingPathComponent("onsite.sqlite"))
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let setupStart = ContinuousClock.now
        try await Self.fill(database, cards: 100_000, logsPerCard: 10, bank: questions.map(\.id), now: now)
        print(String(format: "\n  filled a database with 100,000 cards and 1,000,000 review logs in %.1f s",
                     (ContinuousClock.now - setupStart).milliseconds / 1000))
        let store = SQLiteReviewStore(database: database)
        var times: [Double] = []
        var size = 0
        for _ in 0..<max(iterations, 20) {
            let start = ContinuousClock.now
            let queue = try await store.todaysQueue(from: questions, filter: DrillFilter(), newPerDay: 20, now: now)
            times.append((ContinuousClock.now - start).milliseconds)
            size = queue.count
        }
        // The floor: the one indexed range read the queue cannot do without, straight through GRDB.
        var floor: [Double] = []
        for _ in 0..<max(iterations, 20) {
            let start = ContinuousClock.now
            _ = try database.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM review_card WHERE user_id = 'local' AND due <= ? ORDER BY due LIMIT 1000",
                                 arguments: [now.timeIntervalSince1970])
            }
            floor.append((ContinuousClock.now - start).milliseconds)
        }
        print(String(format: "  today's queue (%d entries): median %.2f ms, p95 %.2f ms (target <= 20 ms)", size,
                     Stats.median(times), Stats.percentile(times, 0.95)))
        print(String(format: "  floor, the due-range read alone: median %.2f ms; queue/floor %.2fx", Stats.median(floor),
                     Stats.median(times) / Stats.median(floor)))
    }

    static func fill(_ database: AppDatabase, cards: Int, logsPerCard: Int, bank: [String], now: Date) async throws {
        try await database.writer.write { db in
            let card = try db.makeStatement(sql: """
                INSERT INTO review_card (user_id, item_id, state, step, stability, difficulty, due, last_review,
                                         introduced_at, review_count, lapse_count)
                VALUES ('local', ?, 'review', NULL, ?, ?, ?, ?, ?, ?, 0)
                """)
            let log = try db.makeStatement(sql: """
                INSERT INTO review_log (user_id, item_id, rating, reviewed_at, state, step, stability, difficulty, due)
                VALUES ('local', ?, ?, ?, 'review', NULL, ?, ?, ?)
                """)
            var generator = SplitMix64(seed: 7)
            // Half the bank has cards, so the queue has both due reviews and new items to find.
            let ids = bank.prefix(bank.count / 2).map { $0 } + (0..<(cards - bank.count / 2)).map { "synthetic-\($0)" }
            let base = now.timeIntervalSince1970
            for id in ids {
                // About 2% of cards are due now; the rest spread over the next year.
                let due = Double.random(in: 0...1, using: &generator) < 0.02
                    ? base - Double.random(in: 0...(30 * 86_400), using: &generator)
                    : base + Double.random(in: 60...(365 * 86_400), using: &generator)
                let last = base - Double.random(in: 86_400...(90 * 86_400), using: &generator)
                try card.execute(arguments: [id, 12.5, 5.0, due, last, last - 30 * 86_400, logsPerCard])
                for index in 0..<logsPerCard {
                    try log.execute(arguments: [id, Int.random(in: 1...4, using: &generator), last - Double(index) * 86_400,
                                                10.0, 5.0, due])
                }
            }
        }
    }
}
