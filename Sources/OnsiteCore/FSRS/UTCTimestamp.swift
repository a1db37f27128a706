import Foundation

/// An instant as whole microseconds since 1970-01-01T00:00:00Z, read from and written as ISO-8601 UTC such as
/// `2026-12-04T10:00:00Z` or `2026-12-04T10:00:00.25Z`.
///
/// Microseconds because that is the resolution of Python's datetime, which py-fsrs computes with; integers because
/// `Date` is a `Double` of seconds since 2001 and loses microseconds a few centuries away from 2001, while a replay
/// must reproduce due times exactly for any year 1…9999.
///
/// Hand-written rather than `ISO8601DateFormatter`, which keeps at most milliseconds. Accepted:
/// `YYYY-MM-DDTHH:MM:SS`, then optionally `.` and 1–6 digits, then `Z` or `+00:00`. Anything else (other offsets,
/// missing seconds, a leap second 60, more than six fractional digits) is refused rather than guessed at.
public struct UTCTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let microsecondsPerSecond: Int64 = 1_000_000
    public static let microsecondsPerDay: Int64 = 86_400 * microsecondsPerSecond
    private static let unixEpochToReferenceDate: Int64 = 978_307_200

    public var microsecondsSinceEpoch: Int64

    public init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    /// `date` rounded to the nearest microsecond.
    public init(_ date: Date) {
        let interval = date.timeIntervalSinceReferenceDate
        // Split before scaling: `interval - whole` is exact, so the fraction is not blurred by the seconds.
        let whole = interval.rounded(.down)
        let microseconds = Int64(((interval - whole) * 1_000_000).rounded(.toNearestOrEven))
        self.init(microsecondsSinceEpoch: (Int64(whole) + Self.unixEpochToReferenceDate) * Self.microsecondsPerSecond
            + microseconds)
    }

    /// The nearest `Date`: exact to the microsecond within about two centuries of 2001, to the second for any year.
    public var date: Date {
        let (seconds, microseconds) = Self.floorDivision(microsecondsSinceEpoch, Self.microsecondsPerSecond)
        return Date(timeIntervalSinceReferenceDate: Double(seconds - Self.unixEpochToReferenceDate)
            + Double(microseconds) / 1_000_000)
    }

    public func adding(microseconds: Int64) -> UTCTimestamp {
        UTCTimestamp(microsecondsSinceEpoch: microsecondsSinceEpoch + microseconds)
    }

    /// Whole 24-hour periods from `start` to `end`, floored, like Python's `timedelta.days`: the FSRS clock.
    public static func wholeDays(from start: UTCTimestamp, to end: UTCTimestamp) -> Int {
        Int(floorDivision(end.microsecondsSinceEpoch - start.microsecondsSinceEpoch, microsecondsPerDay).quotient)
    }

    public static func < (lhs: UTCTimestamp, rhs: UTCTimestamp) -> Bool {
        lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
    }

    public var description: String { iso8601 }

    // MARK: Text

    public init?(iso8601 text: String) {
        let bytes = Array(text.utf8)
        var cursor = 0

        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        /// Reads exactly `count` ASCII digits as a number.
        func digits(_ count: Int) -> Int64? {
            guard cursor + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[cursor..<(cursor + count)] {
                guard isDigit(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            cursor += count
            return value
        }
        func literal(_ character: Unicode.Scalar) -> Bool {
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: character) else { return false }
            cursor += 1
            return true
        }

        guard let year = digits(4), literal("-"), let month = digits(2), literal("-"), let day = digits(2),
              literal("T"), let hour = digits(2), literal(":"), let minute = digits(2), literal(":"),
              let second = digits(2)
        else { return nil }

        var microseconds: Int64 = 0
        if literal(".") {
            var scale: Int64 = 100_000
            let start = cursor
            while cursor < bytes.count, isDigit(bytes[cursor]) {
                guard cursor - start < 6 else { return nil }
                microseconds += Int64(bytes[cursor] - UInt8(ascii: "0")) * scale
                scale /= 10
                cursor += 1
            }
            guard cursor > start else { return nil }
        }
        let zone = bytes[cursor...]
        guard zone.elementsEqual("Z".utf8) || zone.elementsEqual("+00:00".utf8) else { return nil }

        guard year >= 1, (1...12).contains(month), (1...Self.daysInMonth(month, of: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }

        let days = Self.daysSinceUnixEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
        self.init(microsecondsSinceEpoch: seconds * Self.microsecondsPerSecond + microseconds)
    }

    /// UTC with `Z`; the fraction only when there is one, without trailing zeros: `2026-12-04T10:00:00.25Z`.
    public var iso8601: String {
        let (seconds, microseconds) = Self.floorDivision(microsecondsSinceEpoch, Self.microsecondsPerSecond)
        let (days, secondOfDay) = Self.floorDivision(seconds, 86_400)
        let (year, month, day) = Self.civilDate(daysSinceUnixEpoch: days)
        var text = Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2) + "T"
            + Self.padded(secondOfDay / 3_600, 2) + ":" + Self.padded(secondOfDay % 3_600 / 60, 2) + ":"
            + Self.padded(secondOfDay % 60, 2)
        if microseconds != 0 {
            var fraction = Self.padded(microseconds, 6)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }

    // MARK: Proleptic Gregorian calendar arithmetic (after Howard Hinnant's days-from-civil algorithms)

    private static func isLeapYear(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func daysInMonth(_ month: Int64, of year: Int64) -> Int64 {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Counting years from March puts the leap day last, so month lengths follow a fixed 153-days-per-5 pattern.
    private static func daysSinceUnixEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let (era, yearOfEra) = floorDivision(marchYear, 400)
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(daysSinceUnixEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let (era, dayOfEra) = floorDivision(days + 719_468, 146_097)
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
        let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
        return (era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day)
    }

    /// Quotient and remainder rounded towards minus infinity, so instants before 1970 land on the right day.
    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
