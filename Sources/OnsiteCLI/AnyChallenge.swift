import OnsiteCore

extension Catalog {
    /// The challenge with this id in either track, or an error suggesting the nearest id.
    func requireChallenge(_ id: String) throws(OnsiteError) -> AnyChallenge {
        if let challenge = sqlChallenge(id: id) { return .sql(challenge) }
        if let challenge = pythonChallenge(id: id) { return .python(challenge) }
        let ids = sqlChallenges.map(\.id) + pythonChallenges.map(\.id)
        let hint = EditDistance.suggestion(for: id, among: ids).map { "Did you mean '\($0)'? " } ?? ""
        throw OnsiteError("no challenge with id '\(id)'. \(hint)Run `onsite challenges` to list them.")
    }
}
