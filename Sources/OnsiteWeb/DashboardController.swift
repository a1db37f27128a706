import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStorage

/// The dashboard: today's queue, the bank per track with how much of it has been drilled, as a chart drawn on
/// the server.
struct DashboardController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let cache: PageCache

    struct Today: Codable, ResponseEncodable {
        struct Track: Codable {
            var track: String
            var name: String
            var questions: Int
            var drilled: Int
            var due: Int
            var new: Int
        }

        var due: Int
        var new: Int
        var tracks: [Track]
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                let today = try await today()
                let progress = try await ProgressReport.build(from: dependencies)
                let desk = dependencies.planning
                let now = dependencies.clock()
                let evidence = try await desk.evidence(at: now)
                let plan = try await desk.currentPlan(evidence: evidence, at: now)
                let readiness = ReadinessView(desk: desk, evidence: evidence, plan: plan, at: now)
                let planToday = todaysPlan(plan, evidence: evidence, today: desk.today(at: now))
                return pages.render("dashboard", title: "Today", csrfToken: session.csrfToken, values: readiness.values.merging(planToday) { $1 }.merging([
                    "due": today.due, "new": today.new, "streak": progress.streak, "anythingWaiting": today.due + today.new > 0,
                    "challenges": progress.challenges.map { ["name": $0.name, "solved": $0.solved, "target": $0.target,
                                                             "total": $0.total] },
                    "tracks": today.tracks.map { ["name": $0.name, "questions": $0.questions, "drilled": $0.drilled,
                                                  "due": $0.due, "new": $0.new] },
                    "chart": ProgressChart(tracks: today.tracks).svg,
                ]) { $1 })
            }
        }
        router.get("/api/today") { _, _ -> Today in
            try await today()
        }
    }

    /// Today's tasks in the study plan, for the dashboard; empty without a plan.
    private func todaysPlan(_ plan: StudyPlan?, evidence: PlanEvidence, today: CalendarDate) -> [String: Any] {
        guard let plan else { return ["hasPlan": false] }
        guard let day = plan.day(today) else { return ["hasPlan": true, "planTasks": [] as [Any]] }
        return ["hasPlan": true, "planFocus": day.focus,
                "planTasks": day.tasks.map { task -> [String: Any] in
                    ["title": task.title, "block": task.block.displayName,
                     "mark": evidence.isDone(task, plannedFor: today) == true ? "✓" : "·"]
                }]
    }

    private func today() async throws -> Today {
        let catalog = dependencies.catalog
        let queue = try await dependencies.reviews.todaysQueue(from: catalog.questions, filter: DrillFilter(),
                                                               newPerDay: dependencies.newPerDay,
                                                               now: dependencies.clock())
        let drilled = try await dependencies.reviews.existingCards(among: catalog.questions.map(\.id))
        let tracks = DrillQueue.routineOrder.compactMap { track -> Today.Track? in
            // Counted in place: copying a track's questions out of the bank would cost more than the queries.
            let questions = catalog.questions.count { $0.track == track }
            guard questions > 0 else { return nil }
            return Today.Track(track: track.rawValue, name: track.displayName, questions: questions,
                               drilled: catalog.questions.count { $0.track == track && drilled.contains($0.id) },
                               due: queue.count { $0.question.track == track && !$0.isNew },
                               new: queue.count { $0.question.track == track && $0.isNew })
        }
        return Today(due: queue.count { !$0.isNew }, new: queue.count(where: \.isNew), tracks: tracks)
    }
}

/// Horizontal bars, one per track: the share of its questions drilled at least once. Inline SVG, so the page
/// needs no script or library to show it, and it has a text alternative for screen readers.
struct ProgressChart {
    let tracks: [DashboardController.Today.Track]

    var svg: String {
        let rowHeight = 28, labelWidth = 130, barWidth = 300
        var parts = ["<svg role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 \(labelWidth + barWidth + 90) \(rowHeight * tracks.count + 8)\" class=\"chart\">",
                     "<title id=\"chart-title\">Questions drilled per track</title>"]
        for (index, track) in tracks.enumerated() {
            let y = index * rowHeight + 4
            let share = track.questions == 0 ? 0 : Double(track.drilled) / Double(track.questions)
            let width = Int((share * Double(barWidth)).rounded())
            parts.append("<text x=\"0\" y=\"\(y + 17)\">\(HTMLEscape.text(track.name))</text>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"18\" class=\"track\"/>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"18\" class=\"done\"/>")
            parts.append("<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 17)\">\(track.drilled)/\(track.questions)</text>")
        }
        parts.append("</svg>")
        return parts.joined()
    }
}

/// Escaping for text the server writes into markup itself (Mustache escapes template values).
enum HTMLEscape {
    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
