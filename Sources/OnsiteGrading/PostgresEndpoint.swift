import Foundation

/// Where the PostgreSQL engine connects, from `ONSITE_POSTGRES_URL`
/// (`postgres://user[:password]@host[:port]/database`). The role must be able to create a database and a role:
/// the judge keeps its datasets in its own database and runs submissions as a separate, read-only role.
public struct PostgresEndpoint: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String

    public static let environmentKey = "ONSITE_POSTGRES_URL"

    public init(host: String, port: Int = 5432, username: String, password: String? = nil, database: String) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(url text: String) throws(ParseError) {
        guard let components = URLComponents(string: text),
              ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty,
              let user = components.user, !user.isEmpty else {
            throw ParseError(description: "ONSITE_POSTGRES_URL must look like postgres://user[:password]@host[:port]/database, got '\(text)'")
        }
        let database = String(components.path.drop { $0 == "/" })
        self.init(host: host, port: components.port ?? 5432, username: user,
                  password: components.password?.removingPercentEncoding,
                  database: database.isEmpty ? "postgres" : database)
    }

    /// The endpoint from the environment, or nil when PostgreSQL grading is not configured.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(ParseError) -> PostgresEndpoint? {
        guard let text = environment[environmentKey], !text.isEmpty else { return nil }
        return try PostgresEndpoint(url: text)
    }
}
