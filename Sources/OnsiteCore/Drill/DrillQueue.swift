import Foundation

/// Which bank items a drill draws from.
public struct DrillFilter: Sendable, Equatable {
    public var tracks: Set<Track> = []
    public var tags: Set<String> = []
    public var difficulties: Set<Difficulty> = []
    public var quickfireOnly = false

    public init(tracks: Set<Track> = [], tags: Set<String> = [], difficulties: Set<Difficulty> = [], quickfireOnly: Bool = false) {
        self.tracks = tracks
        self.tags = tags
        self.difficulties = difficulties
        self.quickfireOnly = quickfireOnly
    }

    public func admits(_ question: Question) -> Bool {
        (tracks.isEmpty || tracks.contains(question.track))
            && (tags.isEmpty || !tags.isDisjoint(with: question.tags))
            && (difficulties.isEmpty || difficulties.contains(question.difficulty))
            && (!quickfireOnly || question.quickfire)
    }
}

/// One entry of today's queue.
public struct DrillEntry: Sendable, Equatable {
    public var question: Question
    /// Never drilled before: reviewing it takes one of today's new-item allowance.
    public var isNew: Bool

    public init(question: Question, isNew: Bool) {
        self.question = question
        self.isNew = isNew
    }
}

/// Today's queue: due reviews first (most overdue first), then new items up to what is left of the daily
/// allowance. Both parts are interleaved across tracks, in the order of the daily routine (SQL and concepts in
/// the morning, Python and AWS in the evening, then system design and behavioral), so a session never spends an
/// hour on one topic.
public enum DrillQueue {
    public static let routineOrder: [Track] = [.sql, .concepts, .python, .aws, .systemDesign, .behavioral]

    /// - Parameters:
    ///   - due: items with a card due now, earliest due first.
    ///   - unseen: bank items with no card yet, in bank order.
    ///   - newAllowance: how many new items may still be introduced today.
    public static func build(due: [Question], unseen: [Question], newAllowance: Int, filter: DrillFilter) -> [DrillEntry] {
        let reviews = interleaved(due.filter(filter.admits), track: \.track).map { DrillEntry(question: $0, isNew: false) }
        let fresh = interleaved(unseen.filter(filter.admits), track: \.track).prefix(max(0, newAllowance))
            .map { DrillEntry(question: $0, isNew: true) }
        return reviews + fresh
    }

    /// Round-robin over tracks in routine order, keeping each track's own order. Generic so that callers with a
    /// whole bank can order positions in it and copy only the questions they keep.
    public static func interleaved<Item>(_ items: [Item], track: (Item) -> Track) -> [Item] {
        var byTrack = Array(repeating: [Item](), count: routineOrder.count)
        for item in items {
            if let slot = routineOrder.firstIndex(of: track(item)) { byTrack[slot].append(item) }
        }
        let longest = byTrack.map(\.count).max() ?? 0
        var result: [Item] = []
        result.reserveCapacity(items.count)
        for index in 0..<longest {
            for bucket in byTrack where index < bucket.count { result.append(bucket[index]) }
        }
        return result
    }
}
