import Foundation
import Hummingbird
import Ink
import OnsiteCore
import OnsiteLabs

/// The AWS labs and end-to-end projects: the list with what has passed, and a page per lab that starts the local
/// emulator, shows the environment to paste into a shell (with a copy button), and runs the checks. Every action
/// goes through the same `LabDesk` as `onsite lab`, so the CLI and the page agree on what runs and what passed.
struct LabsController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession

    /// What the page needs to show a started server: the exports, and each variable for scripts.
    struct Started: Encodable, Sendable {
        struct Variable: Encodable, Sendable {
            var name: String
            var value: String
        }

        var id: String
        var endpoint: String
        var environment: [Variable]
        var exports: String

        init(id: String, state: LabServerState) {
            self.id = id
            endpoint = state.endpoint.absoluteString
            let pairs = LabServer.environment(for: state)
            environment = pairs.map { Variable(name: $0.0, value: $0.1) }
            exports = pairs.map { "export \($0.0)=\($0.1)" }.joined(separator: "\n")
        }
    }

    struct Checked: Encodable, Sendable {
        var id: String
        var title: String
        var report: ExerciseReport
    }

    struct Stopped: Encodable, Sendable {
        var stopped: String?
    }

    struct Summary: Encodable, Sendable {
        var id: String
        var kind: String
        var title: String
        var summary: String
        var minutes: Int
        var checks: Int
        var passed: Bool
        var running: Bool
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/labs") { _, _ -> HTMLPage in
            HTMLPage(html: try await listPage())
        }
        router.get("/labs/:id") { _, context -> HTMLPage in
            let exercise = try exercise(context)
            return HTMLPage(html: try await labPage(exercise))
        }
        router.get("/api/labs") { _, _ -> SnakeCaseJSON<[Summary]> in
            SnakeCaseJSON(try await summaries())
        }
        router.post("/api/labs/stop") { _, _ -> SnakeCaseJSON<Stopped> in
            SnakeCaseJSON(Stopped(stopped: try desk().server.stop()?.lab))
        }
        router.post("/api/labs/:id/start") { _, context -> SnakeCaseJSON<Started> in
            let exercise = try exercise(context), desk = try desk()
            let state = try await Self.mapped { () async throws(LabError) in try await desk.server.start(exercise) }
            return SnakeCaseJSON(Started(id: exercise.id, state: state))
        }
        router.post("/api/labs/:id/reset") { _, context -> SnakeCaseJSON<Started> in
            let exercise = try exercise(context), desk = try desk()
            let (_, state) = try await Self.mapped { () async throws(LabError) in try await desk.reset(exercise.id) }
            return SnakeCaseJSON(Started(id: exercise.id, state: state))
        }
        router.post("/api/labs/:id/check") { _, context -> SnakeCaseJSON<Checked> in
            let asked = try exercise(context), desk = try desk()
            let (exercise, report) = try await Self.mapped { () async throws(LabError) in try await desk.check(asked.id) }
            return SnakeCaseJSON(Checked(id: exercise.id, title: exercise.title, report: report))
        }
    }

    // MARK: Helpers

    private func desk() throws -> LabDesk {
        guard let desk = dependencies.labs else {
            throw HTTPError(.serviceUnavailable, message: "This server was started without the lab runtime; run `onsite serve` to use the labs.")
        }
        return desk
    }

    private func exercise(_ context: some RequestContext) throws -> LabExercise {
        let id = try context.parameters.require("id")
        guard let exercise = dependencies.catalog.exercise(id: id) else {
            throw HTTPError(.notFound, message: "There is no lab or project \(id). The labs page lists them all.")
        }
        return exercise
    }

    /// Lab errors as problems with the status that fits: a conflict with what runs, a missing emulator, a dead server.
    static func mapped<T>(_ operation: () async throws(LabError) -> T) async throws -> T {
        do {
            return try await operation()
        } catch {
            let status: HTTPResponse.Status = switch error {
            case .alreadyRunning, .notRunning, .otherRunning, .serverDied: .conflict
            case .unknownLab: .notFound
            case .emulatorMissing, .unreachable: .serviceUnavailable
            case .startFailed, .scriptFailed, .notSaved: .internalServerError
            }
            // The page has buttons where the CLI has commands; say it the page's way where it differs.
            let message = error == .notRunning
                ? "No lab is running; press “Start the lab server” first."
                : error.description.prefix(1).uppercased() + error.description.dropFirst()
            throw HTTPError(status, message: message)
        }
    }

    private func running() -> LabServerState? {
        guard let recorded = dependencies.labs?.server.recorded(), recorded.alive else { return nil }
        return recorded.state
    }

    private func summaries() async throws -> [Summary] {
        let passed = await dependencies.labs?.passed() ?? [:]
        let runningID = running()?.lab
        let catalog = dependencies.catalog
        return catalog.labs.map {
            Summary(id: $0.id, kind: "lab", title: $0.title, summary: $0.summary, minutes: $0.minutes, checks: $0.checks.count,
                    passed: passed[$0.id] != nil, running: runningID == $0.id)
        } + catalog.projects.map { project in
            let checks = project.steps.compactMap { catalog.lab(id: $0.lab)?.checks.count }.reduce(project.checks.count, +)
            return Summary(id: project.id, kind: "project", title: project.title, summary: project.summary,
                           minutes: project.minutes, checks: checks, passed: passed[project.id] != nil,
                           running: runningID == project.id)
        }
    }

    // MARK: Pages

    private func listPage() async throws -> String {
        let rows = try await summaries()
        func values(_ row: Summary) -> [String: Any] {
            let lab = dependencies.catalog.lab(id: row.id)
            return ["id": row.id, "title": row.title, "summary": row.summary, "minutes": row.minutes, "checks": row.checks,
                    "passed": row.passed, "running": row.running,
                    "meta": lab.map { "\($0.services.joined(separator: ", ")) · \($0.difficulty.rawValue)" }
                        ?? "\(dependencies.catalog.project(id: row.id)?.steps.count ?? 0) steps"]
        }
        let labs = rows.filter { $0.kind == "lab" }, projects = rows.filter { $0.kind == "project" }
        return pages.render("labs", title: "AWS labs", csrfToken: session.csrfToken, values: [
            "labs": labs.map(values), "projects": projects.map(values),
            "labsPassed": labs.filter(\.passed).count, "labCount": labs.count,
            "projectsPassed": projects.filter(\.passed).count, "projectCount": projects.count,
            "running": running()?.lab ?? "", "available": dependencies.labs != nil,
        ])
    }

    private func labPage(_ exercise: LabExercise) async throws -> String {
        let markdown = MarkdownParser()
        let passed = await dependencies.labs?.passed() ?? [:]
        let state = running()
        var values: [String: Any] = [
            "id": exercise.id, "title": exercise.title, "passed": passed[exercise.id] != nil,
            "available": dependencies.labs != nil,
            "runningThis": state?.lab == exercise.id, "runningOther": state.map { $0.lab != exercise.id } ?? false,
            "runningID": state?.lab ?? "",
            "exports": state.map { Started(id: $0.lab, state: $0).exports } ?? "",
            "endpoint": state?.endpoint.absoluteString ?? "",
        ]
        switch exercise {
        case .lab(let lab):
            values["isProject"] = false
            values["meta"] = "\(lab.services.joined(separator: ", ")) · \(lab.difficulty.rawValue) · about \(lab.minutes) minutes · \(lab.checks.count) checks"
            values["summary"] = lab.summary
            values["task"] = markdown.html(from: lab.task)
            values["checks"] = lab.checks.map { ["title": $0.title] }
            values["sources"] = lab.sources
        case .project(let project, let steps):
            values["isProject"] = true
            values["meta"] = "\(steps.count) steps on one lab server · about \(project.minutes) minutes"
            values["summary"] = project.summary
            values["steps"] = steps.enumerated().map { number, lab -> [String: Any] in
                ["number": number + 1, "id": lab.id, "title": lab.title, "passed": passed[lab.id] != nil,
                 "why": project.steps.first { $0.lab == lab.id }?.why ?? "", "task": markdown.html(from: lab.task)]
            }
            values["wiring"] = project.checks.map { ["title": $0.title] }
            values["hasWiring"] = !project.checks.isEmpty
            values["sources"] = project.sources
            // Step titles for the check results, which name steps by lab id.
            values["stepTitles"] = String(decoding: (try? JSONEncoder().encode(Dictionary(
                steps.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }))) ?? Data("{}".utf8), as: UTF8.self)
            values["writeup"] = markdown.html(from: project.writeup)
        }
        return pages.render("lab", title: exercise.title, csrfToken: session.csrfToken, values: values)
    }
}
