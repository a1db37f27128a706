import OnsiteCore
import Yams

/// The `key_points` list every rubric-carrying file shares: each entry a point and the phrasings that count as covering it.
enum KeyPointFields {
    static func parse(_ fields: inout YAMLFields, range: ClosedRange<Int>, file: String) -> [KeyPoint]? {
        guard let node = fields.node("key_points") else {
            fields.report("key_points", "required field is missing")
            return nil
        }
        guard case .sequence(let sequence) = node else {
            fields.report("key_points", "must be a list of {point, match} entries, found \(YAMLFields.kind(of: node))",
                          line: fields.line(of: node))
            return nil
        }
        if !range.contains(sequence.count) {
            let found = sequence.isEmpty ? "it is empty" : "found \(sequence.count)"
            fields.report("key_points", "needs \(range.lowerBound) to \(range.upperBound) key points, \(found)", line: fields.line(of: node))
        }
        var keyPoints: [KeyPoint] = []
        for entry in sequence {
            guard case .mapping(let mapping) = entry else {
                fields.report("key_points", "each entry needs 'point' and 'match', found \(YAMLFields.kind(of: entry))",
                              line: fields.line(of: entry))
                continue
            }
            var inner = YAMLFields(file: file, lineOffset: fields.lineOffset, mapping: mapping,
                                   fallbackLine: fields.line(of: entry))
            inner.rejectUnknownKeys(allowed: ["point", "match"])
            let point = inner.requiredString("point")
            let match = inner.stringList("match", required: true)
            if let match, match.isEmpty {
                inner.report("match", "needs at least one phrasing that counts as covering the point",
                             line: inner.line(ofKey: "match"))
            }
            fields.problems += inner.problems.map { problem in
                var problem = problem
                problem.field = "key_points.\(problem.field)"
                return problem
            }
            if let point, let match, !match.isEmpty { keyPoints.append(KeyPoint(point: point, match: match.map(\.value))) }
        }
        return keyPoints
    }
}
