import Foundation

/// A behavioral story in STAR form, mapped to the Leadership Principles it demonstrates and the questions it
/// answers. The candidate writes these; they live in the progress database, not in `content/`.
public struct STARStory: Codable, Sendable, Equatable, Identifiable {
    /// A slug made from the title when the story is added; stable afterwards.
    public var id: String
    public var title: String
    public var situation: String
    public var task: String
    public var action: String
    public var result: String
    /// Principle ids from `principles.yaml`.
    public var principles: [String]
    /// Questions the story answers: as the interviewer would ask them.
    public var questions: [String]
    /// The sample that ships with Onsite, which the user can delete.
    public var isSample: Bool
    public var updatedAt: Date

    public init(id: String, title: String, situation: String, task: String, action: String, result: String,
                principles: [String], questions: [String] = [], isSample: Bool = false, updatedAt: Date) {
        self.id = id
        self.title = title
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
        self.principles = principles
        self.questions = questions
        self.isSample = isSample
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, title, situation, task, action, result, principles, questions
        case isSample = "is_sample", updatedAt = "updated_at"
    }

    public enum Section: String, CaseIterable, Sendable, Codable {
        case situation, task, action, result

        public var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    public func text(of section: Section) -> String {
        switch section {
        case .situation: situation
        case .task: task
        case .action: action
        case .result: result
        }
    }

    public var wordCount: Int {
        Section.allCases.map { Self.words(in: text(of: $0)).count }.reduce(0, +)
    }

    /// Minutes to tell the story at 150 words a minute, a comfortable interview pace.
    public var speakingMinutes: Double { Double(wordCount) / STARStory.wordsPerMinute }

    public static let wordsPerMinute = 150.0

    static func words(in text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
    }

    /// A slug from a title: "Cut the ETL runtime" → "cut-the-etl-runtime".
    /// Slugs the web app's routes use next to story ids (`/stories/new`, `/api/stories/lint`), never given to a story.
    public static let reservedIDs: Set<String> = ["new", "lint"]

    /// The title's slug, with "-2", "-3"… added when another story already has it or the slug is reserved.
    public static func uniqueID(for title: String, among existing: [STARStory]) -> String {
        let base = slug(for: title)
        var id = base, counter = 2
        while reservedIDs.contains(id) || existing.contains(where: { $0.id == id }) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        return id
    }

    public static func slug(for title: String) -> String {
        let lowered = title.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let parts = lowered.split { !($0.isLetter || $0.isNumber) }.prefix(8)
        let slug = parts.joined(separator: "-")
        return slug.isEmpty ? "story" : slug
    }
}

extension STARStory {
    /// The story that ships as an example: a nightly ETL cut from six hours to an hour and a half. The user can
    /// edit it into their own or delete it.
    public static func sample(at date: Date) -> STARStory {
        STARStory(
            id: "sample-etl-runtime",
            title: "Cut a nightly ETL from 6 hours to 1.5 hours (sample — edit or delete)",
            situation: """
                At a retail analytics company, the nightly job that built our sales warehouse ran for about six hours. \
                It started at midnight, and on heavy days it was still running when the finance team opened their \
                dashboards at eight, so they made decisions on yesterday's numbers.
                """,
            task: """
                I owned the pipeline. My manager asked me to make the data reliably ready by 6 a.m. without adding \
                to the cluster budget, and I set myself a target of finishing in under two hours so we had room to \
                rerun after a failure.
                """,
            action: """
                I profiled every stage first instead of guessing, and found that two steps took most of the time: a \
                full reload of the orders table and a join that shuffled the whole clickstream. I changed the orders \
                load to an incremental merge keyed on the updated timestamp, with a reconciliation count to prove \
                nothing was missed. I rewrote the source files from gzipped CSV to Parquet partitioned by day, so the \
                join read only the days it needed, and I broadcast the small store dimension instead of shuffling it. \
                I ran the old and new versions side by side for a week and compared the row counts and totals of \
                every output table before I switched over, and I wrote a runbook so the on-call engineer could rerun \
                a single day.
                """,
            result: """
                The runtime fell from six hours to one and a half, a 75% cut, and the warehouse has been ready before \
                6 a.m. every day since. Compute cost for the job dropped by about 40% because the cluster runs for a \
                quarter of the time. The finance team now starts the day on current numbers, and two other teams \
                reused the incremental-merge pattern.
                """,
            principles: ["deliver-results", "dive-deep", "invent-and-simplify", "frugality"],
            questions: [
                "Tell me about a time you significantly improved the performance of a system.",
                "Tell me about a time you had to dig into the details to find the root cause of a problem.",
                "Describe a time you delivered an important result with limited resources.",
            ],
            isSample: true,
            updatedAt: date)
    }
}
