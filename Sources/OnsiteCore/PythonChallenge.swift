/// An executable Python challenge: a function to write, graded on visible and hidden cases.
public struct PythonChallenge: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var difficulty: Difficulty
    public var topics: [String]
    /// The problem statement (Markdown).
    public var prompt: String
    /// What the candidate starts from: the function signature and a docstring.
    public var starter: String
    public var solution: String
    /// The function every case calls.
    public var function: String
    /// Whether the harness must import pandas (arguments or results are DataFrames).
    public var usesPandas: Bool
    public var cases: [PythonCase]

    public init(id: String, title: String, difficulty: Difficulty, topics: [String], prompt: String, starter: String,
                solution: String, function: String, usesPandas: Bool, cases: [PythonCase]) {
        self.id = id
        self.title = title
        self.difficulty = difficulty
        self.topics = topics
        self.prompt = prompt
        self.starter = starter
        self.solution = solution
        self.function = function
        self.usesPandas = usesPandas
        self.cases = cases
    }

    public var visibleCases: [PythonCase] { cases.filter { !$0.hidden } }
}

/// One call of the function: its arguments, the value it must return and how that value is compared.
public struct PythonCase: Sendable, Equatable {
    public var name: String
    public var hidden: Bool
    /// Positional arguments (a JSON array).
    public var args: [JSONValue]
    public var kwargs: JSONObject
    public var expected: JSONValue
    public var comparison: PythonComparison
    /// Seconds this case may run.
    public var timeLimit: Double

    public init(name: String, hidden: Bool, args: [JSONValue], kwargs: JSONObject = [:], expected: JSONValue,
                comparison: PythonComparison = PythonComparison(), timeLimit: Double = PythonCase.defaultTimeLimit) {
        self.name = name
        self.hidden = hidden
        self.args = args
        self.kwargs = kwargs
        self.expected = expected
        self.comparison = comparison
        self.timeLimit = timeLimit
    }

    public static let defaultTimeLimit = 2.0
}

/// How a returned value is compared with the expected one (stated in tests.yaml, shown with the problem).
public struct PythonComparison: Sendable, Equatable {
    public enum Mode: String, Sendable, CaseIterable {
        /// Deep equality; numbers compare by value (1 == 1.0), tuples as lists.
        case exact
        /// The top-level list is compared as a multiset (order free, duplicates count).
        case unordered
        /// Deep equality with numbers compared within the tolerance.
        case float
        /// DataFrames: same columns, cells within the tolerance; the index is ignored.
        case dataframe
    }

    public var mode: Mode
    public var floatTolerance: Double
    /// DataFrames only: rows compare as a multiset.
    public var ignoreRowOrder: Bool

    public init(mode: Mode = .exact, floatTolerance: Double = 1e-9, ignoreRowOrder: Bool = false) {
        self.mode = mode
        self.floatTolerance = floatTolerance
        self.ignoreRowOrder = ignoreRowOrder
    }
}

extension PythonChallenge {
    /// How submissions are judged, one sentence per rule, as shown next to the problem (terminal and web).
    public var judgingRules: [String] {
        var rules = ["Your function `\(function)` is called once per case in a sandbox (no network, no files outside its folder)."]
        let modes = Set(cases.map(\.comparison.mode))
        if modes.contains(.unordered) { rules.append("Where the problem says so, the order of the returned list does not matter.") }
        if modes.contains(.float) || modes.contains(.dataframe) {
            rules.append("Numbers match within a relative tolerance of \(cases.first?.comparison.floatTolerance ?? 1e-9).")
        }
        if modes.contains(.dataframe) { rules.append("DataFrames are compared by columns and cells; the index is ignored.") }
        rules.append("Hidden cases check edge conditions (empty input, large input, unicode, None, ties).")
        return rules
    }
}
