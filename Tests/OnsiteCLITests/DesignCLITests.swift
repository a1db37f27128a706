import Foundation
import OnsiteTestSupport
import Testing

/// `onsite scenarios` and `onsite estimate`, through the real binary.
@Suite("scenarios and estimate commands")
struct DesignCLITests {
    let binary: OnsiteBinary
    let home: TemporaryDirectory

    init() throws {
        binary = try OnsiteBinary.built()
        home = try TemporaryDirectory(prefix: "onsite-home")
    }

    func run(_ arguments: [String]) throws -> OnsiteBinary.Output {
        try binary.run(arguments, environment: ["ONSITE_HOME": home.url.path, "NO_COLOR": "1"])
    }

    func json(_ output: OnsiteBinary.Output) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any], "\(output.stdout)")
    }

    @Test("estimate shows every step, with the seed's 1M transactions a day at 11.57 a second")
    func estimateText() throws {
        let output = try run(["estimate", "--events-per-day", "1000000", "--event-bytes", "1000", "--peak-factor", "10"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Average rate: 11.57 events/s"))
        #expect(output.stdout.contains("1,000,000 events ÷ 86,400 s"))
        #expect(output.stdout.contains("Kinesis Data Streams shards: 1 shard"))
        #expect(output.stdout.contains("https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html"))
    }

    @Test("estimate --json from 100 GB a day gives 1.157 MB/s, in snake_case keys")
    func estimateJSON() throws {
        let output = try run(["estimate", "--gb-per-day", "100", "--event-bytes", "500", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try json(output)
        let rate = try #require(object["average_megabytes_per_second"] as? Double)
        #expect(abs(rate - 1.1574) < 0.0001)
        #expect(object["write_shards"] as? Int == 3)
        #expect((object["steps"] as? [Any])?.count ?? 0 >= 10)
    }

    @Test("estimate starts from a scenario's scale and lets flags override it")
    func estimateFromScenario() throws {
        let base = try json(try run(["estimate", "--scenario", "sd-ecommerce-transactions", "--json"]))
        let scale = try #require((base["input"] as? [String: Any])?["scale"] as? [String: Any])
        #expect(scale["events_per_day"] as? Double == 1_000_000)
        let doubled = try json(try run(["estimate", "--scenario", "ecommerce-transactions", "--events-per-day", "2000000", "--json"]))
        let rate = try #require(doubled["average_events_per_second"] as? Double)
        #expect(abs(rate - 23.148) < 0.001)
    }

    @Test("bad estimate input says what to change, without a stack trace")
    func estimateErrors() throws {
        let missing = try run(["estimate"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("--events-per-day"))
        let buffer = try run(["estimate", "--events-per-day", "1000", "--event-bytes", "10", "--buffer-mib", "500"])
        #expect(buffer.status != 0)
        #expect(buffer.stderr.contains("Firehose buffers 1 to 128 MiB"))
        let unknown = try run(["estimate", "--scenario", "sd-log-procesing"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Did you mean 'sd-log-processing'?"))
    }

    @Test("scenarios show writes the diagram as SVG and prints the worked sections")
    func showWithSVG() throws {
        let file = home.url.appendingPathComponent("logs.svg")
        let output = try run(["scenarios", "show", "sd-log-processing", "--svg", file.path])
        #expect(output.status == 0, "\(output.stderr)")
        for heading in ["Requirements", "Clarifying questions", "Reference architecture", "Capacity estimate", "Rubric"] {
            #expect(output.stdout.contains(heading), "\(heading)")
        }
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("marker-end"))
        let promptOnly = try run(["scenarios", "show", "sd-log-processing", "--prompt-only"])
        #expect(!promptOnly.stdout.contains("Reference architecture"))
    }

    @Test("scenarios list --json lists every scenario with its scale")
    func listJSON() throws {
        let output = try run(["scenarios", "list", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count >= 20)
        #expect(rows.allSatisfy { ($0["scale"] as? [String: Any])?["events_per_day"] is Double })
    }
}
