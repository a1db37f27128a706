import Foundation
import OnsiteCore

/// Today's slice of the daily routine: the guide's morning / evening / weekend shape, filled with unseen questions.
struct DailySuggestion {
    let dayName: String
    let lines: [String]

    init(catalog: Catalog, seen: Set<String>, date: Date, calendar: Calendar = .current) {
        let formatter = DateFormatter()
        formatter.dateFormat = "EEEE d MMMM"
        dayName = formatter.string(from: date)
        // The same day always suggests the same items; the next day moves on.
        let day = calendar.ordinality(of: .day, in: .era, for: date) ?? 0

        func pick(_ track: Track, count: Int) -> [Question] {
            let inTrack = catalog.questions.filter { $0.track == track }
            let unseen = inTrack.filter { !seen.contains($0.id) }
            let pool = unseen.isEmpty ? inTrack : unseen
            guard !pool.isEmpty else { return [] }
            return (0..<min(count, pool.count)).map { pool[(day * count + $0) % pool.count] }
        }
        func describe(_ questions: [Question]) -> String {
            questions.map { "`onsite questions show \($0.id)` (\($0.title))" }.joined(separator: "; ")
        }

        var lines: [String] = []
        let weekday = calendar.component(.weekday, from: date)
        if weekday == 1 || weekday == 7 {
            lines.append("Weekend: practise a system design end to end and run a mock — see `onsite guide final-week`.")
            lines.append("Review your mistakes log and the questions you starred: `onsite questions list --starred`.")
        } else {
            let sql = pick(.sql, count: 2)
            if !sql.isEmpty { lines.append("Morning (30 min): SQL concepts — \(describe(sql)).") }
            let python = pick(.python, count: 1)
            if !python.isEmpty { lines.append("Evening (30–60 min): Python — \(describe(python)).") }
            let aws = pick(.aws, count: 1)
            if !aws.isEmpty { lines.append("Evening: one AWS deep dive — \(describe(aws)).") }
        }
        if lines.isEmpty { lines.append("Read `onsite guide daily-routine` to set up your routine.") }
        self.lines = lines
    }
}
