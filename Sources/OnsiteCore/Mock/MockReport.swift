import Foundation

/// A behavioral answer in the four parts interviewers listen for.
public struct STARAnswer: Codable, Sendable, Equatable {
    public var situation: String
    public var task: String
    public var action: String
    public var result: String

    public init(situation: String = "", task: String = "", action: String = "", result: String = "") {
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
    }

    public static let fieldNames = ["Situation", "Task", "Action", "Result"]

    public var fields: [String] { [situation, task, action, result] }

    /// The parts left empty, by name: a story without a result is the commonest behavioral miss.
    public var missingFields: [String] {
        zip(Self.fieldNames, fields).filter { $0.1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map(\.0)
    }

    public var text: String { fields.joined(separator: "\n") }
}

/// A system-design answer in the order a strong candidate works through it.
public struct DesignAnswer: Codable, Sendable, Equatable {
    public static let fieldNames = ["Requirements", "Estimates", "Architecture", "Data flow", "Trade-offs", "Failure modes"]

    /// One entry per `fieldNames`, in order.
    public var fields: [String]

    public init(fields: [String] = Array(repeating: "", count: DesignAnswer.fieldNames.count)) {
        self.fields = fields + Array(repeating: "", count: max(0, Self.fieldNames.count - fields.count))
    }

    public var missingFields: [String] {
        zip(Self.fieldNames, fields).filter { $0.1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map(\.0)
    }

    public var text: String { fields.joined(separator: "\n") }
}

/// How one item of a mock went.
public struct MockItemResult: Codable, Sendable, Equatable {
    public var item: MockItem
    /// False when the segment's time ran out (or the candidate skipped) before this item was answered.
    public var answered: Bool
    /// The typed answer, or the final code for a challenge.
    public var answer: String?
    public var star: STARAnswer?
    public var design: DesignAnswer?
    /// Key points covered, for anything checked against key points (questions, STAR stories, designs).
    public var coveredPoints: [String]
    public var missedPoints: [String]
    /// The judge's verdict on the last submission, for challenges.
    public var verdict: Verdict?
    public var verdictMessage: String?
    public var submissions: Int

    public init(item: MockItem, answered: Bool, answer: String? = nil, star: STARAnswer? = nil, design: DesignAnswer? = nil,
                coveredPoints: [String] = [], missedPoints: [String] = [], verdict: Verdict? = nil,
                verdictMessage: String? = nil, submissions: Int = 0) {
        self.item = item
        self.answered = answered
        self.answer = answer
        self.star = star
        self.design = design
        self.coveredPoints = coveredPoints
        self.missedPoints = missedPoints
        self.verdict = verdict
        self.verdictMessage = verdictMessage
        self.submissions = submissions
    }

    /// Covered over all key points; nil when the item has none checked (prompts, challenges).
    public var coverage: Double? {
        let total = coveredPoints.count + missedPoints.count
        return total == 0 ? nil : Double(coveredPoints.count) / Double(total)
    }

    /// Below this coverage an answer goes back into the drill.
    public static let weakCoverage = 0.7

    /// Whether the item showed a gap worth drilling again: unanswered, under 70% of its key points, or a challenge
    /// not accepted.
    public var needsPractice: Bool {
        guard item.kind != .prompt else { return false }
        if !answered { return true }
        if item.kind == .challenge { return verdict != .accepted }
        return (coverage ?? 1) < Self.weakCoverage
    }
}

/// How one segment went: its budget, the time it took, the items and the candidate's own score.
public struct MockSegmentResult: Codable, Sendable, Equatable {
    public var segment: MockSegment
    public var secondsUsed: Double
    /// 1–4 on `MockRubric`, given at the end of the mock; nil if the candidate stopped before scoring.
    public var selfScore: Int?
    public var items: [MockItemResult]

    public init(segment: MockSegment, secondsUsed: Double, selfScore: Int? = nil, items: [MockItemResult]) {
        self.segment = segment
        self.secondsUsed = secondsUsed
        self.selfScore = selfScore
        self.items = items
    }

    public var budgetSeconds: Double { Double(segment.minutes * 60) }
    public var isOverBudget: Bool { secondsUsed > budgetSeconds }
}

/// A finished (or stopped) mock: what the report shows and the history charts.
public struct MockReport: Codable, Sendable, Equatable, Identifiable {
    /// "20261204-090000", from the start time in UTC: sortable, and usable as a file name.
    public var id: String
    public var format: MockFormat
    public var startedAt: Date
    public var finishedAt: Date
    public var segments: [MockSegmentResult]
    /// True when the candidate stopped before the last segment.
    public var endedEarly: Bool
    /// Bank items (questions and scenarios) made due now in the drill because the mock exposed a gap.
    public var pushedToDrill: [String]

    public init(id: String, format: MockFormat, startedAt: Date, finishedAt: Date, segments: [MockSegmentResult],
                endedEarly: Bool = false, pushedToDrill: [String] = []) {
        self.id = id
        self.format = format
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.segments = segments
        self.endedEarly = endedEarly
        self.pushedToDrill = pushedToDrill
    }

    public static func id(startingAt date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }

    /// The mean of the self-scores given, 1–4; nil before any segment is scored.
    public var averageScore: Double? {
        let scores = segments.compactMap(\.selfScore)
        return scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
    }

    public var secondsUsed: Double { segments.map(\.secondsUsed).reduce(0, +) }
    public var budgetSeconds: Double { segments.map(\.budgetSeconds).reduce(0, +) }

    /// Items whose gap should be drilled: every `needsPractice` item that is in the bank, once each.
    public func itemsNeedingPractice(kinds: Set<MockItem.Kind>) -> [MockItem] {
        var seen = Set<String>()
        return segments.flatMap(\.items).filter { $0.needsPractice && kinds.contains($0.item.kind) }.map(\.item)
            .filter { seen.insert($0.id).inserted }
    }
}

/// "12:05" for minutes and seconds, "1:02:05" past the hour: how a clock on the wall reads.
public enum MockClock {
    public static func format(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let (hours, minutes, rest) = (total / 3600, total % 3600 / 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
