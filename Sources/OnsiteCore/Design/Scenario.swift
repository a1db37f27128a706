import Foundation

/// A system-design interview prompt: the problem at a stated scale, the reference architecture as a graph, and
/// the rubric a strong answer is checked against.
public struct Scenario: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var difficulty: Difficulty
    public var tags: [String]
    public var scale: ScenarioScale
    public var components: [ArchitectureComponent]
    public var edges: [ArchitectureEdge]
    /// The rubric: what a strong answer covers, with the phrasings that count.
    public var keyPoints: [KeyPoint]
    public var sources: [String]
    /// The prompt as the interviewer says it (Markdown).
    public var prompt: String
    /// The worked sections in file order: requirements, clarifying questions, architecture, alternative,
    /// trade-offs, capacity estimate, failure modes, cost drivers.
    public var sections: [ScenarioSection]

    public init(id: String, title: String, difficulty: Difficulty, tags: [String], scale: ScenarioScale,
                components: [ArchitectureComponent], edges: [ArchitectureEdge], keyPoints: [KeyPoint],
                sources: [String], prompt: String, sections: [ScenarioSection]) {
        self.id = id
        self.title = title
        self.difficulty = difficulty
        self.tags = tags
        self.scale = scale
        self.components = components
        self.edges = edges
        self.keyPoints = keyPoints
        self.sources = sources
        self.prompt = prompt
        self.sections = sections
    }

    public func section(_ kind: ScenarioSection.Kind) -> ScenarioSection? {
        sections.first { $0.kind == kind }
    }

    public var diagram: ArchitectureDiagram {
        ArchitectureDiagram(components: components, edges: edges)
    }

    /// The scenario as an item of the system-design bank, so the drill, search and the question pages treat it
    /// like any other question: the prompt is asked, the reference design is the answer, the rubric the key points.
    public var question: Question {
        let answerKinds: [ScenarioSection.Kind] = [.referenceArchitecture, .tradeOffs, .capacityEstimate, .failureModes]
        let answer = answerKinds.compactMap { section($0) }.map { "### \($0.heading)\n\n\($0.text)" }
            .joined(separator: "\n\n")
        let followUps = section(.clarifyingQuestions).map { Self.bullets(in: $0.text) } ?? []
        return Question(id: id, track: .systemDesign, title: title, difficulty: difficulty, tags: tags,
                        rounds: [.systemDesign], quickfire: false, keyPoints: keyPoints, sources: sources,
                        prompt: prompt, answer: answer, followUps: followUps)
    }

    private static func bullets(in text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
    }
}

/// One `## ` section of a scenario.
public struct ScenarioSection: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case requirements, clarifyingQuestions, referenceArchitecture, alternative, tradeOffs, capacityEstimate
        case failureModes, costDrivers

        /// The heading as written in content, in the required order.
        public var heading: String {
            switch self {
            case .requirements: "Requirements"
            case .clarifyingQuestions: "Clarifying questions"
            case .referenceArchitecture: "Reference architecture"
            case .alternative: "Alternative"
            case .tradeOffs: "Trade-offs"
            case .capacityEstimate: "Capacity estimate"
            case .failureModes: "Failure modes"
            case .costDrivers: "Cost drivers"
            }
        }
    }

    public var kind: Kind
    public var text: String
    public var heading: String { kind.heading }

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// The numbers a scenario is sized from; the capacity estimator's inputs.
public struct ScenarioScale: Codable, Sendable, Equatable {
    public var eventsPerDay: Double
    public var averageEventBytes: Double
    public var peakFactor: Double
    public var retentionDays: Double
    public var compressionRatio: Double

    public init(eventsPerDay: Double, averageEventBytes: Double, peakFactor: Double, retentionDays: Double,
                compressionRatio: Double) {
        self.eventsPerDay = eventsPerDay
        self.averageEventBytes = averageEventBytes
        self.peakFactor = peakFactor
        self.retentionDays = retentionDays
        self.compressionRatio = compressionRatio
    }
}

/// A box of an architecture diagram.
public struct ArchitectureComponent: Codable, Sendable, Equatable {
    /// What the box does; the diagram colours boxes by it.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case source, ingest, stream, process, store, serve, orchestrate, monitor, security
    }

    public var id: String
    public var label: String
    public var kind: Kind

    public init(id: String, label: String, kind: Kind) {
        self.id = id
        self.label = label
        self.kind = kind
    }
}

/// An arrow of the data flow.
public struct ArchitectureEdge: Codable, Sendable, Equatable {
    public var from: String
    public var to: String
    public var label: String?

    public init(from: String, to: String, label: String? = nil) {
        self.from = from
        self.to = to
        self.label = label
    }
}
