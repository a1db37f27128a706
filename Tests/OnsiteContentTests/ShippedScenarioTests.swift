import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The shipped system-design scenarios and the limits file behind the estimator.
@Suite("Shipped scenarios")
struct ShippedScenarioTests {
    static let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog

    @Test("at least 20 scenarios, including the seed's three, all in the system-design bank")
    func count() throws {
        let catalog = Self.catalog
        #expect(catalog.scenarios.count >= 20)
        #expect(catalog.stats.scenarios == catalog.scenarios.count)
        for id in ["sd-ecommerce-transactions", "sd-log-processing", "sd-warehouse-etl-ten-sources"] {
            let track = catalog.question(id: id)?.track
            #expect(track == .systemDesign, "\(id) is missing from the bank")
        }
        #expect(catalog.questions.filter { $0.track == .systemDesign }.count >= 20)
    }

    @Test("the seed's sized scenarios come out as the seed says")
    func seedNumbers() throws {
        let catalog = Self.catalog
        let limits = try #require(catalog.capacityLimits)
        func estimate(_ id: String) throws -> CapacityEstimate {
            // Looked up first so a failure prints the id, not the whole catalog.
            let found = catalog.scenario(id: id)
            let scenario = try #require(found, "\(id) is missing")
            return CapacityEstimate(CapacityInput(scale: scenario.scale, firehoseBufferMebibytes: limits.firehoseBufferMiBDefault,
                                                  firehoseIntervalSeconds: limits.firehoseIntervalSecondsDefault),
                                    limits: limits)
        }
        let ecommerce = try estimate("sd-ecommerce-transactions")
        #expect(ecommerce.input.scale.eventsPerDay == 1_000_000)
        #expect((ecommerce.averageEventsPerSecond * 10).rounded() / 10 == 11.6)
        let logs = try estimate("sd-log-processing")
        #expect(logs.dailyRawGigabytes == 100)
        #expect((logs.averageMegabytesPerSecond * 100).rounded() / 100 == 1.16)
    }

    /// The worked arithmetic in the text must agree with the estimator run on the front matter's scale, so a
    /// candidate never learns two different numbers for the same scenario.
    @Test("each capacity section states the average rate the estimator computes", arguments: catalog.scenarios)
    func capacityAgrees(_ scenario: Scenario) throws {
        let text = try #require(scenario.section(.capacityEstimate)).text.replacingOccurrences(of: "\u{202F}", with: ",")
        let average = scenario.scale.eventsPerDay / 86_400
        let spellings = (0...2).map { CapacityEstimate.format(average, digits: $0) }
            + [CapacityEstimate.format(average, digits: 2).replacingOccurrences(of: ",", with: "")]
        #expect(spellings.contains { text.contains($0) }, "the section never says \(spellings.first ?? "") per second")
    }

    @Test("each diagram is well-formed SVG with every component", arguments: catalog.scenarios)
    func diagram(_ scenario: Scenario) {
        let svg = scenario.diagram.svg(title: scenario.title)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(scenario.id): \(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(scenario.diagram.placements.count == scenario.components.count)
        #expect(scenario.diagram.edges.count == scenario.edges.count)
        // Left to right: every arrow goes to a later column.
        let column = Dictionary(uniqueKeysWithValues: scenario.diagram.placements.map { ($0.component.id, $0.column) })
        for edge in scenario.edges { #expect((column[edge.from] ?? 0) < (column[edge.to] ?? 0), "\(edge)") }
    }

    @Test("every scenario links AWS documentation")
    func sources() {
        for scenario in Self.catalog.scenarios {
            #expect(scenario.sources.contains { $0.contains("aws.amazon.com") }, "\(scenario.id)")
        }
    }

    @Test("capacity.yaml states the limits as the AWS documentation does")
    func limits() throws {
        let limits = try #require(Self.catalog.capacityLimits)
        // Kinesis Data Streams, per shard: 1 MiB/s or 1,000 records/s in; 2 MiB/s out, shared or per EFO consumer.
        #expect(limits.kinesisShardWriteBytesPerSecond == 1_048_576)
        #expect(limits.kinesisShardWriteRecordsPerSecond == 1_000)
        #expect(limits.kinesisShardReadBytesPerSecond == 2_097_152)
        #expect(limits.kinesisEnhancedFanOutBytesPerSecond == 2_097_152)
        // Firehose BufferingHints: 1-128 MiB (default 5), 0-900 s (default 300).
        #expect(limits.firehoseBufferMiBRange == 1...128)
        #expect(limits.firehoseBufferMiBDefault == 5)
        #expect(limits.firehoseIntervalSecondsRange == 0...900)
        #expect(limits.firehoseIntervalSecondsDefault == 300)
        #expect(limits.athenaDollarsPerTB == 5)
        #expect(limits.athenaMinimumBytesPerQuery == 10_000_000)
        #expect(Set(limits.sources.keys) == ["kinesis_data_streams", "firehose", "athena", "s3"])
        #expect(limits.sources["kinesis_data_streams"]?.hasPrefix("https://docs.aws.amazon.com/streams/") == true)
    }
}

extension Scenario: CustomTestStringConvertible {
    public var testDescription: String { id }
}
