import Foundation
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage

/// What the plan, checklist, readiness and story commands share: the catalog, the stores over one database
/// connection, the clock, and the evidence gathered from them.
struct PlanningContext {
    let catalog: Catalog
    let reviews: SQLiteReviewStore
    let attempts: SQLiteAttemptStore
    let mocks: SQLiteMockStore
    let stories: SQLiteStoryStore
    let checklist: SQLiteChecklistStore
    let plans: SQLitePlanStore
    let now: Date
    let calendar: Calendar

    var today: CalendarDate { CalendarDate(containing: now, calendar: calendar) }
    var lint: StoryLint { StoryLint(principles: catalog.principles) }

    init(_ global: GlobalOptions, clock: ClockOptions) throws(OnsiteError) {
        let environment = AppEnvironment(global)
        catalog = try environment.loadCatalog()
        let database = try environment.openDatabase()
        reviews = SQLiteReviewStore(database: database)
        attempts = SQLiteAttemptStore(database: database)
        mocks = SQLiteMockStore(database: database)
        stories = SQLiteStoryStore(database: database)
        checklist = SQLiteChecklistStore(database: database)
        plans = SQLitePlanStore(database: database)
        now = try clock.resolve()
        calendar = .current
    }

    /// The story bank, with the sample added the first time it is opened.
    func storyBank() async throws(OnsiteError) -> [STARStory] {
        do {
            try await stories.seedSampleIfNeeded(STARStory.sample(at: now))
            return try await stories.stories()
        } catch {
            throw OnsiteError(error)
        }
    }

    /// The bank plus a drill card per question each of the candidate's stories answers ("which story?").
    func drillQuestions() async throws(OnsiteError) -> [Question] {
        let own = try await storyBank().filter { !$0.isSample }
        return catalog.questions + StoryCards.questions(for: own, lint: lint)
    }

    func evidence() async throws(OnsiteError) -> PlanEvidence {
        _ = try await storyBank()
        do {
            return try await PlanEvidence.gather(catalog: catalog, reviews: reviews, attempts: attempts, mocks: mocks,
                                                 stories: stories, calendar: calendar)
        } catch {
            throw OnsiteError(error)
        }
    }

    /// The stored plan brought up to today (and saved, so a re-plan is recorded once); nil when there is none.
    func currentPlan(evidence: PlanEvidence) async throws(OnsiteError) -> StudyPlan? {
        do {
            guard let stored = try await plans.plan() else { return nil }
            guard stored.settings.interviewDate > today else { return stored }
            let refreshed = try StudyPlanner(catalog: catalog, evidence: evidence, now: now).refresh(stored, today: today)
            if refreshed != stored { try await plans.save(refreshed) }
            return refreshed
        } catch let error as StorageError {
            throw OnsiteError(error)
        } catch {
            throw OnsiteError("\(error)")
        }
    }
}
