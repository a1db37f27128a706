import ArgumentParser
import Foundation

/// `--now`: the moment the scheduler treats as now. Scripts and tests set it (or ONSITE_NOW) to replay a day
/// without waiting for it; everyone else gets the real time.
struct ClockOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Act as if it were this moment, ISO-8601 (e.g. 2026-12-04T09:00:00Z).",
        discussion: "Defaults to $ONSITE_NOW, then the real time. Handy for scripts and for checking a schedule.",
        valueName: "time"))
    var now: String?

    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws(OnsiteError) -> Date {
        guard let text = now ?? environment["ONSITE_NOW"], !text.isEmpty else { return Date() }
        guard let date = Self.parse(text) else {
            throw OnsiteError("cannot read the time \"\(text)\"; write it as ISO-8601, e.g. 2026-12-04T09:00:00Z")
        }
        return date
    }

    /// A clock for a whole session: frozen at --now / ONSITE_NOW when given, else the real time at each call.
    func clock(environment: [String: String] = ProcessInfo.processInfo.environment) throws(OnsiteError) -> @Sendable () -> Date {
        let isFrozen = (now ?? environment["ONSITE_NOW"]).map { !$0.isEmpty } ?? false
        guard isFrozen else { return { Date() } }
        let frozen = try resolve(environment: environment)
        return { frozen }
    }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
