/// A page of the preparation guide (process, timeline, checklists, …).
public struct GuidePage: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var order: Int
    public var summary: String
    /// Markdown.
    public var body: String

    public init(id: String, title: String, order: Int, summary: String, body: String) {
        self.id = id
        self.title = title
        self.order = order
        self.summary = summary
        self.body = body
    }
}

/// One of Amazon's Leadership Principles, with the questions that probe it.
public struct Principle: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var meaning: String
    public var questions: [String]

    public init(id: String, name: String, meaning: String, questions: [String]) {
        self.id = id
        self.name = name
        self.meaning = meaning
        self.questions = questions
    }
}
