import Foundation

/// A measure Onsite computes from the candidate's progress, so the box ticks itself when the work is done.
public enum ChecklistMeasure: Sendable, Equatable {
    case sqlAccepted(Int)
    case pythonAccepted(Int)
    /// Key-topics services with at least one AWS bank item reviewed in the drill.
    case awsServicesReviewed
    /// Finished mocks with a system-design segment (system-design rounds and full loops).
    case systemDesignMocks(Int)
    case fullMocks(Int)
    /// Challenges tried and not yet accepted: the mistakes log, which must be empty (after at least one try).
    case openMistakes
    case passingStories(Int)
    /// Principles demonstrated by at least one story that passes the lint.
    case principlesCovered
    /// Key-topics services used in a passed AWS lab, out of those the labs cover.
    case labServices
    /// End-to-end projects passed as a whole: built, checked, and with a write-up to explain.
    case projectsPassed(Int)

    /// The ten services the key-topics page names; the drill's AWS items are grouped by them.
    public static let keyTopicServices = ["S3", "Glue", "Athena", "Redshift", "Kinesis", "Lambda", "EMR", "IAM",
                                          "Step Functions", "CloudWatch"]
}

/// One box of the final-week checklists.
public struct ChecklistItem: Sendable, Equatable, Identifiable {
    /// `<section>-<n>`: "technical-1" is the first box under "## Technical".
    public var id: String
    public var section: String
    public var text: String
    /// Nil for boxes only the candidate can tick (resume updated, outfit ready).
    public var measure: ChecklistMeasure?

    public var isComputed: Bool { measure != nil }
}

/// Where a box stands: done or not, and for a computed box how far along it is ("87 of 100").
public struct ChecklistStatus: Sendable, Equatable, Codable {
    public var id: String
    public var section: String
    public var text: String
    public var computed: Bool
    public var done: Bool
    public var current: Int?
    public var target: Int?
    /// What to run to move it forward.
    public var command: String?
}

/// The checklists page of the guide, its boxes read from the Markdown, each ticked from evidence where Onsite can
/// know the answer and by hand where it cannot.
public struct Checklist: Sendable, Equatable {
    public var items: [ChecklistItem]

    /// Which boxes Onsite computes, by id. Tied to the order of `content/guide/checklists.md`; a content test
    /// checks each id still names the box it measures.
    public static let measures: [String: ChecklistMeasure] = [
        "technical-1": .sqlAccepted(100),
        "technical-2": .pythonAccepted(50),
        "technical-3": .awsServicesReviewed,
        "technical-4": .labServices,
        "technical-5": .systemDesignMocks(3),
        "technical-6": .projectsPassed(3),
        "technical-7": .fullMocks(1),
        "technical-8": .openMistakes,
        "behavioral-1": .passingStories(10),
        "behavioral-2": .principlesCovered,
    ]

    public init(items: [ChecklistItem]) {
        self.items = items
    }

    /// Reads the `- [ ]` boxes under each `## Section` of the page's Markdown body.
    public init(page: GuidePage) {
        var items: [ChecklistItem] = []
        var section = "general", counter = 0
        for line in page.body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("## ") {
                section = STARStory.slug(for: String(trimmed.dropFirst(3)))
                counter = 0
            } else if let text = Self.boxText(trimmed) {
                counter += 1
                let id = "\(section)-\(counter)"
                items.append(ChecklistItem(id: id, section: section, text: text, measure: Self.measures[id]))
            }
        }
        self.items = items
    }

    private static func boxText(_ line: String) -> String? {
        for prefix in ["- [ ] ", "- [x] ", "- [X] ", "* [ ] "] where line.hasPrefix(prefix) {
            return String(line.dropFirst(prefix.count))
        }
        return nil
    }

    public func item(id: String) -> ChecklistItem? { items.first { $0.id == id } }

    /// Every box's status: computed ones from `evidence`, the rest from the ids ticked by hand.
    public func statuses(catalog: Catalog, evidence: PlanEvidence, ticked: Set<String>) -> [ChecklistStatus] {
        items.map { item in
            guard let measure = item.measure else {
                return ChecklistStatus(id: item.id, section: item.section, text: item.text, computed: false,
                                       done: ticked.contains(item.id), current: nil, target: nil,
                                       command: "onsite checklist tick \(item.id)")
            }
            let (current, target, command) = Self.progress(of: measure, catalog: catalog, evidence: evidence)
            let done = measure == .openMistakes
                ? current == 0 && !evidence.attemptedChallenges.isEmpty
                : current >= target
            return ChecklistStatus(id: item.id, section: item.section, text: item.text, computed: true, done: done,
                                   current: current, target: target, command: done ? nil : command)
        }
    }

    static func progress(of measure: ChecklistMeasure, catalog: Catalog,
                         evidence: PlanEvidence) -> (current: Int, target: Int, command: String) {
        switch measure {
        case .sqlAccepted(let target):
            let count = catalog.sqlChallenges.filter { evidence.acceptedChallenges[$0.id] != nil }.count
            return (count, target, "onsite challenges --track sql --status unsolved")
        case .pythonAccepted(let target):
            let count = catalog.pythonChallenges.filter { evidence.acceptedChallenges[$0.id] != nil }.count
            return (count, target, "onsite challenges --track python --status unsolved")
        case .awsServicesReviewed:
            let services = AWSTaxonomy.services.filter { ChecklistMeasure.keyTopicServices.contains($0.name) }
            let reviewed = services.filter { service in
                catalog.questions.contains { service.covers($0) && !(evidence.reviewDays[$0.id]?.isEmpty ?? true) }
            }
            return (reviewed.count, services.count, "onsite drill --track aws")
        case .systemDesignMocks(let target):
            let count = evidence.mocks.filter { !$0.endedEarly && ($0.format == .systemDesign || $0.format == .full) }.count
            return (count, target, "onsite mock --round system-design")
        case .fullMocks(let target):
            return (evidence.mocks.filter { !$0.endedEarly && $0.format == .full }.count, target, "onsite mock --full")
        case .openMistakes:
            let open = evidence.attemptedChallenges.filter { evidence.acceptedChallenges[$0] == nil }.count
            return (open, 0, "onsite challenges --status attempted")
        case .passingStories(let target):
            return (evidence.passingStories, target, "onsite stories lint")
        case .labServices:
            // Only services some lab practises can be counted; the target says how many that is.
            let practised = Set(catalog.labs.flatMap(\.services)).intersection(ChecklistMeasure.keyTopicServices)
            let passed = Set(catalog.labs.filter { evidence.passedLabs[$0.id] != nil }.flatMap(\.services)).intersection(practised)
            return (passed.count, max(1, practised.count), "onsite lab list")
        case .projectsPassed(let target):
            let passed = catalog.projects.filter { evidence.passedLabs[$0.id] != nil }.count
            return (passed, target, "onsite lab list")
        case .principlesCovered:
            let covered = catalog.principles.filter { (evidence.storiesByPrinciple[$0.id] ?? 0) > 0 }.count
            return (covered, catalog.principles.count, "onsite stories list --coverage")
        }
    }
}

public enum ChecklistError: Error, Equatable, CustomStringConvertible {
    case unknownItem(String, known: [String])
    case computed(String)

    public var description: String {
        switch self {
        case .unknownItem(let id, let known):
            "no checklist item \"\(id)\"; the ids are \(known.joined(separator: ", ")) (see `onsite checklist`)"
        case .computed(let id):
            "\(id) is ticked from your progress and cannot be ticked by hand; `onsite checklist` shows what is left"
        }
    }
}
