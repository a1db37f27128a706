import Foundation
import OnsiteCore
import OnsiteStorage

/// Readiness per round for the dashboard: measured on the plan's interview date (today without a plan), with the
/// three weakest topics linked to where they are practised on the web app.
struct ReadinessView {
    let report: ReadinessReport
    let planned: Bool
    let today: CalendarDate

    init(desk: PlanningDesk, evidence: PlanEvidence, plan: StudyPlan?, at now: Date) {
        today = desk.today(at: now)
        let date = plan?.settings.interviewDate
        report = desk.readiness(for: date ?? today, evidence: evidence)
        planned = date != nil
    }

    var values: [String: Any] {
        [
            "readinessOverall": Self.percent(report.overall),
            "readinessDate": report.interviewDate.shortLabel,
            "readinessDaysAway": today.days(until: report.interviewDate),
            "readinessPlanned": planned,
            "readinessChart": chart,
            "readinessRounds": report.rounds.map { round -> [String: Any] in
                ["name": round.round.displayName, "percent": Self.percent(round.score),
                 "components": round.components.map { "\($0.name) \(Self.percent($0.value)) × \($0.weight.formatted())" }.joined(separator: " · "),
                 "hasWeakest": !round.weakest.isEmpty,
                 "details": round.components.map { ["name": $0.name, "detail": $0.detail] },
                 "weakest": round.weakest.map { topic in
                     ["tag": topic.tag, "percent": Self.percent(topic.strength), "href": Self.link(for: topic)]
                 }]
            },
        ]
    }

    /// Challenge topics go to the unsolved challenges on that topic; bank topics to the questions with that tag.
    static func link(for topic: RoundReadiness.WeakTopic) -> String {
        let tag = topic.tag.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? topic.tag
        return topic.action.hasPrefix("onsite challenges") ? "/challenges?topic=\(tag)&status=unsolved" : "/questions?tag=\(tag)"
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    /// One bar per round, 0–100%, with the figure written beside it.
    var chart: String {
        let rowHeight = 28, labelWidth = 150, barWidth = 280
        var parts = ["<svg role=\"img\" aria-labelledby=\"readiness-title\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(rowHeight * report.rounds.count + 8)\" class=\"chart\">",
                     "<title id=\"readiness-title\">Readiness per interview round</title>"]
        for (index, round) in report.rounds.enumerated() {
            let y = index * rowHeight + 4
            let width = Int((min(1, max(0, round.score)) * Double(barWidth)).rounded())
            let name = round.round.displayName.split(separator: ":").first.map(String.init) ?? round.round.displayName
            parts.append("<text x=\"0\" y=\"\(y + 17)\">\(HTMLEscape.text(name))</text>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"18\" class=\"track\"/>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"18\" class=\"done\"/>")
            parts.append("<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 17)\">\(Self.percent(round.score))</text>")
        }
        parts.append("</svg>")
        return parts.joined()
    }
}
