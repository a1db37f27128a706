import OnsiteCore

/// Ranked full-text search over the content, so a face can search without knowing which engine indexes it.
public protocol TextSearching: Sendable {
    /// Items matching `text`, best first, with highlighted snippets.
    func search(_ text: String, limit: Int) throws(StorageError) -> [SearchHit]
}
