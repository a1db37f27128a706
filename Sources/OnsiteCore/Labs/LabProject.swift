import Foundation

/// An end-to-end project: several labs built one after another on the same lab server, so together they make one
/// system (ingestion, storage, catalog, alerting), checked as a whole, with a write-up the candidate can tell in an
/// interview. Lives in `content/projects/<slug>/`.
public struct LabProject: Sendable, Equatable, Identifiable {
    /// One lab in the project, and the part it plays in the whole.
    public struct Step: Sendable, Equatable {
        public var lab: String
        /// Why the system needs this step, in one sentence.
        public var why: String

        public init(lab: String, why: String) {
            self.lab = lab
            self.why = why
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var minutes: Int
    public var steps: [Step]
    /// Checks that span steps (the stream a delivery stream reads is the one the sizing step made); run after every
    /// step's own checks.
    public var checks: [LabCheck]
    /// `writeup.md`: the architecture, decisions, numbers and the interview version of the story.
    public var writeup: String
    /// `solution.sh`: what wires the steps together after their own reference solutions; nil when nothing does.
    public var wiringScript: String?
    /// AWS documentation the wiring checks rely on (each step's lab has its own).
    public var sources: [String]

    public init(id: String, title: String, summary: String, minutes: Int, steps: [Step], checks: [LabCheck],
                writeup: String, wiringScript: String?, sources: [String] = []) {
        self.id = id
        self.title = title
        self.summary = summary
        self.minutes = minutes
        self.steps = steps
        self.checks = checks
        self.writeup = writeup
        self.wiringScript = wiringScript
        self.sources = sources
    }

    /// The checks that span steps, as a lab of their own so the same checker runs them.
    public var wiring: Lab? {
        guard !checks.isEmpty else { return nil }
        return Lab(id: "\(id)/wiring", title: "\(title): how the steps fit together", services: [], difficulty: .medium,
                   minutes: 0, summary: summary, task: "", sources: sources, checks: checks, setupScript: nil,
                   solutionScript: wiringScript ?? "")
    }
}

/// What one lab server runs: a single lab, or a project's labs in order.
public enum LabExercise: Sendable, Equatable {
    case lab(Lab)
    case project(LabProject, steps: [Lab])

    public var id: String {
        switch self {
        case .lab(let lab): lab.id
        case .project(let project, _): project.id
        }
    }

    public var title: String {
        switch self {
        case .lab(let lab): lab.title
        case .project(let project, _): project.title
        }
    }

    /// The labs whose checks run, in order.
    public var labs: [Lab] {
        switch self {
        case .lab(let lab): [lab]
        case .project(_, let steps): steps
        }
    }

    /// Setup scripts to run when the server starts, named for error messages.
    public var setupScripts: [(name: String, script: String)] {
        labs.compactMap { lab in lab.setupScript.map { ("\(lab.id)/setup.sh", $0) } }
    }

    /// Every reference solution, in the order a candidate would build them; the project's wiring last.
    public var solutionScripts: [(name: String, script: String)] {
        var scripts = labs.map { ("\($0.id)/solution.sh", $0.solutionScript) }
        if case .project(let project, _) = self, let wiring = project.wiringScript {
            scripts.append(("\(project.id)/solution.sh", wiring))
        }
        return scripts
    }
}
