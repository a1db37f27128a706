/// A challenge of either track, for what works on both: the command line's list, solve, test and submit, and the
/// web app's challenge list.
public enum AnyChallenge: Sendable {
    case sql(SQLChallenge)
    case python(PythonChallenge)

    public var id: String {
        switch self {
        case .sql(let challenge): challenge.id
        case .python(let challenge): challenge.id
        }
    }

    public var title: String {
        switch self {
        case .sql(let challenge): challenge.title
        case .python(let challenge): challenge.title
        }
    }

    public var difficulty: Difficulty {
        switch self {
        case .sql(let challenge): challenge.difficulty
        case .python(let challenge): challenge.difficulty
        }
    }

    public var topics: [String] {
        switch self {
        case .sql(let challenge): challenge.topics
        case .python(let challenge): challenge.topics
        }
    }

    public var track: String {
        switch self {
        case .sql: "sql"
        case .python: "python"
        }
    }

    public var fileExtension: String {
        switch self {
        case .sql: "sql"
        case .python: "py"
        }
    }
}

extension Catalog {
    /// Every challenge, SQL first, each track in id order.
    public var allChallenges: [AnyChallenge] {
        sqlChallenges.map(AnyChallenge.sql) + pythonChallenges.map(AnyChallenge.python)
    }
}
