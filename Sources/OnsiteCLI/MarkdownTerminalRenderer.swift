import Foundation

/// Renders the Markdown our content uses (headings, paragraphs, lists, task lists, tables, quotes, fenced code,
/// bold, inline code, links) as wrapped terminal text, styled when the terminal allows it.
struct MarkdownTerminalRenderer {
    let terminal: Terminal

    // Inline styling travels through wrapping as control characters, so widths count only visible text.
    private static let boldOn: Character = "\u{1}", boldOff: Character = "\u{2}"
    private static let codeOn: Character = "\u{3}", codeOff: Character = "\u{4}"

    func render(_ markdown: String) -> String {
        var output: [String] = []
        var paragraph: [String] = []
        var table: [String] = []
        var inFence = false

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            output += wrap(inline(paragraph.joined(separator: " ")), indent: "", hangingIndent: "")
            paragraph.removeAll()
        }
        func flushTable() {
            guard !table.isEmpty else { return }
            output += renderTable(table)
            table.removeAll()
        }

        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let line = rawLine.replacingOccurrences(of: "\t", with: "    ")
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushParagraph(); flushTable()
                inFence.toggle()
                continue
            }
            if inFence {
                output.append("    " + terminal.paint(line, .code))
                continue
            }
            if trimmed.hasPrefix("|") {
                flushParagraph()
                table.append(trimmed)
                continue
            }
            flushTable()
            if trimmed.isEmpty {
                flushParagraph()
                if output.last?.isEmpty == false { output.append("") }
            } else if let (level, text) = heading(trimmed) {
                flushParagraph()
                if let last = output.last, !last.isEmpty { output.append("") }
                let style: Terminal.Style = level <= 2 ? .heading : .subheading
                let title = level == 1 ? text.uppercased() : text
                let wrapped = wrap(plain(inline(title)), indent: "", hangingIndent: "")
                output += wrapped.map { terminal.paint($0, style) }
            } else if let item = listItem(line) {
                flushParagraph()
                output += wrap(inline(item.text), indent: item.indent + item.marker,
                               hangingIndent: item.indent + String(repeating: " ", count: item.marker.count))
            } else if trimmed.hasPrefix(">") {
                flushParagraph()
                let quoted = trimmed.drop { $0 == ">" }.trimmingCharacters(in: .whitespaces)
                output += wrap(inline(quoted), indent: "│ ", hangingIndent: "│ ")
            } else if trimmed == "---" || trimmed == "***" {
                flushParagraph()
                output.append(terminal.paint(String(repeating: "─", count: min(terminal.width, 40)), .dim))
            } else {
                paragraph.append(trimmed)
            }
        }
        flushParagraph(); flushTable()
        while output.last?.isEmpty == true { output.removeLast() }
        return output.joined(separator: "\n")
    }

    private func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, line.dropFirst(hashes + 1).trimmingCharacters(in: .whitespaces))
    }

    private struct ListItem {
        var indent: String
        var marker: String
        var text: String
    }

    private func listItem(_ line: String) -> ListItem? {
        let leading = line.prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: min(leading, 8))
        let rest = line.dropFirst(leading)
        for bullet in ["- ", "* ", "+ "] where rest.hasPrefix(bullet) {
            var text = String(rest.dropFirst(2))
            var marker = "• "
            if text.hasPrefix("[ ] ") {
                marker = "[ ] "; text.removeFirst(4)
            } else if text.lowercased().hasPrefix("[x] ") {
                marker = "[x] "; text.removeFirst(4)
            }
            return ListItem(indent: "  " + indent, marker: marker, text: text)
        }
        let digits = rest.prefix { $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") {
            return ListItem(indent: "  " + indent, marker: "\(digits). ", text: String(rest.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// Turns `**bold**`, `` `code` `` and `[text](url)` into control-marked text.
    func inline(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("`"), let close = rest.dropFirst().firstIndex(of: "`") {
                result.append(Self.codeOn)
                result += rest[rest.index(after: index)..<close]
                result.append(Self.codeOff)
                index = text.index(after: close)
            } else if rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**") {
                result.append(Self.boldOn)
                result += inline(String(rest[rest.index(index, offsetBy: 2)..<close.lowerBound]))
                result.append(Self.boldOff)
                index = close.upperBound
            } else if rest.hasPrefix("["), let link = Self.link(in: rest) {
                result += inline(link.text)
                if link.url != link.text { result += " (\(link.url))" }
                index = link.end
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }

    private static func link(in text: Substring) -> (text: String, url: String, end: String.Index)? {
        guard let closeBracket = text.firstIndex(of: "]"),
              text.index(after: closeBracket) < text.endIndex,
              text[text.index(after: closeBracket)] == "(",
              let closeParen = text[closeBracket...].firstIndex(of: ")") else { return nil }
        let label = text[text.index(after: text.startIndex)..<closeBracket]
        let url = text[text.index(closeBracket, offsetBy: 2)..<closeParen]
        guard !label.contains("["), !url.contains(" ") else { return nil }
        return (String(label), String(url), text.index(after: closeParen))
    }

    /// Greedy word wrap on visible width; control marks are turned into ANSI (or dropped) afterwards.
    func wrap(_ text: String, indent: String, hangingIndent: String) -> [String] {
        let width = max(terminal.width, 20)
        var lines: [String] = []
        var current = indent
        var currentWidth = indent.count
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = word.filter { !Self.isMark($0) }.count
            if lineHasWord, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = hangingIndent
                currentWidth = hangingIndent.count
                lineHasWord = false
            }
            if lineHasWord {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(current) }
        return styleLines(lines)
    }

    /// Styles each line separately, re-opening a style that a wrap cut in two.
    private func styleLines(_ lines: [String]) -> [String] {
        var open: Character?
        return lines.map { line in
            var result = ""
            if let style = open, terminal.styled { result += ansi(for: style) }
            for character in line {
                switch character {
                case Self.boldOn, Self.codeOn:
                    open = character
                    if terminal.styled { result += ansi(for: character) }
                case Self.boldOff, Self.codeOff:
                    open = nil
                    if terminal.styled { result += "\u{1B}[0m" }
                default:
                    result.append(character)
                }
            }
            if open != nil, terminal.styled { result += "\u{1B}[0m" }
            return result
        }
    }

    private func ansi(for mark: Character) -> String {
        mark == Self.boldOn ? "\u{1B}[1m" : "\u{1B}[32m"
    }

    private static func isMark(_ character: Character) -> Bool {
        character == boldOn || character == boldOff || character == codeOn || character == codeOff
    }

    /// Visible text with marks removed, for places that apply their own style.
    func plain(_ marked: String) -> String {
        String(marked.filter { !Self.isMark($0) })
    }

    private func renderTable(_ rows: [String]) -> [String] {
        let cells: [[String]] = rows.compactMap { row in
            var inner = Substring(row)
            if inner.hasPrefix("|") { inner = inner.dropFirst() }
            if inner.hasSuffix("|") { inner = inner.dropLast() }
            let parts = inner.split(separator: "|", omittingEmptySubsequences: false)
                .map { plain(inline($0.trimmingCharacters(in: .whitespaces))) }
            let isSeparator = parts.allSatisfy { $0.allSatisfy { "-: ".contains($0) } && !$0.isEmpty }
            return isSeparator ? nil : parts
        }
        let columns = cells.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        let total = widths.reduce(0, +) + 2 * max(columns - 1, 0) + 2
        if total > terminal.width {
            // Too wide to align: show each row as "header: value" lines instead.
            let header = cells.first ?? []
            var lines: [String] = []
            for row in cells.dropFirst() {
                for (index, cell) in row.enumerated() where !cell.isEmpty {
                    let label = index < header.count ? header[index] : ""
                    let prefix = index == 0 ? "  • " : "    "
                    lines += wrap(label.isEmpty ? cell : "\(label): \(cell)", indent: prefix, hangingIndent: "      ")
                }
            }
            return lines
        }
        return cells.enumerated().map { rowIndex, row in
            let text = row.enumerated().map { index, cell in
                cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
            let line = "  " + text.trimmingCharacters(in: .whitespaces)
            return rowIndex == 0 ? terminal.paint(line, .bold) : line
        }
    }
}
