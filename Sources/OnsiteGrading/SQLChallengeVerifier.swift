import Foundation
import OnsiteCore

/// Checks a challenge the way lint must: the reference solution is accepted on every dataset and engine under
/// the sandbox's restrictions, and the contract it declares makes sense for it.
public struct SQLChallengeVerifier: Sendable {
    public struct Issue: Sendable, Equatable {
        public var field: String
        public var message: String
    }

    private let judge: SQLJudge

    public init(judge: SQLJudge = SQLJudge()) {
        self.judge = judge
    }

    public func issues(in challenge: SQLChallenge) -> [Issue] {
        guard let solution = challenge.solution(for: .sqlite) else {
            return [Issue(field: "solution", message: "solution.sql is missing")]
        }
        var issues: [Issue] = []
        let report = judge.grade(solution, for: challenge, scope: .all)
        for failed in report.cases where failed.verdict != .accepted {
            issues.append(Issue(field: "solution", message: "the reference solution is not accepted on '\(failed.name)' (sqlite): \(failed.message ?? failed.verdict.rawValue)"))
        }
        guard issues.isEmpty else { return issues }

        let outputs = challenge.datasets.map { judge.referenceResult(for: challenge, dataset: $0) }
        if outputs.allSatisfy({ $0?.rows.isEmpty ?? true }) {
            issues.append(Issue(field: "data", message: "the reference returns no rows on every dataset, so any empty query would pass"))
        }
        switch challenge.contract.order {
        case .none:
            break
        case .full, .keys:
            if !Self.endsWithOrderBy(solution) {
                issues.append(Issue(field: "judge.order", message: "order matters for this challenge, but solution.sql has no final ORDER BY"))
            }
        }
        if case .keys(let keys) = challenge.contract.order, let columns = outputs.first??.columns {
            let lowered = Set(columns.map { $0.lowercased() })
            for key in keys where !lowered.contains(key.lowercased()) {
                issues.append(Issue(field: "judge.order", message: "order key '\(key)' is not a column of the result (\(columns.joined(separator: ", ")))"))
            }
        }
        let sample = challenge.datasets.first { !$0.hidden }?.sql
        for dataset in challenge.datasets where dataset.hidden && dataset.sql == sample {
            issues.append(Issue(field: "hidden", message: "hidden dataset '\(dataset.name)' is a copy of the sample; make it break a wrong answer"))
        }
        return issues
    }

    /// The text after the last closing parenthesis holds ORDER BY (window ORDER BYs sit inside parentheses).
    static func endsWithOrderBy(_ sql: String) -> Bool {
        let withoutComments = sql.split(separator: "\n").map { line in
            line.range(of: "--").map { String(line[..<$0.lowerBound]) } ?? String(line)
        }.joined(separator: "\n").lowercased()
        let tail = withoutComments.split(separator: ")", omittingEmptySubsequences: false).last ?? ""
        return tail.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression).contains("order by")
    }
}

extension SQLJudge {
    /// The reference result on one dataset, or nil when it cannot be computed.
    public func referenceResult(for challenge: SQLChallenge, dataset: SQLDataset) -> ResultSet? {
        guard let solution = challenge.solution(for: .sqlite),
              let sandbox = try? SQLiteSandbox(schema: challenge.schema, data: dataset.sql, limits: limits),
              case .rows(let result, _) = sandbox.run(solution) else { return nil }
        return result
    }
}

/// The PostgreSQL half of lint: the reference is accepted on PostgreSQL and agrees with the SQLite reference.
public struct PostgresChallengeVerifier: Sendable {
    private let judge: PostgresJudge
    private let sqlite = SQLJudge()

    public init(judge: PostgresJudge) {
        self.judge = judge
    }

    public func issues(in challenge: SQLChallenge) async -> [SQLChallengeVerifier.Issue] {
        guard challenge.engines.contains(.postgres), let solution = challenge.solution(for: .postgres) else { return [] }
        let report = await judge.grade(solution, for: challenge, scope: .all)
        var issues = report.cases.filter { $0.verdict != .accepted }.map {
            SQLChallengeVerifier.Issue(field: "engines", message: "the reference solution is not accepted on '\($0.name)' (postgres): \($0.message ?? $0.verdict.rawValue)")
        }
        guard issues.isEmpty else { return issues }
        for dataset in challenge.datasets {
            guard let expected = sqlite.referenceResult(for: challenge, dataset: dataset),
                  let actual = await judge.referenceResult(for: challenge, dataset: dataset) else { continue }
            if let diff = ResultComparator(contract: challenge.contract).diff(expected: expected, actual: actual) {
                issues.append(SQLChallengeVerifier.Issue(
                    field: "engines", message: "the PostgreSQL reference disagrees with the SQLite one on '\(dataset.name)': \(diff.message)"))
            }
        }
        return issues
    }
}

/// Lint for Python challenges: the reference solution passes every case in the real sandbox.
public struct PythonChallengeVerifier: Sendable {
    private let judge: PythonJudge

    public init(judge: PythonJudge = PythonJudge()) {
        self.judge = judge
    }

    public func issues(in challenge: PythonChallenge) -> [SQLChallengeVerifier.Issue] {
        let report = judge.grade(challenge.solution, for: challenge, scope: .all)
        return report.cases.filter { $0.verdict != .accepted }.map { failed in
            let detail = failed.detail.map { " (got \($0.actual ?? "nothing"))" } ?? ""
            return SQLChallengeVerifier.Issue(
                field: "solution",
                message: "the reference solution fails case '\(failed.name)': \(failed.verdict.rawValue): \(failed.message ?? "")\(detail)")
        }
    }
}
