import Foundation
import OnsiteCore
import Testing

/// The estimator's arithmetic against numbers worked by hand, including the seed's two sized scenarios and the
/// exact boundaries where one more byte or record needs another shard.
@Suite("Capacity estimate")
struct CapacityEstimateTests {
    /// The figures of content/capacity.yaml (ShippedScenarioTests checks the file says the same).
    static let limits = CapacityLimits(
        checked: "2026-12-05", kinesisShardWriteBytesPerSecond: 1_048_576, kinesisShardWriteRecordsPerSecond: 1_000,
        kinesisShardReadBytesPerSecond: 2_097_152, kinesisEnhancedFanOutBytesPerSecond: 2_097_152,
        firehoseBufferMiBRange: 1...128, firehoseBufferMiBDefault: 5, firehoseIntervalSecondsRange: 0...900,
        firehoseIntervalSecondsDefault: 300, athenaDollarsPerTB: 5, athenaMinimumBytesPerQuery: 10_000_000,
        s3StandardDollarsPerGBMonth: 0.023, sources: [:])

    static func estimate(eventsPerDay: Double, bytes: Double, peak: Double = 1, retention: Double = 30,
                         compression: Double = 1, consumers: Int = 1, enhancedFanOut: Bool = false,
                         bufferMiB: Double = 5, interval: Double = 300, queryDays: Double = 1,
                         columnShare: Double = 1) -> CapacityEstimate {
        let scale = ScenarioScale(eventsPerDay: eventsPerDay, averageEventBytes: bytes, peakFactor: peak,
                                  retentionDays: retention, compressionRatio: compression)
        return CapacityEstimate(CapacityInput(scale: scale, consumers: consumers, enhancedFanOut: enhancedFanOut,
                                              firehoseBufferMebibytes: bufferMiB, firehoseIntervalSeconds: interval,
                                              queryDays: queryDays, queryColumnShare: columnShare),
                                limits: limits)
    }

    @Test("the seed's e-commerce pipeline: 1M transactions a day is about 11.6 a second")
    func ecommerce() {
        let estimate = Self.estimate(eventsPerDay: 1_000_000, bytes: 1_000, peak: 10, retention: 365)
        #expect(abs(estimate.averageEventsPerSecond - 11.574) < 0.001)
        #expect(abs(estimate.peakEventsPerSecond - 115.74) < 0.01)
        #expect(estimate.dailyRawGigabytes == 1)
        #expect(estimate.shards == 1)
        #expect(estimate.steps.first?.result == "11.57 events/s")
        #expect(estimate.steps.first?.working == "1,000,000 events ÷ 86,400 s")
    }

    @Test("the seed's log processing: 100 GB a day is about 1.16 MB a second")
    func logProcessing() {
        let estimate = Self.estimate(eventsPerDay: 200_000_000, bytes: 500)
        #expect(abs(estimate.averageMegabytesPerSecond - 1.1574) < 0.0001)
        #expect(estimate.dailyRawGigabytes == 100)
        #expect(estimate.monthlyRawGigabytes == 3_000)
        // Small log lines: 1,157,407 B/s needs 2 shards by bytes, but 2,315 lines/s needs 3 by records.
        #expect(estimate.writeShards == 3)
        #expect(estimate.steps.contains { $0.name == "Shards for writes" && $0.working.contains("→ 2;") && $0.working.contains("→ 3;") })
        #expect(estimate.steps.contains { $0.name == "Average throughput" && $0.result == "1.157 MB/s" })
    }

    @Test("a shard takes exactly 1,000 records a second; the 1,001st needs a second shard")
    func recordBoundary() {
        #expect(Self.estimate(eventsPerDay: 1_000 * 86_400, bytes: 1).writeShards == 1)
        #expect(Self.estimate(eventsPerDay: 1_001 * 86_400, bytes: 1).writeShards == 2)
    }

    @Test("a shard takes exactly 1 MiB a second; one byte more needs a second shard")
    func byteBoundary() {
        // 86,400 events a day is one event a second, so the event size is the byte rate.
        #expect(Self.estimate(eventsPerDay: 86_400, bytes: 1_048_576).writeShards == 1)
        #expect(Self.estimate(eventsPerDay: 86_400, bytes: 1_048_577).writeShards == 2)
    }

    @Test("shared consumers split the read throughput; enhanced fan-out gives each its own")
    func readShards() {
        // 1.5 MiB/s peak: one shard for writes would do, but three shared readers need 4.5 MiB/s of reads.
        let bytes = 1.5 * 1_048_576
        let shared = Self.estimate(eventsPerDay: 86_400, bytes: bytes, consumers: 3)
        #expect(shared.writeShards == 2)
        #expect(shared.readShards == 3)
        #expect(shared.shards == 3)
        let fanOut = Self.estimate(eventsPerDay: 86_400, bytes: bytes, consumers: 3, enhancedFanOut: true)
        #expect(fanOut.readShards == 1)
        #expect(fanOut.shards == 2)
    }

    @Test("Firehose flushes on whichever comes first, a full buffer or the interval")
    func firehose() {
        // 1 GB a day fills 5 MiB in about 453 s, so the 300 s interval flushes first: 288 objects a day.
        #expect(Self.estimate(eventsPerDay: 1_000_000, bytes: 1_000).firehoseObjectsPerDay == 288)
        // 100 GB a day fills 128 MiB every 116 s: 86,400 / 115.96 rounds up to 746 objects.
        let busy = Self.estimate(eventsPerDay: 200_000_000, bytes: 500, bufferMiB: 128, interval: 900)
        #expect(busy.firehoseObjectsPerDay == 746)
        #expect(abs(busy.firehoseAverageObjectMegabytes - 134.05) < 0.01)
    }

    @Test("Athena bills the bytes left after pruning and column pruning, at least 10 MB")
    func athena() {
        let estimate = Self.estimate(eventsPerDay: 200_000_000, bytes: 500, compression: 5, queryDays: 7, columnShare: 0.2)
        // 100 GB/day ÷ 5 = 20 GB/day; 7 days × 20% of the columns = 28 GB; 0.028 TB × $5 = $0.14.
        #expect(abs(estimate.athenaGigabytesScannedPerQuery - 28) < 1e-9)
        #expect(abs(estimate.athenaDollarsPerQuery - 0.14) < 1e-12)
        let tiny = Self.estimate(eventsPerDay: 1_000, bytes: 100)
        #expect(abs(tiny.athenaDollarsPerQuery - 0.00005) < 1e-12)  // the 10 MB minimum, not 100 KB
    }

    @Test("storage and S3 cost follow compression and retention")
    func storage() {
        let estimate = Self.estimate(eventsPerDay: 200_000_000, bytes: 500, retention: 90, compression: 4)
        #expect(estimate.dailyStoredGigabytes == 25)
        #expect(estimate.retainedStoredGigabytes == 2_250)
        #expect(abs(estimate.s3DollarsPerMonthAtRetention - 51.75) < 1e-9)
    }

    @Test("impossible input is described, not estimated")
    func problems() {
        let scale = ScenarioScale(eventsPerDay: 0, averageEventBytes: 100, peakFactor: 0.5, retentionDays: 30, compressionRatio: 1)
        let input = CapacityInput(scale: scale, consumers: 0, firehoseBufferMebibytes: 200, firehoseIntervalSeconds: 300)
        let problems = input.problems(against: Self.limits)
        #expect(problems.contains("events per day must be above zero"))
        #expect(problems.contains { $0.contains("peak factor") })
        #expect(problems.contains { $0.contains("consumer") })
        #expect(problems.contains("Firehose buffers 1 to 128 MiB"))
        let fine = CapacityInput(scale: ScenarioScale(eventsPerDay: 10, averageEventBytes: 100, peakFactor: 1, retentionDays: 30,
                                                      compressionRatio: 1),
                                 firehoseBufferMebibytes: 5, firehoseIntervalSeconds: 300)
        #expect(fine.problems(against: Self.limits).isEmpty)
    }
}
