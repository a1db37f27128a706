import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import OnsiteLabs
import OnsiteSQLite
import OnsiteTestSupport
import OnsiteWeb
import Testing

/// The labs pages and API over a real socket, with a real moto server from the project venv: the list, a lab's
/// page with its environment block once started, the checks failing and then passing after the reference
/// solution, the pass recorded for the checklist, and clear problems for a second start or an unknown lab.
@Suite("Web app: AWS labs", .serialized)
struct WebLabsTests {
    let session = WebSession()
    let database: AppDatabase
    let home: TemporaryDirectory
    let server: LabServer

    init() throws {
        database = try AppDatabase.inMemory()
        home = try TemporaryDirectory(prefix: "onsite-web-labs")
        server = LabServer(home: home.url, venv: RepositoryPaths.root.appendingPathComponent(".venv"))
    }

    func app(withLabs: Bool = true) async throws -> some ApplicationProtocol {
        var dependencies = try WebAppTests.dependencies(database)
        if withLabs {
            dependencies.labs = LabDesk(catalog: dependencies.catalog, server: server, progress: SQLiteLabProgressStore(database: database))
        }
        return try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0), dependencies: dependencies, session: session)
    }

    var postHeaders: HTTPFields {
        [.origin: "http://localhost", .csrfTokenHeader: session.csrfToken, .contentType: "application/json"]
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test("start a lab, copy its environment, fail the checks, solve it, pass them, see it recorded, stop")
    func wholeLab() async throws {
        defer { server.stop() }
        try await app().test(.live) { client in
            let list = String(buffer: try await client.execute(uri: "/labs", method: .get).body)
            #expect(list.contains("href=\"/labs/lab-kms-secrets\""))
            #expect(list.contains("href=\"/labs/project-warehouse-etl\""), "the projects are listed")

            let before = String(buffer: try await client.execute(uri: "/labs/lab-kms-secrets", method: .get).body)
            #expect(before.contains("id=\"lab-start\">"), "the start button shows while nothing runs")
            #expect(before.contains("alias/onsite-warehouse"), "the task is on the page")

            let started = try await client.execute(uri: "/api/labs/lab-kms-secrets/start", method: .post, headers: postHeaders)
            #expect(started.status == .ok, "\(String(buffer: started.body))")
            let environment = try Self.json(started)
            let exports = try #require(environment["exports"] as? String)
            #expect(exports.contains("export AWS_ENDPOINT_URL=http://127.0.0.1:"))

            let second = try await client.execute(uri: "/api/labs/lab-s3-data-lake/start", method: .post, headers: postHeaders)
            #expect(second.status == .conflict)
            #expect(String(buffer: second.body).contains("already running"))

            let running = String(buffer: try await client.execute(uri: "/labs/lab-kms-secrets", method: .get).body)
            #expect(running.contains(exports.split(separator: "\n")[0]), "the page shows the same exports")
            #expect(running.contains("id=\"lab-copy\""))

            let failing = try await client.execute(uri: "/api/labs/lab-kms-secrets/check", method: .post, headers: postHeaders)
            let failed = try #require(try Self.json(failing)["report"] as? [String: Any])
            #expect(failed["passed"] as? Bool == false)
            #expect(failed["passed_count"] as? Int == 0)
            let firstHint = (failed["results"] as? [[String: Any]])?.first?["hint"] as? String
            #expect(!(firstHint ?? "").isEmpty)

            let state = try server.running()
            let lab = try #require(WebAppTests.catalog.lab(id: "lab-kms-secrets"))
            try server.run(script: lab.solutionScript, named: "solution.sh", for: state)

            let passing = try Self.json(try await client.execute(uri: "/api/labs/lab-kms-secrets/check", method: .post, headers: postHeaders))
            let passed = try #require(passing["report"] as? [String: Any])
            #expect(passed["passed"] as? Bool == true, "\(passed)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(buffer: try await client.execute(uri: "/api/labs", method: .get).body)) as? [[String: Any]])
            #expect(rows.first { $0["id"] as? String == "lab-kms-secrets" }?["passed"] as? Bool == true)
            #expect(rows.first { $0["id"] as? String == "lab-kms-secrets" }?["running"] as? Bool == true)

            let stopped = try Self.json(try await client.execute(uri: "/api/labs/stop", method: .post, headers: postHeaders))
            #expect(stopped["stopped"] as? String == "lab-kms-secrets")
            let nothing = try await client.execute(uri: "/api/labs/lab-kms-secrets/check", method: .post, headers: postHeaders)
            #expect(nothing.status == .conflict)
            #expect(String(buffer: nothing.body).contains("No lab is running; press"))
        }
        let passes = try await SQLiteLabProgressStore(database: database).passedLabs()
        #expect(passes["lab-kms-secrets"] != nil, "the pass is stored where the checklist reads it")
    }

    @Test("a project's page lists its steps and write-up; an unknown lab is a 404; a server without the runtime says so")
    func projectPageAndErrors() async throws {
        try await app().test(.live) { client in
            let project = try #require(WebAppTests.catalog.projects.first)
            let page = String(buffer: try await client.execute(uri: "/labs/\(project.id)", method: .get).body)
            #expect(page.contains("Step 1:"))
            #expect(page.contains("id=\"writeup-heading\""))
            for step in project.steps { #expect(page.contains("href=\"/labs/\(step.lab)\""), "\(step.lab)") }
            for source in project.sources { #expect(page.contains("href=\"\(source)\""), "\(source)") }
            #expect(page.contains("data-steps=\"{"), "the step titles ride along for the check results")
            let unknown = try await client.execute(uri: "/labs/lab-nope", method: .get)
            #expect(unknown.status == .notFound)
            let unknownStart = try await client.execute(uri: "/api/labs/lab-nope/start", method: .post, headers: postHeaders)
            #expect(unknownStart.status == .notFound)
        }
        try await app(withLabs: false).test(.live) { client in
            let refused = try await client.execute(uri: "/api/labs/lab-kms-secrets/start", method: .post, headers: postHeaders)
            #expect(refused.status == .serviceUnavailable)
            #expect(String(buffer: refused.body).contains("onsite serve"))
        }
    }
}
