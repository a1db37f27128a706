/// Something a good answer must say, and the phrasings that count as saying it.
public struct KeyPoint: Codable, Sendable, Equatable {
    public var point: String
    public var match: [String]

    public init(point: String, match: [String]) {
        self.point = point
        self.match = match
    }
}

/// One item of a question bank: the question, its model answer and what to check an answer against.
///
/// A value with copy-on-write storage: banks are filtered, queued and rendered whole, and copying a question
/// would otherwise retain each of its dozen strings and arrays; copying the box is one retain.
public struct Question: Codable, Sendable, Equatable, Identifiable {
    public var id: String {
        get { storage.fields.id }
        set { mutableFields.id = newValue }
    }
    public var track: Track {
        get { storage.fields.track }
        set { mutableFields.track = newValue }
    }
    public var title: String {
        get { storage.fields.title }
        set { mutableFields.title = newValue }
    }
    public var difficulty: Difficulty {
        get { storage.fields.difficulty }
        set { mutableFields.difficulty = newValue }
    }
    public var tags: [String] {
        get { storage.fields.tags }
        set { mutableFields.tags = newValue }
    }
    public var rounds: [InterviewRound] {
        get { storage.fields.rounds }
        set { mutableFields.rounds = newValue }
    }
    public var quickfire: Bool {
        get { storage.fields.quickfire }
        set { mutableFields.quickfire = newValue }
    }
    public var keyPoints: [KeyPoint] {
        get { storage.fields.keyPoints }
        set { mutableFields.keyPoints = newValue }
    }
    public var sources: [String] {
        get { storage.fields.sources }
        set { mutableFields.sources = newValue }
    }
    /// The question as the interviewer asks it (Markdown).
    public var prompt: String {
        get { storage.fields.prompt }
        set { mutableFields.prompt = newValue }
    }
    /// The model answer (Markdown).
    public var answer: String {
        get { storage.fields.answer }
        set { mutableFields.answer = newValue }
    }
    public var followUps: [String] {
        get { storage.fields.followUps }
        set { mutableFields.followUps = newValue }
    }
    /// Leadership Principle ids (from `principles.yaml`) the question probes, main one first; behavioral items need one.
    public var principles: [String] {
        get { storage.fields.principles }
        set { mutableFields.principles = newValue }
    }

    public init(
        id: String, track: Track, title: String, difficulty: Difficulty, tags: [String],
        rounds: [InterviewRound], quickfire: Bool, keyPoints: [KeyPoint], sources: [String],
        prompt: String, answer: String, followUps: [String], principles: [String] = []
    ) {
        storage = Storage(Fields(id: id, track: track, title: title, difficulty: difficulty, tags: tags, rounds: rounds,
                                 quickfire: quickfire, keyPoints: keyPoints, sources: sources, prompt: prompt,
                                 answer: answer, followUps: followUps, principles: principles))
    }

    public init(from decoder: any Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    public static func == (lhs: Question, rhs: Question) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    private var storage: Storage

    /// The fields, copied first if another value shares them.
    private var mutableFields: Fields {
        _read { yield storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    private struct Fields: Codable, Sendable, Equatable {
        var id: String
        var track: Track
        var title: String
        var difficulty: Difficulty
        var tags: [String]
        var rounds: [InterviewRound]
        var quickfire: Bool
        var keyPoints: [KeyPoint]
        var sources: [String]
        var prompt: String
        var answer: String
        var followUps: [String]
        var principles: [String]

        enum CodingKeys: String, CodingKey {
            case id, track, title, difficulty, tags, rounds = "round", quickfire
            case keyPoints = "key_points", sources, prompt, answer, followUps = "follow_ups", principles
        }
    }

    /// Unchecked because it is mutated only through `mutableFields`, which copies it unless this value is its
    /// only owner: no two threads ever see the same box change.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}
