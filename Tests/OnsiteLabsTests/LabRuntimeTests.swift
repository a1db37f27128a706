import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteLabs
import OnsiteTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every shipped lab against a real moto server from the project venv: an empty attempt fails every check with a
/// hint, the reference solution (the real aws CLI) passes every one, and the runtime's bad cases give clear errors.
@Suite("AWS labs on a real emulator", .serialized)
struct LabRuntimeTests {
    static let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog

    let home: TemporaryDirectory
    let server: LabServer

    init() throws {
        home = try TemporaryDirectory(prefix: "onsite-lab-home")
        server = LabServer(home: home.url, venv: RepositoryPaths.root.appendingPathComponent(".venv"))
    }

    @Test("the shipped content has at least three labs, each with checks and a reference solution")
    func shippedLabs() {
        #expect(Self.catalog.labs.count >= 3)
        for lab in Self.catalog.labs {
            #expect(!lab.checks.isEmpty, "\(lab.id)")
            #expect(lab.checks.allSatisfy { LabOperations.supported.contains($0.call.name) }, "\(lab.id) calls an unsupported operation")
        }
    }

    @Test("an empty attempt fails every check with a hint; the reference solution passes them all", arguments: catalog.labs.map(\.id))
    func referenceSolutionPasses(labID: String) async throws {
        let lab = try #require(Self.catalog.lab(id: labID))
        let state = try await server.start(lab)
        defer { server.stop() }
        let checker = LabChecker(client: server.client(for: state))

        let empty = try await checker.run(lab)
        #expect(empty.results.count == lab.checks.count)
        for result in empty.results {
            #expect(!result.passed, "\(lab.id)/\(result.id) passes before anything was done")
            #expect(!result.hint.isEmpty && !result.detail.isEmpty)
        }

        try server.run(script: lab.solutionScript, named: "\(lab.id)/solution.sh", for: state)
        let solved = try await checker.run(lab)
        for result in solved.results {
            #expect(result.passed, "\(lab.id)/\(result.id): \(result.detail)")
        }
        #expect(solved.passed)
    }

    @Test("the shipped content has three end-to-end projects, each chaining labs that exist")
    func shippedProjects() throws {
        #expect(Self.catalog.projects.count >= 3)
        for project in Self.catalog.projects {
            guard case .project(_, let steps)? = Self.catalog.exercise(id: project.id) else {
                Issue.record("\(project.id) is not found as an exercise")
                continue
            }
            #expect(steps.count == project.steps.count && steps.count >= 2, "\(project.id)")
            #expect(project.writeup.contains("## Telling it in an interview"), "\(project.id) has no interview version")
        }
    }

    @Test("a project fails every step empty, and passes as a whole once every step's reference solution has run on the one server",
          arguments: catalog.projects.map(\.id))
    func projectPassesAsAWhole(projectID: String) async throws {
        let exercise = try #require(Self.catalog.exercise(id: projectID))
        guard case .project(let project, let steps) = exercise else { throw LabError.unknownLab(projectID, known: []) }
        let state = try await server.start(exercise)
        defer { server.stop() }
        let checker = LabChecker(client: server.client(for: state))

        let empty = try await checker.run(project, steps: steps)
        #expect(!empty.passed)
        #expect(empty.steps.map(\.lab) == project.steps.map(\.lab))
        for result in empty.results { #expect(!result.passed, "\(project.id)/\(result.id) passes before anything was done") }

        // Half built: the first step's solution alone passes that step, and the project is still not passed.
        let first = try #require(exercise.solutionScripts.first)
        try server.run(script: first.script, named: first.name, for: state)
        let partial = try await checker.run(project, steps: steps)
        #expect(partial.steps.first?.passed == true, "\(partial.steps.first?.results.filter { !$0.passed }.map(\.detail) ?? [])")
        #expect(!partial.passed)

        for script in exercise.solutionScripts.dropFirst() { try server.run(script: script.script, named: script.name, for: state) }
        let solved = try await checker.run(project, steps: steps)
        for result in solved.results { #expect(result.passed, "\(project.id)/\(result.id): \(result.detail)") }
        #expect(solved.passed)
    }

    @Test("a second lab cannot start while one runs, and stopping frees it")
    func oneLabAtATime() async throws {
        let labs = Self.catalog.labs
        try #require(labs.count >= 2)
        let first = try await server.start(labs[0])
        defer { server.stop() }
        await #expect(throws: LabError.alreadyRunning(lab: labs[0].id, port: first.port)) {
            _ = try await server.start(labs[1])
        }
        #expect(try server.running() == first)
        #expect(server.stop() == first)
        #expect(throws: LabError.notRunning) { try server.running() }
        let second = try await server.start(labs[1])
        #expect(second.lab == labs[1].id)
    }

    @Test("checking with no lab running says how to start one")
    func nothingRunning() {
        #expect(throws: LabError.notRunning) { try server.running() }
        #expect(LabError.notRunning.description.contains("onsite lab start"))
    }

    @Test("a server that dies is reported as stopped, and a check against it fails fast instead of hanging")
    func deadServer() async throws {
        let lab = try #require(Self.catalog.labs.first)
        let state = try await server.start(lab)
        kill(state.pid, SIGKILL)
        for _ in 0..<100 where server.recorded()?.alive == true { try await Task.sleep(nanoseconds: 50_000_000) }
        #expect(server.recorded()?.alive == false)
        #expect(throws: LabError.self) { try server.running() }
        let started = Date()
        await #expect(throws: AWSClientError.self) {
            _ = try await LabChecker(client: AWSClient(endpoint: state.endpoint, credentials: LabServer.credentials,
                                                       region: LabServer.region, timeout: 5)).run(lab)
        }
        #expect(Date().timeIntervalSince(started) < 30, "a dead server must not make the check hang")
        // A crashed server is cleared, and the lab starts again cleanly.
        let restarted = try await server.start(lab)
        defer { server.stop() }
        #expect(restarted.pid != state.pid)
        #expect(try server.running() == restarted)
    }
}
