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
public struct Question: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var track: Track
    public var title: String
    public var difficulty: Difficulty
    public var tags: [String]
    public var rounds: [InterviewRound]
    public var quickfire: Bool
    public var keyPoints: [KeyPoint]
    public var sources: [String]
    /// The question as the interviewer asks it (Markdown).
    public var prompt: String
    /// The model answer (Markdown).
    public var answer: String
    public var followUps: [String]
    /// Leadership Principle ids (from `principles.yaml`) the question probes, main one first; behavioral items need one.
    public var principles: [String]

    public init(
        id: String, track: Track, title: String, difficulty: Difficulty, tags: [String],
        rounds: [InterviewRound], quickfire: Bool, keyPoints: [KeyPoint], sources: [String],
        prompt: String, answer: String, followUps: [String], principles: [String] = []
    ) {
        self.id = id
        self.track = track
        self.title = title
        self.difficulty = difficulty
        self.tags = tags
        self.rounds = rounds
        self.quickfire = quickfire
        self.keyPoints = keyPoints
        self.sources = sources
        self.prompt = prompt
        self.answer = answer
        self.followUps = followUps
        self.principles = principles
    }

    enum CodingKeys: String, CodingKey {
        case id, track, title, difficulty, tags, rounds = "round", quickfire
        case keyPoints = "key_points", sources, prompt, answer, followUps = "follow_ups", principles
    }
}
