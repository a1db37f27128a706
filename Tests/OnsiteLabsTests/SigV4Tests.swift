import Foundation
import OnsiteLabs
import OnsiteTestSupport
import Testing

/// The Swift signer against botocore's own (scripts/sigv4-reference.py in the project venv): the same request,
/// credentials and moment must give the same canonical request and the same Authorization header, so the client
/// that checks the labs would sign for real AWS too.
@Suite("SigV4 matches botocore")
struct SigV4Tests {
    struct Case: Encodable {
        var method: String
        var url: String
        var headers: [[String]]
        var body: String
        var service: String
        var region: String
        var accessKey = "AKIDEXAMPLE"
        var secretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
        var token: String?
        var timestamp = "20261204T093015Z"
        var unsignedPayload = false

        enum CodingKeys: String, CodingKey {
            case method, url, headers, body, service, region, token, timestamp
            case accessKey = "access_key", secretKey = "secret_key", unsignedPayload = "unsigned_payload"
        }
    }

    struct Reference: Decodable {
        var canonicalRequest: String
        var authorization: String
        var headers: [[String]]

        enum CodingKeys: String, CodingKey {
            case canonicalRequest = "canonical_request", authorization, headers
        }
    }

    static let moment = Date(timeIntervalSince1970: 1_796_376_615)  // 2026-12-04T09:30:15Z

    static let cases: [(name: String, case: Case)] = [
        ("GET without a query", Case(method: "GET", url: "https://dynamodb.us-east-1.amazonaws.com/", headers: [], body: "",
                                    service: "dynamodb", region: "us-east-1")),
        ("GET with a query to sort and encode", Case(
            method: "GET", url: "https://iam.amazonaws.com/?Version=2010-05-08&Action=ListRoles&PathPrefix=%2Fservice-role%2F&MaxItems=10",
            headers: [], body: "", service: "iam", region: "us-east-1")),
        ("POST with a JSON body and a target header", Case(
            method: "POST", url: "https://kinesis.eu-west-1.amazonaws.com/",
            headers: [["Content-Type", "application/x-amz-json-1.1"], ["X-Amz-Target", "Kinesis_20131202.DescribeStreamSummary"],
                      ["User-Agent", "onsite/1.0"]],
            body: #"{"StreamName":"clicks"}"#, service: "kinesis", region: "eu-west-1")),
        ("POST with a form body (Query protocol) and a session token", Case(
            method: "POST", url: "https://sns.us-east-1.amazonaws.com/",
            headers: [["Content-Type", "application/x-www-form-urlencoded; charset=utf-8"]],
            body: "Action=ListTopics&Version=2010-03-31", service: "sns", region: "us-east-1", token: "FQoGZXIvYXdzEXAMPLE")),
        ("POST with a query string and a body, values with spaces to collapse", Case(
            method: "POST", url: "https://logs.us-west-2.amazonaws.com/?b=2&a=1&a=0",
            headers: [["X-Custom", "  two   spaces  "], ["Content-Type", "application/x-amz-json-1.1"]],
            body: "{}", service: "logs", region: "us-west-2")),
        ("a path that needs encoding twice outside S3", Case(
            method: "GET", url: "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Aetl/configuration",
            headers: [], body: "", service: "lambda", region: "us-east-1")),
        ("the local emulator's address, port included", Case(
            method: "POST", url: "http://127.0.0.1:5055/", headers: [["X-Amz-Target", "DynamoDB_20120810.ListTables"]],
            body: "{}", service: "dynamodb", region: "us-east-1")),
        ("S3 GET with a subresource query, signed payload", Case(
            method: "GET", url: "https://s3.us-east-1.amazonaws.com/lake?versioning", headers: [], body: "",
            service: "s3", region: "us-east-1")),
        ("S3 ListObjectsV2 with a prefix", Case(
            method: "GET", url: "https://s3.us-east-1.amazonaws.com/lake?list-type=2&prefix=raw%2Forders%2Fyear%3D2026%2F",
            headers: [], body: "", service: "s3", region: "us-east-1")),
        ("S3 PUT with a signed payload", Case(
            method: "PUT", url: "https://s3.us-east-1.amazonaws.com/lake/raw/orders/part-0.json",
            headers: [["Content-Type", "application/json"]], body: #"{"order_id": 1}"#, service: "s3", region: "us-east-1")),
        ("S3 PUT with UNSIGNED-PAYLOAD", Case(
            method: "PUT", url: "https://s3.us-east-1.amazonaws.com/lake/raw/orders/part-1.json",
            headers: [["Content-Type", "application/json"]], body: #"{"order_id": 2}"#, service: "s3", region: "us-east-1",
            unsignedPayload: true)),
        ("S3 on the emulator, key with a space and a plus", Case(
            method: "PUT", url: "http://127.0.0.1:5055/lake/reports/q1%20summary%2Bfinal.csv", headers: [], body: "a,b\n1,2\n",
            service: "s3", region: "us-east-1")),
        ("UNSIGNED-PAYLOAD outside S3 over HTTPS", Case(
            method: "POST", url: "https://firehose.us-east-1.amazonaws.com/", headers: [["X-Amz-Target", "Firehose_20150804.ListDeliveryStreams"]],
            body: "{}", service: "firehose", region: "us-east-1", unsignedPayload: true)),
    ]

    static func references() throws -> [Reference] {
        let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "no .venv: run scripts/setup")
        let input = String(decoding: try JSONEncoder().encode(cases.map(\.case)), as: UTF8.self)
        let result = try ProgramRunner.run(python, [RepositoryPaths.root.appendingPathComponent("scripts/sigv4-reference.py").path],
                                           input: input, timeout: 60)
        try #require(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([Reference].self, from: Data(result.stdout.utf8))
    }

    @Test("every case signs exactly as botocore signs it")
    func matchesBotocore() throws {
        let references = try Self.references()
        try #require(references.count == Self.cases.count)
        for ((name, testCase), reference) in zip(Self.cases, references) {
            let signer = SigV4Signer(credentials: AWSCredentials(accessKeyID: testCase.accessKey, secretAccessKey: testCase.secretKey,
                                                                 sessionToken: testCase.token),
                                     region: testCase.region, service: testCase.service)
            let request = AWSRequest(method: testCase.method, url: try #require(URL(string: testCase.url)),
                                     headers: testCase.headers.map { ($0[0], $0[1]) }, body: Data(testCase.body.utf8))
            let signed = signer.signed(request, at: Self.moment, payload: testCase.unsignedPayload ? .unsigned : .signed)
            let payloadHash = signed.header("X-Amz-Content-SHA256") ?? SigV4Signer.sha256Hex(request.body)
            #expect(signer.canonicalRequest(signed.removingAuthorization, payloadHash: payloadHash).text == reference.canonicalRequest,
                    "\(name): canonical request differs")
            #expect(signed.header("Authorization") == reference.authorization, "\(name)")
            for header in reference.headers where header[0] != "Authorization" {
                #expect(signed.header(header[0]) == header[1], "\(name): header \(header[0])")
            }
        }
    }

    @Test("a different secret, moment or body changes the signature")
    func signatureDependsOnItsInputs() throws {
        let url = try #require(URL(string: "https://s3.us-east-1.amazonaws.com/lake/a.txt"))
        let request = AWSRequest(method: "PUT", url: url, body: Data("one".utf8))
        let base = SigV4Signer(credentials: AWSCredentials(accessKeyID: "AKID", secretAccessKey: "secret"), region: "us-east-1", service: "s3")
        let other = SigV4Signer(credentials: AWSCredentials(accessKeyID: "AKID", secretAccessKey: "secret2"), region: "us-east-1", service: "s3")
        let signature = base.signed(request, at: Self.moment).header("Authorization")
        #expect(signature != other.signed(request, at: Self.moment).header("Authorization"))
        #expect(signature != base.signed(request, at: Self.moment.addingTimeInterval(1)).header("Authorization"))
        var changed = request
        changed.body = Data("two".utf8)
        #expect(signature != base.signed(changed, at: Self.moment).header("Authorization"))
    }
}
