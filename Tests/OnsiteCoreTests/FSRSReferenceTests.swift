import Foundation
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The Swift FSRS-6 scheduler agrees with py-fsrs 6.3.2, the reference implementation: the same seeded review logs
/// go through `ReviewReplay` and through scripts/fsrs-reference.py under the project's .venv, and every review's
/// state, step and due time must match exactly and its stability and difficulty to 1e-9.
///
/// Fails (never skips) when .venv or py-fsrs is missing: requirements-test.txt pins fsrs==6.3.2 and scripts/setup
/// installs it.
@Suite("FSRS agrees with py-fsrs")
struct FSRSReferenceTests {
    static let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")
    static let script = RepositoryPaths.root.appendingPathComponent("scripts/fsrs-reference.py")
    static let tolerance = 1e-9

    @Test("py-fsrs 6.3.2 is installed in .venv")
    func referenceInstalled() throws {
        try Self.requireReference()
    }

    /// Checked before every run that feeds the script input: a Python that dies on import without reading its
    /// stdin would make ProgramRunner's write raise SIGPIPE and take the whole test process down.
    static func requireReference() throws {
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "no .venv: run scripts/setup")
        let result = try ProgramRunner.run(
            python, ["-I", "-c", "import importlib.metadata as m, fsrs; print(m.version('fsrs'))"],
            environment: ["PATH": "/usr/bin:/bin"], timeout: 30)
        try #require(result.status == 0, """
            fsrs is not importable from .venv (requirements-test.txt pins fsrs==6.3.2; run scripts/setup): \
            \(result.stderr.suffix(800))
            """)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "6.3.2")
    }

    @Test("1,000 generated review sequences replay exactly as py-fsrs does", arguments: [0.9, 0.8, 0.95])
    func matchesReference(_ desiredRetention: Double) throws {
        let reviews = ReviewLogGenerator.reviews(seed: 20_261_204, cards: 1_000)
        let input = String(decoding: try JSONEncoder().encode(reviews), as: UTF8.self)

        try Self.requireReference()
        let result = try ProgramRunner.run(
            Self.python, ["-I", Self.script.path, String(desiredRetention)], input: input,
            environment: ["PATH": "/usr/bin:/bin"], timeout: 120)
        try #require(!result.timedOut, "fsrs-reference.py ran past 120 s")
        try #require(result.status == 0, "fsrs-reference.py failed (is fsrs==6.3.2 installed?): \(result.stderr.suffix(1500))")
        let expected = try JSONDecoder().decode([ReplayOutput].self, from: Data(result.stdout.utf8))
        let actual = try ReviewReplay.replay(reviews, desiredRetention: desiredRetention)

        try #require(actual.count == expected.count)
        #expect(actual.count > 4_000, "the generated log is meant to be thousands of reviews")
        var differences: [String] = []
        var largestStabilityGap = 0.0, largestDifficultyGap = 0.0
        for (index, (mine, theirs)) in zip(actual, expected).enumerated() {
            let stabilityGap = abs(mine.stability - theirs.stability)
            let difficultyGap = abs(mine.difficulty - theirs.difficulty)
            largestStabilityGap = max(largestStabilityGap, stabilityGap)
            largestDifficultyGap = max(largestDifficultyGap, difficultyGap)
            var fields: [String] = []
            if mine.card != theirs.card { fields.append("card") }
            if mine.rating != theirs.rating { fields.append("rating") }
            if mine.reviewedAt != theirs.reviewedAt { fields.append("reviewed_at") }
            if mine.state != theirs.state { fields.append("state") }
            if mine.step != theirs.step { fields.append("step") }
            if mine.due != theirs.due { fields.append("due") }
            if !(stabilityGap <= Self.tolerance) { fields.append("stability") }
            if !(difficultyGap <= Self.tolerance) { fields.append("difficulty") }
            if !fields.isEmpty {
                differences.append("[\(index)] \(fields.joined(separator: ", ")): swift \(mine) vs py-fsrs \(theirs)")
            }
        }
        #expect(differences.isEmpty, """
            \(differences.count) of \(actual.count) reviews differ; first: \(differences.prefix(3).joined(separator: "\n"))
            """)
        #expect(largestStabilityGap <= Self.tolerance)
        #expect(largestDifficultyGap <= Self.tolerance)
    }

    @Test("the generated logs cover every state, step and edge the comparison is meant to reach")
    func coverage() throws {
        let reviews = ReviewLogGenerator.reviews(seed: 20_261_204, cards: 400)
        let outputs = try ReviewReplay.replay(reviews)
        let states = Set(outputs.map { "\($0.state.rawValue) \($0.step.map(String.init) ?? "-")" })
        #expect(states == ["learning 0", "learning 1", "review -", "relearning 0"])
        #expect(Set(reviews.map(\.rating)) == [1, 2, 3, 4])
        #expect(reviews.contains { $0.reviewedAt.contains(".") })
        #expect(reviews.contains { $0.reviewedAt.hasSuffix("+00:00") })
        // Some cards reach the 36 500-day cap.
        let capped = outputs.contains { output in
            guard let reviewed = UTCTimestamp(iso8601: output.reviewedAt), let due = UTCTimestamp(iso8601: output.due)
            else { return false }
            return UTCTimestamp.wholeDays(from: reviewed, to: due) == 36500
        }
        #expect(capped)
    }
}

/// Seeded, varied review logs: each card gets a random number of reviews with gaps from nothing to decades, many
/// of them right at whole-day boundaries (±1 µs), with whole, millisecond or microsecond times, and the cards'
/// reviews interleaved in time order as a real log would be.
enum ReviewLogGenerator {
    /// Decades: whole-second times with gaps of years, so stabilities pass the maximum interval.
    enum Precision { case seconds, milliseconds, microseconds, decades }

    static func reviews(seed: UInt64, cards: Int) -> [ReplayInput] {
        var random = SplitMix64(seed: seed)
        let second = UTCTimestamp.microsecondsPerSecond, day = UTCTimestamp.microsecondsPerDay
        // 2024-01-01T00:00:00Z
        let origin = Int64(1_704_067_200) * second
        var events: [(time: Int64, card: Int, order: Int, rating: Int, utcSuffix: Bool)] = []

        for card in 0..<cards {
            let precision = [Precision.seconds, .seconds, .milliseconds, .microseconds, .microseconds, .decades]
                .randomElement(using: &random)!
            // Mostly uniform ratings; some cards lean hard on one rating so long runs of each occur.
            let ratingWeights = random.next() % 10 < 6 ? [1, 1, 1, 1]
                : [[5, 1, 1, 1], [1, 5, 1, 1], [1, 1, 5, 1], [1, 1, 1, 5], [0, 1, 3, 6]].randomElement(using: &random)!
            // Truncating each time (not each gap) to the card's precision keeps its reviews in order.
            let unit: Int64 = switch precision {
            case .milliseconds: 1_000
            case .microseconds: 1
            case .seconds, .decades: second
            }
            var time = origin + Int64.random(in: 0..<(3 * 365 * day), using: &random)
            for order in 0..<Int.random(in: 1...30, using: &random) {
                events.append((truncated(time, to: unit), card, order, weightedRating(ratingWeights, using: &random),
                               Int.random(in: 0..<4, using: &random) == 0))
                time += gap(precision == .decades, using: &random)
            }
        }
        events.sort { ($0.time, $0.card, $0.order) < ($1.time, $1.card, $1.order) }
        return events.map { event in
            var text = UTCTimestamp(microsecondsSinceEpoch: event.time).iso8601
            if event.utcSuffix { text = String(text.dropLast()) + "+00:00" }
            return ReplayInput(card: "card-\(event.card)", rating: event.rating, reviewedAt: text)
        }
    }

    private static func weightedRating(_ weights: [Int], using random: inout SplitMix64) -> Int {
        var pick = Int.random(in: 0..<weights.reduce(0, +), using: &random)
        for (index, weight) in weights.enumerated() {
            if pick < weight { return index + 1 }
            pick -= weight
        }
        return 4
    }

    private static func gap(_ decades: Bool, using random: inout SplitMix64) -> Int64 {
        let second = UTCTimestamp.microsecondsPerSecond, day = UTCTimestamp.microsecondsPerDay
        if decades, Bool.random(using: &random) {
            return Int64.random(in: 400...40_000, using: &random) * day + Int64.random(in: 0..<day, using: &random)
        }
        let boundaryNudges: [Int64] = [-second, -1_000, -1, 0, 1, second]
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<8: return 0
        case 8..<25: return Int64.random(in: 1...900, using: &random) * second
        case 25..<40: return Int64.random(in: 60...36_000, using: &random) * second
        case 40..<55: return Int64.random(in: (12 * 3_600 * second)...(50 * 3_600 * second), using: &random)
        case 55..<70:
            // Right at a whole number of 24-hour periods, where floor-to-days is easiest to get wrong.
            return Int64.random(in: 1...30, using: &random) * day + boundaryNudges.randomElement(using: &random)!
        case 70..<90: return Int64.random(in: 1...60, using: &random) * day + Int64.random(in: 0..<day, using: &random)
        default: return Int64.random(in: 60...400, using: &random) * day + Int64.random(in: 0..<day, using: &random)
        }
    }

    private static func truncated(_ time: Int64, to unit: Int64) -> Int64 {
        time - ((time % unit) + unit) % unit
    }
}
