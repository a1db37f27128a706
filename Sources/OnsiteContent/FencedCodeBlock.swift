import Foundation

/// A fenced code block in Markdown content, with what its info string says about running it.
public struct FencedCodeBlock: Sendable, Equatable {
    /// How the test suite treats a block (see docs/content-format.md, "Code in answers runs").
    public enum Runner: Sendable, Equatable {
        case python
        case sqlite
        case postgres
        /// Shown, never run: output, shell, payloads, Redshift-only SQL.
        case displayOnly
    }

    public static let runners: [String: Runner] = [
        "python": .python, "sql": .sqlite, "sql postgres": .postgres, "sql redshift": .displayOnly,
        "text": .displayOnly, "bash": .displayOnly, "json": .displayOnly, "yaml": .displayOnly,
    ]

    public var info: String
    public var code: String
    /// Line of the opening fence, counted from the `firstLine` given to `extract`.
    public var line: Int

    /// `nil` when the info string is missing or unknown: lint rejects such blocks so none escapes checking.
    public var runner: Runner? { Self.runners[info] }

    /// Every ``` block in `markdown`; an unclosed fence runs to the end of the text.
    public static func extract(from markdown: String, firstLine: Int = 1) -> [FencedCodeBlock] {
        var blocks: [FencedCodeBlock] = []
        var open: (info: String, line: Int, lines: [Substring])?
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var current = open {
                if trimmed == "```" {
                    blocks.append(FencedCodeBlock(info: current.info, code: current.lines.joined(separator: "\n"),
                                                  line: current.line))
                    open = nil
                } else {
                    current.lines.append(line)
                    open = current
                }
            } else if trimmed.hasPrefix("```") {
                let info = trimmed.dropFirst(3).split(separator: " ", omittingEmptySubsequences: true)
                    .joined(separator: " ").lowercased()
                open = (info, firstLine + offset, [])
            }
        }
        if let current = open {
            blocks.append(FencedCodeBlock(info: current.info, code: current.lines.joined(separator: "\n"), line: current.line))
        }
        return blocks
    }
}
