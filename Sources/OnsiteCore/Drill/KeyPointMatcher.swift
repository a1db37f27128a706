import Foundation

/// How much of a question's key points a typed answer covered.
public struct KeyPointCoverage: Sendable, Equatable {
    public var covered: [KeyPoint]
    public var missed: [KeyPoint]

    /// Covered points over all points; 1 when the question has none.
    public var fraction: Double {
        let total = covered.count + missed.count
        return total == 0 ? 1 : Double(covered.count) / Double(total)
    }

    /// The rating Onsite proposes; the user confirms or overrides it. Covering every point is Easy, most of them
    /// Good, under 70% Hard, and under 30% (an answer that misses the substance) Again.
    public var suggestedRating: FSRSRating {
        switch fraction {
        case 1...: .easy
        case 0.7...: .good
        case 0.3...: .hard
        default: .again
        }
    }
}

/// Checks a typed answer against key points' `match` phrasings. A phrasing matches when all its word stems occur
/// in the answer within a small window, in any order: "partition by date" is met by "dates we partition by".
public struct KeyPointMatcher: Sendable {
    /// Extra words allowed between a phrasing's words.
    public var slack: Int

    public init(slack: Int = 3) {
        self.slack = slack
    }

    public func coverage(of answer: String, against points: [KeyPoint]) -> KeyPointCoverage {
        let stems = AnswerNormalizer.stems(answer)
        var coverage = KeyPointCoverage(covered: [], missed: [])
        for point in points {
            let phrasings = point.match.isEmpty ? [point.point] : point.match
            if phrasings.contains(where: { matches($0, in: stems) }) {
                coverage.covered.append(point)
            } else {
                coverage.missed.append(point)
            }
        }
        return coverage
    }

    func matches(_ phrasing: String, in answer: [String]) -> Bool {
        // A phrasing made only of filler words ("on", "the") keeps them, so it can still match something.
        var wanted = AnswerNormalizer.stems(phrasing)
        if wanted.isEmpty { wanted = AnswerNormalizer.words(phrasing) }
        guard !wanted.isEmpty else { return false }
        let needed = Dictionary(wanted.map { ($0, 1) }, uniquingKeysWith: +)
        let window = wanted.count + slack
        for start in answer.indices where needed[answer[start]] != nil {
            var missing = needed
            for word in answer[start..<min(answer.count, start + window)] {
                if let count = missing[word] {
                    missing[word] = count > 1 ? count - 1 : nil
                    if missing.isEmpty { return true }
                }
            }
        }
        return false
    }
}
