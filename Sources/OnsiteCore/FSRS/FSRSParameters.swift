import Foundation

/// Everything that shapes an FSRS-6 schedule: the 21 model weights and the scheduling policy around them.
///
/// Values are validated once, here, so the scheduler can use them without checks. The defaults are the ones
/// py-fsrs 6.3.2 ships, except `enableFuzzing`, which is off so that a schedule is reproducible unless a caller
/// asks for fuzz.
public struct FSRSParameters: Sendable, Equatable {
    /// How many weights FSRS-6 has: w0…w3 initial stabilities, w4…w7 difficulty, w8…w10 recall,
    /// w11…w14 lapses, w15 Hard penalty, w16 Easy bonus, w17…w19 same-day reviews, w20 the forgetting curve's decay.
    public static let weightCount = 21

    /// FSRS-6's default weights, trained by the FSRS authors on a large collection of review logs.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The range py-fsrs accepts for each weight. Outside it the formulas can divide by zero, reverse the sense
    /// of a rating or make the forgetting curve meaningless, so they are rejected rather than clamped.
    public static let weightBounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, 1...10, 0.001...4, 0.001...4, 0.001...0.75,
        0...4.5, 0...0.8, 0.001...3.5, 0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6, 0...2,
        0...2, 0...0.8, 0.1...0.8,
    ]

    /// The upper limit for `maximumInterval`, in days.
    public static let longestInterval = 3_650_000

    /// The parameters `onsite` uses unless told otherwise.
    public static let `default` = FSRSParameters(
        validatedWeights: defaultWeights, desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600],
        maximumInterval: 36500, enableFuzzing: false)

    /// What the drill schedules with (CLI and web alike): the defaults, with interval fuzz on.
    public static let drill = FSRSParameters(
        validatedWeights: defaultWeights, desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600],
        maximumInterval: 36500, enableFuzzing: true)

    public let weights: [Double]
    /// The probability of recall the schedule aims for when a card comes due.
    public let desiredRetention: Double
    /// Waits, in seconds, between the first reviews of a new card before it graduates to day intervals.
    public let learningSteps: [TimeInterval]
    /// Waits, in seconds, after a lapse before the card returns to day intervals.
    public let relearningSteps: [TimeInterval]
    /// The longest review interval, in days.
    public let maximumInterval: Int
    /// Whether review intervals get a little random spread, so cards learnt together do not stay bunched.
    public let enableFuzzing: Bool

    public init(
        weights: [Double] = defaultWeights, desiredRetention: Double = 0.9, learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600], maximumInterval: Int = 36500, enableFuzzing: Bool = false
    ) throws(FSRSParametersError) {
        guard weights.count == Self.weightCount else { throw .wrongWeightCount(weights.count) }
        for (index, (weight, bounds)) in zip(weights, Self.weightBounds).enumerated() where !bounds.contains(weight) {
            throw .weightOutOfBounds(index: index, value: weight, bounds: bounds)
        }
        // Retention 0 would make every interval infinite and 1 would make it zero; py-fsrs does not check.
        guard desiredRetention > 0, desiredRetention < 1 else { throw .desiredRetentionOutOfRange(desiredRetention) }
        // About ten thousand years: no two calendar dates lies further apart, and it keeps every wait well inside Int64 µs.
        guard (1...Self.longestInterval).contains(maximumInterval) else {
            throw .maximumIntervalOutOfRange(maximumInterval)
        }
        // A step longer than the longest review interval would make learning slower than reviewing.
        let longestStep = Double(maximumInterval) * 86_400
        for step in learningSteps where !(step > 0 && step <= longestStep) { throw .invalidLearningStep(step) }
        for step in relearningSteps where !(step > 0 && step <= longestStep) { throw .invalidRelearningStep(step) }
        self.init(
            validatedWeights: weights, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, enableFuzzing: enableFuzzing)
    }

    private init(
        validatedWeights: [Double], desiredRetention: Double, learningSteps: [TimeInterval],
        relearningSteps: [TimeInterval], maximumInterval: Int, enableFuzzing: Bool
    ) {
        weights = validatedWeights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
    }
}

/// Why a set of FSRS parameters was refused.
public enum FSRSParametersError: Error, Equatable, CustomStringConvertible {
    case wrongWeightCount(Int)
    case weightOutOfBounds(index: Int, value: Double, bounds: ClosedRange<Double>)
    case desiredRetentionOutOfRange(Double)
    case invalidLearningStep(TimeInterval)
    case invalidRelearningStep(TimeInterval)
    case maximumIntervalOutOfRange(Int)

    public var description: String {
        switch self {
        case .wrongWeightCount(let count):
            "FSRS-6 needs \(FSRSParameters.weightCount) weights, got \(count)"
        case .weightOutOfBounds(let index, let value, let bounds):
            "weight w\(index) = \(value) is outside \(bounds.lowerBound)...\(bounds.upperBound)"
        case .desiredRetentionOutOfRange(let value):
            "desired retention \(value) must be between 0 and 1 (exclusive)"
        case .invalidLearningStep(let step):
            "learning step \(step) s must be positive and no longer than the maximum interval"
        case .invalidRelearningStep(let step):
            "relearning step \(step) s must be positive and no longer than the maximum interval"
        case .maximumIntervalOutOfRange(let days):
            "maximum interval \(days) days must be between 1 and \(FSRSParameters.longestInterval)"
        }
    }
}
