import Foundation
import OnsiteCore

/// What the picker knows about each item, gathered from everything the candidate has done: drill cards (lapses
/// and FSRS difficulty), challenge attempts (tried but never accepted), and earlier mocks (asked, and how it went).
public enum MockEvidence {
    public static func gather(reviews: any ReviewStore, attempts: any AttemptStore,
                              mocks: any MockStore) async throws(StorageError) -> [String: MockPicker.Evidence] {
        var evidence: [String: MockPicker.Evidence] = [:]
        func note(_ id: String, weakness: Double, seen: Date?) {
            var entry = evidence[id] ?? MockPicker.Evidence()
            entry.weakness = max(entry.weakness, min(1, weakness))
            if let seen, seen > (entry.lastSeen ?? .distantPast) { entry.lastSeen = seen }
            evidence[id] = entry
        }
        for card in try await reviews.allCards() {
            // FSRS difficulty runs 1-10; above the middle, and every lapse, counts as weakness.
            let difficulty = max(0, ((card.card.difficulty ?? 5) - 5) / 10)
            note(card.itemID, weakness: Double(card.lapseCount) * 0.25 + difficulty, seen: card.card.lastReview)
        }
        let solved = try await attempts.solvedChallengeIDs()
        for id in try await attempts.attemptedChallengeIDs() {
            let latest = try await attempts.attempts(for: id).first?.submittedAt
            note(id, weakness: solved.contains(id) ? 0 : 1, seen: latest)
        }
        for report in try await mocks.reports() {
            for item in report.segments.flatMap(\.items) where item.item.kind != .prompt {
                note(item.item.id, weakness: item.needsPractice ? 0.8 : 0, seen: report.startedAt)
            }
        }
        return evidence
    }
}
