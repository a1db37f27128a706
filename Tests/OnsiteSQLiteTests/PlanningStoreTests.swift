import Foundation
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage
import OnsiteTestSupport
import Testing

@Suite("SQLite story, checklist and plan stores")
struct PlanningStoreTests {
    static let sample = STARStory.sample(at: Date(timeIntervalSince1970: 1_000))

    @Test("the sample is seeded once: deleted, it stays deleted after reopening")
    func sampleSeededOnce() async throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("onsite.sqlite")
        do {
            let store = SQLiteStoryStore(database: try AppDatabase.openFile(at: file))
            try await store.seedSampleIfNeeded(Self.sample)
            try await store.seedSampleIfNeeded(Self.sample)
            #expect(try await store.stories().map(\.id) == [Self.sample.id])
            #expect(try await store.delete(id: Self.sample.id))
            #expect(try await store.delete(id: Self.sample.id) == false)
        }
        let store = SQLiteStoryStore(database: try AppDatabase.openFile(at: file))
        try await store.seedSampleIfNeeded(Self.sample)
        #expect(try await store.stories().isEmpty)
    }

    @Test("an edited story keeps its place in the list and its new text")
    func editKeepsOrder() async throws {
        let store = SQLiteStoryStore(database: try AppDatabase.inMemory())
        var first = Self.sample
        first.id = "first"
        var second = Self.sample
        second.id = "second"
        second.updatedAt = Date(timeIntervalSince1970: 2_000)
        try await store.save(first)
        try await store.save(second)
        first.title = "Renamed"
        first.updatedAt = Date(timeIntervalSince1970: 3_000)
        try await store.save(first)
        let stories = try await store.stories()
        #expect(stories.map(\.id) == ["first", "second"])
        #expect(stories.first?.title == "Renamed")
        #expect(try await store.story(id: "first")?.updatedAt == Date(timeIntervalSince1970: 3_000))
    }

    @Test("ticks are set and cleared idempotently")
    func ticks() async throws {
        let store = SQLiteChecklistStore(database: try AppDatabase.inMemory())
        try await store.setTicked("logistics-1", true, at: Date())
        try await store.setTicked("logistics-1", true, at: Date())
        try await store.setTicked("logistics-2", true, at: Date())
        try await store.setTicked("logistics-2", false, at: Date())
        #expect(try await store.tickedItems() == ["logistics-1"])
    }

    @Test("the plan round-trips whole")
    func planRoundTrip() async throws {
        let store = SQLitePlanStore(database: try AppDatabase.inMemory())
        #expect(try await store.plan() == nil)
        let day = CalendarDate("2027-01-04")!
        let plan = StudyPlan(
            settings: PlanSettings(startDate: day, interviewDate: day.adding(days: 10)), generatedOn: day,
            days: [PlanDay(date: day, phase: .fundamentals, focus: "Week 1", isStudyDay: true, tasks: [
                PlanTask(kind: .sqlChallenges, block: .morning, title: "t", itemIDs: ["sql-a"], minutes: 8, command: "onsite solve sql-a"),
            ])],
            shortfall: PlanShortfall(sqlChallenges: 0, pythonChallenges: 0, minutesPerDayNeeded: 60),
            replans: [PlanReplan(on: day, from: day, through: day, missedTasks: 1, carriedItems: ["sql-a"])])
        try await store.save(plan)
        #expect(try await store.plan() == plan)
        try await store.deletePlan()
        #expect(try await store.plan() == nil)
    }

    @Test("first acceptances and review moments come back for the plan's evidence")
    func history() async throws {
        let database = try AppDatabase.inMemory()
        let attempts = SQLiteAttemptStore(database: database)
        for (verdict, seconds) in [(Verdict.wrongAnswer, 100.0), (.accepted, 200), (.accepted, 300)] {
            try await attempts.record(Attempt(challengeID: "sql-a", engine: "sqlite", verdict: verdict,
                                              submittedAt: Date(timeIntervalSince1970: seconds), milliseconds: 1, code: "SELECT 1"))
        }
        #expect(try await attempts.firstAcceptances() == ["sql-a": Date(timeIntervalSince1970: 200)])
        let reviews = SQLiteReviewStore(database: database)
        let scheduler = FSRSScheduler()
        let at = Date(timeIntervalSince1970: 86_400 * 20_000)
        let card = scheduler.review(FSRSCard(due: at), rating: .good, at: at)
        try await reviews.record(ReviewLogEntry(itemID: "py-gil", rating: .good, reviewedAt: at, cardAfter: card),
                                 card: ReviewCard(itemID: "py-gil", card: card, introducedAt: at, reviewCount: 1))
        #expect(try await reviews.reviewMoments() == [ReviewMoment(itemID: "py-gil", reviewedAt: at)])
    }

    @Test("a lab's first pass is kept, and passes survive reopening the database")
    func labPasses() async throws {
        let directory = try TemporaryDirectory(prefix: "onsite-lab-pass")
        let file = directory.url.appendingPathComponent("onsite.sqlite")
        let first = Date(timeIntervalSince1970: 1_796_371_200)
        do {
            let store = SQLiteLabProgressStore(database: try AppDatabase.openFile(at: file))
            try await store.recordPass(of: "lab-s3-data-lake", at: first)
            try await store.recordPass(of: "lab-s3-data-lake", at: first.addingTimeInterval(3600))
        }
        let reopened = SQLiteLabProgressStore(database: try AppDatabase.openFile(at: file))
        #expect(try await reopened.passedLabs() == ["lab-s3-data-lake": first])
    }
}
