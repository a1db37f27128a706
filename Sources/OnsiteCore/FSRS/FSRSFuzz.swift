/// Interval fuzz: a small random spread on review intervals so cards learnt on the same day do not keep
/// falling due on the same day. Same bands and rounding as py-fsrs 6.3.2; the random source is the caller's.
public enum FSRSFuzz {
    /// Each day of the interval inside a band widens the spread by the band's factor (plus one day for all):
    /// about ±15 % for short intervals, tapering to ±5 % beyond 20 days.
    private static let bands: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7, 0.15), (7, 20, 0.1), (20, .infinity, 0.05),
    ]

    /// The days a fuzzed `interval` is drawn around, or `nil` for intervals under 2.5 days, which are not fuzzed.
    ///
    /// Never below 2 days or above `maximumInterval`.
    public static func range(around interval: Int, maximumInterval: Int) -> ClosedRange<Int>? {
        let days = Double(interval)
        guard days >= 2.5 else { return nil }
        var spread = 1.0
        for band in bands {
            spread += band.factor * max(min(days, band.end) - band.start, 0.0)
        }
        var lower = Int((days - spread).rounded(.toNearestOrEven))
        var upper = Int((days + spread).rounded(.toNearestOrEven))
        lower = max(2, lower)
        upper = min(upper, maximumInterval)
        lower = min(lower, upper)
        return lower...upper
    }

    /// `interval` with fuzz applied.
    ///
    /// Like py-fsrs, it draws uniformly from [lower, upper + 1) and rounds half to even, so the result can be one
    /// day past `range(around:maximumInterval:).upperBound` (about half as often as a day inside), though never
    /// past `maximumInterval`.
    public static func fuzzedInterval(
        _ interval: Int, maximumInterval: Int, using generator: inout some RandomNumberGenerator
    ) -> Int {
        guard let range = range(around: interval, maximumInterval: maximumInterval) else { return interval }
        let draw = Double.random(in: 0..<1, using: &generator) * Double(range.count) + Double(range.lowerBound)
        return min(Int(draw.rounded(.toNearestOrEven)), maximumInterval)
    }
}
