import Foundation
import OnsiteCore
import XMLCoder

/// The read-only AWS operations a lab check may name, each mapped to its service's wire protocol. An operation
/// not listed here is refused by content lint, so a check cannot quietly call something the client cannot read.
public enum LabOperations {
    /// JSON-protocol services: the signing name, the X-Amz-Target prefix and the JSON version.
    static let jsonServices: [String: (signingName: String, target: String, version: String)] = [
        "dynamodb": ("dynamodb", "DynamoDB_20120810", "1.0"),
        "kinesis": ("kinesis", "Kinesis_20131202", "1.1"),
        "firehose": ("firehose", "Firehose_20150804", "1.1"),
        "logs": ("logs", "Logs_20140328", "1.1"),
        "states": ("states", "AWSStepFunctions", "1.0"),
        "glue": ("glue", "AWSGlue", "1.1"),
        "kms": ("kms", "TrentService", "1.1"),
        "secretsmanager": ("secretsmanager", "secretsmanager", "1.1"),
        "sqs": ("sqs", "AmazonSQS", "1.0"),
        "athena": ("athena", "AmazonAthena", "1.1"),
    ]

    public static var supported: Set<String> { LabCall.supportedOperations }

    /// Calls the operation and returns its answer as JSON values. Parameters are the API's own names.
    public static func call(_ call: LabCall, with client: AWSClient) async throws(AWSClientError) -> JSONValue {
        let parameters = call.parameters
        func required(_ name: String) throws(AWSClientError) -> String {
            guard let value = parameters[name] else { throw .malformed("\(call.name) needs the parameter \(name)") }
            return value
        }
        if let service = jsonServices[call.service], LabCall.supportedOperations.contains(call.name) {
            var body = JSONObject(parameters.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) })
            // SQS's attribute list is the one list parameter the checks need; "All" asks for every attribute.
            if call.name == "sqs.GetQueueAttributes" {
                body = JSONObject(body.pairs.filter { $0.key != "AttributeNames" }.map { ($0.key, $0.value) }
                                  + [("AttributeNames", .array([.string("All")]))])
            }
            return try await client.json(service: service.signingName, targetPrefix: service.target, operation: call.operation,
                                         jsonVersion: service.version, body: body)
        }
        switch call.name {
        case "s3.ListBuckets":
            let response = try await client.s3(bucket: "")
            return try XMLDecoder.jsonValue(S3XML.BucketList.self, from: response.body)
        case "s3.GetBucketVersioning":
            return try await s3(client, try required("Bucket"), "versioning", S3XML.Versioning.self)
        case "s3.GetBucketEncryption":
            return try await s3(client, try required("Bucket"), "encryption", S3XML.Encryption.self)
        case "s3.GetPublicAccessBlock":
            return try await s3(client, try required("Bucket"), "publicAccessBlock", S3XML.PublicAccessBlock.self)
        case "s3.GetBucketLifecycleConfiguration":
            return try await s3(client, try required("Bucket"), "lifecycle", S3XML.Lifecycle.self)
        case "s3.GetBucketNotificationConfiguration":
            return try await s3(client, try required("Bucket"), "notification", S3XML.Notification.self)
        case "s3.ListObjectsV2":
            var query = [("list-type", "2")]
            if let prefix = parameters["Prefix"] { query.append(("prefix", prefix)) }
            let response = try await client.s3(bucket: try required("Bucket"), query: query)
            return try XMLDecoder.jsonValue(S3XML.ObjectList.self, from: response.body)
        case "iam.GetRole":
            let data = try await client.query(service: "iam", action: "GetRole", version: "2010-05-08",
                                              parameters: [("RoleName", try required("RoleName"))])
            return decodedPolicies(try XMLDecoder.jsonValue(QueryXML.GetRole.self, from: data))
        case "iam.GetRolePolicy":
            let data = try await client.query(service: "iam", action: "GetRolePolicy", version: "2010-05-08",
                                              parameters: [("RoleName", try required("RoleName")), ("PolicyName", try required("PolicyName"))])
            return decodedPolicies(try XMLDecoder.jsonValue(QueryXML.GetRolePolicy.self, from: data))
        case "iam.ListRolePolicies":
            let data = try await client.query(service: "iam", action: "ListRolePolicies", version: "2010-05-08",
                                              parameters: [("RoleName", try required("RoleName"))])
            return try XMLDecoder.jsonValue(QueryXML.ListRolePolicies.self, from: data)
        case "iam.ListAttachedRolePolicies":
            let data = try await client.query(service: "iam", action: "ListAttachedRolePolicies", version: "2010-05-08",
                                              parameters: [("RoleName", try required("RoleName"))])
            return try XMLDecoder.jsonValue(QueryXML.ListAttachedRolePolicies.self, from: data)
        case "sns.ListTopics":
            let data = try await client.query(service: "sns", action: "ListTopics", version: "2010-03-31")
            return try XMLDecoder.jsonValue(QueryXML.ListTopics.self, from: data)
        case "sns.ListSubscriptionsByTopic":
            let data = try await client.query(service: "sns", action: "ListSubscriptionsByTopic", version: "2010-03-31",
                                              parameters: [("TopicArn", try required("TopicArn"))])
            return try XMLDecoder.jsonValue(QueryXML.ListSubscriptionsByTopic.self, from: data)
        case "cloudwatch.DescribeAlarms":
            let names = parameters["AlarmNames"].map { [("AlarmNames.member.1", $0)] } ?? []
            let data = try await client.query(service: "monitoring", action: "DescribeAlarms", version: "2010-08-01", parameters: names)
            return try XMLDecoder.jsonValue(QueryXML.DescribeAlarms.self, from: data)
        case "lambda.GetFunctionConfiguration":
            let name = SigV4Signer.encode(try required("FunctionName"))
            return try await client.restJSON(service: "lambda", method: "GET", path: "/2015-03-31/functions/\(name)/configuration")
        case "lambda.GetPolicy":
            let name = SigV4Signer.encode(try required("FunctionName"))
            return try await client.restJSON(service: "lambda", method: "GET", path: "/2015-03-31/functions/\(name)/policy")
        default:
            throw .malformed("\(call.name) is not an operation the lab checks can call")
        }
    }

    private static func s3<T: Codable>(_ client: AWSClient, _ bucket: String, _ subresource: String,
                                       _ type: T.Type) async throws(AWSClientError) -> JSONValue {
        let response = try await client.s3(bucket: bucket, query: [(subresource, "")])
        if response.body.isEmpty { return .object([:]) }
        return try XMLDecoder.jsonValue(type, from: response.body)
    }

    /// IAM returns policy documents URL-encoded; decode them so the checks can read them as JSON.
    static func decodedPolicies(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.pairs.map { pair in
                if pair.key.hasSuffix("PolicyDocument"), case .string(let text) = pair.value {
                    return (pair.key, .string(text.removingPercentEncoding ?? text))
                }
                return (pair.key, decodedPolicies(pair.value))
            }))
        case .array(let list):
            return .array(list.map(decodedPolicies))
        default:
            return value
        }
    }
}
