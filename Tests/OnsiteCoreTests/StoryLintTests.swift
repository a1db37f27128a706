import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite("STAR story lint")
struct StoryLintTests {
    static let catalog = StudyPlanTests.catalog
    static let lint = StoryLint(principles: catalog.principles)
    static let sample = STARStory.sample(at: Date(timeIntervalSince1970: 0))

    static func rules(_ story: STARStory) -> Set<StoryProblem.Rule> {
        Set(lint.problems(in: story).map(\.rule))
    }

    @Test("the sample story passes every rule and runs 1.5 to 3 minutes")
    func samplePasses() {
        #expect(Self.lint.problems(in: Self.sample).isEmpty)
        #expect((225...450).contains(Self.sample.wordCount))
        #expect(Self.sample.result.contains("1.5") || Self.sample.result.contains("one and a half"))
        #expect(Self.sample.principles.allSatisfy { id in Self.catalog.principles.contains { $0.id == id } })
    }

    @Test("missing-section: an empty Task fails; a filled one passes")
    func missingSection() {
        var story = Self.sample
        story.task = "  \n"
        #expect(Self.lint.problems(in: story).contains { $0.rule == .missingSection && $0.field == "task" })
        story.task = Self.sample.task
        #expect(!Self.rules(story).contains(.missingSection))
    }

    @Test("unmeasured-result: a Result without a number fails; with a percentage, money or a number word it passes")
    func unmeasuredResult() {
        var story = Self.sample
        story.result = "The job became much faster and the finance team was happy with the dashboards from then on."
        #expect(Self.rules(story).contains(.unmeasuredResult))
        for measured in ["Runtime fell by 75%.", "We saved $40k a year.", "It now finishes in two hours.", "Errors fell from 12 to 0."] {
            story.result = measured
            #expect(!Self.rules(story).contains(.unmeasuredResult), "\(measured)")
        }
    }

    @Test("we-only-action: an Action told only as \"we\" fails; one that says what I did passes")
    func weOnlyAction() {
        var story = Self.sample
        story.action = "We profiled the job, we rewrote the load as an incremental merge and our team switched the files to Parquet."
        #expect(Self.rules(story).contains(.weOnlyAction))
        story.action = "We agreed a plan, and I profiled the job and rewrote the load as an incremental merge."
        #expect(!Self.rules(story).contains(.weOnlyAction))
    }

    @Test("speaking-time: under 1.5 or over 3 minutes at 150 words a minute fails")
    func speakingTime() {
        var short = Self.sample
        short.situation = "A slow job."
        short.task = "Speed it up."
        short.action = "I rewrote it."
        short.result = "It runs in 1.5 hours."
        #expect(Self.rules(short).contains(.speakingTime))
        var long = Self.sample
        long.action = Array(repeating: Self.sample.action, count: 3).joined(separator: " ")
        #expect(long.speakingMinutes > 3)
        #expect(Self.rules(long).contains(.speakingTime))
        #expect(!Self.rules(Self.sample).contains(.speakingTime))
    }

    @Test("unknown-principle: an id not in principles.yaml, or none, fails")
    func unknownPrinciple() {
        var story = Self.sample
        story.principles = ["deliver-results", "be-awesome"]
        let problems = Self.lint.problems(in: story).filter { $0.rule == .unknownPrinciple }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("be-awesome") == true)
        story.principles = []
        #expect(Self.rules(story).contains(.unknownPrinciple))
        story.principles = ["ownership"]
        #expect(!Self.rules(story).contains(.unknownPrinciple))
    }

    @Test("coverage counts only passing stories and names the principles with fewer than two")
    func coverage() {
        var own = Self.sample
        own.id = "own"
        own.isSample = false
        var failing = own
        failing.id = "failing"
        failing.result = "It went well."
        failing.principles = ["ownership"]
        let coverage = StoryCoverage(stories: [Self.sample, own, failing], principles: Self.catalog.principles, lint: Self.lint)
        // The untouched sample passes the lint but is not the candidate's story.
        #expect(coverage.passingCount == 1)
        #expect(coverage.passing == ["own"])
        #expect(coverage.storiesByPrinciple["ownership"] == 0)
        #expect(coverage.storiesByPrinciple["deliver-results"] == 1)
        #expect(coverage.gaps.count == Self.catalog.principles.count)
        #expect(!coverage.meetsTargets)
    }

    @Test("stories become behavioral drill cards, one per question, checked by title words and the result's numbers")
    func drillCards() {
        let cards = StoryCards.questions(for: [Self.sample], lint: Self.lint)
        #expect(cards.count == Self.sample.questions.count)
        #expect(cards.allSatisfy { $0.track == .behavioral && $0.id.hasPrefix("story-sample-etl-runtime-") })
        let card = cards[0]
        #expect(card.keyPoints.count == 2)
        #expect(card.keyPoints[1].match.contains("75%") || card.keyPoints[1].match.contains("75"))
        #expect(card.principles == Self.sample.principles)
    }

    @Test("slugs come from titles")
    func slugs() {
        #expect(STARStory.slug(for: "Cut the ETL runtime!") == "cut-the-etl-runtime")
        #expect(STARStory.slug(for: "  ") == "story")
    }

    @Test("a new story's id never repeats another's or takes a name the web routes use")
    func uniqueIDs() {
        #expect(STARStory.uniqueID(for: "Cut the ETL runtime", among: []) == "cut-the-etl-runtime")
        var taken = Self.sample
        taken.id = "cut-the-etl-runtime"
        #expect(STARStory.uniqueID(for: "Cut the ETL runtime", among: [taken]) == "cut-the-etl-runtime-2")
        #expect(STARStory.uniqueID(for: "Lint", among: []) == "lint-2")
        #expect(STARStory.uniqueID(for: "New!", among: []) == "new-2")
    }
}

@Suite("STAR story Markdown")
struct StoryMarkdownTests {
    @Test("export and import round-trip every field")
    func roundTrip() throws {
        let sample = STARStory.sample(at: Date(timeIntervalSince1970: 0))
        var second = sample
        second.id = "other"
        second.title = "Second"
        second.questions = []
        let drafts = try StoryMarkdown.parse(StoryMarkdown.render([sample, second]))
        #expect(drafts.count == 2)
        let back = drafts[0].story(id: sample.id, at: sample.updatedAt)
        #expect(back.title == sample.title)
        #expect(back.situation == sample.situation.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(back.action == sample.action.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(back.result == sample.result.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(back.principles == sample.principles)
        #expect(back.questions == sample.questions)
        #expect(drafts[1].title == "Second")
        #expect(drafts[1].questions.isEmpty)
    }

    @Test("malformed Markdown names the line")
    func errors() {
        #expect(throws: StoryMarkdown.ParseError(line: 3, message: "unknown section \"actions taken\"; the sections are Situation, Task, Action and Result")) {
            try StoryMarkdown.parse("# T\n\n## Actions taken\n")
        }
        #expect(throws: StoryMarkdown.ParseError.self) { try StoryMarkdown.parse("stray text\n# T\n") }
    }
}
