import Foundation

/// Chooses a mock's items: weak ones first (the drill's evidence of what the candidate gets wrong), then ones never
/// or least recently seen; anything seen in the last few days waits, unless nothing else is left.
public struct MockPicker: Sendable {
    /// What is known about one candidate item.
    public struct Evidence: Sendable {
        /// 0 (solid) to 1 (keeps being forgotten or failed).
        public var weakness: Double
        public var lastSeen: Date?

        public init(weakness: Double = 0, lastSeen: Date? = nil) {
            self.weakness = weakness
            self.lastSeen = lastSeen
        }
    }

    /// Items seen more recently than this are held back.
    public var restPeriod: TimeInterval = 3 * 86_400

    public init() {}

    public func pick(_ count: Int, from ids: [String], evidence: [String: Evidence], now: Date) -> [String] {
        func rested(_ id: String) -> Bool {
            guard let seen = evidence[id]?.lastSeen else { return true }
            return now.timeIntervalSince(seen) >= restPeriod
        }
        let ranked = ids.sorted { lhs, rhs in
            let (a, b) = (evidence[lhs] ?? Evidence(), evidence[rhs] ?? Evidence())
            if a.weakness != b.weakness { return a.weakness > b.weakness }
            switch (a.lastSeen, b.lastSeen) {
            case (nil, nil): return lhs < rhs
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x == y ? lhs < rhs : x < y
            }
        }
        let fresh = ranked.filter(rested)
        let held = ranked.filter { !rested($0) }
        return Array((fresh + held).prefix(max(0, count)))
    }
}
