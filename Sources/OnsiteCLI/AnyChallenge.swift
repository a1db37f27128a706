import OnsiteCore

/// A challenge of either track, for the commands that work on both (list, solve, test, submit).
enum AnyChallenge {
    case sql(SQLChallenge)
    case python(PythonChallenge)

    var id: String {
        switch self {
        case .sql(let challenge): challenge.id
        case .python(let challenge): challenge.id
        }
    }

    var title: String {
        switch self {
        case .sql(let challenge): challenge.title
        case .python(let challenge): challenge.title
        }
    }

    var difficulty: Difficulty {
        switch self {
        case .sql(let challenge): challenge.difficulty
        case .python(let challenge): challenge.difficulty
        }
    }

    var topics: [String] {
        switch self {
        case .sql(let challenge): challenge.topics
        case .python(let challenge): challenge.topics
        }
    }

    var track: String {
        switch self {
        case .sql: "sql"
        case .python: "python"
        }
    }

    var fileExtension: String {
        switch self {
        case .sql: "sql"
        case .python: "py"
        }
    }
}

extension Catalog {
    var allChallenges: [AnyChallenge] {
        sqlChallenges.map(AnyChallenge.sql) + pythonChallenges.map(AnyChallenge.python)
    }

    /// The challenge with this id in either track, or an error suggesting the nearest id.
    func requireChallenge(_ id: String) throws(OnsiteError) -> AnyChallenge {
        if let challenge = sqlChallenge(id: id) { return .sql(challenge) }
        if let challenge = pythonChallenge(id: id) { return .python(challenge) }
        let ids = sqlChallenges.map(\.id) + pythonChallenges.map(\.id)
        let hint = EditDistance.suggestion(for: id, among: ids).map { "Did you mean '\($0)'? " } ?? ""
        throw OnsiteError("no challenge with id '\(id)'. \(hint)Run `onsite challenges` to list them.")
    }
}
