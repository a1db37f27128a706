import Foundation
import OnsiteCore
import OnsiteStorage

/// What a check found: one lab's report, or a project's reports step by step.
public enum ExerciseReport: Sendable, Equatable, Encodable {
    case lab(LabReport)
    case project(ProjectReport)

    public var passed: Bool {
        switch self {
        case .lab(let report): report.passed
        case .project(let report): report.passed
        }
    }

    public var results: [LabCheckResult] {
        switch self {
        case .lab(let report): report.results
        case .project(let report): report.results
        }
    }

    public var passedCount: Int { results.filter(\.passed).count }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .lab(let report): try report.encode(to: encoder)
        case .project(let report): try report.encode(to: encoder)
        }
    }
}

/// The one path the CLI and the web app take through the labs: find an exercise by id, start it on the lab server,
/// check it through the AWS APIs, and record what passed, so both faces say the same thing.
public struct LabDesk: Sendable {
    public let catalog: Catalog
    public let server: LabServer
    public let progress: any LabProgressStore

    public init(catalog: Catalog, server: LabServer, progress: any LabProgressStore) {
        self.catalog = catalog
        self.server = server
        self.progress = progress
    }

    /// Every lab and project id, for "did you mean" and the unknown-id message.
    public var ids: [String] { catalog.labs.map(\.id) + catalog.projects.map(\.id) }

    /// A lab or project by id; `s3-data-lake` finds `lab-s3-data-lake`.
    public func exercise(_ id: String) throws(LabError) -> LabExercise {
        for candidate in [id, "lab-\(id)", "project-\(id)"] {
            if let exercise = catalog.exercise(id: candidate) { return exercise }
        }
        throw .unknownLab(id, known: ids)
    }

    public func start(_ id: String) async throws(LabError) -> (exercise: LabExercise, state: LabServerState) {
        let exercise = try exercise(id)
        return (exercise, try await server.start(exercise))
    }

    /// Stops whatever runs and starts `id` (or what was running) again from its starting state.
    public func reset(_ id: String?) async throws(LabError) -> (exercise: LabExercise, state: LabServerState) {
        let previous = server.stop()
        guard let target = id ?? previous?.lab else { throw .notRunning }
        return try await start(target)
    }

    /// Checks the running exercise (which must be `id` when given) and records every lab, and the project, that
    /// passed all of its checks.
    public func check(_ id: String? = nil) async throws(LabError) -> (exercise: LabExercise, report: ExerciseReport) {
        let state = try server.running()
        let exercise = try exercise(id ?? state.lab)
        guard exercise.id == state.lab else { throw .otherRunning(running: state.lab, asked: exercise.id) }
        let checker = LabChecker(client: server.client(for: state))
        let report: ExerciseReport
        do {
            switch exercise {
            case .lab(let lab): report = .lab(try await checker.run(lab))
            case .project(let project, let steps): report = .project(try await checker.run(project, steps: steps))
            }
        } catch {
            // The server answered when the check began; if it has gone, say so rather than blame the lab.
            if case .some((_, false)) = server.recorded() { throw .serverDied(lab: exercise.id, log: server.logTail()) }
            throw .unreachable(error.description)
        }
        try await record(report, of: exercise)
        return (exercise, report)
    }

    private func record(_ report: ExerciseReport, of exercise: LabExercise) async throws(LabError) {
        var passed: [String] = []
        switch report {
        case .lab(let lab) where lab.passed: passed = [lab.lab]
        case .project(let project):
            passed = project.steps.filter(\.passed).map(\.lab)
            if project.passed { passed.append(project.project) }
        default: break
        }
        let now = Date()
        for id in passed {
            do {
                try await progress.recordPass(of: id, at: now)
            } catch {
                throw .notSaved(error.description)
            }
        }
    }

    public func passed() async -> [String: Date] {
        (try? await progress.passedLabs()) ?? [:]
    }
}
