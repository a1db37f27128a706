import Foundation

/// What the candidate has done, as the plan, the checklists and readiness see it. Gathered from the stores by
/// `PlanEvidence.gather` in OnsiteStorage; built by hand in tests.
public struct PlanEvidence: Sendable, Equatable {
    /// Challenges with an accepted submission, and the day of the first acceptance.
    public var acceptedChallenges: [String: CalendarDate]
    /// Challenges tried at least once (accepted or not).
    public var attemptedChallenges: Set<String>
    /// Drill cards by item id.
    public var cards: [String: FSRSCard]
    /// The days each item was rated in the drill.
    public var reviewDays: [String: Set<CalendarDate>]
    /// Finished mocks: their format, the day they were taken, and the self-scores per segment activity.
    public var mocks: [FinishedMock]
    /// Principle ids mapped to how many stories that pass the lint demonstrate them.
    public var storiesByPrinciple: [String: Int]
    /// Stories that pass the lint.
    public var passingStories: Int
    /// AWS labs passed, with the day each first passed every check.
    public var passedLabs: [String: CalendarDate]

    public struct FinishedMock: Sendable, Equatable {
        public var format: MockFormat
        public var day: CalendarDate
        public var finishedAt: Date
        /// Self-scores (1-4) by the segment's activity; nil where the segment was not scored.
        public var scores: [(activity: MockActivity, score: Int?)]
        public var endedEarly: Bool

        public init(format: MockFormat, day: CalendarDate, finishedAt: Date, scores: [(activity: MockActivity, score: Int?)],
                    endedEarly: Bool = false) {
            self.format = format
            self.day = day
            self.finishedAt = finishedAt
            self.scores = scores
            self.endedEarly = endedEarly
        }

        public static func == (lhs: FinishedMock, rhs: FinishedMock) -> Bool {
            lhs.format == rhs.format && lhs.day == rhs.day && lhs.finishedAt == rhs.finishedAt
                && lhs.endedEarly == rhs.endedEarly
                && lhs.scores.map(\.activity) == rhs.scores.map(\.activity) && lhs.scores.map(\.score) == rhs.scores.map(\.score)
        }
    }

    public init(acceptedChallenges: [String: CalendarDate] = [:], attemptedChallenges: Set<String> = [],
                cards: [String: FSRSCard] = [:], reviewDays: [String: Set<CalendarDate>] = [:], mocks: [FinishedMock] = [],
                storiesByPrinciple: [String: Int] = [:], passingStories: Int = 0, passedLabs: [String: CalendarDate] = [:]) {
        self.passedLabs = passedLabs
        self.acceptedChallenges = acceptedChallenges
        self.attemptedChallenges = attemptedChallenges.union(acceptedChallenges.keys)
        self.cards = cards
        self.reviewDays = reviewDays
        self.mocks = mocks
        self.storiesByPrinciple = storiesByPrinciple
        self.passingStories = passingStories
    }

    /// The probability of recalling `itemID` at `date` by its FSRS card; 0 for an item never drilled.
    public func recall(of itemID: String, at date: Date, scheduler: FSRSScheduler = FSRSScheduler()) -> Double {
        guard let card = cards[itemID] else { return 0 }
        return scheduler.retrievability(of: card, at: date)
    }

    /// Whether the task is done; nil for guidance, which Onsite cannot see.
    public func isDone(_ task: PlanTask, plannedFor day: CalendarDate) -> Bool? {
        switch task.kind {
        case .sqlChallenges, .pythonChallenges:
            return task.itemIDs.allSatisfy { acceptedChallenges[$0] != nil }
        case .conceptReview, .awsDeepDive, .systemDesign, .weakSpots:
            // A weak-spot task mixes questions and challenges: either counts.
            return task.itemIDs.allSatisfy { id in
                acceptedChallenges[id].map { $0 >= day } == true
                    || (reviewDays[id]?.contains { $0 >= day } ?? false)
            }
        case .mock:
            return mocks.contains { $0.day >= day && $0.format == task.mockFormat && !$0.endedEarly }
        case .story:
            return task.itemIDs.allSatisfy { (storiesByPrinciple[$0] ?? 0) > 0 }
        case .guidance:
            return nil
        }
    }
}
