import Foundation

/// Short interval labels as Anki shows them on its rating buttons: 1m, 10m, 3h, 4d, 2.1mo, 1.3y.
public enum IntervalText {
    public static func describe(_ seconds: TimeInterval) -> String {
        let minutes = seconds / 60
        if minutes < 1 { return "<1m" }
        if minutes < 60 { return "\(Int(minutes.rounded()))m" }
        let hours = minutes / 60
        if hours < 24 { return "\(Int(hours.rounded()))h" }
        let days = hours / 24
        if days < 30 { return "\(Int(days.rounded()))d" }
        if days < 365 { return String(format: "%.1fmo", days / 30) }
        return String(format: "%.1fy", days / 365)
    }
}
