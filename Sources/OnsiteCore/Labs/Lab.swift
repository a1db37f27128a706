import Foundation

/// A hands-on AWS lab: a task done with the real `aws` CLI or boto3 against the local emulator, and checks that
/// read the result back through the AWS APIs. Lives in `content/labs/<slug>/`.
public struct Lab: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    /// The AWS services it practises, as the key-topics page names them ("S3", "IAM", "Glue").
    public var services: [String]
    public var difficulty: Difficulty
    public var minutes: Int
    public var summary: String
    /// The task, in Markdown: what to build and why, without the commands.
    public var task: String
    /// AWS documentation the task and checks rely on.
    public var sources: [String]
    public var checks: [LabCheck]
    /// `setup.sh`: makes the lab's starting state with the aws CLI; nil when the lab starts empty.
    public var setupScript: String?
    /// `solution.sh`: a reference solution with the aws CLI; every check passes after it.
    public var solutionScript: String

    public init(id: String, title: String, services: [String], difficulty: Difficulty, minutes: Int, summary: String,
                task: String, sources: [String], checks: [LabCheck], setupScript: String?, solutionScript: String) {
        self.id = id
        self.title = title
        self.services = services
        self.difficulty = difficulty
        self.minutes = minutes
        self.summary = summary
        self.task = task
        self.sources = sources
        self.checks = checks
        self.setupScript = setupScript
        self.solutionScript = solutionScript
    }
}

/// One thing the lab asks for, verified by one read-only AWS call and expectations on its answer.
public struct LabCheck: Sendable, Equatable {
    public var id: String
    /// What is being verified, as a sentence: "Versioning is enabled on the lake bucket".
    public var title: String
    public var call: LabCall
    public var expectations: [LabExpectation]
    /// What to look at when the check fails: the concept, not the command.
    public var hint: String

    public init(id: String, title: String, call: LabCall, expectations: [LabExpectation], hint: String) {
        self.id = id
        self.title = title
        self.call = call
        self.expectations = expectations
        self.hint = hint
    }
}

/// A read-only AWS operation: `s3.GetBucketVersioning` with `Bucket: lake`.
public struct LabCall: Sendable, Equatable {
    public var service: String
    public var operation: String
    public var parameters: [String: String]

    public init(service: String, operation: String, parameters: [String: String] = [:]) {
        self.service = service
        self.operation = operation
        self.parameters = parameters
    }

    public var name: String { "\(service).\(operation)" }

    /// The read-only operations OnsiteLabs' client can call and read, so content lint can refuse any other.
    public static let supportedOperations: Set<String> = [
        "dynamodb.DescribeTable", "dynamodb.DescribeTimeToLive",
        "kinesis.DescribeStreamSummary", "kinesis.ListShards",
        // An iterator is only a read position: asking for one changes nothing, and GetRecords reads through it.
        "kinesis.GetShardIterator", "kinesis.GetRecords",
        "athena.GetWorkGroup", "athena.ListWorkGroups",
        "firehose.DescribeDeliveryStream",
        "logs.DescribeLogGroups", "logs.DescribeMetricFilters", "logs.DescribeSubscriptionFilters",
        "states.DescribeStateMachine", "states.ListStateMachines",
        "glue.GetDatabase", "glue.GetTable", "glue.GetPartitions",
        "kms.DescribeKey", "kms.GetKeyRotationStatus", "kms.ListAliases",
        "secretsmanager.DescribeSecret", "secretsmanager.GetSecretValue",
        "sqs.GetQueueUrl", "sqs.GetQueueAttributes",
        "s3.ListBuckets", "s3.GetBucketVersioning", "s3.GetBucketEncryption", "s3.GetPublicAccessBlock",
        "s3.GetBucketLifecycleConfiguration", "s3.ListObjectsV2", "s3.GetBucketNotificationConfiguration",
        "iam.GetRole", "iam.GetRolePolicy", "iam.ListRolePolicies", "iam.ListAttachedRolePolicies",
        "sns.ListTopics", "sns.ListSubscriptionsByTopic",
        "cloudwatch.DescribeAlarms",
        "lambda.GetFunctionConfiguration", "lambda.GetPolicy",
    ]
}

/// A condition on the values found at a path in a call's answer. Paths are dot-separated field names; `[*]`
/// stands for every element of a list, `[0]` for one. A text field that holds JSON (a policy document, a state
/// machine definition) is read as JSON when the path goes on into it.
public struct LabExpectation: Sendable, Equatable {
    public enum Condition: Sendable, Equatable {
        /// The path finds a value (true) or nothing (false).
        case exists(Bool)
        /// Some value found equals this (text, or a number or true/false written as text).
        case equals(String)
        /// No value found equals this: "no statement allows `*`".
        case noneEqual(String)
        /// Some text value found contains this.
        case contains(String)
        /// No text value found contains this.
        case noneContain(String)
        /// Some number found is at least / at most this.
        case atLeast(Double)
        case atMost(Double)
        /// At least this many values are found.
        case countAtLeast(Int)
        /// Some text value matches this regular expression.
        case matches(String)
    }

    public var path: String
    public var condition: Condition

    public init(path: String, condition: Condition) {
        self.path = path
        self.condition = condition
    }

    /// The condition in words, for a failed check's detail.
    public var description: String {
        switch condition {
        case .exists(let present): present ? "\(path) is set" : "\(path) is not set"
        case .equals(let value): "\(path) is \(value)"
        case .noneEqual(let value): "no \(path) is \(value)"
        case .contains(let value): "\(path) contains \"\(value)\""
        case .noneContain(let value): "no \(path) contains \"\(value)\""
        case .atLeast(let value): "\(path) is at least \(value.formatted())"
        case .atMost(let value): "\(path) is at most \(value.formatted())"
        case .countAtLeast(let count): "\(path) has at least \(count)"
        case .matches(let pattern): "\(path) matches /\(pattern)/"
        }
    }
}
