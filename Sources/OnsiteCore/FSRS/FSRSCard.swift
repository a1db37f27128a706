import Foundation

/// One card's scheduling record: what FSRS knows about the learner's memory of it and when it is due.
///
/// Stability and difficulty are `nil` until the first review; after that the scheduler always sets both.
public struct FSRSCard: Sendable, Equatable {
    public var state: FSRSCardState
    /// The index into the learning or relearning steps; `nil` while the card is in review.
    public var step: Int?
    /// Days until retrievability falls to 90 %, the memory's "half-life" in FSRS terms.
    public var stability: Double?
    /// How hard the card is for this learner, from 1 (easy) to 10 (hard).
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    public init(
        state: FSRSCardState, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?
    ) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never reviewed: learning, at the first step, with no memory state yet.
    public init(due: Date) {
        self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }
}
