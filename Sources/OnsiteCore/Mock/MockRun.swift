import Foundation

/// A mock in progress, as a face that cannot hold a loop open (the web app) keeps it: where the candidate is in the
/// plan, what each answered item gave, and when the current segment started. Time-boxing is applied whenever the
/// run is touched: a segment whose budget is spent closes, and its unanswered items are marked not reached.
public struct MockRun: Codable, Sendable, Equatable {
    public let id: String
    public let plan: MockPlan
    public let startedAt: Date
    public private(set) var segmentIndex = 0
    public private(set) var itemIndex = 0
    public private(set) var segmentStartedAt: Date
    public private(set) var closed: [MockSegmentResult] = []
    private var answers: [MockItemResult] = []
    /// The candidate stopped before the last segment ended.
    public private(set) var stoppedEarly = false
    /// The candidate stopped, at whatever point.
    public private(set) var wasStopped = false

    public init(plan: MockPlan, startedAt: Date) {
        id = MockReport.id(startingAt: startedAt)
        self.plan = plan
        self.startedAt = startedAt
        segmentStartedAt = startedAt
    }

    /// True while there is an item to answer; false once every segment is closed (time for the self-scores).
    public var isAnswering: Bool { segmentIndex < plan.agenda.segments.count }

    public var currentSegment: MockSegment? {
        isAnswering ? plan.agenda.segments[segmentIndex] : nil
    }

    public var currentItem: MockItem? {
        isAnswering ? plan.items[segmentIndex][itemIndex] : nil
    }

    /// Seconds left in the current segment (negative once over).
    public func secondsLeft(at now: Date) -> Double {
        guard let segment = currentSegment else { return 0 }
        return Double(segment.minutes * 60) - now.timeIntervalSince(segmentStartedAt)
    }

    /// Closes the current segment if its time is up before the candidate answers; returns whether it did.
    @discardableResult
    public mutating func closeIfOverdue(at now: Date) -> Bool {
        guard isAnswering, secondsLeft(at: now) <= 0 else { return false }
        closeSegment(at: now)
        return true
    }

    /// Records the current item's result and moves on; the segment closes after its last item or when its time
    /// is spent.
    public mutating func record(_ result: MockItemResult, at now: Date) {
        guard isAnswering else { return }
        answers.append(result)
        itemIndex += 1
        if itemIndex >= plan.items[segmentIndex].count || secondsLeft(at: now) <= 0 {
            closeSegment(at: now)
        }
    }

    /// Stops the mock: the current segment closes with what was answered, later ones are left out.
    public mutating func stop(at now: Date) {
        guard isAnswering else { return }
        closeSegment(at: now)
        wasStopped = true
        stoppedEarly = segmentIndex < plan.agenda.segments.count
        segmentIndex = plan.agenda.segments.count
    }

    private mutating func closeSegment(at now: Date) {
        let items = plan.items[segmentIndex]
        let results = answers + items[answers.count...].map { MockItemResult(item: $0, answered: false) }
        closed.append(MockSegmentResult(segment: plan.agenda.segments[segmentIndex],
                                        secondsUsed: now.timeIntervalSince(segmentStartedAt), items: results))
        answers = []
        segmentIndex += 1
        itemIndex = 0
        segmentStartedAt = now
    }

    /// The report as it stands; `scores` are the self-scores in segment order (missing ones stay unscored).
    public func report(scores: [Int?] = [], at now: Date) -> MockReport {
        var segments = closed
        for index in segments.indices where index < scores.count {
            segments[index].selfScore = scores[index].flatMap { (1...4).contains($0) ? $0 : nil }
        }
        var report = MockReport(id: id, format: plan.agenda.format, startedAt: startedAt, finishedAt: now,
                                segments: segments, endedEarly: stoppedEarly)
        report.pushedToDrill = report.itemsToDrill
        return report
    }
}

extension MockReport {
    /// Bank items to drill again: every answer that showed a gap, and every item of a segment scored 1 or 2.
    public var itemsToDrill: [String] {
        var ids = itemsNeedingPractice(kinds: [.question, .scenario]).map(\.id)
        for segment in segments where (segment.selfScore ?? 4) <= 2 {
            ids += segment.items.map(\.item).filter { $0.kind == .question || $0.kind == .scenario }.map(\.id)
        }
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
