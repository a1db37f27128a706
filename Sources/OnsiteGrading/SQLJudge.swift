import Foundation
import OnsiteCore

/// Grades SQL submissions: each dataset in its own fresh sandbox, compared with the reference solution's result
/// under the challenge's contract.
public struct SQLJudge: Sendable {
    public enum Scope: Sendable {
        /// `onsite test`: the visible sample only.
        case visible
        /// `onsite submit`: the sample and every hidden dataset.
        case all
    }

    public let limits: SQLSandboxLimits
    private let expected = ExpectedResultCache()

    public init(limits: SQLSandboxLimits = SQLSandboxLimits()) {
        self.limits = limits
    }

    public func grade(_ submission: String, for challenge: SQLChallenge, scope: Scope = .all) -> GradeReport {
        let datasets = scope == .all ? challenge.datasets : challenge.visibleDatasets
        let cases = datasets.map { grade(submission, on: $0, of: challenge) }
        return GradeReport(challenge: challenge.id, engine: SQLEngine.sqlite.rawValue, cases: cases)
    }

    private func grade(_ submission: String, on dataset: SQLDataset, of challenge: SQLChallenge) -> CaseResult {
        func failure(_ verdict: Verdict, _ message: String) -> CaseResult {
            CaseResult(name: dataset.name, hidden: dataset.hidden, verdict: verdict, ms: 0, message: message)
        }
        let sandbox: SQLiteSandbox
        do {
            sandbox = try SQLiteSandbox(schema: challenge.schema, data: dataset.sql, limits: limits)
        } catch {
            return failure(.internalError, error.message)
        }
        let reference: ResultSet
        switch expectedResult(for: challenge, dataset: dataset, sandbox: sandbox) {
        case .success(let result): reference = result
        case .failure(let error): return failure(.internalError, error.message)
        }

        return CaseGrading.result(of: sandbox.run(submission), on: dataset, reference: reference,
                                  contract: challenge.contract)
    }

    struct ReferenceError: Error {
        var message: String
    }

    /// The reference result for a dataset, computed once per judge (the reference runs in the same sandbox,
    /// under the same limits, so a solution that needs a forbidden feature is caught by lint).
    private func expectedResult(for challenge: SQLChallenge, dataset: SQLDataset,
                                sandbox: SQLiteSandbox) -> Result<ResultSet, ReferenceError> {
        guard let solution = challenge.solution(for: .sqlite) else {
            return .failure(ReferenceError(message: "\(challenge.id) has no reference solution"))
        }
        let key = ExpectedResultCache.Key(challenge: challenge.id, dataset: dataset.name,
                                          fingerprint: [challenge.schema, dataset.sql, solution].hashValue)
        if let cached = expected.value(for: key) { return .success(cached) }
        switch sandbox.run(solution) {
        case .rows(let result, _):
            expected.store(result, for: key)
            return .success(result)
        case .failure(let verdict, let message, _):
            return .failure(ReferenceError(
                message: "the reference solution of \(challenge.id) fails on '\(dataset.name)' (\(verdict.rawValue)): \(message)"))
        }
    }
}

/// Reference results, shared by all copies of a judge (a server grades many submissions to one challenge).
final class ExpectedResultCache: @unchecked Sendable {
    struct Key: Hashable {
        var challenge: String
        var dataset: String
        var fingerprint: Int
    }

    private let lock = NSLock()
    private var results: [Key: ResultSet] = [:]

    func value(for key: Key) -> ResultSet? {
        lock.withLock { results[key] }
    }

    func store(_ result: ResultSet, for key: Key) {
        lock.withLock { results[key] = result }
    }
}

extension SQLJudge {
    /// Each table of the challenge with its sample rows, in schema order, for showing the problem.
    public func sampleTables(for challenge: SQLChallenge) -> [(name: String, rows: ResultSet)] {
        guard let sample = challenge.visibleDatasets.first,
              let sandbox = try? SQLiteSandbox(schema: challenge.schema, data: sample.sql, limits: limits),
              case .rows(let names, _) = sandbox.run(
                  "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
        else { return [] }
        return names.rows.compactMap { row -> (name: String, rows: ResultSet)? in
            guard case .text(let name) = row.first,
                  case .rows(let rows, _) = sandbox.run("SELECT * FROM \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
            else { return nil }
            return (name, rows)
        }
    }
}

/// Turns one dataset's run into a case result; shared by both engines so verdicts and redaction never diverge.
enum CaseGrading {
    static func result(of outcome: SandboxOutcome, on dataset: SQLDataset, reference: ResultSet,
                       contract: JudgeContract) -> CaseResult {
        switch outcome {
        case .failure(let verdict, let message, let elapsed):
            return CaseResult(name: dataset.name, hidden: dataset.hidden, verdict: verdict, ms: elapsed.milliseconds,
                              message: message)
        case .rows(let result, let elapsed):
            let fullDiff = ResultComparator(contract: contract).diff(expected: reference, actual: result)
            // A hidden dataset's rows never leave the judge: only the kind of mismatch and the counts.
            let diff = dataset.hidden ? fullDiff?.redacted() : fullDiff
            return CaseResult(
                name: dataset.name, hidden: dataset.hidden, verdict: diff == nil ? .accepted : .wrongAnswer,
                ms: elapsed.milliseconds, message: diff?.message, diff: diff,
                output: dataset.hidden ? nil : ResultPreview(result))
        }
    }
}
