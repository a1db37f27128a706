import Foundation

/// Stories as Markdown: what `onsite stories export --markdown` writes and `onsite stories add --file` reads, so
/// a bank can be edited in any editor, printed, or moved to another machine.
///
///     # Cut a nightly ETL from 6 hours to 1.5 hours
///     Principles: deliver-results, dive-deep
///     Questions:
///     - Tell me about a time you improved the performance of a system.
///
///     ## Situation
///     …
///     ## Task / ## Action / ## Result
public enum StoryMarkdown {
    /// A story as read from Markdown, before it is given an id and a time.
    public struct Draft: Sendable, Equatable {
        public var title: String
        public var situation = "", task = "", action = "", result = ""
        public var principles: [String] = []
        public var questions: [String] = []
        /// The line the story's heading is on, for messages.
        public var line: Int

        public func story(id: String, at date: Date) -> STARStory {
            STARStory(id: id, title: title, situation: situation, task: task, action: action, result: result,
                      principles: principles, questions: questions, updatedAt: date)
        }
    }

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        public var description: String { "line \(line): \(message)" }
    }

    public static func render(_ stories: [STARStory], coverage: StoryCoverage? = nil) -> String {
        var out = "<!-- Onsite STAR story bank. Edit freely; `onsite stories add --file` reads this format back. -->\n"
        if let coverage { out += "<!-- \(coverage.summary) -->\n" }
        for story in stories {
            out += "\n# \(story.title)\n"
            out += "Principles: \(story.principles.joined(separator: ", "))\n"
            if !story.questions.isEmpty {
                out += "Questions:\n" + story.questions.map { "- \($0)\n" }.joined()
            }
            out += String(format: "<!-- %d words, about %.1f minutes to tell -->\n", story.wordCount, story.speakingMinutes)
            for section in STARStory.Section.allCases {
                out += "\n## \(section.displayName)\n\n\(story.text(of: section).trimmingCharacters(in: .whitespacesAndNewlines))\n"
            }
        }
        return out
    }

    public static func parse(_ text: String) throws(ParseError) -> [Draft] {
        var drafts: [Draft] = []
        var current: Draft?
        var section: STARStory.Section?
        var inQuestions = false
        var buffer: [String] = []

        func flushSection() {
            guard let section, current != nil else { buffer = []; return }
            let body = buffer.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            switch section {
            case .situation: current?.situation = body
            case .task: current?.task = body
            case .action: current?.action = body
            case .result: current?.result = body
            }
            buffer = []
        }

        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let number = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("<!--") && line.hasSuffix("-->") { continue }
            if line.hasPrefix("# ") {
                flushSection()
                if let current { drafts.append(current) }
                current = Draft(title: String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces), line: number)
                section = nil
                inQuestions = false
                continue
            }
            if line.hasPrefix("## ") {
                flushSection()
                let name = line.dropFirst(3).trimmingCharacters(in: .whitespaces).lowercased()
                guard current != nil else {
                    throw ParseError(line: number, message: "\"## \(name)\" comes before any story; start each story with \"# Title\"")
                }
                guard let found = STARStory.Section(rawValue: name) else {
                    throw ParseError(line: number, message: "unknown section \"\(name)\"; the sections are Situation, Task, Action and Result")
                }
                section = found
                inQuestions = false
                continue
            }
            if section == nil {
                guard current != nil else {
                    if line.isEmpty { continue }
                    throw ParseError(line: number, message: "text before the first story; start each story with \"# Title\"")
                }
                let lower = line.lowercased()
                if lower.hasPrefix("principles:") {
                    current?.principles = line.dropFirst("principles:".count).split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    inQuestions = false
                } else if lower.hasPrefix("questions:") {
                    inQuestions = true
                } else if inQuestions, line.hasPrefix("- ") {
                    current?.questions.append(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces))
                } else if !line.isEmpty {
                    throw ParseError(line: number, message: "expected \"Principles:\", \"Questions:\" or a \"## Situation\" heading, got \"\(line)\"")
                }
                continue
            }
            buffer.append(raw)
        }
        flushSection()
        if let current { drafts.append(current) }
        for draft in drafts where draft.title.isEmpty {
            throw ParseError(line: draft.line, message: "a story needs a title after \"# \"")
        }
        return drafts
    }
}
