import Foundation
import OnsiteCore
import Yams

/// Reads `content/capacity.yaml`: the limits and prices the capacity estimator uses, grouped by service, each
/// group with the page its figures come from.
struct CapacityLimitsParser {
    /// Every group and its numeric fields; a missing or extra one is a problem, so a renamed key cannot slip by.
    static let groups: [(name: String, fields: [String])] = [
        ("kinesis_data_streams", ["shard_write_bytes_per_second", "shard_write_records_per_second",
                                  "shard_read_bytes_per_second", "enhanced_fan_out_bytes_per_second"]),
        ("firehose", ["buffer_mib_min", "buffer_mib_max", "buffer_mib_default", "interval_seconds_min",
                      "interval_seconds_max", "interval_seconds_default"]),
        ("athena", ["dollars_per_tb_scanned", "minimum_bytes_per_query"]),
        ("s3", ["standard_dollars_per_gb_month"]),
    ]

    let file: String

    func parse(_ text: String) -> (limits: CapacityLimits?, problems: [ContentProblem]) {
        let node: Node?
        switch YAMLDocument.compose(text, file: file, lineOffset: 0) {
        case .success(let composed): node = composed
        case .failure(let problem): return (nil, [problem])
        }
        guard case .mapping(let mapping)? = node else {
            return (nil, [ContentProblem(file: file, line: 1, field: "capacity", message: "must be a YAML mapping of service groups")])
        }
        var fields = YAMLFields(file: file, lineOffset: 0, mapping: mapping, fallbackLine: 1)
        fields.rejectUnknownKeys(allowed: ["checked"] + Self.groups.map(\.name))
        let checked = fields.requiredString("checked")
        if let checked, !Self.isISODate(checked) {
            fields.report("checked", "'\(checked)' must be a date written YYYY-MM-DD", line: fields.line(ofKey: "checked"))
        }
        var values: [String: Double] = [:]
        var sources: [String: String] = [:]
        for group in Self.groups {
            guard let groupNode = fields.node(group.name) else {
                fields.report(group.name, "required group is missing; it holds \(group.fields.joined(separator: ", ")) and source")
                continue
            }
            guard case .mapping(let groupMapping) = groupNode else {
                fields.report(group.name, "must be a mapping", line: fields.line(of: groupNode))
                continue
            }
            var inner = YAMLFields(file: file, lineOffset: 0, mapping: groupMapping, fallbackLine: fields.line(of: groupNode))
            inner.rejectUnknownKeys(allowed: group.fields + ["source"])
            for key in group.fields {
                guard let valueNode = inner.node(key) else {
                    inner.report(key, "required field is missing")
                    continue
                }
                guard let value = valueNode.float, value.isFinite, value >= 0 else {
                    inner.report(key, "must be a number of zero or more, found '\(valueNode.string ?? YAMLFields.kind(of: valueNode))'",
                                 line: inner.line(of: valueNode))
                    continue
                }
                values["\(group.name).\(key)"] = value
            }
            if let source = inner.requiredString("source") {
                if ContentID.isWebURL(source) {
                    sources[group.name] = source
                } else {
                    inner.report("source", "'\(source)' is not an http(s) URL", line: inner.line(ofKey: "source"))
                }
            }
            fields.problems += inner.problems.map { $0.prefixingField(group.name) }
        }
        let range = { (group: String, stem: String) -> ClosedRange<Double>? in
            guard let low = values["\(group).\(stem)_min"], let high = values["\(group).\(stem)_max"] else { return nil }
            guard low <= high else {
                fields.report(group, "\(stem)_min is above \(stem)_max", line: fields.line(ofKey: group))
                return nil
            }
            return low...high
        }
        let bufferRange = range("firehose", "buffer_mib")
        let intervalRange = range("firehose", "interval_seconds")
        for (stem, bounds) in [("buffer_mib", bufferRange), ("interval_seconds", intervalRange)] {
            if let bounds, let value = values["firehose.\(stem)_default"], !bounds.contains(value) {
                fields.report("firehose", "\(stem)_default is outside \(stem)_min...\(stem)_max", line: fields.line(ofKey: "firehose"))
            }
        }
        for key in ["kinesis_data_streams.shard_write_bytes_per_second", "kinesis_data_streams.shard_write_records_per_second",
                    "kinesis_data_streams.shard_read_bytes_per_second", "kinesis_data_streams.enhanced_fan_out_bytes_per_second"]
        where values[key] == 0 {
            fields.report("kinesis_data_streams", "\(key.split(separator: ".")[1]) must be above zero", line: fields.line(ofKey: "kinesis_data_streams"))
        }
        guard fields.problems.isEmpty, let checked, let bufferRange, let intervalRange else {
            return (nil, fields.problems)
        }
        // Every field was read (a missing one is a problem above), so the lookups below always find a value.
        let get = { (key: String) in values[key] ?? 0 }
        let limits = CapacityLimits(
            checked: checked,
            kinesisShardWriteBytesPerSecond: get("kinesis_data_streams.shard_write_bytes_per_second"),
            kinesisShardWriteRecordsPerSecond: get("kinesis_data_streams.shard_write_records_per_second"),
            kinesisShardReadBytesPerSecond: get("kinesis_data_streams.shard_read_bytes_per_second"),
            kinesisEnhancedFanOutBytesPerSecond: get("kinesis_data_streams.enhanced_fan_out_bytes_per_second"),
            firehoseBufferMiBRange: bufferRange, firehoseBufferMiBDefault: get("firehose.buffer_mib_default"),
            firehoseIntervalSecondsRange: intervalRange, firehoseIntervalSecondsDefault: get("firehose.interval_seconds_default"),
            athenaDollarsPerTB: get("athena.dollars_per_tb_scanned"),
            athenaMinimumBytesPerQuery: get("athena.minimum_bytes_per_query"),
            s3StandardDollarsPerGBMonth: get("s3.standard_dollars_per_gb_month"),
            sources: sources)
        return (limits, [])
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
