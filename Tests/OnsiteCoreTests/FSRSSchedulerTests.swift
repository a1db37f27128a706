import Foundation
import OnsiteCore
import Testing

/// Hand-checkable properties of the FSRS-6 scheduler; FSRSReferenceTests checks it against py-fsrs wholesale.
@Suite("FSRS scheduler")
struct FSRSSchedulerTests {
    static let start = Date(timeIntervalSince1970: 1_796_378_400) // 2026-12-04T10:00:00Z
    static let day: TimeInterval = 86_400
    let scheduler = FSRSScheduler()
    var weights: [Double] { FSRSParameters.defaultWeights }

    /// A card in review with the given stability, last reviewed at `start`.
    func reviewCard(stability: Double, difficulty: Double = 5) -> FSRSCard {
        FSRSCard(state: .review, step: nil, stability: stability, difficulty: difficulty,
                 due: Self.start.addingTimeInterval(stability * Self.day), lastReview: Self.start)
    }

    @Test("the defaults are FSRS-6's 21 weights, each inside its bounds")
    func defaultParameters() throws {
        #expect(FSRSParameters.defaultWeights.count == 21)
        #expect(FSRSParameters.weightBounds.count == 21)
        #expect(zip(weights, FSRSParameters.weightBounds).allSatisfy { $1.contains($0) })
        let parameters = FSRSParameters.default
        #expect(parameters.weights == weights)
        #expect(parameters.desiredRetention == 0.9)
        #expect(parameters.learningSteps == [60, 600])
        #expect(parameters.relearningSteps == [600])
        #expect(parameters.maximumInterval == 36500)
        #expect(!parameters.enableFuzzing)
        #expect(try FSRSParameters() == parameters)
    }

    @Test("parameters out of range are refused")
    func invalidParameters() {
        #expect(throws: FSRSParametersError.wrongWeightCount(20)) { try FSRSParameters(weights: Array(weights.dropLast())) }
        var tooBig = weights
        tooBig[20] = 0.9
        #expect(throws: FSRSParametersError.weightOutOfBounds(index: 20, value: 0.9, bounds: 0.1...0.8)) {
            try FSRSParameters(weights: tooBig)
        }
        #expect(throws: FSRSParametersError.desiredRetentionOutOfRange(1)) { try FSRSParameters(desiredRetention: 1) }
        #expect(throws: FSRSParametersError.invalidLearningStep(0)) { try FSRSParameters(learningSteps: [0]) }
        #expect(throws: FSRSParametersError.maximumIntervalOutOfRange(0)) { try FSRSParameters(maximumInterval: 0) }
    }

    @Test("a new card starts at the rating's initial stability and difficulty and steps by rating", arguments: [
        // rating, state, step, wait in seconds: Again and Hard stay on step 0 (Hard halfway to step 1), Good moves
        // to step 1, Easy graduates straight to review for round(w3) = 8 days.
        (FSRSRating.again, FSRSCardState.learning, 0 as Int?, 60.0),
        (.hard, .learning, 0, 330), (.good, .learning, 1, 600), (.easy, .review, nil, 8 * 86_400),
    ])
    func newCard(_ rating: FSRSRating, _ state: FSRSCardState, _ step: Int?, _ wait: TimeInterval) throws {
        let card = scheduler.review(FSRSCard(due: Self.start), rating: rating, at: Self.start)
        #expect(card.stability == weights[rating.rawValue - 1])
        let difficulty = try #require(card.difficulty)
        let expected = weights[4] - pow(2.718281828459045, weights[5] * Double(rating.rawValue - 1)) + 1
        #expect(difficulty == min(max(expected, 1), 10))
        #expect(card.state == state)
        #expect(card.step == step)
        #expect(card.due == Self.start.addingTimeInterval(wait))
        #expect(card.lastReview == Self.start)
    }

    @Test("a new card rated Good has stability w2 and difficulty D0(3), due at the 10-minute step")
    func newCardGood() throws {
        let card = scheduler.review(FSRSCard(due: Self.start), rating: .good, at: Self.start)
        #expect(card.stability == 2.3065)
        // 6.4133 - e^(0.8334 * 2) + 1
        #expect(abs(try #require(card.difficulty) - 2.118103970459016) < 1e-12)
        #expect(card.due == Self.start.addingTimeInterval(600))
    }

    @Test("a lapse sends a review card to relearning; Hard on the only relearning step waits 15 minutes")
    func lapse() {
        let lapsed = scheduler.review(reviewCard(stability: 10), rating: .again, at: Self.start.addingTimeInterval(12 * Self.day))
        #expect(lapsed.state == .relearning)
        #expect(lapsed.step == 0)
        #expect(lapsed.due == Self.start.addingTimeInterval(12 * Self.day + 600))
        #expect((lapsed.stability ?? 0) < 10)
        let hard = scheduler.review(lapsed, rating: .hard, at: lapsed.due)
        #expect(hard.state == .relearning)
        #expect(hard.step == 0)
        #expect(hard.due == lapsed.due.addingTimeInterval(900))
    }

    @Test("retrievability is 0.9 after exactly `stability` days, by construction of the FSRS-6 curve",
          arguments: [1.0, 3, 10, 47, 365])
    func retrievabilityAtStability(_ stability: Double) {
        let card = reviewCard(stability: stability)
        let recall = scheduler.retrievability(of: card, at: Self.start.addingTimeInterval(stability * Self.day))
        #expect(abs(recall - 0.9) < 1e-12)
    }

    @Test("retrievability counts whole 24-hour periods: 1 for the first day, 0 for a card never reviewed")
    func retrievabilityWholeDays() {
        let card = reviewCard(stability: 5)
        #expect(scheduler.retrievability(of: card, at: Self.start.addingTimeInterval(Self.day - 0.000_001)) == 1)
        #expect(scheduler.retrievability(of: card, at: Self.start.addingTimeInterval(Self.day)) < 1)
        #expect(scheduler.retrievability(of: FSRSCard(due: Self.start), at: Self.start) == 0)
    }

    @Test("a review the same UTC day and one just across midnight both use the same-day model")
    func acrossMidnight() {
        let lateEvening = Date(timeIntervalSince1970: 1_796_428_740) // 2026-12-04T23:59:00Z
        let card = FSRSCard(state: .review, step: nil, stability: 10, difficulty: 5, due: lateEvening,
                            lastReview: lateEvening)
        let sameDay = scheduler.review(card, rating: .good, at: lateEvening.addingTimeInterval(30))
        let nextCalendarDay = scheduler.review(card, rating: .good, at: lateEvening.addingTimeInterval(120))
        #expect(sameDay.stability == nextCalendarDay.stability)
        let nextDay = scheduler.review(card, rating: .good, at: lateEvening.addingTimeInterval(Self.day))
        #expect(nextDay.stability != sameDay.stability)
    }

    @Test("intervals round half to even, like Python's round, and stay within 1…maximum interval")
    func intervalRounding() throws {
        // At 90 % retention the interval equals the stability, so these land exactly on .5.
        #expect(scheduler.interval(forStability: 2.5) == 2)
        #expect(scheduler.interval(forStability: 3.5) == 4)
        #expect(scheduler.interval(forStability: 4.5) == 4)
        #expect(scheduler.interval(forStability: 0.001) == 1)
        #expect(scheduler.interval(forStability: 1e9) == 36500)
        let capped = FSRSScheduler(parameters: try FSRSParameters(maximumInterval: 30))
        #expect(capped.interval(forStability: 100) == 30)
    }

    @Test("fuzz with the same seed gives the same intervals")
    func fuzzReproducible() throws {
        let fuzzy = FSRSScheduler(parameters: try FSRSParameters(enableFuzzing: true))
        func dues(seed: UInt64) -> [Date] {
            var generator = SplitMix64(seed: seed)
            return (1...20).map { index in
                fuzzy.review(reviewCard(stability: Double(index * 7)), rating: .good,
                             at: Self.start.addingTimeInterval(Double(index * 7) * Self.day), using: &generator).due
            }
        }
        #expect(dues(seed: 42) == dues(seed: 42))
        #expect(dues(seed: 42) != dues(seed: 43))
    }

    @Test("fuzzed intervals stay in py-fsrs's range (which reaches one day past its upper bound)",
          arguments: [3, 5, 7, 12, 20, 45, 100, 1_000, 36_499, 36_500])
    func fuzzRange(_ interval: Int) throws {
        let range = try #require(FSRSFuzz.range(around: interval, maximumInterval: 36500))
        #expect(range.lowerBound >= 2)
        #expect(range.contains(interval))
        let reachable = range.lowerBound...min(range.upperBound + 1, 36500)
        var generator = SplitMix64(seed: UInt64(interval))
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let fuzzed = FSRSFuzz.fuzzedInterval(interval, maximumInterval: 36500, using: &generator)
            #expect(reachable.contains(fuzzed), "\(fuzzed) outside \(reachable)")
            seen.insert(fuzzed)
        }
        #expect(seen.count > 1)
    }

    @Test("intervals under 2.5 days are not fuzzed; the spread is about ±5 % for long intervals")
    func fuzzBands() throws {
        #expect(FSRSFuzz.range(around: 2, maximumInterval: 36500) == nil)
        var generator = SplitMix64(seed: 1)
        #expect(FSRSFuzz.fuzzedInterval(2, maximumInterval: 36500, using: &generator) == 2)
        // delta = 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * 80 = 6.975
        #expect(FSRSFuzz.range(around: 100, maximumInterval: 36500) == 93...107)
        #expect(FSRSFuzz.range(around: 100, maximumInterval: 100) == 93...100)
    }

    @Test("SplitMix64 is deterministic per seed")
    func splitMix() {
        var first = SplitMix64(seed: 7), second = SplitMix64(seed: 7)
        let a = (0..<5).map { _ in first.next() }
        #expect(a == (0..<5).map { _ in second.next() })
        #expect(Set(a).count == 5)
    }
}

@Suite("UTC timestamps")
struct UTCTimestampTests {
    @Test("parses and prints whole and fractional seconds exactly", arguments: [
        ("2026-12-04T10:00:00Z", "2026-12-04T10:00:00Z"),
        ("2026-12-04T10:00:00.25Z", "2026-12-04T10:00:00.25Z"),
        ("2026-12-04T10:00:00.000001Z", "2026-12-04T10:00:00.000001Z"),
        ("2024-02-29T23:59:59.999999+00:00", "2024-02-29T23:59:59.999999Z"),
        ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
        ("9999-12-31T23:59:59.123456Z", "9999-12-31T23:59:59.123456Z"),
    ])
    func roundTrip(_ text: String, _ printed: String) throws {
        let timestamp = try #require(UTCTimestamp(iso8601: text))
        #expect(timestamp.iso8601 == printed)
    }

    @Test("refuses what is not an ISO-8601 UTC time", arguments: [
        "2026-02-29T00:00:00Z", "2026-12-04T10:00:00+01:00", "2026-12-04T10:00:00", "2026-12-04 10:00:00Z",
        "2026-12-04T10:00Z", "2026-12-04T24:00:00Z", "2026-12-04T10:00:60Z", "2026-12-04T10:00:00.1234567Z",
        "2026-12-04T10:00:00.Z", "0000-01-01T00:00:00Z", "",
    ])
    func rejects(_ text: String) {
        #expect(UTCTimestamp(iso8601: text) == nil)
    }

    @Test("converts to and from Date and counts whole days like timedelta.days")
    func dates() throws {
        let timestamp = try #require(UTCTimestamp(iso8601: "2026-12-04T10:00:00.5Z"))
        #expect(timestamp.date == Date(timeIntervalSince1970: 1_796_378_400.5))
        #expect(UTCTimestamp(timestamp.date) == timestamp)
        let almostADay = timestamp.adding(microseconds: UTCTimestamp.microsecondsPerDay - 1)
        #expect(UTCTimestamp.wholeDays(from: timestamp, to: almostADay) == 0)
        #expect(UTCTimestamp.wholeDays(from: timestamp, to: almostADay.adding(microseconds: 1)) == 1)
        #expect(UTCTimestamp.wholeDays(from: almostADay, to: timestamp) == -1)
    }
}

@Suite("Review replay")
struct ReviewReplayTests {
    @Test("replays a card through learning, review and a lapse")
    func replay() throws {
        let outputs = try ReviewReplay.replay([
            ReplayInput(card: "a", rating: 3, reviewedAt: "2026-12-04T10:00:00Z"),
            ReplayInput(card: "b", rating: 4, reviewedAt: "2026-12-04T10:05:00Z"),
            ReplayInput(card: "a", rating: 3, reviewedAt: "2026-12-04T10:10:00Z"),
            ReplayInput(card: "a", rating: 1, reviewedAt: "2026-12-10T10:10:00.5Z"),
        ])
        #expect(outputs.map(\.state) == [.learning, .review, .review, .relearning])
        #expect(outputs.map(\.step) == [1, nil, nil, 0])
        #expect(outputs.map(\.due) == [
            "2026-12-04T10:10:00Z", "2026-12-12T10:05:00Z", "2026-12-06T10:10:00Z", "2026-12-10T10:20:00.5Z",
        ])
        #expect(outputs[0].stability == 2.3065)
        #expect(outputs[1].stability == 8.2956)
        #expect(outputs[1].difficulty == 1)
    }

    @Test("writes a review card's step as null and uses the documented field names")
    func encoding() throws {
        let data = try ReviewReplay.replay(json: Data(#"[{"card":"x","rating":4,"reviewed_at":"2026-12-04T10:00:00Z"}]"#.utf8))
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let object = try #require(objects.first)
        #expect(Set(object.keys) == ["card", "rating", "reviewed_at", "state", "step", "stability", "difficulty", "due"])
        #expect(object["step"] is NSNull)
        #expect(object["state"] as? String == "review")
    }

    @Test("rejects a rating of 5, naming the index and field")
    func badRating() {
        let reviews = [
            ReplayInput(card: "a", rating: 3, reviewedAt: "2026-12-04T10:00:00Z"),
            ReplayInput(card: "a", rating: 5, reviewedAt: "2026-12-04T10:01:00Z"),
        ]
        #expect(throws: ReplayError.invalidReview(index: 1, field: "rating", problem: "5 is not 1 (again) to 4 (easy)")) {
            try ReviewReplay.replay(reviews)
        }
        #expect(ReplayError.invalidReview(index: 1, field: "rating", problem: "x").description.contains("[1] rating"))
    }

    @Test("rejects unparseable times and a card's reviews out of time order")
    func badTimes() {
        func failure(_ reviews: [ReplayInput]) -> (index: Int, field: String)? {
            let error = #expect(throws: ReplayError.self) { try ReviewReplay.replay(reviews) }
            guard case .invalidReview(let index, let field, _) = error else { return nil }
            return (index, field)
        }
        let unparseable = failure([ReplayInput(card: "a", rating: 3, reviewedAt: "yesterday")])
        #expect(unparseable?.index == 0)
        #expect(unparseable?.field == "reviewed_at")
        let backwards = failure([
            ReplayInput(card: "a", rating: 3, reviewedAt: "2026-12-04T10:00:00Z"),
            ReplayInput(card: "b", rating: 3, reviewedAt: "2026-12-01T10:00:00Z"), // other cards are independent
            ReplayInput(card: "a", rating: 3, reviewedAt: "2026-12-04T09:59:59Z"),
        ])
        #expect(backwards?.index == 2)
        #expect(backwards?.field == "reviewed_at")
        #expect(failure([ReplayInput(card: "", rating: 3, reviewedAt: "2026-12-04T10:00:00Z")])?.field == "card")
    }

    @Test("decoding errors name the index and field", arguments: [
        (#"[{"card":"a","rating":3,"reviewed_at":"2026-12-04T10:00:00Z"},{"card":"a","rating":"3","reviewed_at":"2026-12-04T10:00:00Z"}]"#, 1, "rating"),
        (#"[{"card":"a","rating":3}]"#, 0, "reviewed_at"),
        (#"[{"card":"a","rating":3.5,"reviewed_at":"2026-12-04T10:00:00Z"}]"#, 0, "rating"),
        (#"[7]"#, 0, ""),
        (#"[{"card":null,"rating":3,"reviewed_at":"2026-12-04T10:00:00Z"}]"#, 0, "card"),
    ])
    func decodingErrors(_ json: String, _ index: Int, _ field: String) {
        let error = #expect(throws: ReplayError.self) { try ReviewReplay.decode(Data(json.utf8)) }
        guard case .invalidReview(let actualIndex, let actualField, _) = error else {
            Issue.record("expected an invalid review, got \(String(describing: error))")
            return
        }
        #expect(actualIndex == index)
        #expect(actualField == field)
    }

    @Test("a file that is not an array of reviews is malformed JSON; retention must be inside (0, 1)")
    func malformed() {
        for json in ["{}", "[1, 2", "not json"] {
            let error = #expect(throws: ReplayError.self) { try ReviewReplay.decode(Data(json.utf8)) }
            guard case .malformedJSON = error else {
                Issue.record("\(json): expected malformed JSON, got \(String(describing: error))")
                continue
            }
        }
        #expect(throws: ReplayError.invalidDesiredRetention(1.5)) { try ReviewReplay.replay([], desiredRetention: 1.5) }
    }
}
