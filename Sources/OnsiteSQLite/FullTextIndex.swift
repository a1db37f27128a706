import Foundation
import GRDB
import OnsiteCore
import OnsiteStorage

/// SQLite FTS5 over every content item, built in memory from the catalog (a few hundred items index in milliseconds,
/// so nothing stale is ever kept on disk).
public struct FullTextIndex: TextSearching {
    private let queue: DatabaseQueue

    public init(documents: [SearchDocument]) throws(StorageError) {
        do {
            queue = try DatabaseQueue()
            try queue.write { db in
                // porter stemming: "partitions" finds "partitioning"; unicode61 folds case and diacritics.
                try db.execute(sql: """
                    CREATE VIRTUAL TABLE items USING fts5(
                        id UNINDEXED, kind UNINDEXED, title, body, tokenize = 'porter unicode61')
                    """)
                let insert = try db.makeStatement(sql: "INSERT INTO items (id, kind, title, body) VALUES (?, ?, ?, ?)")
                for document in documents {
                    try insert.execute(arguments: [document.id, document.kind.rawValue, document.title, document.body])
                }
            }
        } catch {
            throw StorageError(.unavailable, "cannot build the search index (is SQLite built with FTS5?)", cause: error)
        }
    }

    /// Items matching every word of `text` (falling back to any word when none match all), best first.
    public func search(_ text: String, limit: Int = 20) throws(StorageError) -> [SearchHit] {
        let terms = Self.terms(in: text)
        guard !terms.isEmpty else { return [] }
        do {
            let all = try run(query: terms.joined(separator: " AND "), limit: limit)
            if !all.isEmpty || terms.count == 1 { return all }
            return try run(query: terms.joined(separator: " OR "), limit: limit)
        } catch {
            throw StorageError(.operationFailed, "search failed", cause: error)
        }
    }

    private func run(query: String, limit: Int) throws -> [SearchHit] {
        try queue.read { db in
            // Title matches weigh 5× body matches; snippet() picks the best 14-token window of the body.
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, kind, title,
                       snippet(items, 3, ?, ?, '…', 14) AS snippet,
                       bm25(items, 0.0, 0.0, 5.0, 1.0) AS score
                FROM items WHERE items MATCH ?
                ORDER BY score LIMIT ?
                """, arguments: [SearchHit.highlightStart, SearchHit.highlightEnd, query, limit])
            return rows.map { row in
                SearchHit(
                    id: row["id"], kind: SearchDocument.Kind(rawValue: row["kind"]) ?? .question,
                    title: row["title"], snippet: Self.flatten(row["snippet"]), score: row["score"])
            }
        }
    }

    /// User text becomes quoted FTS5 terms, so punctuation such as `?` or `-` is never parsed as query syntax.
    /// The last word matches as a prefix, which makes search-as-you-type work.
    static func terms(in text: String) -> [String] {
        let allWords = text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        // "WHERE vs HAVING?" should need WHERE and HAVING, not "vs", which model answers rarely say.
        let meaningful = allWords.filter { !queryStopWords.contains($0.lowercased()) }
        let words = meaningful.isEmpty ? allWords : meaningful
        return words.enumerated().map { index, word in
            "\"\(word)\"" + (index == words.count - 1 ? "*" : "")
        }
    }

    static let queryStopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is", "are", "vs", "versus", "what", "how",
        "why", "when", "which", "does", "do", "difference", "between",
    ]

    /// Snippets come from Markdown; keep them on one line without markup noise.
    static func flatten(_ snippet: String) -> String {
        var text = snippet.replacingOccurrences(of: "\n", with: " ")
        text = text.replacingOccurrences(of: "#{1,6} ", with: "", options: .regularExpression)
        for marker in ["```", "**", "`"] { text = text.replacingOccurrences(of: marker, with: "") }
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
