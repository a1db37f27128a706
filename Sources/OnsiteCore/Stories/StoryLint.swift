import Foundation

/// One thing wrong with a story, with the section it is about and what to do.
public struct StoryProblem: Codable, Sendable, Equatable {
    public enum Rule: String, Codable, Sendable, CaseIterable {
        /// A STAR section is empty.
        case missingSection = "missing-section"
        /// The Result has no number, percentage, time or money.
        case unmeasuredResult = "unmeasured-result"
        /// The Action says "we" and never "I".
        case weOnlyAction = "we-only-action"
        /// Told at 150 words a minute, the story runs under 1.5 or over 3 minutes.
        case speakingTime = "speaking-time"
        /// A principle that is not in `principles.yaml`, or none at all.
        case unknownPrinciple = "unknown-principle"
    }

    public var rule: Rule
    /// "situation", "task", "action", "result", "principles" or "story".
    public var field: String
    public var message: String
}

/// The story bank's lint. A story that fails it does not count towards the checklist or readiness: the rules
/// are the ones interviewers mark people down for.
public struct StoryLint: Sendable {
    public let principleIDs: Set<String>

    public static let speakingMinutes = 1.5...3.0

    public init(principles: [Principle]) {
        principleIDs = Set(principles.map(\.id))
    }

    public func problems(in story: STARStory) -> [StoryProblem] {
        var problems: [StoryProblem] = []
        for section in STARStory.Section.allCases
        where story.text(of: section).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(StoryProblem(rule: .missingSection, field: section.rawValue,
                                         message: "the \(section.displayName) is empty; every STAR story needs all four parts"))
        }
        if !story.result.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !Self.isMeasurable(story.result) {
            problems.append(StoryProblem(
                rule: .unmeasuredResult, field: "result",
                message: "the Result has no measurable outcome; add a number, a percentage, a time or an amount of money (\"cut the runtime by 75%\")"))
        }
        if !story.action.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && Self.isWeOnly(story.action) {
            problems.append(StoryProblem(
                rule: .weOnlyAction, field: "action",
                message: "the Action says \"we\" but never \"I\"; say what you did yourself"))
        }
        let minutes = story.speakingMinutes
        if !Self.speakingMinutes.contains(minutes) {
            let wording = minutes < Self.speakingMinutes.lowerBound ? "too short: add detail to the Action and Result"
                : "too long: cut the Situation and Task first"
            problems.append(StoryProblem(
                rule: .speakingTime, field: "story",
                message: String(format: "%d words take %.1f minutes to tell at 150 a minute, outside 1.5–3 minutes; ",
                                story.wordCount, minutes) + wording))
        }
        if story.principles.isEmpty {
            problems.append(StoryProblem(rule: .unknownPrinciple, field: "principles",
                                         message: "no Leadership Principle; name at least one the story demonstrates"))
        }
        for principle in story.principles where !principleIDs.contains(principle) {
            problems.append(StoryProblem(
                rule: .unknownPrinciple, field: "principles",
                message: "\"\(principle)\" is not a Leadership Principle id; see `onsite guide principles` for the 16 ids"))
        }
        return problems
    }

    public func passes(_ story: STARStory) -> Bool { problems(in: story).isEmpty }

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "fifty", "hundred", "thousand", "million", "billion", "half", "double", "doubled", "tripled",
        "twice", "thrice", "quarter", "third", "percent", "dozen",
    ]

    /// A digit, a number word, a percent or currency sign.
    static func isMeasurable(_ text: String) -> Bool {
        if text.contains(where: { $0.isNumber || "%$€£¥".contains($0) }) { return true }
        return STARStory.words(in: text.lowercased()).contains { numberWords.contains(String($0)) }
    }

    static func isWeOnly(_ text: String) -> Bool {
        let words = STARStory.words(in: text.lowercased()).map { $0.replacingOccurrences(of: "’", with: "'") }
        let plural: Set<String> = ["we", "we've", "we'd", "we'll", "we're", "our", "us"]
        let singular: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "my", "me", "myself"]
        return words.contains(where: plural.contains) && !words.contains(where: singular.contains)
    }
}

/// Which stories demonstrate which principles, and where the bank falls short of the targets: at least ten
/// stories, every principle covered by at least two. Only the candidate's own stories that pass the lint count:
/// the shipped sample shows the shape but is nobody's experience, so it counts once it is edited into one.
public struct StoryCoverage: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var principle: Principle
        /// Passing stories that demonstrate it.
        public var storyIDs: [String]
        public var isGap: Bool { storyIDs.count < StoryCoverage.storiesPerPrinciple }
    }

    public static let storiesTarget = 10
    public static let storiesPerPrinciple = 2

    public var stories: [STARStory]
    public var passing: Set<String>
    public var rows: [Row]

    public init(stories: [STARStory], principles: [Principle], lint: StoryLint) {
        self.stories = stories
        passing = Set(stories.filter { !$0.isSample && lint.passes($0) }.map(\.id))
        let passing = passing
        rows = principles.map { principle in
            Row(principle: principle, storyIDs: stories.filter { passing.contains($0.id) && $0.principles.contains(principle.id) }.map(\.id))
        }
    }

    public var gaps: [Row] { rows.filter(\.isGap) }
    public var passingCount: Int { passing.count }
    public var meetsTargets: Bool { passingCount >= Self.storiesTarget && gaps.isEmpty }

    public var storiesByPrinciple: [String: Int] {
        Dictionary(uniqueKeysWithValues: rows.map { ($0.principle.id, $0.storyIDs.count) })
    }

    /// One sentence on what is left to do.
    public var summary: String {
        var parts: [String] = ["\(passingCount) of \(stories.count) stories pass the lint (target \(Self.storiesTarget))"]
        let gaps = gaps
        parts.append(gaps.isEmpty ? "every principle has two or more"
                     : "\(gaps.count) of \(rows.count) principles have fewer than \(Self.storiesPerPrinciple) stories")
        return parts.joined(separator: "; ")
    }
}

/// Stories as drill cards: each question a story answers becomes "Tell me about a time… — which story?", and
/// the answer to check is the story's title and its measured result.
public enum StoryCards {
    public static let idPrefix = "story-"

    public static func questions(for stories: [STARStory], lint: StoryLint) -> [Question] {
        stories.flatMap { story -> [Question] in
            let asked = story.questions.isEmpty ? ["Tell me about your story \"\(story.title)\"."] : story.questions
            return asked.enumerated().map { index, text in
                Question(
                    id: "\(idPrefix)\(story.id)-\(index + 1)", track: .behavioral, title: "Which story? \(text)",
                    difficulty: .medium, tags: ["star-story"], rounds: [.behavioral], quickfire: false,
                    keyPoints: keyPoints(for: story), sources: [],
                    prompt: "\(text)\n\nWhich of your stories answers this? Name it and give its result in a sentence.",
                    answer: "**\(story.title)**\n\n**Result.** \(story.result)",
                    followUps: [], principles: story.principles)
            }
        }
    }

    static func keyPoints(for story: STARStory) -> [KeyPoint] {
        let stop: Set<String> = ["the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "from", "with", "sample", "edit", "delete", "my"]
        let titleWords = STARStory.words(in: story.title.lowercased()).map(String.init).filter { !stop.contains($0) && $0.count > 2 }
        let numbers = STARStory.words(in: story.result).map(String.init).filter { $0.contains(where: \.isNumber) }
        var points = [KeyPoint(point: "Names the story: \(story.title)", match: Array(Set(titleWords)).sorted())]
        if !numbers.isEmpty {
            points.append(KeyPoint(point: "Gives the measured result", match: Array(Set(numbers)).sorted()))
        }
        return points
    }
}
