import OnsiteCore

/// The mocks a user has finished or stopped, kept whole so a report can be shown again and the history charted.
/// `save` is atomic and replaces a report with the same id.
public protocol MockStore: Sendable {
    func save(_ report: MockReport) async throws(StorageError)
    /// Oldest first, the order a trend is read in.
    func reports() async throws(StorageError) -> [MockReport]
    func report(id: String) async throws(StorageError) -> MockReport?
}
