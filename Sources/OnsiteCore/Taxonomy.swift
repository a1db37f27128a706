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

extension InterviewRound {
    /// How the round is named to the candidate, in the CLI and on the web.
    public var displayName: String {
        switch self {
        case .phoneScreen: "Phone screen"
        case .technical1: "Technical 1: Python, SQL, data structures"
        case .technical2: "Technical 2: AWS and data-engineering concepts"
        case .systemDesign: "System design"
        case .behavioral: "Behavioral"
        }
    }
}

/// How the AWS bank is organised: the DEA-C01 exam domains (one tag on every AWS item) and the services the
/// bank must cover, each with the tags that count for it and the minimum number of items.
public enum AWSTaxonomy {
    public struct Domain: Sendable {
        public var tag: String
        public var name: String
    }

    public struct Service: Sendable {
        public var name: String
        public var tags: [String]
        public var minimum: Int

        public func covers(_ question: Question) -> Bool {
            question.track == .aws && question.tags.contains(where: tags.contains)
        }
    }

    /// The four domains of the AWS Certified Data Engineer – Associate exam guide.
    public static let domains: [Domain] = [
        Domain(tag: "dea-ingestion-transformation", name: "Data ingestion and transformation"),
        Domain(tag: "dea-store-management", name: "Data store management"),
        Domain(tag: "dea-operations-support", name: "Data operations and support"),
        Domain(tag: "dea-security-governance", name: "Data security and governance"),
    ]

    public static let services: [Service] = [
        Service(name: "S3", tags: ["s3"], minimum: 5),
        Service(name: "Lambda", tags: ["lambda"], minimum: 5),
        Service(name: "Glue", tags: ["glue"], minimum: 5),
        Service(name: "Athena", tags: ["athena"], minimum: 5),
        Service(name: "Redshift", tags: ["redshift"], minimum: 5),
        Service(name: "Kinesis", tags: ["kinesis", "firehose", "flink"], minimum: 5),
        Service(name: "EMR", tags: ["emr"], minimum: 5),
        Service(name: "RDS/Aurora", tags: ["rds", "aurora"], minimum: 5),
        Service(name: "IAM", tags: ["iam"], minimum: 5),
        Service(name: "CloudWatch", tags: ["cloudwatch"], minimum: 5),
        Service(name: "Step Functions", tags: ["step-functions"], minimum: 1),
        Service(name: "MWAA", tags: ["mwaa"], minimum: 1),
        Service(name: "DMS", tags: ["dms"], minimum: 1),
        Service(name: "MSK", tags: ["msk"], minimum: 1),
        Service(name: "DynamoDB", tags: ["dynamodb"], minimum: 1),
        Service(name: "Lake Formation", tags: ["lake-formation"], minimum: 1),
        Service(name: "SNS/SQS/EventBridge", tags: ["sns", "sqs", "eventbridge"], minimum: 1),
        Service(name: "KMS", tags: ["kms"], minimum: 1),
    ]
}
