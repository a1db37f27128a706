import CSQLiteShim
import Dispatch
import Foundation
import GRDBSQLite
import OnsiteCore

/// What running one query in the sandbox produced.
enum SandboxOutcome {
    case rows(ResultSet, elapsed: Duration)
    case failure(Verdict, message: String, elapsed: Duration)
}

/// A fresh in-memory SQLite database holding one dataset, locked down before any untrusted SQL touches it:
/// read-only authorizer allow-list, no ATTACH, defensive mode, no extensions, size limits, and a progress
/// handler that enforces a deadline and an instruction budget.
final class SQLiteSandbox {
    private var connection: OpaquePointer?
    private let limits: SQLSandboxLimits
    private let queryGuard = QueryGuard()

    struct SetupError: Error {
        var message: String
    }

    /// Loads `schema` and `data` (trusted content) and then locks the database down.
    init(schema: String, data: String, limits: SQLSandboxLimits) throws(SetupError) {
        self.limits = limits
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(":memory:", &handle, flags, nil) == SQLITE_OK, let handle else {
            sqlite3_close_v2(handle)
            throw SetupError(message: "cannot open an in-memory SQLite database")
        }
        connection = handle
        try execute(schema, what: "schema")
        try execute(data, what: "dataset")
        lockDown(handle)
    }

    deinit {
        sqlite3_close_v2(connection)
    }

    private func execute(_ sql: String, what: String) throws(SetupError) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(connection, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw SetupError(message: "the challenge's \(what) does not load: \(message)")
        }
    }

    private func lockDown(_ db: OpaquePointer) {
        sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, limits.maxValueBytes)
        sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, limits.maxSQLBytes)
        sqlite3_limit(db, SQLITE_LIMIT_COLUMN, limits.maxColumns)
        sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 200)
        sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 0)
        onsite_sqlite_enable_defensive(db)
        onsite_sqlite_disable_load_extension(db)
        onsite_sqlite_distrust_schema(db)
        let context = Unmanaged.passUnretained(queryGuard).toOpaque()
        sqlite3_set_authorizer(db, sandboxAuthorizer, context)
        sqlite3_progress_handler(db, limits.progressInterval, sandboxProgress, context)
    }

    /// Runs one untrusted statement and collects its rows.
    func run(_ sql: String) -> SandboxOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        queryGuard.arm(deadline: DispatchTime.now().uptimeNanoseconds + limits.timeLimit.nanoseconds,
                       maxTicks: limits.operationBudget / Int(limits.progressInterval))
        defer { queryGuard.disarm() }

        let statement: OpaquePointer
        switch prepareSingleStatement(sql) {
        case .success(let prepared): statement = prepared
        case .failure(let failure): return .failure(failure.verdict, message: failure.message, elapsed: clock.now - start)
        }
        defer { sqlite3_finalize(statement) }

        let columnCount = sqlite3_column_count(statement)
        let columns = (0..<columnCount).map { String(cString: sqlite3_column_name(statement, $0)) }
        var rows: [[SQLValue]] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                let (verdict, message) = stepFailure(code)
                return .failure(verdict, message: message, elapsed: clock.now - start)
            }
            guard rows.count < limits.maxRows else {
                return .failure(.outputLimit,
                                message: "the query returned more than \(limits.maxRows) rows; no answer here needs that many",
                                elapsed: clock.now - start)
            }
            rows.append((0..<columnCount).map { value(statement, column: $0) })
        }
        return .rows(ResultSet(columns: columns, rows: rows), elapsed: clock.now - start)
    }

    // MARK: - Preparing

    private struct PrepareFailure: Error {
        var verdict: Verdict
        var message: String
    }

    private func prepareSingleStatement(_ sql: String) -> Result<OpaquePointer, PrepareFailure> {
        guard sql.utf8.count <= Int(limits.maxSQLBytes) else {
            return .failure(PrepareFailure(verdict: .invalidSubmission,
                                           message: "the submission is longer than \(limits.maxSQLBytes) bytes"))
        }
        return sql.withCString { text -> Result<OpaquePointer, PrepareFailure> in
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(connection, text, -1, &statement, &tail)
            guard code == SQLITE_OK else {
                sqlite3_finalize(statement)
                if let denied = queryGuard.denied {
                    return .failure(PrepareFailure(verdict: .invalidSubmission, message: denied))
                }
                return .failure(PrepareFailure(verdict: .runtimeError, message: errorMessage()))
            }
            guard let statement else {
                return .failure(PrepareFailure(verdict: .invalidSubmission, message: "the submission has no SQL statement"))
            }
            if let tail, hasAnotherStatement(tail) {
                sqlite3_finalize(statement)
                return .failure(PrepareFailure(
                    verdict: .invalidSubmission,
                    message: "submit exactly one statement (a SELECT or WITH query); found more after the first"))
            }
            guard sqlite3_stmt_readonly(statement) != 0, sqlite3_column_count(statement) > 0 else {
                sqlite3_finalize(statement)
                return .failure(PrepareFailure(
                    verdict: .invalidSubmission,
                    message: "only queries that read data (SELECT or WITH … SELECT) are allowed"))
            }
            return .success(statement)
        }
    }

    /// True when text after the first statement holds anything but whitespace and comments.
    private func hasAnotherStatement(_ tail: UnsafePointer<CChar>) -> Bool {
        var next: OpaquePointer?
        var rest: UnsafePointer<CChar>?
        let code = sqlite3_prepare_v2(connection, tail, -1, &next, &rest)
        defer { sqlite3_finalize(next) }
        return code != SQLITE_OK || next != nil
    }

    // MARK: - Stepping

    private func stepFailure(_ code: Int32) -> (Verdict, String) {
        switch code & 0xFF {
        case SQLITE_INTERRUPT:
            switch queryGuard.interruption {
            case .operationBudget:
                return (.timeLimit, "stopped after \(limits.operationBudget) SQLite operations; look for a runaway recursive CTE or a cross join")
            case .deadline, nil:
                return (.timeLimit, "stopped after \(limits.timeLimit.formatted()) on this dataset; look for a runaway recursive CTE or a cross join")
            }
        case SQLITE_TOOBIG:
            return (.runtimeError, "a value grew past the \(limits.maxValueBytes / 1_000_000) MB size limit")
        case SQLITE_NOMEM:
            return (.memoryLimit, "the query ran out of memory")
        default:
            return (.runtimeError, errorMessage())
        }
    }

    private func errorMessage() -> String {
        guard let connection, let message = sqlite3_errmsg(connection) else { return "unknown SQLite error" }
        return String(cString: message)
    }

    private func value(_ statement: OpaquePointer, column: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(statement, column))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        case SQLITE_NULL:
            return .null
        default:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard let text = sqlite3_column_text(statement, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        }
    }
}

/// State shared with the C callbacks of one sandbox: the current query's deadline, budget and denial reason.
final class QueryGuard {
    enum Interruption {
        case deadline, operationBudget
    }

    var deadline: UInt64 = .max
    var ticks = 0
    var maxTicks = Int.max
    var interruption: Interruption?
    var denied: String?

    func arm(deadline: UInt64, maxTicks: Int) {
        self.deadline = deadline
        self.maxTicks = maxTicks
        ticks = 0
        interruption = nil
        denied = nil
    }

    func disarm() {
        deadline = .max
        maxTicks = .max
    }
}

/// Allows reading and the functions on the allow-list; refuses everything else and remembers why.
private let sandboxAuthorizer: @convention(c) (
    UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
    UnsafePointer<CChar>?
) -> Int32 = { context, action, first, second, _, _ in
    guard let context else { return SQLITE_DENY }
    let queryGuard = Unmanaged<QueryGuard>.fromOpaque(context).takeUnretainedValue()
    switch action {
    case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
        return SQLITE_OK
    case SQLITE_FUNCTION:
        let name = second.map { String(cString: $0).lowercased() } ?? ""
        if SQLFunctionAllowList.names.contains(name) { return SQLITE_OK }
        queryGuard.denied = "the function \(name)() is not allowed in submissions"
        return SQLITE_DENY
    default:
        queryGuard.denied = deniedMessage(action: action, detail: first.map { String(cString: $0) })
        return SQLITE_DENY
    }
}

private func deniedMessage(action: Int32, detail: String?) -> String {
    let what: String = switch action {
    case SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE: "changing data"
    case SQLITE_PRAGMA: "PRAGMA\(detail.map { " \($0)" } ?? "")"
    case SQLITE_ATTACH, SQLITE_DETACH: "ATTACH and DETACH"
    case SQLITE_TRANSACTION, SQLITE_SAVEPOINT: "transaction control"
    case SQLITE_ANALYZE, SQLITE_REINDEX: "maintenance statements"
    default: "this statement"
    }
    return "\(what) is not allowed: submit one read-only query (SELECT or WITH … SELECT)"
}

/// Interrupts the query when its deadline passes or its instruction budget runs out.
private let sandboxProgress: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { context in
    guard let context else { return 1 }
    let queryGuard = Unmanaged<QueryGuard>.fromOpaque(context).takeUnretainedValue()
    queryGuard.ticks += 1
    if queryGuard.ticks > queryGuard.maxTicks {
        queryGuard.interruption = .operationBudget
        return 1
    }
    if DispatchTime.now().uptimeNanoseconds > queryGuard.deadline {
        queryGuard.interruption = .deadline
        return 1
    }
    return 0
}

extension Duration {
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }

    var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
