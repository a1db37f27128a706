import ArgumentParser
import Foundation

/// `--now`: the moment the scheduler treats as now. Scripts and tests set it (or ONSITE_NOW) to replay a day
/// without waiting for it; everyone else gets the real time.
struct ClockOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Act as if it were this moment, ISO-8601 (e.g. 2026-12-04T09:00:00Z), or @FILE to read it from a file.",
        discussion: """
            Defaults to $ONSITE_NOW, then the real time. Handy for scripts and for checking a schedule. With @FILE \
            the moment is read from FILE each time the clock is looked at, so a script can move time along during \
            a session (a scripted mock interview, for example).
            """,
        valueName: "time"))
    var now: String?

    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws(OnsiteError) -> Date {
        guard let text = now ?? environment["ONSITE_NOW"], !text.isEmpty else { return Date() }
        if text.hasPrefix("@") { return try Self.read(file: String(text.dropFirst())) }
        guard let date = Self.parse(text) else {
            throw OnsiteError("cannot read the time \"\(text)\"; write it as ISO-8601, e.g. 2026-12-04T09:00:00Z")
        }
        return date
    }

    /// A clock for a whole session: frozen at --now / ONSITE_NOW when given, else the real time at each call.
    func clock(environment: [String: String] = ProcessInfo.processInfo.environment) throws(OnsiteError) -> @Sendable () -> Date {
        let text = now ?? environment["ONSITE_NOW"] ?? ""
        if text.isEmpty { return { Date() } }
        if text.hasPrefix("@") {
            let path = String(text.dropFirst())
            // Fail now on a missing or unreadable file; later a file caught mid-rewrite keeps the last good time.
            let first = try Self.read(file: path)
            let last = LastReading(first)
            return {
                if let date = try? Self.read(file: path) { last.set(date) }
                return last.value
            }
        }
        let frozen = try resolve(environment: environment)
        return { frozen }
    }

    private static func read(file path: String) throws(OnsiteError) -> Date {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OnsiteError("cannot read the clock file \(path); it should hold one ISO-8601 time, e.g. 2026-12-04T09:00:00Z")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let date = parse(text) else {
            throw OnsiteError("the clock file \(path) holds \"\(text)\"; write one ISO-8601 time, e.g. 2026-12-04T09:00:00Z")
        }
        return date
    }

    /// The clock file's last good reading, shared by the clock closure's calls.
    private final class LastReading: @unchecked Sendable {
        private let lock = NSLock()
        private var date: Date

        init(_ date: Date) { self.date = date }

        var value: Date { lock.withLock { date } }
        func set(_ newValue: Date) { lock.withLock { date = newValue } }
    }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
