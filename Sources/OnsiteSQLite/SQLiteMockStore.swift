import Foundation
import GRDB
import OnsiteCore
import OnsiteStorage

/// `MockStore` over the local SQLite database. Each report is one row of JSON: reports are read whole, never
/// queried by field, and the JSON keeps old reports readable as the report grows new fields.
public struct SQLiteMockStore: MockStore {
    private let database: AppDatabase
    private let userID: String

    public init(database: AppDatabase, userID: String = SQLiteProgressStore.localUser) {
        self.database = database
        self.userID = userID
    }

    public func save(_ report: MockReport) async throws(StorageError) {
        let row: MockReportRow
        do {
            row = try MockReportRow(userID: userID, report: report)
        } catch {
            throw StorageError(.operationFailed, "could not encode the mock report", cause: error)
        }
        try await database.perform("save the mock report") {
            try await database.writer.write { db in try row.save(db) }
        }
    }

    public func reports() async throws(StorageError) -> [MockReport] {
        let userID = userID
        return try await database.perform("read mock reports") {
            try await database.writer.read { db in
                try MockReportRow.filter(MockReportRow.Columns.userID == userID)
                    .order(MockReportRow.Columns.startedAt, MockReportRow.Columns.id).fetchAll(db).compactMap(\.report)
            }
        }
    }

    public func report(id: String) async throws(StorageError) -> MockReport? {
        let userID = userID
        return try await database.perform("read a mock report") {
            try await database.writer.read { db in
                try MockReportRow.filter(MockReportRow.Columns.userID == userID && MockReportRow.Columns.id == id)
                    .fetchOne(db)?.report
            }
        }
    }
}

/// One row of `mock_report`.
struct MockReportRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mock_report"

    var userID: String
    var id: String
    var format: String
    var startedAt: Double
    var json: String

    enum CodingKeys: String, CodingKey {
        case userID = "user_id", id, format, startedAt = "started_at", json
    }

    enum Columns {
        static let userID = Column(CodingKeys.userID)
        static let id = Column(CodingKeys.id)
        static let startedAt = Column(CodingKeys.startedAt)
    }

    init(userID: String, report: MockReport) throws {
        self.userID = userID
        id = report.id
        format = report.format.rawValue
        startedAt = report.startedAt.timeIntervalSince1970
        json = String(decoding: try Self.encoder.encode(report), as: UTF8.self)
    }

    /// nil for a report this build cannot read (written by a newer Onsite with a format it does not know).
    var report: MockReport? {
        try? Self.decoder.decode(MockReport.self, from: Data(json.utf8))
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }()
}
