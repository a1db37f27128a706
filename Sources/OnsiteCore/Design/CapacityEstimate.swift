import Foundation

/// The AWS limits and prices the estimator uses, as `content/capacity.yaml` states them, with the day they were
/// checked and where. Kept in content, not code, so a changed limit is a content edit with its link.
public struct CapacityLimits: Codable, Sendable, Equatable {
    /// ISO date (YYYY-MM-DD) the figures were last checked against the documentation.
    public var checked: String
    public var kinesisShardWriteBytesPerSecond: Double
    public var kinesisShardWriteRecordsPerSecond: Double
    /// Shared by every standard consumer of the shard.
    public var kinesisShardReadBytesPerSecond: Double
    /// Per consumer per shard, for consumers registered for enhanced fan-out.
    public var kinesisEnhancedFanOutBytesPerSecond: Double
    public var firehoseBufferMiBRange: ClosedRange<Double>
    public var firehoseBufferMiBDefault: Double
    public var firehoseIntervalSecondsRange: ClosedRange<Double>
    public var firehoseIntervalSecondsDefault: Double
    public var athenaDollarsPerTB: Double
    public var athenaMinimumBytesPerQuery: Double
    public var s3StandardDollarsPerGBMonth: Double
    /// Where each figure comes from: topic ("kinesis", "firehose", "athena", "s3") to URL.
    public var sources: [String: String]

    public init(checked: String, kinesisShardWriteBytesPerSecond: Double, kinesisShardWriteRecordsPerSecond: Double,
                kinesisShardReadBytesPerSecond: Double, kinesisEnhancedFanOutBytesPerSecond: Double,
                firehoseBufferMiBRange: ClosedRange<Double>, firehoseBufferMiBDefault: Double,
                firehoseIntervalSecondsRange: ClosedRange<Double>, firehoseIntervalSecondsDefault: Double,
                athenaDollarsPerTB: Double, athenaMinimumBytesPerQuery: Double, s3StandardDollarsPerGBMonth: Double,
                sources: [String: String]) {
        self.checked = checked
        self.kinesisShardWriteBytesPerSecond = kinesisShardWriteBytesPerSecond
        self.kinesisShardWriteRecordsPerSecond = kinesisShardWriteRecordsPerSecond
        self.kinesisShardReadBytesPerSecond = kinesisShardReadBytesPerSecond
        self.kinesisEnhancedFanOutBytesPerSecond = kinesisEnhancedFanOutBytesPerSecond
        self.firehoseBufferMiBRange = firehoseBufferMiBRange
        self.firehoseBufferMiBDefault = firehoseBufferMiBDefault
        self.firehoseIntervalSecondsRange = firehoseIntervalSecondsRange
        self.firehoseIntervalSecondsDefault = firehoseIntervalSecondsDefault
        self.athenaDollarsPerTB = athenaDollarsPerTB
        self.athenaMinimumBytesPerQuery = athenaMinimumBytesPerQuery
        self.s3StandardDollarsPerGBMonth = s3StandardDollarsPerGBMonth
        self.sources = sources
    }
}

/// What the candidate is sizing.
public struct CapacityInput: Codable, Sendable, Equatable {
    public var scale: ScenarioScale
    /// Applications reading the stream.
    public var consumers: Int
    /// Whether those consumers use enhanced fan-out (each gets its own read throughput per shard).
    public var enhancedFanOut: Bool
    public var firehoseBufferMebibytes: Double
    public var firehoseIntervalSeconds: Double
    /// Days of data a typical query reads after partition pruning.
    public var queryDays: Double
    /// Share of the columns a typical query reads (columnar formats read only those).
    public var queryColumnShare: Double

    public init(scale: ScenarioScale, consumers: Int = 1, enhancedFanOut: Bool = false, firehoseBufferMebibytes: Double,
                firehoseIntervalSeconds: Double, queryDays: Double = 1, queryColumnShare: Double = 1) {
        self.scale = scale
        self.consumers = consumers
        self.enhancedFanOut = enhancedFanOut
        self.firehoseBufferMebibytes = firehoseBufferMebibytes
        self.firehoseIntervalSeconds = firehoseIntervalSeconds
        self.queryDays = queryDays
        self.queryColumnShare = queryColumnShare
    }

    /// What is wrong with the input, in words a user can act on; empty when it can be estimated.
    public func problems(against limits: CapacityLimits) -> [String] {
        var problems: [String] = []
        let positive: [(String, Double)] = [
            ("events per day", scale.eventsPerDay), ("average event size", scale.averageEventBytes),
            ("retention days", scale.retentionDays), ("days scanned per query", queryDays),
        ]
        for (name, value) in positive where !(value > 0 && value.isFinite) { problems.append("\(name) must be above zero") }
        if !(scale.peakFactor >= 1) { problems.append("the peak factor is peak rate / average rate, so at least 1") }
        if !(scale.compressionRatio >= 1) { problems.append("the compression ratio is raw / stored bytes, so at least 1") }
        if consumers < 1 { problems.append("a stream needs at least one consumer") }
        if !(queryColumnShare > 0 && queryColumnShare <= 1) { problems.append("the column share is a fraction above 0 and at most 1") }
        if !limits.firehoseBufferMiBRange.contains(firehoseBufferMebibytes) {
            problems.append("Firehose buffers \(Self.range(limits.firehoseBufferMiBRange)) MiB")
        }
        if firehoseIntervalSeconds < 1 || !limits.firehoseIntervalSecondsRange.contains(firehoseIntervalSeconds) {
            // Zero (no interval buffering) is valid in Firehose but delivers as records arrive; it is not modelled.
            problems.append("the Firehose buffer interval must be 1 to \(Int(limits.firehoseIntervalSecondsRange.upperBound)) seconds here")
        }
        return problems
    }

    private static func range(_ range: ClosedRange<Double>) -> String {
        "\(Int(range.lowerBound)) to \(Int(range.upperBound))"
    }
}

/// The back-of-the-envelope arithmetic of a system-design answer, one spoken step at a time.
public struct CapacityEstimate: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        /// What the step works out ("Average rate").
        public var name: String
        /// The arithmetic as said aloud ("1,000,000 events ÷ 86,400 s").
        public var working: String
        public var value: Double
        public var unit: String
        /// The result as shown ("11.57 events/s").
        public var result: String
    }

    public var input: CapacityInput
    public var steps: [Step]
    public var averageEventsPerSecond: Double
    public var peakEventsPerSecond: Double
    public var averageMegabytesPerSecond: Double
    public var peakMegabytesPerSecond: Double
    public var dailyRawGigabytes: Double
    public var dailyStoredGigabytes: Double
    public var monthlyRawGigabytes: Double
    public var monthlyStoredGigabytes: Double
    public var retainedStoredGigabytes: Double
    public var writeShards: Int
    public var readShards: Int
    public var shards: Int
    public var firehoseObjectsPerDay: Int
    public var firehoseAverageObjectMegabytes: Double
    public var athenaGigabytesScannedPerQuery: Double
    public var athenaDollarsPerQuery: Double
    public var s3DollarsPerMonthAtRetention: Double

    static let secondsPerDay = 86_400.0
    static let daysPerMonth = 30.0
    static let mebibyte = 1_048_576.0

    public init(_ input: CapacityInput, limits: CapacityLimits) {
        self.input = input
        let scale = input.scale
        var steps: [Step] = []
        func step(_ name: String, _ working: String, _ value: Double, _ unit: String, digits: Int = 2) -> Double {
            steps.append(Step(name: name, working: working, value: value, unit: unit,
                              result: "\(Self.format(value, digits: digits)) \(unit)"))
            return value
        }
        let f = { (value: Double) in Self.format(value, digits: 2) }

        averageEventsPerSecond = step("Average rate", "\(f(scale.eventsPerDay)) events ÷ 86,400 s",
                                      scale.eventsPerDay / Self.secondsPerDay, "events/s")
        peakEventsPerSecond = step("Peak rate", "\(f(averageEventsPerSecond)) events/s × peak factor \(f(scale.peakFactor))",
                                   averageEventsPerSecond * scale.peakFactor, "events/s")
        let averageBytes = averageEventsPerSecond * scale.averageEventBytes
        averageMegabytesPerSecond = step("Average throughput",
                                         "\(f(averageEventsPerSecond)) events/s × \(f(scale.averageEventBytes)) bytes ÷ 1,000,000",
                                         averageBytes / 1_000_000, "MB/s", digits: 3)
        let peakBytes = averageBytes * scale.peakFactor
        peakMegabytesPerSecond = step("Peak throughput", "\(Self.format(averageMegabytesPerSecond, digits: 3)) MB/s × \(f(scale.peakFactor))",
                                      peakBytes / 1_000_000, "MB/s", digits: 3)
        let dailyRaw = scale.eventsPerDay * scale.averageEventBytes
        dailyRawGigabytes = step("Raw data per day", "\(f(scale.eventsPerDay)) events × \(f(scale.averageEventBytes)) bytes ÷ 10^9",
                                 dailyRaw / 1e9, "GB/day")
        dailyStoredGigabytes = step("Stored per day", "\(f(dailyRawGigabytes)) GB ÷ compression \(f(scale.compressionRatio))",
                                    dailyRawGigabytes / scale.compressionRatio, "GB/day")
        monthlyRawGigabytes = step("Raw per 30-day month", "\(f(dailyRawGigabytes)) GB × 30", dailyRawGigabytes * Self.daysPerMonth, "GB")
        monthlyStoredGigabytes = step("Stored per 30-day month", "\(f(dailyStoredGigabytes)) GB × 30",
                                      dailyStoredGigabytes * Self.daysPerMonth, "GB")
        retainedStoredGigabytes = step("Stored at full retention", "\(f(dailyStoredGigabytes)) GB × \(f(scale.retentionDays)) days",
                                       dailyStoredGigabytes * scale.retentionDays, "GB")

        let byBytes = Self.roundUp(peakBytes / limits.kinesisShardWriteBytesPerSecond)
        let byRecords = Self.roundUp(peakEventsPerSecond / limits.kinesisShardWriteRecordsPerSecond)
        writeShards = max(1, byBytes, byRecords)
        steps.append(Step(name: "Shards for writes",
                          working: "peak \(f(peakBytes)) B/s ÷ \(f(limits.kinesisShardWriteBytesPerSecond)) B/s per shard → \(byBytes); "
                              + "peak \(f(peakEventsPerSecond)) records/s ÷ \(f(limits.kinesisShardWriteRecordsPerSecond)) per shard → \(byRecords); the larger, at least 1",
                          value: Double(writeShards), unit: "shards", result: Self.count(writeShards, "shard")))
        if input.enhancedFanOut {
            readShards = max(1, Self.roundUp(peakBytes / limits.kinesisEnhancedFanOutBytesPerSecond))
            steps.append(Step(name: "Shards for reads",
                              working: "enhanced fan-out gives each of the \(input.consumers) consumers \(f(limits.kinesisEnhancedFanOutBytesPerSecond)) B/s per shard: "
                                  + "\(f(peakBytes)) B/s ÷ \(f(limits.kinesisEnhancedFanOutBytesPerSecond))",
                              value: Double(readShards), unit: "shards", result: Self.count(readShards, "shard")))
        } else {
            let demand = peakBytes * Double(input.consumers)
            readShards = max(1, Self.roundUp(demand / limits.kinesisShardReadBytesPerSecond))
            steps.append(Step(name: "Shards for reads",
                              working: "\(input.consumers) consumer(s) share \(f(limits.kinesisShardReadBytesPerSecond)) B/s per shard: "
                                  + "\(f(peakBytes)) B/s × \(input.consumers) ÷ \(f(limits.kinesisShardReadBytesPerSecond))",
                              value: Double(readShards), unit: "shards", result: Self.count(readShards, "shard")))
        }
        shards = max(writeShards, readShards)
        steps.append(Step(name: "Kinesis Data Streams shards", working: "the larger of \(writeShards) for writes and \(readShards) for reads",
                          value: Double(shards), unit: "shards", result: Self.count(shards, "shard")))

        // Firehose delivers when the buffer fills or the interval passes, whichever comes first.
        let bufferBytes = input.firehoseBufferMebibytes * Self.mebibyte
        let fillSeconds = bufferBytes / averageBytes
        let flushSeconds = min(input.firehoseIntervalSeconds, fillSeconds)
        firehoseObjectsPerDay = Self.roundUp(Self.secondsPerDay / flushSeconds)
        steps.append(Step(name: "Firehose objects per day",
                          working: "a \(f(input.firehoseBufferMebibytes)) MiB buffer fills in \(f(fillSeconds)) s at the average rate; the interval is "
                              + "\(f(input.firehoseIntervalSeconds)) s; it flushes every \(f(flushSeconds)) s: 86,400 ÷ \(f(flushSeconds))",
                          value: Double(firehoseObjectsPerDay), unit: "objects/day", result: "\(Self.format(Double(firehoseObjectsPerDay), digits: 0)) objects/day"))
        firehoseAverageObjectMegabytes = step("Average object size", "\(f(dailyRaw)) bytes ÷ \(firehoseObjectsPerDay) objects ÷ 1,000,000",
                                              dailyRaw / Double(firehoseObjectsPerDay) / 1_000_000, "MB")

        let scanned = dailyStoredGigabytes * 1e9 * input.queryDays * input.queryColumnShare
        athenaGigabytesScannedPerQuery = step("Athena scan per query",
                                              "\(f(dailyStoredGigabytes)) GB/day × \(Self.count(input.queryDays, "day")) × \(Self.format(input.queryColumnShare * 100, digits: 1))% of the columns",
                                              scanned / 1e9, "GB")
        let billed = max(scanned, limits.athenaMinimumBytesPerQuery)
        athenaDollarsPerQuery = billed / 1e12 * limits.athenaDollarsPerTB
        steps.append(Step(name: "Athena cost per query",
                          working: "max(\(f(scanned / 1e9)) GB, the \(f(limits.athenaMinimumBytesPerQuery / 1e6)) MB minimum) ÷ 1,000 GB × $\(f(limits.athenaDollarsPerTB)) per TB",
                          value: athenaDollarsPerQuery, unit: "USD", result: "$\(Self.format(athenaDollarsPerQuery, digits: 4))"))
        s3DollarsPerMonthAtRetention = retainedStoredGigabytes * limits.s3StandardDollarsPerGBMonth
        steps.append(Step(name: "S3 Standard per month at full retention",
                          working: "\(f(retainedStoredGigabytes)) GB × $\(limits.s3StandardDollarsPerGBMonth) per GB-month",
                          value: s3DollarsPerMonthAtRetention, unit: "USD", result: "$\(Self.format(s3DollarsPerMonthAtRetention, digits: 2))"))
        self.steps = steps
    }

    /// "1 shard", "12 shards".
    static func count(_ value: some BinaryInteger, _ noun: String) -> String {
        "\(value) \(value == 1 ? noun : noun + "s")"
    }

    static func count(_ value: Double, _ noun: String) -> String {
        "\(format(value, digits: 2)) \(value == 1 ? noun : noun + "s")"
    }

    /// Whole units needed for `ratio`: exactly at a limit needs no extra unit (floating-point noise aside).
    static func roundUp(_ ratio: Double) -> Int {
        Int((ratio - 1e-9).rounded(.up))
    }

    /// Thousands separated, trailing zeros dropped: how the figure is said.
    public static func format(_ value: Double, digits: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        formatter.groupingSize = 3
        formatter.minimumFractionDigits = 0
        formatter.maximumFractionDigits = value != 0 && abs(value) < 0.01 ? max(digits, 4) : digits
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}
