import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Scenario files: a clean one loads into the catalog (and the system-design bank); each rule fires on a
/// scenario that breaks exactly that rule, at the right line and field.
@Suite("Scenario lint")
struct ScenarioLintTests {
    static let path = "scenarios/orders-pipeline.md"

    static let scenario = """
        ---
        id: sd-orders-pipeline
        title: Design an orders pipeline with a daily report
        difficulty: medium
        tags: [batch, streaming]
        scale:
          events_per_day: 1000000
          average_event_bytes: 1000
          peak_factor: 10
          retention_days: 365
          compression_ratio: 5
        components:
          - id: app
            label: Checkout service
            kind: source
          - id: kds
            label: Kinesis Data Streams
            kind: stream
          - id: lake
            label: S3 lake
            kind: store
        edges:
          - from: app
            to: kds
            label: orders
          - from: kds
            to: lake
        key_points:
          - point: Sizes the stream from the peak rate
            match: ["peak", "shard"]
          - point: Lands raw data in S3 partitioned by date
            match: ["partition", "s3"]
          - point: Makes the writes idempotent
            match: ["idempotent", "dedup"]
          - point: Separates the real-time and batch paths
            match: ["real-time", "batch"]
          - point: Monitors lag and alarms on it
            match: ["iterator age", "alarm"]
          - point: Encrypts data at rest with KMS
            match: ["kms", "encrypt"]
        sources:
          - https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
        ---
        We take a million orders a day and need them in a daily report.

        ## Requirements
        - Report by 06:00.

        ## Clarifying questions
        - How late can an order arrive?
        - Who reads the report?

        ## Reference architecture
        1. The **checkout** writes to **Kinesis**.

        ## Alternative
        Write straight to S3 in batches.

        ## Trade-offs
        | Dimension | Stream | Batch |
        | --- | --- | --- |
        | Latency | seconds | hours |

        ## Capacity estimate
        - 1,000,000 / 86,400 = 11.57 orders/s.

        ## Failure modes
        - **Stream throttles:** retry with backoff.

        ## Cost drivers
        - Shard hours.

        """

    func load(_ files: [String: String]) throws -> (ContentLoadResult, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        for (path, text) in files { try directory.write(text, to: path) }
        return (ContentLoader(root: directory.url, displayRelativeTo: directory.url).load(), directory)
    }

    @Test("a clean scenario loads as a scenario and as a system-design question")
    func clean() throws {
        let (result, _) = try load([Self.path: Self.scenario])
        #expect(result.problems.isEmpty, "\(result.problems)")
        let scenario = try #require(result.catalog.scenario(id: "sd-orders-pipeline"))
        #expect(scenario.components.map(\.id) == ["app", "kds", "lake"])
        #expect(scenario.edges.first == ArchitectureEdge(from: "app", to: "kds", label: "orders"))
        #expect(scenario.scale.eventsPerDay == 1_000_000)
        #expect(scenario.sections.map(\.kind) == ScenarioSection.Kind.allCases)
        #expect(scenario.prompt == "We take a million orders a day and need them in a daily report.")
        let question = try #require(result.catalog.question(id: "sd-orders-pipeline"))
        #expect(question.track == .systemDesign)
        #expect(question.keyPoints.count == 6)
        #expect(question.followUps == ["How late can an order arrive?", "Who reads the report?"])
        #expect(question.answer.contains("### Reference architecture"))
        #expect(result.catalog.stats.scenarios == 1)
        #expect(result.catalog.stats.questions["system-design"] == 1)
    }

    struct Breakage: CustomTestStringConvertible, Sendable {
        var name: String
        var replace: String
        var with: String
        var line: Int
        var field: String
        var message: String
        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(name: "id not from the file name", replace: "id: sd-orders-pipeline", with: "id: sd-orders",
                 line: 2, field: "id", message: "must be 'sd-orders-pipeline'"),
        Breakage(name: "edge to a missing box", replace: "  - from: kds\n    to: lake", with: "  - from: kds\n    to: laek",
                 line: 26, field: "edges", message: "'laek' is not a component id (did you mean 'lake'?)"),
        Breakage(name: "self-edge", replace: "  - from: kds\n    to: lake", with: "  - from: kds\n    to: kds",
                 line: 26, field: "edges", message: "points at itself"),
        Breakage(name: "cycle", replace: "  - from: kds\n    to: lake", with: "  - from: kds\n    to: app",
                 line: 22, field: "edges", message: "data flows in a circle (app → kds → app)"),
        Breakage(name: "box with no arrow", replace: "    label: S3 lake\n    kind: store\n",
                 with: "    label: S3 lake\n    kind: store\n  - id: spare\n    label: Spare\n    kind: store\n",
                 line: 12, field: "components", message: "'spare' has no arrow in or out"),
        Breakage(name: "unknown component kind", replace: "    kind: stream", with: "    kind: streem",
                 line: 18, field: "components.kind", message: "'streem' is not a component kind (did you mean 'stream'?)"),
        Breakage(name: "label too long for its box", replace: "label: S3 lake", with: "label: Amazon S3 data lake raw and curated zones",
                 line: 20, field: "components.label", message: "keep it to 28"),
        Breakage(name: "too few rubric points",
                 replace: "  - point: Encrypts data at rest with KMS\n    match: [\"kms\", \"encrypt\"]\n", with: "",
                 line: 29, field: "key_points", message: "needs 6 to 10 key points, found 5"),
        Breakage(name: "peak factor below 1", replace: "peak_factor: 10", with: "peak_factor: 0.5",
                 line: 9, field: "scale.peak_factor", message: "is a ratio of at least 1"),
        Breakage(name: "scale that is not a number", replace: "events_per_day: 1000000", with: "events_per_day: lots",
                 line: 7, field: "scale.events_per_day", message: "must be a number, found 'lots'"),
        Breakage(name: "section missing", replace: "## Failure modes\n- **Stream throttles:** retry with backoff.\n\n", with: "",
                 line: 44, field: "body", message: "missing '## Failure modes'"),
        Breakage(name: "section dropped from the middle", replace: "## Alternative\nWrite straight to S3 in batches.\n\n", with: "",
                 line: 44, field: "body", message: "missing '## Alternative'"),
        Breakage(name: "unknown section", replace: "## Cost drivers", with: "## Costs",
                 line: 70, field: "body", message: "unexpected section '## Costs'"),
        Breakage(name: "no sources", replace: "sources:\n  - https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html\n",
                 with: "", line: 2, field: "sources", message: "required field is missing"),
    ]

    @Test("a broken rule is reported at its line and field", arguments: breakages)
    func ruleFires(_ breakage: Breakage) throws {
        #expect(Self.scenario.contains(breakage.replace), "the fixture no longer contains the text this case breaks")
        let (result, _) = try load([Self.path: Self.scenario.replacingOccurrences(of: breakage.replace, with: breakage.with)])
        let match = result.problems.first { $0.field == breakage.field && $0.message.contains(breakage.message) }
        let problem = try #require(match, "expected a '\(breakage.field)' problem, got \(result.problems)")
        #expect(problem.file == Self.path)
        #expect(problem.line == breakage.line, "\(problem)")
        #expect(result.catalog.scenarios.isEmpty, "a broken scenario must not load")
    }

    @Test("a repeated section is reported where it repeats")
    func repeatedSection() throws {
        let text = Self.scenario.replacingOccurrences(of: "## Cost drivers\n- Shard hours.\n", with: "## Cost drivers\n- Shard hours.\n\n## Requirements\n- Again.\n")
        let (result, _) = try load([Self.path: text])
        #expect(result.problems.contains { $0.field == "body" && $0.message.contains("'## Requirements' is out of order or repeated") && $0.line == 73 },
                "\(result.problems)")
    }

    @Test("a scenario id may not reuse a question id")
    func idClash() throws {
        let question = FixtureContent.pythonQuestion.replacingOccurrences(of: "id: py-gil", with: "id: sd-orders-pipeline")
        let (result, _) = try load([Self.path: Self.scenario, "questions/system-design/orders.md": question])
        #expect(result.problems.contains { $0.field == "id" && $0.message.contains("'sd-orders-pipeline' is already used") }, "\(result.problems)")
    }

    @Test("capacity.yaml: every figure is required and a bad one is located")
    func capacityLimits() throws {
        let good = try String(contentsOf: RepositoryPaths.content.appendingPathComponent("capacity.yaml"), encoding: .utf8)
        let (clean, _) = try load(["capacity.yaml": good])
        #expect(clean.problems.isEmpty, "\(clean.problems)")
        #expect(clean.catalog.capacityLimits?.kinesisShardWriteRecordsPerSecond == 1_000)

        let broken = good.replacingOccurrences(of: "  shard_write_records_per_second: 1000", with: "  shard_write_records_per_second: many")
            .replacingOccurrences(of: "checked: 2026-12-05", with: "checked: last week")
            .replacingOccurrences(of: "  buffer_mib_default: 5", with: "  buffer_mib_default: 500")
        let (result, _) = try load(["capacity.yaml": broken])
        let lines = good.split(separator: "\n", omittingEmptySubsequences: false)
        func line(of text: String) -> Int { (lines.firstIndex { $0.hasPrefix(text) } ?? -1) + 1 }
        #expect(result.problems.contains { $0.field == "kinesis_data_streams.shard_write_records_per_second" && $0.line == line(of: "  shard_write_records_per_second") },
                "\(result.problems)")
        #expect(result.problems.contains { $0.field == "checked" && $0.message.contains("YYYY-MM-DD") })
        #expect(result.problems.contains { $0.field == "firehose" && $0.message.contains("buffer_mib_default is outside") })
        #expect(result.catalog.capacityLimits == nil)
    }
}
