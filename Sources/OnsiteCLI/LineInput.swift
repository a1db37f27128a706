import Foundation

/// Line-by-line input for the interactive commands. It reads plain lines, so a session behaves the same when
/// standard input is a pipe, and writes its prompts unbuffered so a script driving it sees each one as it happens.
struct LineInput {
    /// What the candidate typed for one answer.
    enum Reply: Equatable {
        case text(String)
        /// `/skip`: move on without answering.
        case skip
        /// `q`, `/stop`, or the end of input.
        case stop
    }

    static let inputIsTerminal = isatty(STDIN_FILENO) == 1

    /// Lines up to an empty one (or up to `terminator` when given, so code can hold blank lines), joined.
    func readBlock(prompt first: String = "> ", terminator: String? = nil) -> Reply {
        var lines: [String] = []
        while true {
            prompt(lines.isEmpty ? first : "  ")
            guard let line = Swift.readLine(strippingNewline: true) else {
                return lines.isEmpty ? .stop : .text(lines.joined(separator: "\n"))
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if lines.isEmpty {
                switch trimmed.lowercased() {
                case "q", "quit", "/stop": return .stop
                case "/skip": return .skip
                default: break
                }
            }
            if let terminator, trimmed == terminator { return .text(lines.joined(separator: "\n")) }
            if terminator == nil, trimmed.isEmpty { return .text(lines.joined(separator: "\n")) }
            // With a terminator, an empty first line means "use the file" rather than a blank line of code.
            if terminator != nil, lines.isEmpty, trimmed.isEmpty { return .text("") }
            lines.append(line)
        }
    }

    /// One trimmed line; nil at the end of input.
    func readLine(prompt text: String) -> String? {
        prompt(text)
        return Swift.readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
    }

    func prompt(_ text: String) {
        // A terminal echoes the typed line and its newline; from a pipe nothing does, so end the prompt's line here.
        FileHandle.standardOutput.write(Data((text + (Self.inputIsTerminal ? "" : "\n")).utf8))
    }

    func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
