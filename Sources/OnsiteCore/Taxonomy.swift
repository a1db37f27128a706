/// The question banks. The raw value is the folder name under `content/questions/`.
public enum Track: String, CaseIterable, Codable, Sendable, Comparable {
    case python
    case sql
    case aws
    case concepts
    case systemDesign = "system-design"
    case behavioral

    /// Every question id in a track starts with this, so an id says where it lives.
    public var idPrefix: String {
        switch self {
        case .python: "py-"
        case .sql: "sql-"
        case .aws: "aws-"
        case .concepts: "de-"
        case .systemDesign: "sd-"
        case .behavioral: "bh-"
        }
    }

    /// Topics the bank must cover; every question carries at least one of its track's (empty: no list yet).
    public var topicTags: [String] {
        switch self {
        case .python:
            ["data-structures", "functions-classes", "iteration", "context-managers", "error-handling",
             "file-handling", "pandas-numpy", "concurrency", "api-calls", "testing-packaging", "performance"]
        case .sql:
            ["joins-grouping", "null-logic", "subqueries-ctes", "window-functions", "pivoting", "set-operations",
             "indexes", "query-optimization", "transactions", "procedures-functions", "data-types", "partitioning",
             "deduplication", "scd", "redshift", "data-modeling"]
        case .aws, .concepts, .systemDesign, .behavioral:
            []
        }
    }

    public var displayName: String {
        switch self {
        case .python: "Python"
        case .sql: "SQL"
        case .aws: "AWS"
        case .concepts: "Data-engineering concepts"
        case .systemDesign: "System design"
        case .behavioral: "Behavioral"
        }
    }

    public static func < (lhs: Track, rhs: Track) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum Difficulty: String, CaseIterable, Codable, Sendable, Comparable {
    case easy, medium, hard

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The five rounds of the loop, in the order a candidate meets them.
public enum InterviewRound: String, CaseIterable, Codable, Sendable {
    case phoneScreen = "phone-screen"
    case technical1 = "technical-1"
    case technical2 = "technical-2"
    case systemDesign = "system-design"
    case behavioral
}
