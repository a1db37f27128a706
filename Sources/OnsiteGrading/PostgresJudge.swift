import Foundation
import Logging
import OnsiteCore
import PostgresNIO

/// Grades SQL on PostgreSQL, the dialect closest to Redshift.
///
/// Safety: datasets live in a database of the judge's own, one schema per challenge dataset, loaded by the
/// connecting (admin) role. Submissions run as `onsite_runner`, a login role with SELECT on those schemas and
/// nothing else (no CREATE, no TEMP), inside a READ ONLY transaction that is always rolled back. Each submission is
/// sent as one extended-protocol statement, so `; COMMIT; DELETE …` cannot smuggle a second statement past the
/// rollback. A server-side statement_timeout and a client-side timer that cancels the backend bound its time.
public actor PostgresJudge {
    public static let judgeDatabase = "onsite_judge"
    static let runnerRole = "onsite_runner"

    private let endpoint: PostgresEndpoint
    private let limits: SQLSandboxLimits
    private let logger = Logger(label: "onsite.postgres-judge")
    private var admin: PostgresConnection?
    private var runner: (connection: PostgresConnection, pid: Int32)?
    private var prepared: Set<String> = []
    private var expected: [String: ResultSet] = [:]
    private let runnerPassword = UUID().uuidString
    private var nextConnectionID = 1

    public init(endpoint: PostgresEndpoint, limits: SQLSandboxLimits = SQLSandboxLimits()) {
        self.endpoint = endpoint
        self.limits = limits
    }

    public func grade(_ submission: String, for challenge: SQLChallenge, scope: SQLJudge.Scope = .all) async -> GradeReport {
        let datasets = scope == .all ? challenge.datasets : challenge.visibleDatasets
        var cases: [CaseResult] = []
        for dataset in datasets {
            cases.append(await grade(submission, on: dataset, of: challenge))
        }
        return GradeReport(challenge: challenge.id, engine: SQLEngine.postgres.rawValue, cases: cases)
    }

    public func close() async {
        try? await runner?.connection.close()
        try? await admin?.close()
        runner = nil
        admin = nil
    }

    private func grade(_ submission: String, on dataset: SQLDataset, of challenge: SQLChallenge) async -> CaseResult {
        func failure(_ message: String) -> CaseResult {
            CaseResult(name: dataset.name, hidden: dataset.hidden, verdict: .internalError, ms: 0, message: message)
        }
        guard challenge.engines.contains(.postgres) else {
            return failure("\(challenge.id) is not graded on PostgreSQL; use the sqlite engine")
        }
        guard let solution = challenge.solution(for: .postgres) else { return failure("no reference solution") }
        let schema: String
        do {
            schema = try await prepareSchema(for: challenge, dataset: dataset)
        } catch {
            return failure("could not load the dataset into PostgreSQL: \(Self.describe(error))")
        }
        let expectedResult: ResultSet
        switch await reference(solution, in: schema) {
        case .success(let result): expectedResult = result
        case .failure(let error):
            return failure("the reference solution of \(challenge.id) fails on '\(dataset.name)': \(error.message)")
        }
        return CaseGrading.result(of: await run(submission, in: schema), on: dataset, reference: expectedResult,
                                  contract: challenge.contract)
    }

    /// The reference result on one dataset, or nil when it cannot be computed (for lint's cross-engine check).
    public func referenceResult(for challenge: SQLChallenge, dataset: SQLDataset) async -> ResultSet? {
        guard let solution = challenge.solution(for: .postgres),
              let schema = try? await prepareSchema(for: challenge, dataset: dataset),
              case .success(let result) = await reference(solution, in: schema) else { return nil }
        return result
    }

    private func reference(_ solution: String, in schema: String) async -> Result<ResultSet, SQLJudge.ReferenceError> {
        let key = "\(schema)|\(solution.hashValue)"
        if let cached = expected[key] { return .success(cached) }
        switch await run(solution, in: schema) {
        case .rows(let result, _):
            expected[key] = result
            return .success(result)
        case .failure(let verdict, let message, _):
            return .failure(SQLJudge.ReferenceError(message: "\(verdict.rawValue): \(message)"))
        }
    }

    // MARK: - Running a submission

    private func run(_ sql: String, in schema: String) async -> SandboxOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        let (connection, pid): (PostgresConnection, Int32)
        do {
            (connection, pid) = try await runnerConnection()
        } catch {
            return .failure(.internalError, message: "cannot connect to PostgreSQL: \(Self.describe(error))", elapsed: .zero)
        }
        let timeoutMilliseconds = Int(limits.timeLimit.milliseconds)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: "BEGIN READ ONLY"), logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \(Self.quoteIdentifier(schema))"), logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL statement_timeout = \(timeoutMilliseconds)"), logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL work_mem = '32MB'"), logger: logger)
        } catch {
            await rollback(connection)
            return .failure(.internalError, message: "cannot start a read-only transaction: \(Self.describe(error))", elapsed: clock.now - start)
        }

        // Client-side backstop: if the server-side timeout does not fire, cancel the backend from outside.
        let watchdog = Task { [limits, endpoint] in
            try await Task.sleep(for: limits.timeLimit + .milliseconds(500))
            try await Self.cancelBackend(pid: pid, endpoint: endpoint)
        }
        defer { watchdog.cancel() }

        var outcome: SandboxOutcome
        do {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            var columns: [String]?
            var values: [[SQLValue]] = []
            var overflow = false
            for try await row in rows {
                if columns == nil { columns = row.map(\.columnName) }
                guard values.count < limits.maxRows else { overflow = true; break }
                values.append(row.map(Self.value))
            }
            if overflow {
                outcome = .failure(.outputLimit, message: "the query returned more than \(limits.maxRows) rows; no answer here needs that many",
                                   elapsed: clock.now - start)
            } else if let columns {
                outcome = .rows(ResultSet(columns: columns, rows: values), elapsed: clock.now - start)
            } else {
                // No rows: the column names still matter for by_name contracts.
                outcome = .rows(ResultSet(columns: try await columnNames(of: sql, connection: connection), rows: []),
                                elapsed: clock.now - start)
            }
        } catch {
            outcome = Self.failure(for: error, elapsed: clock.now - start, limits: limits)
        }
        await rollback(connection)
        return outcome
    }

    /// Column names of a query that returned no rows. postgres-nio exposes columns only on rows, so the query is
    /// wrapped in a LEFT JOIN that always yields one (all-NULL) row carrying them.
    private func columnNames(of sql: String, connection: PostgresConnection) async throws -> [String] {
        var body = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        while body.hasSuffix(";") { body = String(body.dropLast()).trimmingCharacters(in: .whitespacesAndNewlines) }
        let probe = "SELECT onsite_probe.* FROM (SELECT 1) AS onsite_one LEFT JOIN (\n\(body)\n) AS onsite_probe ON true LIMIT 1"
        let rows = try await connection.query(PostgresQuery(unsafeSQL: probe), logger: logger).collect()
        return rows.first.map { $0.map(\.columnName) } ?? []
    }

    private func rollback(_ connection: PostgresConnection) async {
        _ = try? await connection.query(PostgresQuery(unsafeSQL: "ROLLBACK"), logger: logger)
    }

    static func failure(for error: any Error, elapsed: Duration, limits: SQLSandboxLimits) -> SandboxOutcome {
        guard let psql = error as? PSQLError, let info = psql.serverInfo else {
            return .failure(.internalError, message: describe(error), elapsed: elapsed)
        }
        let state = info[.sqlState] ?? ""
        let message = info[.message] ?? describe(error)
        switch state {
        case "57014":
            return .failure(.timeLimit, message: "stopped after \(limits.timeLimit.formatted()) on this dataset; look for a runaway recursive CTE or a cross join", elapsed: elapsed)
        case "25006", "42501", "0A000":
            return .failure(.invalidSubmission, message: "\(message): submit one read-only query (SELECT or WITH … SELECT)", elapsed: elapsed)
        case "53200", "53100":
            return .failure(.memoryLimit, message: message, elapsed: elapsed)
        case "42601" where message.contains("multiple commands"):
            return .failure(.invalidSubmission, message: "submit exactly one statement (a SELECT or WITH query); found more after the first", elapsed: elapsed)
        default:
            return .failure(.runtimeError, message: message, elapsed: elapsed)
        }
    }

    // MARK: - Values

    static func value(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid:
            return (try? cell.decode(Int64.self)).map(SQLValue.integer) ?? .null
        case .float4, .float8:
            return (try? cell.decode(Double.self)).map(SQLValue.real) ?? .null
        case .numeric:
            return (try? cell.decode(Decimal.self)).map { .text("\($0)") } ?? .null
        case .bool:
            return (try? cell.decode(Bool.self)).map { .integer($0 ? 1 : 0) } ?? .null
        case .date:
            return (try? cell.decode(Date.self)).map { .text(format($0, "yyyy-MM-dd")) } ?? .null
        case .timestamp, .timestamptz:
            return (try? cell.decode(Date.self)).map { .text(format($0, timestampPattern($0))) } ?? .null
        default:
            if let text = try? cell.decode(String.self) { return .text(text) }
            return .text(cell.bytes.map { String(buffer: $0) } ?? "")
        }
    }

    private static func timestampPattern(_ date: Date) -> String {
        date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.SSSSSS"
    }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    // MARK: - Datasets

    /// Loads the dataset into its own schema once; a changed dataset (new fingerprint) is reloaded.
    private func prepareSchema(for challenge: SQLChallenge, dataset: SQLDataset) async throws -> String {
        let schema = Self.schemaName(challenge: challenge.id, dataset: dataset.name)
        let fingerprint = Self.fingerprint(challenge.schema + "\u{0}" + dataset.sql)
        if prepared.contains(schema + fingerprint) { return schema }
        let admin = try await adminConnection()
        try await admin.query(PostgresQuery(unsafeSQL: "BEGIN"), logger: logger)
        do {
            // Two processes preparing the same dataset wait for each other instead of colliding.
            try await admin.query(PostgresQuery(unsafeSQL: "SELECT pg_advisory_xact_lock(\(Self.lockKey(schema)))"), logger: logger)
            let existing = try await admin.query(
                "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = \(schema)", logger: logger
            ).collect().first.flatMap { try? $0.decode(String?.self) } ?? nil
            if existing != fingerprint {
                let quoted = Self.quoteIdentifier(schema)
                try await admin.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(quoted) CASCADE"), logger: logger)
                try await admin.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(quoted)"), logger: logger)
                try await admin.query(PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \(quoted)"), logger: logger)
                for statement in SQLScript.statements(in: challenge.schema) + SQLScript.statements(in: dataset.sql) {
                    try await admin.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await admin.query(PostgresQuery(unsafeSQL: "GRANT USAGE ON SCHEMA \(quoted) TO \(Self.runnerRole)"), logger: logger)
                try await admin.query(PostgresQuery(unsafeSQL: "GRANT SELECT ON ALL TABLES IN SCHEMA \(quoted) TO \(Self.runnerRole)"), logger: logger)
                try await admin.query(PostgresQuery(unsafeSQL: "COMMENT ON SCHEMA \(quoted) IS '\(fingerprint)'"), logger: logger)
            }
            try await admin.query(PostgresQuery(unsafeSQL: "COMMIT"), logger: logger)
        } catch {
            _ = try? await admin.query(PostgresQuery(unsafeSQL: "ROLLBACK"), logger: logger)
            throw error
        }
        prepared.insert(schema + fingerprint)
        return schema
    }

    static func schemaName(challenge: String, dataset: String) -> String {
        let readable = (challenge.dropFirst(4).prefix(36) + "_" + dataset.prefix(12))
            .map { $0.isLetter || $0.isNumber ? String($0).lowercased() : "_" }.joined()
        return "c_\(readable)_\(fingerprint(challenge + "/" + dataset).prefix(8))"
    }

    /// FNV-1a, stable across runs and processes (Swift's Hasher is seeded per process).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func lockKey(_ schema: String) -> Int64 {
        Int64(bitPattern: UInt64(fingerprint(schema), radix: 16) ?? 0)
    }

    static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - Connections

    private func connect(username: String, password: String?, database: String) async throws -> PostgresConnection {
        let configuration = PostgresConnection.Configuration(
            host: endpoint.host, port: endpoint.port, username: username, password: password, database: database, tls: .disable)
        nextConnectionID += 1
        return try await PostgresConnection.connect(configuration: configuration, id: nextConnectionID, logger: logger)
    }

    /// The admin connection to the judge's database, creating the database and the runner role on first use.
    private func adminConnection() async throws -> PostgresConnection {
        if let admin, !admin.isClosed { return admin }
        let bootstrap = try await connect(username: endpoint.username, password: endpoint.password, database: endpoint.database)
        do {
            let exists = try await bootstrap.query("SELECT 1 FROM pg_database WHERE datname = \(Self.judgeDatabase)", logger: logger)
                .collect().isEmpty == false
            if !exists {
                try await bootstrap.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(Self.judgeDatabase)"), logger: logger)
            }
            try await bootstrap.query(PostgresQuery(unsafeSQL: """
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(Self.runnerRole)') THEN
                    CREATE ROLE \(Self.runnerRole) LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
                  END IF;
                END $$
                """), logger: logger)
            try await bootstrap.query(PostgresQuery(unsafeSQL: "ALTER ROLE \(Self.runnerRole) PASSWORD '\(runnerPassword)' CONNECTION LIMIT 64"), logger: logger)
            // Nobody but the runner may connect, and nobody gets TEMP or CREATE in the judge's database.
            try await bootstrap.query(PostgresQuery(unsafeSQL: "REVOKE ALL ON DATABASE \(Self.judgeDatabase) FROM PUBLIC"), logger: logger)
            try await bootstrap.query(PostgresQuery(unsafeSQL: "GRANT CONNECT ON DATABASE \(Self.judgeDatabase) TO \(Self.runnerRole)"), logger: logger)
        } catch {
            try? await bootstrap.close()
            throw error
        }
        try? await bootstrap.close()
        let connection = try await connect(username: endpoint.username, password: endpoint.password, database: Self.judgeDatabase)
        try await connection.query(PostgresQuery(unsafeSQL: "REVOKE CREATE ON SCHEMA public FROM PUBLIC"), logger: logger)
        admin = connection
        return connection
    }

    private func runnerConnection() async throws -> (PostgresConnection, Int32) {
        if let runner, !runner.connection.isClosed { return runner }
        _ = try await adminConnection()
        let connection = try await connect(username: Self.runnerRole, password: runnerPassword, database: Self.judgeDatabase)
        let pid = try await connection.query("SELECT pg_backend_pid()", logger: logger).collect().first?.decode(Int32.self) ?? 0
        runner = (connection, pid)
        return (connection, pid)
    }

    /// Cancels a runaway submission from a separate connection, as `pg_cancel_backend` needs.
    private static func cancelBackend(pid: Int32, endpoint: PostgresEndpoint) async throws {
        let logger = Logger(label: "onsite.postgres-judge.watchdog")
        let configuration = PostgresConnection.Configuration(
            host: endpoint.host, port: endpoint.port, username: endpoint.username, password: endpoint.password,
            database: endpoint.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        _ = try? await connection.query("SELECT pg_cancel_backend(\(pid))", logger: logger).collect()
        try? await connection.close()
    }

    static func describe(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            return psql.serverInfo?[.message] ?? "\(psql.code)"
        }
        return "\(error)"
    }
}
