import Foundation
import GRDB
import OnsiteCore
import OnsiteStorage

/// `AttemptStore` over the local SQLite database, for one user.
public struct SQLiteAttemptStore: AttemptStore {
    private let database: AppDatabase
    private let userID: String

    public init(database: AppDatabase, userID: String = SQLiteProgressStore.localUser) {
        self.database = database
        self.userID = userID
    }

    public func record(_ attempt: Attempt) async throws(StorageError) {
        let record = AttemptRecord(userID: userID, attempt: attempt)
        try await database.perform("save the attempt") {
            try await database.writer.write { db in
                var row = record
                try row.insert(db)
            }
        }
    }

    public func attempts(for challengeID: String) async throws(StorageError) -> [Attempt] {
        let userID = userID
        return try await database.perform("read attempts") {
            try await database.writer.read { db in
                try AttemptRecord
                    .filter(AttemptRecord.Columns.userID == userID && AttemptRecord.Columns.challengeID == challengeID)
                    .order(AttemptRecord.Columns.submittedAt.desc, AttemptRecord.Columns.id.desc)
                    .fetchAll(db)
                    .compactMap(\.attempt)
            }
        }
    }

    public func solvedChallengeIDs() async throws(StorageError) -> Set<String> {
        try await challengeIDs(acceptedOnly: true)
    }

    public func attemptedChallengeIDs() async throws(StorageError) -> Set<String> {
        try await challengeIDs(acceptedOnly: false)
    }

    private func challengeIDs(acceptedOnly: Bool) async throws(StorageError) -> Set<String> {
        let userID = userID
        return try await database.perform("read solved challenges") {
            try await database.writer.read { db in
                var request = AttemptRecord.filter(AttemptRecord.Columns.userID == userID)
                if acceptedOnly { request = request.filter(AttemptRecord.Columns.verdict == Verdict.accepted.rawValue) }
                return Set(try String.fetchAll(db, request.select(AttemptRecord.Columns.challengeID, as: String.self).distinct()))
            }
        }
    }
}

/// One row of `attempt`.
struct AttemptRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attempt"

    var id: Int64?
    var userID: String
    var challengeID: String
    var engine: String
    var verdict: String
    var submittedAt: Date
    var milliseconds: Double
    var code: String

    enum CodingKeys: String, CodingKey {
        case id, userID = "user_id", challengeID = "challenge_id", engine, verdict, submittedAt = "submitted_at"
        case milliseconds, code
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let userID = Column(CodingKeys.userID)
        static let challengeID = Column(CodingKeys.challengeID)
        static let verdict = Column(CodingKeys.verdict)
        static let submittedAt = Column(CodingKeys.submittedAt)
    }

    init(userID: String, attempt: Attempt) {
        self.userID = userID
        challengeID = attempt.challengeID
        engine = attempt.engine
        verdict = attempt.verdict.rawValue
        submittedAt = attempt.submittedAt
        milliseconds = attempt.milliseconds
        code = attempt.code
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// `nil` for a verdict this build does not know (written by a newer Onsite).
    var attempt: Attempt? {
        Verdict(rawValue: verdict).map {
            Attempt(challengeID: challengeID, engine: engine, verdict: $0, submittedAt: submittedAt,
                    milliseconds: milliseconds, code: code)
        }
    }
}

extension SQLiteAttemptStore: AcceptanceHistoryReading {
    public func firstAcceptances() async throws(StorageError) -> [String: Date] {
        let userID = userID
        return try await database.perform("read accepted challenges") {
            try await database.writer.read { db in
                let request = AttemptRecord
                    .filter(AttemptRecord.Columns.userID == userID && AttemptRecord.Columns.verdict == Verdict.accepted.rawValue)
                    .order(AttemptRecord.Columns.submittedAt, AttemptRecord.Columns.id)
                var first: [String: Date] = [:]
                for record in try request.fetchAll(db) where first[record.challengeID] == nil {
                    first[record.challengeID] = record.submittedAt
                }
                return first
            }
        }
    }
}
