/// Everything loaded from `content/`, validated, ready for the engines.
public struct Catalog: Sendable {
    public private(set) var questions: [Question]
    public private(set) var guide: [GuidePage]
    public private(set) var principles: [Principle]
    public private(set) var sqlChallenges: [SQLChallenge]
    public private(set) var pythonChallenges: [PythonChallenge]
    /// System-design scenarios; each is also in `questions` (track system-design) through `Scenario.question`.
    public private(set) var scenarios: [Scenario]
    /// The limits and prices of `content/capacity.yaml`; nil when the content has none.
    public private(set) var capacityLimits: CapacityLimits?
    /// Hands-on AWS labs, run against the local emulator.
    public private(set) var labs: [Lab]
    /// End-to-end projects, each a sequence of labs checked as a whole.
    public private(set) var projects: [LabProject]
    private var questionIndex: [String: Int]

    public init(questions: [Question], guide: [GuidePage], principles: [Principle], sqlChallenges: [SQLChallenge] = [],
                pythonChallenges: [PythonChallenge] = [], scenarios: [Scenario] = [], capacityLimits: CapacityLimits? = nil,
                labs: [Lab] = [], projects: [LabProject] = []) {
        self.labs = labs.sorted { $0.id < $1.id }
        self.projects = projects.sorted { $0.id < $1.id }
        self.scenarios = scenarios.sorted { $0.id < $1.id }
        self.capacityLimits = capacityLimits
        self.pythonChallenges = pythonChallenges.sorted { $0.id < $1.id }
        self.questions = questions.sorted { ($0.track, $0.id) < ($1.track, $1.id) }
        self.guide = guide.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        self.principles = principles
        self.sqlChallenges = sqlChallenges.sorted { $0.id < $1.id }
        self.questionIndex = Dictionary(
            self.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func question(id: String) -> Question? {
        questionIndex[id].map { questions[$0] }
    }

    public func sqlChallenge(id: String) -> SQLChallenge? {
        sqlChallenges.first { $0.id == id }
    }

    public func pythonChallenge(id: String) -> PythonChallenge? {
        pythonChallenges.first { $0.id == id }
    }

    public func scenario(id: String) -> Scenario? {
        scenarios.first { $0.id == id }
    }

    public func lab(id: String) -> Lab? {
        labs.first { $0.id == id }
    }

    public func project(id: String) -> LabProject? {
        projects.first { $0.id == id }
    }

    /// A lab or a project by id, with the project's labs resolved; nil when neither exists.
    public func exercise(id: String) -> LabExercise? {
        if let lab = lab(id: id) { return .lab(lab) }
        guard let project = project(id: id) else { return nil }
        return .project(project, steps: project.steps.compactMap { lab(id: $0.lab) })
    }

    public func guidePage(id: String) -> GuidePage? {
        guide.first { $0.id == id }
    }

    public var stats: ContentStats {
        var byTrack = Dictionary(uniqueKeysWithValues: Track.allCases.map { ($0.rawValue, 0) })
        for question in questions { byTrack[question.track.rawValue, default: 0] += 1 }
        return ContentStats(
            questions: byTrack,
            quickfire: questions.filter(\.quickfire).count,
            challenges: ["sql": sqlChallenges.count, "python": pythonChallenges.count],
            scenarios: scenarios.count,
            principles: principles.count
        )
    }

    /// How many questions carry each tag, most used first.
    public var tagCounts: [(tag: String, count: Int)] {
        var counts: [String: Int] = [:]
        for question in questions {
            for tag in question.tags { counts[tag, default: 0] += 1 }
        }
        return counts.map { (tag: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.tag) < ($0.count, $1.tag) }
    }
}

/// Counts of each kind of content. Its JSON shape is a published contract (`onsite content stats --json`).
public struct ContentStats: Codable, Sendable, Equatable {
    public var questions: [String: Int]
    public var quickfire: Int
    public var challenges: [String: Int]
    public var scenarios: Int
    public var principles: Int
}
