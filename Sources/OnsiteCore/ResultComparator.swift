import Foundation

/// How a submission's result differs from the reference, in terms a person can act on.
public struct ResultDiff: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case columnCount = "column_count"
        case columnNames = "column_names"
        case rowCount = "row_count"
        case rows
        case order
    }

    public struct CellMismatch: Sendable, Codable, Equatable {
        /// 1-based row in the compared order.
        public var row: Int
        public var column: String
        public var expected: String
        public var actual: String
    }

    public var kind: Kind
    public var message: String
    public var expectedColumns: [String]?
    public var actualColumns: [String]?
    public var expectedRowCount: Int?
    public var actualRowCount: Int?
    /// First rows the reference has and the submission lacks.
    public var missingRows: [[String]]?
    /// First rows the submission has and the reference lacks.
    public var extraRows: [[String]]?
    public var firstMismatch: CellMismatch?

    enum CodingKeys: String, CodingKey {
        case kind, message, expectedColumns = "expected_columns", actualColumns = "actual_columns"
        case expectedRowCount = "expected_row_count", actualRowCount = "actual_row_count"
        case missingRows = "missing_rows", extraRows = "extra_rows", firstMismatch = "first_mismatch"
    }

    /// For hidden datasets: the kind of mismatch and the counts, never the data.
    public func redacted() -> ResultDiff {
        var copy = ResultDiff(kind: kind, message: Self.hiddenMessage(for: self))
        copy.expectedRowCount = expectedRowCount
        copy.actualRowCount = actualRowCount
        if kind == .columnCount || kind == .columnNames {
            copy.expectedColumns = expectedColumns
            copy.actualColumns = actualColumns
        }
        return copy
    }

    init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    private static func hiddenMessage(for diff: ResultDiff) -> String {
        switch diff.kind {
        case .columnCount, .columnNames: diff.message
        case .rowCount:
            "expected \(diff.expectedRowCount ?? 0) rows, got \(diff.actualRowCount ?? 0) (think about ties, NULLs, duplicates and empty tables)"
        case .rows: "same number of rows, but some values differ (think about NULLs, ties and rounding)"
        case .order: "right rows, wrong order"
        }
    }
}

/// Compares a submission's result with the reference under a challenge's contract.
public struct ResultComparator: Sendable {
    public static let rowsShown = 5
    public let contract: JudgeContract

    public init(contract: JudgeContract) {
        self.contract = contract
    }

    /// `nil` when the results match.
    public func diff(expected: ResultSet, actual: ResultSet) -> ResultDiff? {
        guard expected.columns.count == actual.columns.count else {
            var diff = ResultDiff(
                kind: .columnCount,
                message: "expected \(expected.columns.count) column(s) (\(expected.columns.joined(separator: ", "))), got \(actual.columns.count) (\(actual.columns.joined(separator: ", ")))")
            diff.expectedColumns = expected.columns
            diff.actualColumns = actual.columns
            return diff
        }
        var actual = actual
        if contract.columns == .byName {
            switch align(actual, toColumnsOf: expected) {
            case .aligned(let aligned): actual = aligned
            case .mismatch(let diff): return diff
            }
        }
        if let diff = compareRows(expected: expected, actual: actual) { return diff }
        return compareOrder(expected: expected, actual: actual)
    }

    // MARK: - Columns

    private enum Alignment {
        case aligned(ResultSet)
        case mismatch(ResultDiff)
    }

    private func align(_ actual: ResultSet, toColumnsOf expected: ResultSet) -> Alignment {
        let actualIndex = Dictionary(actual.columns.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        let wanted = expected.columns.map { $0.lowercased() }
        let missing = wanted.filter { actualIndex[$0] == nil }
        guard missing.isEmpty, Set(actual.columns.map { $0.lowercased() }).count == actual.columns.count else {
            let unexpected = actual.columns.filter { !wanted.contains($0.lowercased()) }
            var diff = ResultDiff(
                kind: .columnNames,
                message: "columns are matched by name: missing \(missing.joined(separator: ", ")); unexpected \(unexpected.joined(separator: ", ")) (check your aliases)")
            diff.expectedColumns = expected.columns
            diff.actualColumns = actual.columns
            return .mismatch(diff)
        }
        let order = wanted.map { actualIndex[$0]! }
        return .aligned(ResultSet(columns: expected.columns, rows: actual.rows.map { row in order.map { row[$0] } }))
    }

    // MARK: - Rows as multisets

    private func compareRows(expected: ResultSet, actual: ResultSet) -> ResultDiff? {
        // Fast path: identical results (the common case for an accepted answer) need no sorting.
        if expected.rows == actual.rows { return nil }
        let sortedExpected = expected.rows.map(Comparable.init).sorted(by: rowPrecedes)
        let sortedActual = actual.rows.map(Comparable.init).sorted(by: rowPrecedes)
        var missing: [[SQLValue]] = [], extra: [[SQLValue]] = []
        var i = 0, j = 0
        while i < sortedExpected.count || j < sortedActual.count {
            if i < sortedExpected.count, j < sortedActual.count, rowsEqual(sortedExpected[i].keys, sortedActual[j].keys) {
                i += 1; j += 1
            } else if j >= sortedActual.count || (i < sortedExpected.count && rowPrecedes(sortedExpected[i], sortedActual[j])) {
                missing.append(sortedExpected[i].row); i += 1
            } else {
                extra.append(sortedActual[j].row); j += 1
            }
        }
        guard !missing.isEmpty || !extra.isEmpty else { return nil }

        let countsDiffer = expected.rows.count != actual.rows.count
        var message = countsDiffer
            ? "expected \(expected.rows.count) row(s), got \(actual.rows.count)"
            : "same number of rows (\(expected.rows.count)), but \(missing.count) of them differ"
        var diff = ResultDiff(kind: countsDiffer ? .rowCount : .rows, message: message)
        diff.expectedRowCount = expected.rows.count
        diff.actualRowCount = actual.rows.count
        diff.missingRows = missing.prefix(Self.rowsShown).map(render)
        diff.extraRows = extra.prefix(Self.rowsShown).map(render)
        if let firstMissing = missing.first, let firstExtra = extra.first,
           let column = firstExtra.indices.first(where: { !valuesEqual(firstMissing[$0], firstExtra[$0]) }) {
            let row = (actual.rows.firstIndex { $0 == firstExtra } ?? 0) + 1
            diff.firstMismatch = ResultDiff.CellMismatch(
                row: row, column: expected.columns[column],
                expected: firstMissing[column].description, actual: firstExtra[column].description)
            message += "; first mismatch in column \(expected.columns[column]): expected \(firstMissing[column]), got \(firstExtra[column])"
            diff.message = message
        }
        return diff
    }

    // MARK: - Order

    private func compareOrder(expected: ResultSet, actual: ResultSet) -> ResultDiff? {
        let keyColumns: [Int]
        switch contract.order {
        case .none:
            return nil
        case .full:
            keyColumns = Array(expected.columns.indices)
        case .keys(let keys):
            keyColumns = keys.compactMap { key in expected.columns.firstIndex { $0.lowercased() == key.lowercased() } }
        }
        for (index, (wanted, got)) in zip(expected.rows, actual.rows).enumerated() {
            let wantedKey = keyColumns.map { wanted[$0] }, gotKey = keyColumns.map { got[$0] }
            if !rowsEqual(wantedKey, gotKey) {
                var diff = ResultDiff(
                    kind: .order,
                    message: "right rows, wrong order: row \(index + 1) should be (\(render(wanted).joined(separator: ", "))) but is (\(render(got).joined(separator: ", ")))")
                diff.expectedRowCount = expected.rows.count
                diff.actualRowCount = actual.rows.count
                diff.firstMismatch = ResultDiff.CellMismatch(
                    row: index + 1, column: expected.columns[keyColumns[0]],
                    expected: wanted[keyColumns[0]].description, actual: got[keyColumns[0]].description)
                return diff
            }
        }
        return nil
    }

    // MARK: - Values

    /// A value reduced once to what comparison needs, so sorting never re-parses text.
    enum Key: Equatable {
        case null
        case number(Double)
        case text(String)
        case blob([UInt8])

        init(_ value: SQLValue) {
            switch value {
            case .null: self = .null
            case .integer(let integer): self = .number(Double(integer))
            case .real(let real): self = .number(real)
            // PostgreSQL NUMERIC arrives as text: numeric text compares as a number.
            case .text(let text): self = Double(text.trimmingCharacters(in: .whitespaces)).map(Key.number) ?? .text(text)
            case .blob(let bytes): self = .blob(bytes)
            }
        }

        var rank: Int {
            switch self {
            case .null: 0
            case .number: 1
            case .text: 2
            case .blob: 3
            }
        }
    }

    /// A row with its comparison keys.
    struct Comparable {
        var row: [SQLValue]
        var keys: [Key]

        init(_ row: [SQLValue]) {
            self.row = row
            keys = row.map(Key.init)
        }
    }

    public func valuesEqual(_ lhs: SQLValue, _ rhs: SQLValue) -> Bool {
        keysEqual(Key(lhs), Key(rhs))
    }

    func keysEqual(_ lhs: Key, _ rhs: Key) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.number(let a), .number(let b)):
            if a == b { return true }
            return abs(a - b) <= contract.floatTolerance * max(1, abs(a), abs(b))
        case (.text(let a), .text(let b)): return a == b
        case (.blob(let a), .blob(let b)): return a == b
        default: return false
        }
    }

    func rowsEqual(_ lhs: [Key], _ rhs: [Key]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy(keysEqual)
    }

    func rowsEqual(_ lhs: [SQLValue], _ rhs: [SQLValue]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy(valuesEqual)
    }

    /// A total order for sorting rows before the multiset walk: NULL, then numbers, then text, then blobs.
    func rowPrecedes(_ lhs: Comparable, _ rhs: Comparable) -> Bool {
        for (a, b) in zip(lhs.keys, rhs.keys) where !keysEqual(a, b) {
            return keyPrecedes(a, b)
        }
        return lhs.keys.count < rhs.keys.count
    }

    private func keyPrecedes(_ lhs: Key, _ rhs: Key) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.text(let a), .text(let b)): return a < b
        case (.blob(let a), .blob(let b)): return a.lexicographicallyPrecedes(b)
        default: return lhs.rank < rhs.rank
        }
    }

    private func render(_ row: [SQLValue]) -> [String] {
        row.map(\.description)
    }
}
