import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite("Final-week checklists")
struct ChecklistTests {
    static let catalog = StudyPlanTests.catalog
    static let checklist = Checklist(page: catalog.guidePage(id: "checklists")!)
    static let day = CalendarDate("2027-01-04")!

    static func status(_ id: String, _ evidence: PlanEvidence, ticked: Set<String> = []) -> ChecklistStatus? {
        checklist.statuses(catalog: catalog, evidence: evidence, ticked: ticked).first { $0.id == id }
    }

    @Test("each computed id still names the box it measures in checklists.md")
    func idsMatchContent() throws {
        let expected = [
            "technical-1": "100+ SQL", "technical-2": "50+ Python", "technical-3": "AWS services", "technical-4": "hands-on",
            "technical-5": "system design", "technical-6": "end-to-end projects", "technical-7": "full mock", "technical-8": "mistakes log",
            "behavioral-1": "10 STAR stories", "behavioral-2": "16 Leadership Principles",
        ]
        #expect(Set(expected.keys) == Set(Checklist.measures.keys))
        for (id, phrase) in expected {
            let item = try #require(Self.checklist.item(id: id), "no \(id)")
            #expect(item.text.localizedCaseInsensitiveContains(phrase), "\(id): \(item.text)")
            #expect(item.isComputed)
        }
        #expect(Self.checklist.items.count >= 20)
        #expect(Self.checklist.item(id: "logistics-1")?.text.contains("Resume") == true)
        #expect(Self.checklist.item(id: "logistics-1")?.isComputed == false)
    }

    @Test("passing labs ticks the hands-on box once every key-topics service a lab practises has been used")
    func handsOnFromLabs() throws {
        let practised = Set(Self.catalog.labs.flatMap(\.services)).intersection(ChecklistMeasure.keyTopicServices)
        try #require(!practised.isEmpty)
        let none = try #require(Self.status("technical-4", PlanEvidence()))
        #expect(none.computed && !none.done && none.current == 0 && none.target == practised.count)
        let all = Dictionary(uniqueKeysWithValues: Self.catalog.labs.map { ($0.id, Self.day) })
        let every = try #require(Self.status("technical-4", PlanEvidence(passedLabs: all)))
        #expect(every.done && every.current == practised.count)
        let s3Only = Self.catalog.labs.filter { $0.services == ["S3", "KMS"] }.map { ($0.id, Self.day) }
        if !s3Only.isEmpty, practised.count > 1 {
            let partial = try #require(Self.status("technical-4", PlanEvidence(passedLabs: Dictionary(uniqueKeysWithValues: s3Only))))
            #expect(!partial.done && partial.current == 1)
        }
    }

    @Test("the end-to-end projects box counts projects passed as a whole, not their labs")
    func projectsBox() throws {
        let projects = Self.catalog.projects
        try #require(projects.count >= 3)
        let stepsOnly = Dictionary(uniqueKeysWithValues: Set(projects.flatMap { $0.steps.map(\.lab) }).map { ($0, Self.day) })
        let labsDone = try #require(Self.status("technical-6", PlanEvidence(passedLabs: stepsOnly)))
        #expect(labsDone.computed && !labsDone.done && labsDone.current == 0 && labsDone.target == 3)
        let two = Dictionary(uniqueKeysWithValues: projects.prefix(2).map { ($0.id, Self.day) })
        #expect(try #require(Self.status("technical-6", PlanEvidence(passedLabs: two))).current == 2)
        let all = Dictionary(uniqueKeysWithValues: projects.map { ($0.id, Self.day) })
        #expect(try #require(Self.status("technical-6", PlanEvidence(passedLabs: all))).done)
    }

    @Test("solving the 100th SQL challenge ticks the SQL box")
    func hundredthSQL() throws {
        let ids = Self.catalog.sqlChallenges.map(\.id)
        try #require(ids.count >= 100)
        var accepted = Dictionary(uniqueKeysWithValues: ids.prefix(99).map { ($0, Self.day) })
        let before = try #require(Self.status("technical-1", PlanEvidence(acceptedChallenges: accepted)))
        #expect(before.done == false)
        #expect(before.current == 99)
        #expect(before.target == 100)
        #expect(before.command != nil)
        accepted[ids[99]] = Self.day
        let after = try #require(Self.status("technical-1", PlanEvidence(acceptedChallenges: accepted)))
        #expect(after.done)
        #expect(after.current == 100)
    }

    @Test("a story that fails the lint does not count towards the ten")
    func failingStoryDoesNotCount() throws {
        let lint = StoryLint(principles: Self.catalog.principles)
        var stories = (1...10).map { index -> STARStory in
            var story = STARStory.sample(at: Date(timeIntervalSince1970: 0))
            story.id = "story-\(index)"
            story.isSample = false
            return story
        }
        stories[9].result = "Everyone was pleased with how it went."
        func evidence() -> PlanEvidence {
            let coverage = StoryCoverage(stories: stories, principles: Self.catalog.principles, lint: lint)
            return PlanEvidence(storiesByPrinciple: coverage.storiesByPrinciple, passingStories: coverage.passingCount)
        }
        let failing = try #require(Self.status("behavioral-1", evidence()))
        #expect(!failing.done)
        #expect(failing.current == 9)
        stories[9].result = "Runtime fell by 75%."
        #expect(try #require(Self.status("behavioral-1", evidence())).done)
    }

    @Test("mocks tick the full-mock box only when finished, and the design box counts full loops too")
    func mocks() throws {
        func mock(_ format: MockFormat, endedEarly: Bool = false) -> PlanEvidence.FinishedMock {
            .init(format: format, day: Self.day, finishedAt: Date(timeIntervalSince1970: 0), scores: [], endedEarly: endedEarly)
        }
        #expect(try #require(Self.status("technical-7", PlanEvidence(mocks: [mock(.full, endedEarly: true)]))).done == false)
        #expect(try #require(Self.status("technical-7", PlanEvidence(mocks: [mock(.full)]))).done)
        let design = PlanEvidence(mocks: [mock(.full), mock(.systemDesign), mock(.behavioral)])
        #expect(try #require(Self.status("technical-5", design)).current == 2)
        #expect(try #require(Self.status("technical-5", PlanEvidence(mocks: design.mocks + [mock(.systemDesign)]))).done)
    }

    @Test("the mistakes box needs something tried and nothing left unaccepted")
    func mistakes() throws {
        #expect(try #require(Self.status("technical-8", PlanEvidence())).done == false)
        let open = PlanEvidence(acceptedChallenges: ["a": Self.day], attemptedChallenges: ["b"])
        #expect(try #require(Self.status("technical-8", open)).current == 1)
        #expect(try #require(Self.status("technical-8", PlanEvidence(acceptedChallenges: ["a": Self.day, "b": Self.day]))).done)
    }

    @Test("the AWS box counts key-topics services with a reviewed item")
    func awsServices() throws {
        let s3 = try #require(Self.catalog.questions.first { $0.track == .aws && $0.tags.contains("s3") })
        let status = try #require(Self.status("technical-3", PlanEvidence(reviewDays: [s3.id: [Self.day]])))
        #expect(status.current == 1)
        #expect(status.target == 10)
    }

    @Test("hand-ticked boxes follow the ticks")
    func handTicks() throws {
        #expect(try #require(Self.status("logistics-1", PlanEvidence())).done == false)
        #expect(try #require(Self.status("logistics-1", PlanEvidence(), ticked: ["logistics-1"])).done)
    }
}
