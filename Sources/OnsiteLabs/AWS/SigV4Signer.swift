import Crypto
import Foundation

/// Credentials for signing. The labs use dummy ones against the local emulator; the signer does not care.
public struct AWSCredentials: Sendable, Equatable {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

/// An HTTP request on its way to an AWS endpoint, before and after signing.
public struct AWSRequest: Sendable {
    public var method: String
    /// The full URL, with its path and query already percent-encoded the way AWS expects.
    public var url: URL
    /// In the order they were added; names keep the caller's case (signing lowercases them).
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.last { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        headers.append((name, value))
    }

    /// The request as it was before `Authorization` was added, for comparing canonical requests.
    public var removingAuthorization: AWSRequest {
        var copy = self
        copy.headers.removeAll { $0.name.caseInsensitiveCompare("Authorization") == .orderedSame }
        return copy
    }
}

/// AWS Signature Version 4, as botocore computes it, so the same code would sign for real AWS: the canonical
/// request (method, path, sorted query, the signed headers, the payload hash), the string to sign over the
/// credential scope, and the HMAC chain from the secret key through date, region and service.
///
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
public struct SigV4Signer: Sendable {
    public enum Payload: Sendable, Equatable {
        /// The SHA-256 of the body goes into the canonical request (and, for S3, the x-amz-content-sha256 header).
        case signed
        /// `UNSIGNED-PAYLOAD`: S3 lets a client skip hashing a large body.
        case unsigned
    }

    public static let algorithm = "AWS4-HMAC-SHA256"
    static let unsignedPayload = "UNSIGNED-PAYLOAD"
    /// Headers botocore leaves out of the signature because proxies rewrite them.
    static let unsignedHeaders: Set<String> = ["expect", "transfer-encoding", "user-agent", "x-amzn-trace-id"]

    public let credentials: AWSCredentials
    public let region: String
    public let service: String

    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// S3 signs its path as sent and always carries the payload hash in a header; other services encode the path
    /// once more and send the hash only inside the signature.
    var isS3: Bool { service == "s3" || service == "s3-object-lambda" }

    /// The request with `X-Amz-Date`, the session token, S3's content hash and `Authorization` set.
    public func signed(_ request: AWSRequest, at date: Date, payload: Payload = .signed) -> AWSRequest {
        var request = request
        request.headers.removeAll { $0.name.caseInsensitiveCompare("Authorization") == .orderedSame }
        let timestamp = Self.timestamp(date)
        request.setHeader("X-Amz-Date", timestamp)
        if let token = credentials.sessionToken { request.setHeader("X-Amz-Security-Token", token) }
        let payloadHash = payload == .unsigned ? Self.unsignedPayload : Self.hex(SHA256.hash(data: request.body))
        if isS3 || payload == .unsigned { request.setHeader("X-Amz-Content-SHA256", payloadHash) }
        let canonical = canonicalRequest(request, payloadHash: payloadHash)
        let scope = "\(timestamp.prefix(8))/\(region)/\(service)/aws4_request"
        let stringToSign = [Self.algorithm, timestamp, scope, Self.hex(SHA256.hash(data: Data(canonical.text.utf8)))]
            .joined(separator: "\n")
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: signingKey(day: String(timestamp.prefix(8)))))
        request.setHeader("Authorization",
                          "\(Self.algorithm) Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)")
        return request
    }

    /// The canonical request and its signed-header list, exposed so tests can compare it with botocore's.
    public func canonicalRequest(_ request: AWSRequest, payloadHash: String) -> (text: String, signedHeaders: String) {
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        let rawPath = components?.percentEncodedPath ?? "/"
        let path = rawPath.isEmpty ? "/" : rawPath
        let canonicalPath = isS3 ? path : Self.encode(Self.normalized(path), keeping: "/~")
        let query = Self.canonicalQuery(components?.percentEncodedQuery)

        var values: [String: [String]] = [:]
        for header in request.headers {
            let name = header.name.lowercased()
            guard !Self.unsignedHeaders.contains(name) else { continue }
            values[name, default: []].append(header.value.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        if values["host"] == nil { values["host"] = [Self.host(of: request.url)] }
        let names = values.keys.sorted()
        let canonicalHeaders = names.map { "\($0):\(values[$0, default: []].joined(separator: ","))\n" }.joined()
        let signedHeaders = names.joined(separator: ";")
        let text = [request.method.uppercased(), canonicalPath, query, canonicalHeaders, signedHeaders, payloadHash]
            .joined(separator: "\n")
        return (text, signedHeaders)
    }

    func signingKey(day: String) -> SymmetricKey {
        var key = SymmetricKey(data: Data("AWS4\(credentials.secretAccessKey)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    /// botocore sorts the query's key=value pairs as they were encoded in the URL.
    static func canonicalQuery(_ query: String?) -> String {
        guard let query, !query.isEmpty else { return "" }
        let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> (String, String) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// `Host` as the client sends it: the port only when it is not the scheme's default.
    static func host(of url: URL) -> String {
        let host = url.host ?? ""
        guard let port = url.port else { return host }
        let isDefault = (url.scheme == "http" && port == 80) || (url.scheme == "https" && port == 443)
        return isDefault ? host : "\(host):\(port)"
    }

    /// Removes `.` and `..` segments, as botocore's normalize_url_path does, keeping a trailing slash.
    static func normalized(_ path: String) -> String {
        var output: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { _ = output.popLast(); continue }
            output.append(segment)
        }
        let joined = "/" + output.joined(separator: "/")
        return path.hasSuffix("/") && joined != "/" ? joined + "/" : joined
    }

    /// RFC 3986 encoding: letters, digits and `-_.~` stay, and the characters in `keeping`; everything else is %XX.
    public static func encode(_ text: String, keeping extra: String = "") -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8).union(extra.utf8)
        var output = ""
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                output.append(Character(UnicodeScalar(byte)))
            } else {
                output += String(format: "%%%02X", byte)
            }
        }
        return output
    }

    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    public static func sha256Hex(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
