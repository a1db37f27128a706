import Foundation

/// The body of a content file cut at its `## ` headings (ignoring any inside fenced code blocks).
struct MarkdownSections {
    struct Section {
        var heading: String
        var line: Int
        var text: String
    }

    /// Text before the first `## ` heading.
    var preamble: String
    var sections: [Section]
    var codeBlocks: [FencedCodeBlock]

    init(body: String, firstLine: Int) {
        codeBlocks = FencedCodeBlock.extract(from: body, firstLine: firstLine)
        var preambleLines: [Substring] = []
        var sections: [(heading: String, line: Int, lines: [Substring])] = []
        var inFence = false
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if !inFence, line.hasPrefix("## ") {
                let heading = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
                sections.append((heading, firstLine + offset, []))
            } else if sections.isEmpty {
                preambleLines.append(line)
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        preamble = preambleLines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        self.sections = sections.map {
            Section(heading: $0.heading, line: $0.line,
                    text: $0.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Top-level bullet items (`- ` or `* `), with continuation lines folded in.
    static func bulletItems(in text: String) -> [String] {
        var items: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("- ") || line.hasPrefix("* ") {
                items.append(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces))
            } else if !items.isEmpty, line.first == " " {
                items[items.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return items
    }

    /// Code blocks the answer-snippet tests could not run: every block must name a language Onsite runs.
    func unrunnableCodeBlocks(file: String) -> [ContentProblem] {
        codeBlocks.filter { $0.runner == nil }.map { block in
            let known = FencedCodeBlock.runners.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            let found = block.info.isEmpty ? "has no language" : "has unknown language '\(block.info)'"
            return ContentProblem(file: file, line: block.line, field: "body", message: "code block \(found); use one of \(known)")
        }
    }
}
