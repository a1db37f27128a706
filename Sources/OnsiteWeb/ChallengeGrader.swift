import Foundation
import OnsiteCore
import OnsiteGrading

/// Grades submissions from the web app with the same judges as `onsite test` and `onsite submit`. The Python
/// judge forks each run from a warm interpreter (a page's Run should not pay pandas' import), and at most
/// `maximumConcurrentRuns` submissions run at once, so a burst of clicks cannot starve the machine.
public struct ChallengeGrader: Sendable {
    let sql: SQLJudge
    let python: PythonJudge
    let gate: ConcurrencyGate

    public init(sql: SQLJudge = SQLJudge(), python: PythonJudge = PythonJudge(startup: .forkServer),
                maximumConcurrentRuns: Int = 2) {
        self.sql = sql
        self.python = python
        gate = ConcurrencyGate(limit: maximumConcurrentRuns)
    }

    /// Grades `code` on the visible cases (Run) or on every case (Submit).
    public func grade(_ code: String, for challenge: AnyChallenge, allCases: Bool) async -> GradeReport {
        await gate.run {
            // The judges block while the submission runs; keep that off Swift's cooperative threads.
            await Self.onOwnThread {
                switch challenge {
                case .sql(let challenge): sql.grade(code, for: challenge, scope: allCases ? .all : .visible)
                case .python(let challenge): python.grade(code, for: challenge, scope: allCases ? .all : .visible)
                }
            }
        }
    }

    /// The sample rows of each table a SQL challenge starts from.
    public func sampleTables(for challenge: SQLChallenge) -> [(name: String, rows: ResultSet)] {
        sql.sampleTables(for: challenge)
    }

    private static func onOwnThread<Value: Sendable>(_ body: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }
}

/// Lets at most `limit` operations run at once; the rest wait in arrival order.
actor ConcurrencyGate {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    func run<Value: Sendable>(_ operation: @Sendable () async -> Value) async -> Value {
        if running >= limit {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        let value = await operation()
        if waiting.isEmpty {
            running -= 1
        } else {
            // Hand the slot straight to the next in line, so `running` never dips below the true count.
            waiting.removeFirst().resume()
        }
        return value
    }
}
