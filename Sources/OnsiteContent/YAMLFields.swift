import Foundation
import OnsiteCore
import Yams

/// Reads typed fields out of a YAML mapping, recording a located problem for every missing or mistyped one
/// instead of stopping at the first, so lint reports everything in one pass.
struct YAMLFields {
    let file: String
    /// Added to a Yams line to get the line in the file.
    let lineOffset: Int
    let mapping: Node.Mapping
    /// Line reported for a field that is absent (the start of the mapping).
    let mappingLine: Int
    var problems: [ContentProblem] = []

    init(file: String, lineOffset: Int, mapping: Node.Mapping, fallbackLine: Int) {
        self.file = file
        self.lineOffset = lineOffset
        self.mapping = mapping
        self.mappingLine = mapping.mark.map { $0.line + lineOffset } ?? fallbackLine
    }

    func line(of node: Node) -> Int {
        node.mark.map { $0.line + lineOffset } ?? mappingLine
    }

    func node(_ key: String) -> Node? {
        mapping[key]
    }

    func line(ofKey key: String) -> Int {
        for (keyNode, _) in mapping where keyNode.string == key { return line(of: keyNode) }
        return mappingLine
    }

    mutating func report(_ field: String, _ message: String, line: Int? = nil) {
        problems.append(ContentProblem(file: file, line: line ?? mappingLine, field: field, message: message))
    }

    /// Reports keys that are not in `allowed`, so a typo is never silently ignored.
    mutating func rejectUnknownKeys(allowed: [String]) {
        for (keyNode, _) in mapping {
            guard let key = keyNode.string, !allowed.contains(key) else { continue }
            let hint = Self.closest(to: key, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            report(key, "unknown field\(hint); allowed: \(allowed.joined(separator: ", "))", line: line(of: keyNode))
        }
    }

    mutating func requiredString(_ key: String) -> String? {
        guard let node = node(key) else {
            report(key, "required field is missing")
            return nil
        }
        return string(node, field: key)
    }

    mutating func string(_ node: Node, field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(field, "must be text, found \(Self.kind(of: node))", line: line(of: node))
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty {
            report(field, "must not be empty", line: line(of: node))
            return nil
        }
        return value
    }

    /// The required `difficulty` field as a Difficulty.
    mutating func requiredDifficulty() -> Difficulty? {
        guard let raw = requiredString("difficulty") else { return nil }
        guard let difficulty = Difficulty(rawValue: raw) else {
            report("difficulty", "'\(raw)' is not one of easy, medium, hard", line: line(ofKey: "difficulty"))
            return nil
        }
        return difficulty
    }

    mutating func optionalBool(_ key: String, default defaultValue: Bool) -> Bool {
        guard let node = node(key) else { return defaultValue }
        guard let value = node.bool, case .scalar = node else {
            report(key, "must be true or false, found '\(node.string ?? Self.kind(of: node))'", line: line(of: node))
            return defaultValue
        }
        return value
    }

    mutating func requiredInt(_ key: String) -> Int? {
        guard let node = node(key) else {
            report(key, "required field is missing")
            return nil
        }
        guard let value = node.int else {
            report(key, "must be a whole number, found '\(node.string ?? Self.kind(of: node))'", line: line(of: node))
            return nil
        }
        return value
    }

    /// A list of non-empty strings; `nil` when missing or not a list (a problem is recorded when required).
    mutating func stringList(_ key: String, required: Bool) -> [(value: String, line: Int)]? {
        guard let node = node(key) else {
            if required { report(key, "required field is missing") }
            return nil
        }
        return stringList(node, field: key)
    }

    mutating func stringList(_ node: Node, field: String) -> [(value: String, line: Int)]? {
        guard case .sequence(let sequence) = node else {
            report(field, "must be a list (e.g. [a, b] or one '- item' per line), found \(Self.kind(of: node))",
                   line: line(of: node))
            return nil
        }
        var values: [(value: String, line: Int)] = []
        for element in sequence {
            if let value = string(element, field: field) { values.append((value, line(of: element))) }
        }
        return values
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar: "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The allowed key nearest to a misspelt one, if it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        EditDistance.suggestion(for: word, among: candidates)
    }
}
