import Foundation

/// Decides whether two questions ask the same thing, from the overlap of their meaningful words.
///
/// Each question becomes a set of light-stemmed content words plus adjacent word pairs (so "group by" and
/// "by group" differ). The score is the Jaccard index of the two sets. The threshold is calibrated on the
/// shipped bank: the closest two distinct questions of 160 score 0.12, while the reworded copies in
/// `DuplicateQuestionTests` score 0.58 and up, so 0.35 leaves a wide margin on both sides.
public struct QuestionSimilarity: Sendable {
    public static let duplicateThreshold = 0.35

    private static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "was", "be", "it",
        "its", "this", "that", "these", "those", "what", "whats", "which", "when", "why", "how", "do", "does",
        "you", "your", "would", "could", "should", "can", "i", "we", "they", "them", "as", "at", "by", "from",
        "explain", "describe", "tell", "me", "about", "between", "difference", "differences", "versus", "vs",
        "compare", "give", "example", "use", "using", "some", "any", "there", "their", "if", "then", "than",
        "into", "each", "one", "will", "did", "so", "not", "no", "yes", "does", "has", "have", "been",
    ]

    public let features: Set<String>

    public init(text: String) {
        let words = Self.contentWords(text)
        var features = Set(words)
        for (first, second) in zip(words, words.dropFirst()) { features.insert(first + " " + second) }
        self.features = features
    }

    public func similarity(to other: QuestionSimilarity) -> Double {
        let union = features.union(other.features).count
        guard union > 0 else { return 0 }
        return Double(features.intersection(other.features).count) / Double(union)
    }

    static func contentWords(_ text: String) -> [String] {
        let lowered = text.lowercased()
        var words: [String] = []
        var current = ""
        // Apostrophes vanish so "what's" is one word and "cpython's" stems to "cpython".
        for character in lowered where character != "'" && character != "’" {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.filter { !stopWords.contains($0) }.map(stem)
    }

    /// A crude suffix stripper: enough to make "partitions"/"partitioning"/"partitioned" and "tuples"/"tuple" agree.
    static func stem(_ word: String) -> String {
        guard word.count > 4 else { return word }
        for suffix in ["ing", "ed"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        // "-es" is a plural ending only after a sibilant (classes, indexes, batches); otherwise drop just "-s".
        if ["sses", "xes", "zes", "ches", "shes"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }
}
