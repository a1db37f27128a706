import Foundation
import HTTPTypes
import Hummingbird

/// Guards a server on localhost against the websites its user visits:
/// - a `Host` naming anything but the bound address or localhost is refused (DNS rebinding: an attacker's name
///   resolving to 127.0.0.1 still arrives with the attacker's name in `Host`);
/// - every request that changes state (anything but GET and HEAD) needs an `Origin` equal to the `Host` it was sent
///   to (same origin, port included) and the session's CSRF token in `X-CSRF-Token`;
/// - a body declared larger than the cap is refused before it is read; bodies without a length are capped where
///   they are read (`collect(upTo:)`).
struct LocalSafetyMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowedHostnames: Set<String>
    let session: WebSession
    let maximumBodyBytes: Int

    init(allowedHost: String, session: WebSession, maximumBodyBytes: Int) {
        var names: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        let bound = allowedHost.contains(":") ? "[\(allowedHost)]" : allowedHost
        if allowedHost != "0.0.0.0" && allowedHost != "::" { names.insert(bound.lowercased()) }
        allowedHostnames = names
        self.session = session
        self.maximumBodyBytes = maximumBodyBytes
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority?.lowercased(), allowedHostnames.contains(Self.hostname(of: authority)) else {
            throw HTTPError(.misdirectedRequest, message: "This server only answers requests addressed to localhost.")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maximumBodyBytes {
            throw HTTPError(.contentTooLarge, message: "The request body is larger than \(maximumBodyBytes / 1024) KiB.")
        }
        if request.method != .get && request.method != .head {
            guard let origin = request.headers[.origin], Self.authority(ofOrigin: origin) == authority else {
                throw HTTPError(.forbidden, message: "Cross-site request refused: the Origin is not this server.")
            }
            guard request.headers[.csrfToken] == session.csrfToken else {
                throw HTTPError(.forbidden, message: "Missing or stale CSRF token: reload the page and try again.")
            }
        }
        return try await next(request, context)
    }

    /// "localhost:8080" → "localhost"; "[::1]:8080" → "[::1]".
    static func hostname(of authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") { return String(authority[...end]) }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// "http://localhost:8080" → "localhost:8080".
    static func authority(ofOrigin origin: String) -> String {
        guard let url = URL(string: origin), let host = url.host else { return "" }
        let port = url.port.map { ":\($0)" } ?? ""
        return (host.contains(":") ? "[\(host)]" : host).lowercased() + port
    }
}

extension HTTPField.Name {
    static let csrfToken = Self("X-CSRF-Token")!
}
