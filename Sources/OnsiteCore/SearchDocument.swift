/// A piece of content as full-text search sees it.
public struct SearchDocument: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case question, guide, principle, challenge
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var body: String

    public init(id: String, kind: Kind, title: String, body: String) {
        self.id = id
        self.kind = kind
        self.title = title
        self.body = body
    }
}

/// A ranked search result with a highlighted excerpt.
public struct SearchHit: Codable, Sendable, Equatable {
    public var id: String
    public var kind: SearchDocument.Kind
    public var title: String
    /// Excerpt with matches wrapped in `SearchHit.highlightStart` / `highlightEnd`.
    public var snippet: String
    /// BM25 score; lower is better (SQLite's convention).
    public var score: Double

    public static let highlightStart = "\u{1}"
    public static let highlightEnd = "\u{2}"

    public init(id: String, kind: SearchDocument.Kind, title: String, snippet: String, score: Double) {
        self.id = id
        self.kind = kind
        self.title = title
        self.snippet = snippet
        self.score = score
    }
}

extension Catalog {
    /// Every item, flattened for indexing.
    public var searchDocuments: [SearchDocument] {
        let questionDocs = questions.map { question in
            SearchDocument(
                id: question.id, kind: .question, title: question.title,
                body: [question.prompt, question.answer, question.followUps.joined(separator: "\n"),
                       question.tags.joined(separator: " ")].joined(separator: "\n\n"))
        }
        let guideDocs = guide.map { SearchDocument(id: $0.id, kind: .guide, title: $0.title, body: $0.body) }
        let principleDocs = principles.map {
            SearchDocument(
                id: $0.id, kind: .principle, title: $0.name,
                body: ([$0.meaning] + $0.questions).joined(separator: "\n"))
        }
        let challengeDocs = sqlChallenges.map {
            SearchDocument(id: $0.id, kind: .challenge, title: $0.title,
                           body: $0.prompt + "\n\n" + $0.topics.joined(separator: " "))
        }
        let pythonDocs = pythonChallenges.map {
            SearchDocument(id: $0.id, kind: .challenge, title: $0.title,
                           body: $0.prompt + "\n\n" + $0.topics.joined(separator: " "))
        }
        return questionDocs + guideDocs + principleDocs + challengeDocs + pythonDocs
    }
}
