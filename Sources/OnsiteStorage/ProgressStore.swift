import Foundation

/// What one user has done with one content item. A missing record means "never touched".
public struct ItemProgress: Codable, Sendable, Equatable {
    public var itemID: String
    public var seenCount: Int
    public var lastSeenAt: Date?
    public var starred: Bool
    public var note: String?

    public init(itemID: String, seenCount: Int = 0, lastSeenAt: Date? = nil, starred: Bool = false, note: String? = nil) {
        self.itemID = itemID
        self.seenCount = seenCount
        self.lastSeenAt = lastSeenAt
        self.starred = starred
        self.note = note
    }
}

/// Which items a user has seen, starred and annotated.
///
/// Implementations (SQLite now, PostgreSQL later) are scoped to one user when they are created, and every
/// write is atomic: a crash mid-write leaves the previous state, never half of the new one.
public protocol ProgressStore: Sendable {
    /// Records that the item was shown to the user at `date`.
    func markSeen(_ itemID: String, at date: Date) async throws(StorageError)
    func setStarred(_ starred: Bool, for itemID: String) async throws(StorageError)
    /// Sets the note; `nil` or empty text removes it.
    func setNote(_ note: String?, for itemID: String) async throws(StorageError)
    func progress(for itemID: String) async throws(StorageError) -> ItemProgress?
    /// Every item the user has touched, in item-id order.
    func allProgress() async throws(StorageError) -> [ItemProgress]
}

/// A storage failure, whatever the backend: a code scripts can switch on, a message a person can act on, the cause.
public struct StorageError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The database could not be opened or created (permissions, disk, not a database).
        case unavailable
        /// The database was written by a newer Onsite and this one cannot read it safely.
        case incompatibleSchema
        /// A read or write failed.
        case operationFailed
    }

    public var code: Code
    public var message: String
    public var cause: String?

    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause.map { String(describing: $0) }
    }

    public var description: String {
        cause.map { "\(message) (\($0))" } ?? message
    }
}
