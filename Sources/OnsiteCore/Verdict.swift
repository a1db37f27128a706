/// The outcome of grading, shared by both judges (DESIGN.md § Verdicts).
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case accepted
    case wrongAnswer = "wrong_answer"
    case timeLimit = "time_limit"
    case memoryLimit = "memory_limit"
    case runtimeError = "runtime_error"
    case outputLimit = "output_limit"
    case invalidSubmission = "invalid_submission"
    /// Our fault, never blamed on the user.
    case internalError = "internal_error"

    public var displayName: String {
        switch self {
        case .accepted: "Accepted"
        case .wrongAnswer: "Wrong answer"
        case .timeLimit: "Time limit exceeded"
        case .memoryLimit: "Memory limit exceeded"
        case .runtimeError: "Runtime error"
        case .outputLimit: "Output limit exceeded"
        case .invalidSubmission: "Invalid submission"
        case .internalError: "Internal error (not your fault)"
        }
    }
}

/// One dataset's outcome.
public struct CaseResult: Sendable, Codable, Equatable {
    public var name: String
    public var hidden: Bool
    public var verdict: Verdict
    /// Wall time of running the submission on this dataset, in milliseconds.
    public var ms: Double
    /// What went wrong, in a sentence (error text for runtime errors).
    public var message: String?
    /// For a wrong answer: how the result differs (redacted to counts and kinds on hidden datasets).
    public var diff: ResultDiff?
    /// What the submission returned, on visible datasets only (for `onsite test`).
    public var output: ResultPreview?
    /// Python cases: the input, the expected and actual values and what was printed (visible cases only).
    public var detail: CaseDetail?

    public init(name: String, hidden: Bool, verdict: Verdict, ms: Double, message: String? = nil,
                diff: ResultDiff? = nil, output: ResultPreview? = nil, detail: CaseDetail? = nil) {
        self.name = name
        self.hidden = hidden
        self.verdict = verdict
        self.ms = ms
        self.message = message
        self.diff = diff
        self.output = output
        self.detail = detail
    }
}

/// What a visible Python case was called with and what came back.
public struct CaseDetail: Sendable, Codable, Equatable {
    public var input: String
    public var expected: String
    public var actual: String?
    public var printed: String?

    public init(input: String, expected: String, actual: String?, printed: String?) {
        self.input = input
        self.expected = expected
        self.actual = actual
        self.printed = printed
    }
}

/// A small, printable copy of a result set.
public struct ResultPreview: Sendable, Codable, Equatable {
    public var columns: [String]
    public var rows: [[String]]
    public var totalRows: Int

    enum CodingKeys: String, CodingKey {
        case columns, rows, totalRows = "total_rows"
    }

    public init(_ result: ResultSet, limit: Int = 20) {
        columns = result.columns
        rows = result.rows.prefix(limit).map { $0.map(\.description) }
        totalRows = result.rows.count
    }
}

/// The whole grading of one submission.
public struct GradeReport: Sendable, Codable, Equatable {
    public var verdict: Verdict
    public var challenge: String
    public var engine: String
    public var cases: [CaseResult]
    /// The first failing case's diff, for a quick look.
    public var diff: ResultDiff?
    public var message: String?
    /// How the submission was isolated when that is weaker than usual, and other remarks.
    public var notes: [String]?

    public init(challenge: String, engine: String, cases: [CaseResult], message: String? = nil, notes: [String]? = nil) {
        self.notes = notes
        self.challenge = challenge
        self.engine = engine
        self.cases = cases
        let firstFailure = cases.first { $0.verdict != .accepted }
        self.verdict = firstFailure?.verdict ?? (cases.isEmpty ? .internalError : .accepted)
        self.diff = firstFailure?.diff
        self.message = message ?? firstFailure.map { failure in
            "\(failure.hidden ? "Hidden case" : "Case") '\(failure.name)': \(failure.message ?? failure.verdict.displayName)"
        }
    }
}
