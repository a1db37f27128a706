import Foundation

/// Turns free text into comparable word stems: lower case, punctuation gone, common English endings stripped, and
/// filler words dropped. The same rules apply to a typed answer and to a key point's phrasings, so what matters is
/// that "partitioned", "partitions" and "partitioning" meet at one stem, not that the stems are real words.
public enum AnswerNormalizer {
    /// Words that carry no meaning for a key point; dropped so "the partition key" matches "partition key".
    static let fillerWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "be", "by", "it", "its", "that",
        "this", "with", "as", "at", "from", "into", "so", "can", "you", "your", "we", "our", "which", "then",
    ]

    public static func stems(_ text: String) -> [String] {
        words(text).filter { !fillerWords.contains($0) }.map(stem)
    }

    /// Lower-cased runs of letters and digits; everything else separates words ("S3's" gives "s3" and "s").
    /// Negations are spelled out ("doesn't" has "not", as a phrasing like "not retry" expects), and digit groups
    /// are joined ("10,240" is "10240").
    static func words(_ text: String) -> [String] {
        var text = text.lowercased().replacingOccurrences(of: "’", with: "'")
        for (contraction, expansion) in [("can't", "can not"), ("won't", "will not"), ("n't", " not")] {
            text = text.replacingOccurrences(of: contraction, with: expansion)
        }
        let characters = Array(text)
        var joined = ""
        joined.reserveCapacity(characters.count)
        for (index, character) in characters.enumerated() {
            if character == ",", index > 0, index + 1 < characters.count, characters[index - 1].isNumber,
               characters[index + 1].isNumber { continue }
            joined.append(character)
        }
        return joined.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// A light suffix stripper (plural, -ing, -ed, -ly, -ation, -ity, final -e and -y), enough for the phrasings
    /// key points use.
    static func stem(_ word: String) -> String {
        var word = word
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        if word.hasSuffix("ies"), word.count > 4 {
            word = String(word.dropLast(3)) + "i"
        } else if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            word.removeLast()
        }
        if word.hasSuffix("ing"), word.count > 5 {
            word = undoubled(String(word.dropLast(3)))
        } else if word.hasSuffix("ed"), word.count > 4 {
            word = undoubled(String(word.dropLast(2)))
        }
        if word.hasSuffix("ly"), word.count > 4 { word.removeLast(2) }
        // Nouns meet their verbs and adjectives: "serialization" and "serialized" at "serializ", "validation",
        // "validate" and "validated" at "validat", "durability" and "durable" at "durabl".
        if word.hasSuffix("ization"), word.count > 9 {
            word.removeLast(5)
        } else if word.hasSuffix("ation"), word.count > 8 {
            word.removeLast(3)
        } else if word.hasSuffix("ility"), word.count > 8 {
            word = String(word.dropLast(5)) + "le"
        } else if word.hasSuffix("ity"), word.count > 7 {
            word.removeLast(3)
        }
        if word.hasSuffix("e"), word.count > 3 { word.removeLast() }
        if word.hasSuffix("y"), word.count > 3 { word = String(word.dropLast()) + "i" }
        return word
    }

    /// "stopped" loses "ed" to "stopp"; the doubled consonant goes too, to meet "stop".
    private static func undoubled(_ stem: String) -> String {
        guard stem.count > 3, let last = stem.last, let previous = stem.dropLast().last, last == previous,
              !"aeiouslz".contains(last) else { return stem }
        return String(stem.dropLast())
    }
}
