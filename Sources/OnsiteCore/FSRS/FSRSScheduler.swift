import Foundation

/// The FSRS-6 scheduler: given a card and how the learner rated it, works out the card's new memory state and
/// when it is next due.
///
/// It reproduces py-fsrs 6.3.2 (with fuzz off) to the last bit: each formula does the same floating-point
/// operations in the same order, raises `e` with `pow` as Python's `math.e ** x` does, rounds intervals half to
/// even like Python's `round`, and counts elapsed time in whole 24-hour periods like `timedelta.days`.
public struct FSRSScheduler: Sendable {
    public let parameters: FSRSParameters
    /// The forgetting curve is R(t) = (1 + factor · t / S) ^ decay, with decay = -w20 (negative) …
    private let decay: Double
    /// … and factor chosen so that R(S) = 0.9 whatever the decay: that is what makes stability "days to 90 %".
    private let factor: Double

    /// Python's `math.e`. py-fsrs writes `math.e ** x`, which is `pow(e, x)`; `exp(x)` may differ in the last bit.
    private static let e = 2.718281828459045
    /// FSRS floors stability here so that the S^-w9 and S^-w19 terms stay finite and every interval positive.
    static let minimumStability = 0.001
    static let difficultyRange = 1.0...10.0

    public init(parameters: FSRSParameters = .default) {
        self.parameters = parameters
        decay = -parameters.weights[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    // MARK: Reviewing

    /// Reviews `card` at `reviewDate`, drawing interval fuzz (if enabled) from the system generator.
    public func review(_ card: FSRSCard, rating: FSRSRating, at reviewDate: Date) -> FSRSCard {
        var generator = SystemRandomNumberGenerator()
        return review(card, rating: rating, at: reviewDate, using: &generator)
    }

    /// Reviews `card` at `reviewDate`; fuzz (if enabled) comes from `generator`, so a seeded one reproduces it.
    ///
    /// A card with no stability or difficulty is treated as never reviewed, whatever its state says (py-fsrs
    /// asserts instead outside the learning state). A learning or relearning card without a step is at step 0.
    public func review(
        _ card: FSRSCard, rating: FSRSRating, at reviewDate: Date, using generator: inout some RandomNumberGenerator
    ) -> FSRSCard {
        let elapsedDays = card.lastReview.map { Self.wholeDays(from: $0, to: reviewDate) }
        let outcome = outcome(of: card, rating: rating, elapsedDays: elapsedDays, using: &generator)
        let due = reviewDate.addingTimeInterval(Double(outcome.wait) / Double(UTCTimestamp.microsecondsPerSecond))
        return outcome.card(reviewedAt: reviewDate, due: due)
    }

    /// Reviews `card` on the exact microsecond clock (as `ReviewReplay` does), so due times stay exact in any year.
    /// The card's own `lastReview` is ignored in favour of `lastReview`. Fuzz, if the parameters enable it, comes
    /// from the system generator; the replay turns it off.
    func review(
        _ card: FSRSCard, rating: FSRSRating, at reviewedAt: UTCTimestamp, lastReview: UTCTimestamp?
    ) -> (card: FSRSCard, due: UTCTimestamp) {
        var generator = SystemRandomNumberGenerator()
        let elapsedDays = lastReview.map { UTCTimestamp.wholeDays(from: $0, to: reviewedAt) }
        let outcome = outcome(of: card, rating: rating, elapsedDays: elapsedDays, using: &generator)
        let due = reviewedAt.adding(microseconds: outcome.wait)
        return (outcome.card(reviewedAt: reviewedAt.date, due: due.date), due)
    }

    /// The probability that the learner recalls `card` at `date`, by the FSRS-6 forgetting curve.
    ///
    /// Time counts in whole days since the last review, so it is 1 for the whole first 24 hours. A card never
    /// reviewed has retrievability 0, as in py-fsrs.
    public func retrievability(of card: FSRSCard, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        return retrievability(stability: stability, elapsedDays: Self.wholeDays(from: lastReview, to: date))
    }

    /// The review interval in days that brings retrievability down to the desired retention, rounded half to even
    /// and kept within 1…maximumInterval.
    public func interval(forStability stability: Double) -> Int {
        let exact = (stability / factor) * (pow(parameters.desiredRetention, 1 / decay) - 1)
        // Clamp before converting so an absurd stability cannot trap in `Int(_:)`.
        let days = min(max(exact.rounded(.toNearestOrEven), 1), Double(parameters.maximumInterval))
        return Int(days)
    }

    /// Whole 24-hour periods from `start` to `end`, floored, like Python's `timedelta.days`.
    ///
    /// The difference is first rounded to microseconds, the resolution of Python's datetime: `Date` is a `Double`,
    /// and without this two times exactly N days apart could come out a hair short of N days.
    static func wholeDays(from start: Date, to end: Date) -> Int {
        let seconds = end.timeIntervalSince(start)
        let microseconds = (seconds * 1_000_000).rounded(.toNearestOrEven)
        guard let exact = Int64(exactly: microseconds) else { return Int((seconds / 86_400).rounded(.down)) }
        let (quotient, remainder) = exact.quotientAndRemainder(dividingBy: UTCTimestamp.microsecondsPerDay)
        return Int(remainder < 0 ? quotient - 1 : quotient)
    }

    /// What one review does to a card, apart from the calendar.
    private struct Outcome {
        var state: FSRSCardState
        var step: Int?
        var stability: Double
        var difficulty: Double
        /// Microseconds from the review until the card is due.
        var wait: Int64

        func card(reviewedAt: Date, due: Date) -> FSRSCard {
            FSRSCard(state: state, step: step, stability: stability, difficulty: difficulty, due: due,
                     lastReview: reviewedAt)
        }
    }

    /// `elapsedDays` is whole days since the last review, `nil` for a card never reviewed.
    private func outcome(
        of card: FSRSCard, rating: FSRSRating, elapsedDays: Int?, using generator: inout some RandomNumberGenerator
    ) -> Outcome {
        let memory = nextMemory(of: card, rating: rating, elapsedDays: elapsedDays)
        let move: Move
        switch card.state {
        case .learning:
            move = advance(through: parameters.learningSteps, staying: .learning, from: card.step, rating: rating)
        case .relearning:
            move = advance(through: parameters.relearningSteps, staying: .relearning, from: card.step, rating: rating)
        case .review:
            if rating == .again, let firstStep = parameters.relearningSteps.first {
                move = .step(.relearning, 0, wait: Self.microseconds(firstStep))
            } else {
                // With no relearning steps a lapse stays in review, on the (much shorter) post-lapse interval.
                move = .review
            }
        }

        switch move {
        case .step(let state, let step, let wait):
            return Outcome(state: state, step: step, stability: memory.stability, difficulty: memory.difficulty,
                           wait: wait)
        case .review:
            var days = interval(forStability: memory.stability)
            // Fuzz spreads day intervals only; minute-scale steps stay exact.
            if parameters.enableFuzzing {
                days = FSRSFuzz.fuzzedInterval(days, maximumInterval: parameters.maximumInterval, using: &generator)
            }
            return Outcome(state: .review, step: nil, stability: memory.stability, difficulty: memory.difficulty,
                           wait: Int64(days) * UTCTimestamp.microsecondsPerDay)
        }
    }

    // MARK: Memory state

    private func nextMemory(
        of card: FSRSCard, rating: FSRSRating, elapsedDays: Int?
    ) -> (stability: Double, difficulty: Double) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            return (initialStability(rating), initialDifficulty(rating, clamped: true))
        }
        let nextStability: Double
        if let elapsedDays, elapsedDays < 1 {
            // Within a day the forgetting curve has not moved (t counts in whole days), so FSRS-6 uses its
            // separate same-day model instead of the recall and lapse formulas.
            nextStability = shortTermStability(stability, rating: rating)
        } else {
            // py-fsrs takes retrievability 0 for a card with a memory state but no last review.
            let recall = elapsedDays.map { retrievability(stability: stability, elapsedDays: $0) } ?? 0
            let raw = rating == .again
                ? stabilityAfterLapse(difficulty: difficulty, stability: stability, retrievability: recall)
                : stabilityAfterRecall(difficulty: difficulty, stability: stability, retrievability: recall, rating: rating)
            nextStability = max(raw, Self.minimumStability)
        }
        return (nextStability, nextDifficulty(difficulty, rating: rating))
    }

    private func retrievability(stability: Double, elapsedDays: Int) -> Double {
        pow(1 + factor * Double(max(0, elapsedDays)) / stability, decay)
    }

    private func w(_ index: Int) -> Double { parameters.weights[index] }

    private func initialStability(_ rating: FSRSRating) -> Double {
        max(w(rating.rawValue - 1), Self.minimumStability)
    }

    /// D0(G) = w4 - e^(w5·(G-1)) + 1. Unclamped, it also serves as the mean-reversion target (for Easy).
    private func initialDifficulty(_ rating: FSRSRating, clamped: Bool) -> Double {
        let difficulty = w(4) - pow(Self.e, w(5) * Double(rating.rawValue - 1)) + 1
        return clamped ? Self.clampDifficulty(difficulty) : difficulty
    }

    /// Moves difficulty by the rating, damped as it nears 10 so it never overshoots, then pulls it a little
    /// (weight w7) towards D0(Easy) so a run of Again cannot pin a card at maximum difficulty forever.
    private func nextDifficulty(_ difficulty: Double, rating: FSRSRating) -> Double {
        let target = initialDifficulty(.easy, clamped: false)
        let change = -(w(6) * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * change / 9.0
        return Self.clampDifficulty(w(7) * target + (1 - w(7)) * damped)
    }

    /// Same-day review: stability scales by e^(w17·(G-3+w18)) · S^-w19; a pass never lowers it.
    private func shortTermStability(_ stability: Double, rating: FSRSRating) -> Double {
        var growth = pow(Self.e, w(17) * (Double(rating.rawValue - 3) + w(18))) * pow(stability, -w(19))
        if rating.isRecall {
            growth = max(growth, 1.0)
        }
        return max(stability * growth, Self.minimumStability)
    }

    /// Stability after a successful recall: grows more for easier cards, for lower current stability and for
    /// recalls made when the memory had faded more (lower retrievability). Hard and Easy scale the growth.
    private func stabilityAfterRecall(
        difficulty: Double, stability: Double, retrievability: Double, rating: FSRSRating
    ) -> Double {
        let hardPenalty = rating == .hard ? w(15) : 1
        let easyBonus = rating == .easy ? w(16) : 1
        return stability * (1
            + pow(Self.e, w(8)) * (11 - difficulty) * pow(stability, -w(9))
            * (pow(Self.e, (1 - retrievability) * w(10)) - 1) * hardPenalty * easyBonus)
    }

    /// Stability after a lapse: the long-term formula, but never more than the same-day model's Again would give,
    /// so forgetting cannot leave a card more stable than before.
    private func stabilityAfterLapse(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm = w(11) * pow(difficulty, -w(12)) * (pow(stability + 1, w(13)) - 1)
            * pow(Self.e, (1 - retrievability) * w(14))
        let shortTerm = stability / pow(Self.e, w(17) * w(18))
        return min(longTerm, shortTerm)
    }

    private static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
    }

    // MARK: Steps

    /// Where a review sends a card: to a learning or relearning step after a wait (in microseconds), or to review
    /// on a day interval worked out from its new stability.
    private enum Move {
        case step(FSRSCardState, Int, wait: Int64)
        case review
    }

    /// Moves a learning or relearning card along `steps`. Again restarts at the first step; Hard repeats the
    /// current one; Good moves on, graduating to review after the last; Easy graduates at once.
    private func advance(
        through steps: [TimeInterval], staying state: FSRSCardState, from step: Int?, rating: FSRSRating
    ) -> Move {
        let step = max(step ?? 0, 0)
        // A card can sit past the last step if the steps were shortened after it was scheduled: any pass graduates.
        if steps.isEmpty || (step >= steps.count && rating.isRecall) {
            return .review
        }
        switch rating {
        case .again:
            return .step(state, 0, wait: Self.microseconds(steps[0]))
        case .hard:
            guard step == 0 else { return .step(state, step, wait: Self.microseconds(steps[step])) }
            // On the first step, Hard waits longer than Again but less than Good: halfway to the second step,
            // or half as long again when there is only one.
            let wait = steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2
            return .step(state, 0, wait: Self.microseconds(wait))
        case .good:
            guard step + 1 < steps.count else { return .review }
            return .step(state, step + 1, wait: Self.microseconds(steps[step + 1]))
        case .easy:
            return .review
        }
    }

    /// Seconds as whole microseconds, rounded half to even, as Python's timedelta arithmetic rounds.
    private static func microseconds(_ seconds: TimeInterval) -> Int64 {
        Int64((seconds * 1_000_000).rounded(.toNearestOrEven))
    }
}
