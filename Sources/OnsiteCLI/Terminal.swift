import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the output stream can show: colour only on a terminal without NO_COLOR, and its width.
struct Terminal: Sendable {
    var styled: Bool
    var width: Int

    static let current: Terminal = {
        let environment = ProcessInfo.processInfo.environment
        let isTTY = isatty(STDOUT_FILENO) == 1
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Terminal(styled: isTTY && !noColor && environment["TERM"] != "dumb", width: detectWidth(isTTY: isTTY))
    }()

    /// Long lines are hard to read even on wide screens, so text wraps at 100 columns at most.
    private static func detectWidth(isTTY: Bool) -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
            return min(columns, 100)
        }
        var size = winsize()
        if isTTY, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return min(Int(size.ws_col), 100)
        }
        return 80
    }

    enum Style {
        case bold, dim, heading, subheading, code, highlight, success, failure

        var ansiCode: String {
            switch self {
            case .bold: "1"
            case .dim: "2"
            case .heading: "1;36"
            case .subheading, .highlight: "1;33"
            case .code: "32"
            case .success: "1;32"
            case .failure: "1;31"
            }
        }
    }

    func paint(_ text: String, _ style: Style) -> String {
        styled ? "\u{1B}[\(style.ansiCode)m\(text)\u{1B}[0m" : text
    }
}

/// Writes to standard error, for messages that must not pollute piped output.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
