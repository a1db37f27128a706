import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite estimate`: the back-of-the-envelope numbers of a system-design answer, every step shown.
struct EstimateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Work out rates, storage, Kinesis shards, Firehose objects and Athena cost, step by step.",
        discussion: """
            Give the load yourself or start from a scenario's scale and override what you like:
              onsite estimate --events-per-day 1000000 --event-bytes 1000 --peak-factor 10
              onsite estimate --scenario sd-log-processing --consumers 3 --enhanced-fan-out
              onsite estimate --gb-per-day 100 --event-bytes 500 --query-days 7 --column-share 0.2

            Conventions, as said in interviews: a day is 86,400 s, a month 30 days, MB = 10^6 bytes and GB = 10^9; \
            Kinesis shard limits are in MiB as AWS states them. The limits and prices come from \
            content/capacity.yaml, which names the page each was checked against and when.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Start from this scenario's scale.", valueName: "id"))
    var scenario: String?

    @Option(help: "Events (records, rows, log lines) per day.")
    var eventsPerDay: Double?

    @Option(help: ArgumentHelp("Raw data per day in GB (10^9 bytes); with --event-bytes it gives the events per day.", valueName: "gb"))
    var gbPerDay: Double?

    @Option(help: ArgumentHelp("Average event size in bytes.", valueName: "bytes"))
    var eventBytes: Double?

    @Option(help: "Peak rate divided by the average rate (1 for flat load).")
    var peakFactor: Double?

    @Option(help: "Days the data is kept.")
    var retentionDays: Double?

    @Option(help: "Raw bytes per stored byte (Parquet with Snappy is often 5 to 10).")
    var compression: Double?

    @Option(help: "Applications reading the stream.")
    var consumers = 1

    @Flag(help: "The consumers use enhanced fan-out (each gets its own read throughput per shard).")
    var enhancedFanOut = false

    @Option(help: ArgumentHelp("Firehose buffer size in MiB (default: the service default).", valueName: "mib"))
    var bufferMib: Double?

    @Option(help: ArgumentHelp("Firehose buffer interval in seconds (default: the service default).", valueName: "seconds"))
    var bufferSeconds: Double?

    @Option(help: "Days of data a typical query reads after partition pruning.")
    var queryDays: Double = 1

    @Option(help: "Share of the columns a typical query reads, from 0 to 1 (columnar formats read only those).")
    var columnShare: Double = 1

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() async throws {
        let catalog = try AppEnvironment(global).loadCatalog()
        guard let limits = catalog.capacityLimits else {
            throw OnsiteError("the content has no capacity.yaml, so there are no limits to estimate against. Restore content/capacity.yaml or point --content-dir at Onsite's content.")
        }
        let input = try makeInput(catalog: catalog, limits: limits)
        let problems = input.problems(against: limits)
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "; ")) }
        let estimate = CapacityEstimate(input, limits: limits)
        if json {
            try JSONOutput.print(estimate, snakeCaseKeys: true)
            return
        }
        let terminal = Terminal.current
        print(terminal.paint("Capacity estimate", .heading))
        for (index, step) in estimate.steps.enumerated() {
            print("\(String(format: "%2d", index + 1)). " + terminal.paint(step.name, .bold) + ": " + terminal.paint(step.result, .bold))
            print("    " + step.working)
        }
        print(terminal.paint("\nLimits and prices from content/capacity.yaml, checked \(limits.checked):", .dim))
        for (topic, url) in limits.sources.sorted(by: { $0.key < $1.key }) {
            print(terminal.paint("  \(topic): \(url)", .dim))
        }
    }

    func makeInput(catalog: Catalog, limits: CapacityLimits) throws -> CapacityInput {
        let scale = try scenario.map { try catalog.requireScenario($0).scale }
        if scale == nil, eventsPerDay == nil, gbPerDay == nil {
            throw ValidationError("Give --events-per-day (or --gb-per-day with --event-bytes), or --scenario ID to start from a scenario's scale.")
        }
        if scale == nil, eventBytes == nil {
            throw ValidationError("Give --event-bytes, the average size of one event, e.g. --event-bytes 1000.")
        }
        if eventsPerDay != nil, gbPerDay != nil {
            throw ValidationError("Give either --events-per-day or --gb-per-day, not both.")
        }
        var resolved = scale ?? ScenarioScale(eventsPerDay: 0, averageEventBytes: 0, peakFactor: 1, retentionDays: 365,
                                              compressionRatio: 1)
        if let eventBytes { resolved.averageEventBytes = eventBytes }
        if let eventsPerDay { resolved.eventsPerDay = eventsPerDay }
        if let gbPerDay { resolved.eventsPerDay = gbPerDay * 1e9 / resolved.averageEventBytes }
        if let peakFactor { resolved.peakFactor = peakFactor }
        if let retentionDays { resolved.retentionDays = retentionDays }
        if let compression { resolved.compressionRatio = compression }
        return CapacityInput(scale: resolved, consumers: consumers, enhancedFanOut: enhancedFanOut,
                             firehoseBufferMebibytes: bufferMib ?? limits.firehoseBufferMiBDefault,
                             firehoseIntervalSeconds: bufferSeconds ?? limits.firehoseIntervalSecondsDefault,
                             queryDays: queryDays, queryColumnShare: columnShare)
    }
}
