import Foundation

/// An executable SQL challenge: a problem, its tables, the datasets a submission runs on and the reference answer.
public struct SQLChallenge: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var difficulty: Difficulty
    public var topics: [String]
    /// Engines the challenge is graded on; the reference solution must pass on each.
    public var engines: [SQLEngine]
    public var contract: JudgeContract
    /// The problem statement (Markdown).
    public var prompt: String
    /// `CREATE TABLE` statements, shared by every dataset.
    public var schema: String
    /// The visible sample dataset first, then the hidden ones.
    public var datasets: [SQLDataset]
    /// Reference solution per engine (an engine without its own uses the SQLite one).
    public var solutions: [SQLEngine: String]

    public init(
        id: String, title: String, difficulty: Difficulty, topics: [String], engines: [SQLEngine],
        contract: JudgeContract, prompt: String, schema: String, datasets: [SQLDataset], solutions: [SQLEngine: String]
    ) {
        self.id = id
        self.title = title
        self.difficulty = difficulty
        self.topics = topics
        self.engines = engines
        self.contract = contract
        self.prompt = prompt
        self.schema = schema
        self.datasets = datasets
        self.solutions = solutions
    }

    public func solution(for engine: SQLEngine) -> String? {
        solutions[engine] ?? solutions[.sqlite]
    }

    public var visibleDatasets: [SQLDataset] { datasets.filter { !$0.hidden } }
}

public enum SQLEngine: String, Sendable, Codable, CaseIterable, Hashable {
    case sqlite
    case postgres
}

/// One set of rows a submission is run against.
public struct SQLDataset: Sendable, Equatable {
    public var name: String
    public var hidden: Bool
    /// `INSERT` statements (trusted: they come from content, not from the user).
    public var sql: String

    public init(name: String, hidden: Bool, sql: String) {
        self.name = name
        self.hidden = hidden
        self.sql = sql
    }
}

/// How a result is compared with the reference: stated to the user, never hidden.
public struct JudgeContract: Sendable, Equatable {
    public enum Order: Sendable, Equatable {
        /// Rows compare as multisets.
        case none
        /// Rows must come in the reference's order (the problem asks for ORDER BY).
        case full
        /// Rows must be ordered by these columns; order among equal keys is free.
        case keys([String])
    }

    public enum Columns: String, Sendable, Equatable {
        /// The n-th column is compared with the n-th; names are free.
        case byPosition = "by_position"
        /// Columns are matched by name (case-insensitive); their order is free.
        case byName = "by_name"
    }

    public static let defaultFloatTolerance = 1e-6

    public var order: Order
    /// Relative tolerance for comparing numbers.
    public var floatTolerance: Double
    public var columns: Columns

    public init(order: Order = .none, floatTolerance: Double = JudgeContract.defaultFloatTolerance,
                columns: Columns = .byPosition) {
        self.order = order
        self.floatTolerance = floatTolerance
        self.columns = columns
    }

    /// One line per rule, for showing the contract next to the problem.
    public var summary: [String] {
        let orderText = switch order {
        case .none: "Row order does not matter (rows compare as a multiset; duplicates count)."
        case .full: "Row order matters: return rows in the order the problem asks for (use ORDER BY)."
        case .keys(let keys): "Rows must be ordered by \(keys.joined(separator: ", ")); ties may come in any order."
        }
        let columnText = switch columns {
        case .byPosition: "Columns are compared by position; their names do not matter."
        case .byName: "Columns are matched by name (case-insensitive); their order does not matter."
        }
        return [orderText, columnText,
                "Numbers match within a relative tolerance of \(Self.format(floatTolerance)); NULL equals NULL."]
    }

    /// 1e-6 rather than 1e-06 or 0.000001.
    static func format(_ tolerance: Double) -> String {
        guard tolerance > 0, tolerance < 0.001 else { return "\(tolerance)" }
        let exponent = Int(log10(tolerance).rounded(.down))
        let mantissa = tolerance / pow(10, Double(exponent))
        let mantissaText = abs(mantissa - mantissa.rounded()) < 1e-9 ? String(Int(mantissa.rounded())) : String(format: "%.2g", mantissa)
        return "\(mantissaText)e\(exponent)"
    }
}
