import Foundation

/// The plan as an iCalendar file (RFC 5545) that calendar apps import: one all-day event per study day, the
/// tasks in its description. Each event's UID is its date, so importing a re-made plan updates the days in
/// place instead of adding a second copy.
public enum PlanCalendarExport {
    public static func ics(for plan: StudyPlan, from firstDay: CalendarDate, stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Onsite//Study plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Onsite study plan",
        ]
        let dtstamp = timestamp(stamp)
        for day in plan.studyDays where day.date >= firstDay {
            let summary = "Onsite: \(day.focus) (\(day.minutes) min)"
            let description = day.tasks.map { task in
                "• \(task.block.displayName): \(task.title)" + (task.command.map { " — \($0)" } ?? "")
            }.joined(separator: "\n")
            lines += [
                "BEGIN:VEVENT",
                "UID:\(day.date)@onsite.study-plan",
                "DTSTAMP:\(dtstamp)",
                "DTSTART;VALUE=DATE:\(compact(day.date))",
                "DTEND;VALUE=DATE:\(compact(day.date.adding(days: 1)))",
                "SUMMARY:\(escape(summary))",
                "DESCRIPTION:\(escape(description))",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space (§3.1), never splitting a character.
    static func fold(_ line: String) -> String {
        var result = "", count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }

    private static func compact(_ date: CalendarDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
