import Foundation
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import OnsiteSQLite
import OnsiteTestSupport
import OnsiteWeb
import Testing

/// The system-design pages and the estimator, over a real socket.
@Suite("Web app: system design")
struct WebDesignTests {
    let session = WebSession()
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.inMemory()
    }

    func app() async throws -> some ApplicationProtocol {
        try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0), dependencies: WebAppTests.dependencies(database),
                                   session: session)
    }

    static var someScenario: Scenario {
        get throws { try #require(WebAppTests.catalog.scenarios.first, "no scenarios shipped") }
    }

    @Test("the scenario list links every scenario, and a scenario page inlines its diagram")
    func pages() async throws {
        let scenario = try Self.someScenario
        try await app().test(.live) { client in
            let list = try await client.execute(uri: "/scenarios", method: .get)
            #expect(list.status == .ok)
            for each in WebAppTests.catalog.scenarios { #expect(WebAppTests.text(list).contains("href=\"/scenarios/\(each.id)\"")) }

            let page = try await client.execute(uri: "/scenarios/\(scenario.id)", method: .get)
            #expect(page.status == .ok)
            let html = WebAppTests.text(page)
            #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""))
            for heading in ScenarioSection.Kind.allCases.map(\.heading) { #expect(html.contains("<h2>\(heading)</h2>"), "\(heading)") }
            #expect(html.contains("href=\"/estimate?scenario=\(scenario.id)\""))

            let svg = try await client.execute(uri: "/scenarios/\(scenario.id)/diagram.svg", method: .get)
            #expect(svg.headers[.contentType]?.hasPrefix("image/svg+xml") == true)
            #expect(WebAppTests.text(svg).hasSuffix("</svg>"))

            // The scenario is also a question of the system-design bank, and its question page links back.
            let question = try await client.execute(uri: "/questions/\(scenario.id)", method: .get)
            #expect(question.status == .ok)
            #expect(WebAppTests.text(question).contains("href=\"/scenarios/\(scenario.id)\""))

            let missing = try await client.execute(uri: "/scenarios/sd-nope", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test("the estimator page shows each step for a scenario and explains bad input")
    func estimatorPage() async throws {
        try await app().test(.live) { client in
            let empty = try await client.execute(uri: "/estimate", method: .get)
            #expect(empty.status == .ok)
            #expect(!WebAppTests.text(empty).contains("class=\"steps\""))

            let worked = try await client.execute(uri: "/estimate?events_per_day=1000000&event_bytes=1000&peak_factor=10", method: .get)
            let html = WebAppTests.text(worked)
            #expect(html.contains("<strong>Average rate: 11.57 events/s</strong>"))
            #expect(html.contains("1,000,000 events ÷ 86,400 s"))
            #expect(html.contains("value=\"1000000\""), "the form keeps what was typed")

            let bad = try await client.execute(uri: "/estimate?events_per_day=%3Cb%3E&event_bytes=10", method: .get)
            #expect(bad.status == .ok)
            #expect(WebAppTests.text(bad).contains("must be a number, not &#39;&lt;b&gt;&#39;"), "typed text is escaped")
        }
    }

    @Test("the estimate API answers in snake_case and refuses nonsense with a problem document")
    func estimateAPI() async throws {
        try await app().test(.live) { client in
            let ok = try await client.execute(uri: "/api/estimate?events_per_day=200000000&event_bytes=500", method: .get)
            #expect(ok.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: ok.body)) as? [String: Any])
            let rate = try #require(json["average_megabytes_per_second"] as? Double)
            #expect(abs(rate - 1.1574) < 0.0001)
            let bad = try await client.execute(uri: "/api/estimate?events_per_day=10&event_bytes=10&buffer_mib=0", method: .get)
            #expect(bad.status == .badRequest)
            #expect(WebAppTests.text(bad).contains("Firehose buffers 1 to 128 MiB"))
        }
    }
}
