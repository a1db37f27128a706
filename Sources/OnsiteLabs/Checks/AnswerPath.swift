import Foundation
import OnsiteCore

/// Finds the values at a check's path in a parsed answer.
///
/// `Rule[*].Transition[*].StorageClass` goes into every rule and every transition. A list met where a field
/// name is expected is walked through, and a single value met where `[*]` is written counts as a list of one,
/// because AWS writes `"Action": "s3:GetObject"` and `"Action": ["s3:GetObject"]` interchangeably. Text that
/// holds JSON (a policy document, a state machine definition) is parsed when the path goes on into it.
enum AnswerPath {
    enum Step: Equatable {
        case field(String)
        case every
        case index(Int)
    }

    static func steps(_ path: String) -> [Step] {
        var steps: [Step] = []
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var brackets: [Step] = []
            while let open = name.lastIndex(of: "["), name.hasSuffix("]") {
                let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
                brackets.insert(inside == "*" ? .every : .index(Int(inside) ?? 0), at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { steps.append(.field(String(name))) }
            steps += brackets
        }
        return steps
    }

    static func values(at path: String, in answer: JSONValue) -> [JSONValue] {
        var current: [JSONValue] = [answer]
        for step in steps(path) {
            var next: [JSONValue] = []
            for value in current.map(expandJSONText) {
                switch step {
                case .field(let name):
                    next += field(name, in: value)
                case .every:
                    if case .array(let list) = value { next += list } else if value != .null { next.append(value) }
                case .index(let index):
                    if case .array(let list) = value, list.indices.contains(index) { next.append(list[index]) }
                }
            }
            current = next
        }
        return current.map(expandJSONText).filter { $0 != .null }
    }

    private static func field(_ name: String, in value: JSONValue) -> [JSONValue] {
        switch value {
        case .object(let object): object[name].map { [$0] } ?? []
        case .array(let list): list.flatMap { field(name, in: expandJSONText($0)) }
        default: []
        }
    }

    /// A string holding a JSON object or list, read as JSON; anything else as it is.
    static func expandJSONText(_ value: JSONValue) -> JSONValue {
        guard case .string(let text) = value else { return value }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("{") || trimmed.hasPrefix("["),
              let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(trimmed.utf8)) else { return value }
        return parsed
    }

    /// A value as the checks compare it: text as is, numbers without a needless ".0", true/false.
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: nil
        }
    }

    static func number(_ value: JSONValue) -> Double? {
        if case .string(let text) = value { return Double(text) }
        return value.number
    }
}

extension LabExpectation {
    /// Whether the answer meets the condition, and what was found, for the report.
    func evaluate(on answer: JSONValue) -> (passed: Bool, found: String) {
        let values = AnswerPath.values(at: path, in: answer)
        let texts = values.compactMap(AnswerPath.text)
        let found = values.isEmpty ? "nothing at \(path)"
            : "\(path) = " + (texts.isEmpty ? "\(values.count) value(s)" : texts.prefix(6).joined(separator: ", ") + (texts.count > 6 ? ", …" : ""))
        let passed: Bool
        switch condition {
        case .exists(let present): passed = present == !values.isEmpty
        case .equals(let expected): passed = texts.contains(expected)
        case .noneEqual(let unwanted): passed = !texts.contains(unwanted)
        case .contains(let part): passed = texts.contains { $0.contains(part) }
        case .noneContain(let part): passed = !texts.contains { $0.contains(part) }
        case .atLeast(let bound): passed = values.compactMap(AnswerPath.number).contains { $0 >= bound }
        case .atMost(let bound): passed = values.compactMap(AnswerPath.number).contains { $0 <= bound }
        case .countAtLeast(let count): passed = values.count >= count
        case .matches(let pattern):
            let regex = try? NSRegularExpression(pattern: pattern)
            passed = texts.contains { text in
                regex?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            }
        }
        return (passed, found)
    }
}
