import Foundation

/// A day on the calendar, without a time or a time zone: what a study plan, an interview date and a checklist
/// are about. Written and read as `YYYY-MM-DD`. Arithmetic runs on the proleptic Gregorian calendar in UTC, so
/// "three days later" never depends on where daylight-saving time falls.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        var components = DateComponents(year: year, month: month, day: day)
        components.calendar = Self.utc
        guard let date = Self.utc.date(from: components) else { return nil }
        let normalized = Self.utc.dateComponents([.year, .month, .day], from: date)
        // Foundation rolls 2026-02-30 over to March; a date that does not round-trip was not a real date.
        guard normalized.year == year, normalized.month == month, normalized.day == day else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; nil for anything else, including dates that do not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day that `moment` falls on in `calendar`'s time zone.
    public init(containing moment: Date, calendar: Calendar = .current) {
        let components = calendar.dateComponents([.year, .month, .day], from: moment)
        year = components.year ?? 1970
        month = components.month ?? 1
        day = components.day ?? 1
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public func adding(days: Int) -> CalendarDate {
        let moved = Self.utc.date(byAdding: .day, value: days, to: utcMidnight) ?? utcMidnight
        return CalendarDate(containing: moved, calendar: Self.utc)
    }

    /// Whole days from `self` to `other`: positive when `other` is later.
    public func days(until other: CalendarDate) -> Int {
        Int(((other.utcMidnight.timeIntervalSince(utcMidnight)) / 86_400).rounded())
    }

    public var weekday: Weekday {
        Weekday(rawValue: Self.utc.component(.weekday, from: utcMidnight)) ?? .monday
    }

    /// Midnight at the start of this day in `calendar`'s time zone: where an event in a local calendar begins.
    public func start(in calendar: Calendar = .current) -> Date {
        var components = DateComponents(year: year, month: month, day: day)
        components.calendar = calendar
        return calendar.date(from: components) ?? utcMidnight
    }

    /// "Mon 7 Dec"
    public var shortLabel: String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekday.shortName) \(day) \(months[month - 1])"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected a date as YYYY-MM-DD, got \"\(text)\""))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private var utcMidnight: Date {
        var components = DateComponents(year: year, month: month, day: day)
        components.calendar = Self.utc
        return Self.utc.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        return calendar
    }()
}

/// Days of the week, numbered as Foundation numbers them (Sunday is 1).
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public var shortName: String {
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][rawValue - 1]
    }
}
