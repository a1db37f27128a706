import Foundation

/// One JSON style for every `--json`: pretty, sorted keys, ISO-8601 dates, so output diffs cleanly.
enum JSONOutput {
    /// - Parameter snakeCaseKeys: converts Swift's camelCase property names, for types without their own coding
    ///   keys, to the snake_case every other `--json` uses.
    static func print(_ value: some Encodable, snakeCaseKeys: Bool = false) throws {
        let encoder = JSONEncoder()
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
