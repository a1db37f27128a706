import Foundation
import OnsiteCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a call to an AWS endpoint did not give an answer the checks can read.
public enum AWSClientError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Nothing answered at the endpoint (the lab server is not running, or died).
    case unreachable(endpoint: String, reason: String)
    /// The service answered with an AWS error: `NoSuchBucket`, `ResourceNotFoundException`…
    case service(code: String, message: String, status: Int)
    /// The answer could not be read as the protocol says it should be.
    case malformed(String)

    public var description: String {
        switch self {
        case .unreachable(let endpoint, let reason): "nothing answered at \(endpoint) (\(reason))"
        case .service(let code, let message, let status): "\(code) (HTTP \(status))\(message.isEmpty ? "" : ": \(message)")"
        case .malformed(let detail): "an answer Onsite could not read: \(detail)"
        }
    }

    /// Codes that mean "the thing asked about does not exist", which a check reports as not done yet.
    public var isNotFound: Bool {
        guard case .service(let code, _, let status) = self else { return false }
        // NoSuchBucket, NoSuchEntity, ResourceNotFoundException, ServerSideEncryptionConfigurationNotFoundError…
        return status == 404 || code.hasPrefix("NoSuch") || code.contains("NotFound")
    }
}

/// A small AWS client for the lab checks: signs every request with SigV4 and speaks the four wire protocols the
/// labs' services use (JSON, Query, REST-XML for S3, REST-JSON for Lambda). It talks to whatever endpoint it is
/// given, the local emulator in the labs, and nothing in it is emulator-specific.
public struct AWSClient: Sendable {
    public let endpoint: URL
    public let credentials: AWSCredentials
    public let region: String
    public let timeout: TimeInterval

    public init(endpoint: URL, credentials: AWSCredentials, region: String, timeout: TimeInterval = 10) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.region = region
        self.timeout = timeout
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
    }

    /// Signs and sends one request.
    public func send(_ request: AWSRequest, service: String, payload: SigV4Signer.Payload = .signed) async throws(AWSClientError) -> Response {
        let signed = SigV4Signer(credentials: credentials, region: region, service: service).signed(request, at: Date(), payload: payload)
        var urlRequest = URLRequest(url: signed.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = signed.method
        for header in signed.headers { urlRequest.setValue(header.value, forHTTPHeaderField: header.name) }
        if !signed.body.isEmpty || signed.method == "PUT" || signed.method == "POST" { urlRequest.httpBody = signed.body }
        let data: Data, response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: urlRequest)
        } catch {
            throw .unreachable(endpoint: endpoint.absoluteString, reason: (error as NSError).localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else { throw .malformed("not an HTTP response") }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        return Response(status: http.statusCode, headers: headers, body: data)
    }

    // MARK: JSON protocol (DynamoDB, Kinesis, Firehose, Logs, Step Functions, Glue, Athena, KMS, Secrets Manager, SQS)

    /// `POST /` with `X-Amz-Target: <targetPrefix>.<operation>` and a JSON body; the answer is JSON.
    public func json(service: String, targetPrefix: String, operation: String, jsonVersion: String = "1.1",
                     body: JSONObject = [:]) async throws(AWSClientError) -> JSONValue {
        let request = AWSRequest(method: "POST", url: endpoint.appendingPathComponent(""), headers: [
            ("Content-Type", "application/x-amz-json-\(jsonVersion)"), ("X-Amz-Target", "\(targetPrefix).\(operation)"),
        ], body: Data(JSONValue.object(body).jsonText.utf8))
        let response = try await send(request, service: service)
        guard (200..<300).contains(response.status) else { throw Self.jsonError(response) }
        return try Self.parseJSON(response.body)
    }

    // MARK: REST-JSON (Lambda)

    public func restJSON(service: String, method: String, path: String, query: [(String, String)] = [],
                         body: Data = Data()) async throws(AWSClientError) -> JSONValue {
        let request = AWSRequest(method: method, url: url(path: path, query: query),
                                 headers: body.isEmpty ? [] : [("Content-Type", "application/json")], body: body)
        let response = try await send(request, service: service)
        guard (200..<300).contains(response.status) else { throw Self.jsonError(response) }
        return response.body.isEmpty ? .object([:]) : try Self.parseJSON(response.body)
    }

    // MARK: Query protocol (IAM, SNS, CloudWatch)

    /// `POST /` with a form body `Action=…&Version=…&…`; the answer is XML, returned for a typed XMLCoder decode.
    public func query(service: String, action: String, version: String,
                      parameters: [(String, String)] = []) async throws(AWSClientError) -> Data {
        let form = ([("Action", action), ("Version", version)] + parameters)
            .map { "\(SigV4Signer.encode($0.0))=\(SigV4Signer.encode($0.1))" }.joined(separator: "&")
        let request = AWSRequest(method: "POST", url: endpoint.appendingPathComponent(""), headers: [
            ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        ], body: Data(form.utf8))
        let response = try await send(request, service: service)
        guard (200..<300).contains(response.status) else { throw XMLErrors.error(from: response) }
        return response.body
    }

    // MARK: REST-XML (S3)

    /// A path-style S3 request (`/bucket/key?subresource`); the answer's XML is returned for a typed decode.
    public func s3(method: String = "GET", bucket: String, key: String? = nil, query: [(String, String)] = [],
                   body: Data = Data(), headers: [(String, String)] = []) async throws(AWSClientError) -> Response {
        var path = "/" + SigV4Signer.encode(bucket)
        if let key { path += "/" + SigV4Signer.encode(key, keeping: "/") }
        let request = AWSRequest(method: method, url: url(path: path, query: query),
                                 headers: headers.map { (name: $0.0, value: $0.1) }, body: body)
        let response = try await send(request, service: "s3")
        guard (200..<300).contains(response.status) else { throw XMLErrors.error(from: response) }
        return response
    }

    // MARK: Helpers

    /// The endpoint with an already-encoded path and a query encoded the AWS way (`%20`, not `+`). A query item
    /// with an empty value is written bare (`?versioning`), as S3 subresources are.
    func url(path: String, query: [(String, String)]) -> URL {
        var text = endpoint.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        text += path
        if !query.isEmpty {
            text += "?" + query.map { $0.1.isEmpty ? SigV4Signer.encode($0.0) : "\(SigV4Signer.encode($0.0))=\(SigV4Signer.encode($0.1))" }
                .joined(separator: "&")
        }
        return URL(string: text) ?? endpoint
    }

    static func parseJSON(_ data: Data) throws(AWSClientError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .malformed("JSON expected, got \(String(decoding: data.prefix(200), as: UTF8.self))")
        }
    }

    /// JSON errors carry `__type` (sometimes `namespace#Code`) and `message` or `Message`.
    static func jsonError(_ response: Response) -> AWSClientError {
        let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
        let type = (object["__type"] as? String ?? response.headers["x-amzn-errortype"] ?? "HTTP\(response.status)")
        let code = type.split(separator: "#").last.map(String.init)?.split(separator: ":").first.map(String.init) ?? type
        let message = object["message"] as? String ?? object["Message"] as? String ?? ""
        return .service(code: code, message: message, status: response.status)
    }
}
