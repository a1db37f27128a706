import Foundation

/// Compares what a Python submission returned with the expected value, and says where they first differ.
public struct PythonValueComparator: Sendable {
    public let comparison: PythonComparison

    public init(comparison: PythonComparison) {
        self.comparison = comparison
    }

    /// `nil` when they match; otherwise a sentence pointing at the first difference.
    public func difference(expected: JSONValue, actual: JSONValue) -> String? {
        switch comparison.mode {
        case .exact: return deep(expected, actual, path: "result", tolerance: 0)
        case .float: return deep(expected, actual, path: "result", tolerance: comparison.floatTolerance)
        case .unordered: return unordered(expected, actual)
        case .dataframe: return dataframe(expected, actual)
        }
    }

    private func deep(_ expected: JSONValue, _ actual: JSONValue, path: String, tolerance: Double) -> String? {
        switch (expected, actual) {
        case (.array(let wanted), .array(let got)):
            if wanted.count != got.count {
                return "\(path) has \(got.count) item(s), expected \(wanted.count)"
            }
            for (index, (lhs, rhs)) in zip(wanted, got).enumerated() {
                if let difference = deep(lhs, rhs, path: "\(path)[\(index)]", tolerance: tolerance) { return difference }
            }
            return nil
        case (.object(let wanted), .object(let got)):
            if let set = wanted["__set__"], wanted.count == 1, let gotSet = got["__set__"] {
                return deep(set, gotSet, path: path, tolerance: tolerance)
            }
            let missing = wanted.keys.filter { got[$0] == nil }.sorted()
            let extra = got.keys.filter { wanted[$0] == nil }.sorted()
            if !missing.isEmpty || !extra.isEmpty {
                var parts: [String] = []
                if !missing.isEmpty { parts.append("missing key(s) \(missing.map { "'\($0)'" }.joined(separator: ", "))") }
                if !extra.isEmpty { parts.append("unexpected key(s) \(extra.map { "'\($0)'" }.joined(separator: ", "))") }
                return "\(path): " + parts.joined(separator: "; ")
            }
            for key in wanted.keys {
                if let difference = deep(wanted[key]!, got[key]!, path: "\(path)['\(key)']", tolerance: tolerance) {
                    return difference
                }
            }
            return nil
        default:
            return scalarsEqual(expected, actual, tolerance: tolerance)
                ? nil : "\(path) is \(actual), expected \(expected)"
        }
    }

    private func scalarsEqual(_ lhs: JSONValue, _ rhs: JSONValue, tolerance: Double) -> Bool {
        if let a = lhs.number, let b = rhs.number {
            if case .bool = lhs { return false }
            if a == b { return true }
            return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
        }
        return lhs == rhs
    }

    private func unordered(_ expected: JSONValue, _ actual: JSONValue) -> String? {
        guard case .array(let wanted) = expected, case .array(let got) = actual else {
            return deep(expected, actual, path: "result", tolerance: comparison.floatTolerance)
        }
        var remaining = got
        var missing: [JSONValue] = []
        for item in wanted {
            if let index = remaining.firstIndex(where: { deep(item, $0, path: "", tolerance: comparison.floatTolerance) == nil }) {
                remaining.remove(at: index)
            } else {
                missing.append(item)
            }
        }
        if missing.isEmpty, remaining.isEmpty { return nil }
        var parts: [String] = []
        if wanted.count != got.count { parts.append("result has \(got.count) item(s), expected \(wanted.count)") }
        if let first = missing.first { parts.append("missing \(first)") }
        if let first = remaining.first { parts.append("unexpected \(first)") }
        return parts.joined(separator: "; ") + " (order does not matter)"
    }

    private struct Frame {
        var columns: [String]
        var rows: [[JSONValue]]

        init?(_ value: JSONValue) {
            guard case .object(let wrapper) = value, case .object(let frame)? = wrapper["__dataframe__"],
                  case .array(let columns)? = frame["columns"] else { return nil }
            self.columns = columns.compactMap { if case .string(let name) = $0 { name } else { nil } }
            if case .array(let rows)? = frame["data"] {
                self.rows = rows.map { if case .array(let cells) = $0 { cells } else { [] } }
            } else {
                self.rows = []
            }
        }
    }

    private func dataframe(_ expected: JSONValue, _ actual: JSONValue) -> String? {
        guard let wanted = Frame(expected) else { return deep(expected, actual, path: "result", tolerance: comparison.floatTolerance) }
        guard let got = Frame(actual) else { return "result is not a DataFrame (got \(actual.description.prefix(80)))" }
        if wanted.columns != got.columns {
            return "columns are \(got.columns), expected \(wanted.columns)"
        }
        if wanted.rows.count != got.rows.count {
            return "DataFrame has \(got.rows.count) row(s), expected \(wanted.rows.count)"
        }
        if comparison.ignoreRowOrder {
            return unordered(.array(wanted.rows.map(JSONValue.array)), .array(got.rows.map(JSONValue.array)))
                .map { "rows differ: \($0)" }
        }
        for (index, (lhs, rhs)) in zip(wanted.rows, got.rows).enumerated() {
            for (column, (a, b)) in zip(wanted.columns, zip(lhs, rhs)) where !scalarsEqual(a, b, tolerance: comparison.floatTolerance) {
                return "row \(index), column '\(column)' is \(b), expected \(a)"
            }
        }
        return nil
    }
}
