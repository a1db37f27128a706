import Foundation

/// The report a candidate keeps after a mock, as Markdown: a summary table, then each segment with its time,
/// score, answers checked and what to practise next. The same text is the file written and the web page's body.
public enum MockReportMarkdown {
    public static func render(_ report: MockReport, timeZone: TimeZone = .current) -> String {
        var lines: [String] = []
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm zzz"
        lines.append("# Mock interview: \(report.format.displayName)")
        lines.append("")
        lines.append("Started \(formatter.string(from: report.startedAt)). "
                     + "Time used \(MockClock.format(report.secondsUsed)) of \(MockClock.format(report.budgetSeconds)) budgeted."
                     + (report.averageScore.map { String(format: " Average self-score %.1f of 4.", $0) } ?? "")
                     + (report.endedEarly ? " Stopped before the end." : ""))
        lines.append("")
        lines.append("| Segment | Budget | Used | Score | Checked |")
        lines.append("| --- | --- | --- | --- | --- |")
        for result in report.segments {
            let over = result.isOverBudget ? " (over by \(MockClock.format(result.secondsUsed - result.budgetSeconds)))" : ""
            let score = result.selfScore.map { "\($0) \(MockRubric.names[$0 - 1])" } ?? "not scored"
            lines.append("| \(result.segment.startLabel) \(cell(result.segment.title)) | \(MockClock.format(result.budgetSeconds)) "
                         + "| \(MockClock.format(result.secondsUsed))\(over) | \(score) | \(summary(of: result)) |")
        }
        for result in report.segments {
            lines.append("")
            lines.append("## \(result.segment.startLabel) \(result.segment.title)")
            lines.append("")
            var status = "Used \(MockClock.format(result.secondsUsed)) of \(MockClock.format(result.budgetSeconds))"
            if result.isOverBudget { status += ": **over budget** by \(MockClock.format(result.secondsUsed - result.budgetSeconds))" }
            lines.append(status + ".")
            if let score = result.selfScore {
                let level = MockRubric.levels(for: result.segment.activity)[score - 1]
                lines.append("Self-score \(score), \(level.name): \(level.criteria)")
            }
            for item in result.items {
                lines.append("")
                lines.append(contentsOf: describe(item))
            }
        }
        lines.append("")
        lines.append("## Next")
        lines.append("")
        if report.pushedToDrill.isEmpty {
            lines.append("Nothing was added to the drill: every checked answer covered most of its key points.")
        } else {
            lines.append("Due now in the drill (`onsite drill`): " + report.pushedToDrill.map { "`\($0)`" }.joined(separator: ", ") + ".")
        }
        let retry = report.itemsNeedingPractice(kinds: [.challenge])
        if !retry.isEmpty {
            lines.append("")
            lines.append("Solve again: " + retry.map { "`onsite solve \($0.id)`" }.joined(separator: ", ") + ".")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func summary(of result: MockSegmentResult) -> String {
        let items = result.items.filter { $0.item.kind != .prompt }
        guard !items.isEmpty else { return "self-scored" }
        return items.map { item in
            guard item.answered else { return "not reached" }
            if let verdict = item.verdict { return verdict.displayName }
            if let coverage = item.coverage { return "\(item.coveredPoints.count)/\(item.coveredPoints.count + item.missedPoints.count) points (\(Int((coverage * 100).rounded()))%)" }
            return "answered"
        }.joined(separator: "; ")
    }

    private static func describe(_ item: MockItemResult) -> [String] {
        var lines = ["### \(item.item.title)", ""]
        if item.item.kind != .prompt { lines.append("`\(item.item.id)`") }
        guard item.answered else {
            lines.append("Not answered: the segment's time ran out or it was skipped.")
            return lines
        }
        if let verdict = item.verdict {
            let tries = item.submissions == 1 ? "1 submission" : "\(item.submissions) submissions"
            lines.append("Judge: **\(verdict.displayName)** after \(tries)." + (item.verdictMessage.map { " \($0)" } ?? ""))
        }
        if let answer = item.answer, item.verdict == nil {
            lines.append("")
            lines.append(contentsOf: quoted(answer))
            lines.append("")
        }
        if let star = item.star {
            lines.append("")
            for (name, text) in zip(STARAnswer.fieldNames, star.fields) where !text.isEmpty {
                lines.append(contentsOf: quoted("**\(name).** " + text))
                lines.append("")
            }
        }
        if let design = item.design {
            lines.append("")
            for (name, text) in zip(DesignAnswer.fieldNames, design.fields) where !text.isEmpty {
                lines.append(contentsOf: quoted("**\(name).** " + text))
                lines.append("")
            }
        }
        if let star = item.star, !star.missingFields.isEmpty {
            lines.append("STAR parts left empty: \(star.missingFields.joined(separator: ", ")).")
        }
        if let design = item.design, !design.missingFields.isEmpty {
            lines.append("Template parts left empty: \(design.missingFields.joined(separator: ", ")).")
        }
        if item.coverage != nil {
            lines.append("Key points covered: \(item.coveredPoints.count) of \(item.coveredPoints.count + item.missedPoints.count).")
            lines.append(contentsOf: item.coveredPoints.map { "- [x] \($0)" })
            lines.append(contentsOf: item.missedPoints.map { "- [ ] \($0)" })
        }
        return lines
    }

    /// The candidate's own words, as a block quote so they stand apart from the checks.
    private static func quoted(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "> \($0)" }
    }

    /// Table cells cannot hold a pipe.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
