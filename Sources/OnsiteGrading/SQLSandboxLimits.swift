/// The resource limits every untrusted query runs under. Defaults suit interview-sized datasets:
/// a correct answer needs milliseconds, so anything near these limits is a runaway.
public struct SQLSandboxLimits: Sendable, Equatable {
    /// Wall-clock time for one query on one dataset.
    public var timeLimit: Duration = .seconds(2)
    /// SQLite virtual-machine instructions, a clock-independent cap (checked every `progressInterval`).
    public var operationBudget: Int = 500_000_000
    public var progressInterval: Int32 = 1_000
    /// Rows a query may return before the verdict is `output_limit`.
    public var maxRows = 10_000
    /// Largest string or blob a query may build (SQLITE_LIMIT_LENGTH).
    public var maxValueBytes: Int32 = 1_000_000
    /// Longest submission text (SQLITE_LIMIT_SQL_LENGTH).
    public var maxSQLBytes: Int32 = 100_000
    public var maxColumns: Int32 = 200

    public init() {}
}
