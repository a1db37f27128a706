import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStorage

/// The progress page: how much of each bank is drilled and remembered, the drill streak and daily reviews, and
/// challenges solved against the guide's checklist targets.
struct ProgressController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let cache: PageCache

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/progress") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                let report = try await ProgressReport.build(from: dependencies)
                return pages.render("progress", title: "Progress", csrfToken: session.csrfToken, values: [
                    "streak": report.streak, "reviewsToday": report.reviewsToday,
                    "reviewsChart": DailyReviewsChart(days: report.reviewsPerDay).svg,
                    "challengesChart": TargetChart(challenges: report.challenges).svg,
                    "tracks": report.tracks.map {
                        ["name": $0.name, "questions": $0.questions, "drilled": $0.drilled, "mature": $0.mature,
                         "recall": $0.averageRecall.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"]
                    },
                    "challenges": report.challenges.map { challenge in
                        ["name": challenge.name, "solved": challenge.solved, "attempted": challenge.attempted,
                         "total": challenge.total, "target": challenge.target,
                         "byDifficulty": challenge.byDifficulty.map { "\($0.difficulty) \($0.solved)/\($0.total)" }.joined(separator: " · ")]
                    },
                ])
            }
        }
        router.get("/api/progress") { _, _ -> ProgressReport in
            try await ProgressReport.build(from: dependencies)
        }
    }
}

/// Progress computed from the stores: the numbers behind the progress page and the dashboard.
struct ProgressReport: Codable, ResponseEncodable {
    struct TrackProgress: Codable {
        var track: String
        var name: String
        var questions: Int
        var drilled: Int
        /// Cards whose stability is at least 21 days (Anki's "mature").
        var mature: Int
        /// FSRS-predicted probability of recalling a drilled card right now, averaged over the track.
        var averageRecall: Double?
    }

    struct DayCount: Codable {
        /// Local date, YYYY-MM-DD.
        var date: String
        var reviews: Int
    }

    struct ChallengeProgress: Codable {
        struct DifficultyCount: Codable {
            var difficulty: String
            var solved: Int
            var total: Int
        }

        var track: String
        var name: String
        var solved: Int
        var attempted: Int
        var total: Int
        /// The guide's final-week checklist target ("Solved 100+ SQL problems", 50 Python).
        var target: Int
        var byDifficulty: [DifficultyCount]
    }

    /// Days in a row, ending today (or yesterday, if today has no review yet), with at least one review.
    var streak: Int
    var reviewsToday: Int
    /// The last 30 days, oldest first.
    var reviewsPerDay: [DayCount]
    var tracks: [TrackProgress]
    var challenges: [ChallengeProgress]

    static let challengeTargets = ["sql": 100, "python": 50]
    static let matureStability = 21.0

    static func build(from dependencies: WebDependencies, calendar: Calendar = .current) async throws -> ProgressReport {
        let now = dependencies.clock()
        let reviews = dependencies.reviews
        let scheduler = FSRSScheduler(parameters: .drill)
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"

        var days: [DayCount] = []
        var day = DrillDay(containing: now, calendar: calendar)
        var streak = 0
        var streakOpen = true
        // Walk back day by day: 30 days for the chart, and further while the streak lasts (at most a year).
        for offset in 0..<366 {
            let count = try await reviews.reviewCount(from: day.start, to: day.end)
            if offset < 30 { days.append(DayCount(date: formatter.string(from: day.start), reviews: count)) }
            if streakOpen {
                if count > 0 { streak += 1 } else if offset > 0 { streakOpen = false }
            }
            if offset >= 29 && !streakOpen { break }
            let previous = day.start.addingTimeInterval(-3600)
            day = DrillDay(containing: previous, calendar: calendar)
        }

        let cards = Dictionary(try await reviews.allCards().map { ($0.itemID, $0) }, uniquingKeysWith: { first, _ in first })
        let catalog = dependencies.catalog
        let tracks = DrillQueue.routineOrder.compactMap { track -> TrackProgress? in
            let questions = catalog.questions.filter { $0.track == track }
            guard !questions.isEmpty else { return nil }
            let drilled = questions.compactMap { cards[$0.id] }
            let recalls = drilled.filter { $0.card.lastReview != nil }.map { scheduler.retrievability(of: $0.card, at: now) }
            return TrackProgress(
                track: track.rawValue, name: track.displayName, questions: questions.count, drilled: drilled.count,
                mature: drilled.filter { ($0.card.stability ?? 0) >= matureStability }.count,
                averageRecall: recalls.isEmpty ? nil : recalls.reduce(0, +) / Double(recalls.count))
        }

        let solved = try await dependencies.attempts.solvedChallengeIDs()
        let attempted = try await dependencies.attempts.attemptedChallengeIDs()
        let challenges = [("sql", "SQL"), ("python", "Python")].map { track, name in
            let all = catalog.allChallenges.filter { $0.track == track }
            return ChallengeProgress(
                track: track, name: name, solved: all.filter { solved.contains($0.id) }.count,
                attempted: all.filter { attempted.contains($0.id) && !solved.contains($0.id) }.count, total: all.count,
                target: challengeTargets[track] ?? all.count,
                byDifficulty: Difficulty.allCases.map { difficulty in
                    let group = all.filter { $0.difficulty == difficulty }
                    return .init(difficulty: difficulty.rawValue, solved: group.filter { solved.contains($0.id) }.count,
                                 total: group.count)
                })
        }
        return ProgressReport(streak: streak, reviewsToday: days.first?.reviews ?? 0, reviewsPerDay: days.reversed(),
                              tracks: tracks, challenges: challenges)
    }
}

/// Reviews per day as vertical bars, oldest on the left, with the count as each bar's tooltip and a text
/// alternative.
struct DailyReviewsChart {
    let days: [ProgressReport.DayCount]

    var svg: String {
        let barWidth = 14, gap = 4, height = 120, top = 10
        let peak = max(1, days.map(\.reviews).max() ?? 1)
        let width = days.count * (barWidth + gap)
        let total = days.map(\.reviews).reduce(0, +)
        var parts = ["<svg role=\"img\" aria-labelledby=\"reviews-title\" viewBox=\"0 0 \(width) \(height + top + 18)\" class=\"chart\">",
                     "<title id=\"reviews-title\">Reviews per day over the last \(days.count) days: \(total) in all, at most \(peak) in a day</title>"]
        for (index, day) in days.enumerated() {
            let barHeight = Int((Double(day.reviews) / Double(peak) * Double(height)).rounded())
            let x = index * (barWidth + gap)
            parts.append("<rect x=\"\(x)\" y=\"\(top + height - max(barHeight, 1))\" width=\"\(barWidth)\" height=\"\(max(barHeight, 1))\" class=\"\(day.reviews > 0 ? "done" : "track")\"><title>\(HTMLEscape.text(day.date)): \(day.reviews)</title></rect>")
        }
        if let first = days.first, let last = days.last {
            parts.append("<text x=\"0\" y=\"\(top + height + 14)\">\(HTMLEscape.text(first.date))</text>")
            parts.append("<text x=\"\(width)\" y=\"\(top + height + 14)\" text-anchor=\"end\">\(HTMLEscape.text(last.date))</text>")
        }
        parts.append("</svg>")
        return parts.joined()
    }
}

/// Challenges solved per track against the checklist target, as horizontal bars with the target marked.
struct TargetChart {
    let challenges: [ProgressReport.ChallengeProgress]

    var svg: String {
        let rowHeight = 28, labelWidth = 80, barWidth = 320
        var parts = ["<svg role=\"img\" aria-labelledby=\"targets-title\" viewBox=\"0 0 \(labelWidth + barWidth + 110) \(rowHeight * challenges.count + 8)\" class=\"chart\">",
                     "<title id=\"targets-title\">Challenges solved against the checklist targets</title>"]
        for (index, challenge) in challenges.enumerated() {
            let y = index * rowHeight + 4
            let scale = Double(max(challenge.total, challenge.target, 1))
            let solvedWidth = Int((Double(challenge.solved) / scale * Double(barWidth)).rounded())
            let targetX = labelWidth + Int((Double(challenge.target) / scale * Double(barWidth)).rounded())
            parts.append("<text x=\"0\" y=\"\(y + 17)\">\(HTMLEscape.text(challenge.name))</text>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"18\" class=\"track\"/>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(solvedWidth)\" height=\"18\" class=\"done\"/>")
            parts.append("<line x1=\"\(targetX)\" x2=\"\(targetX)\" y1=\"\(y)\" y2=\"\(y + 26)\" class=\"target\"/>")
            parts.append("<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 17)\">\(challenge.solved)/\(challenge.target) target</text>")
        }
        parts.append("</svg>")
        return parts.joined()
    }
}
