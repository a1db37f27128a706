import Foundation
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage

/// What the plan, checklist, readiness and story commands share: the planning desk over one database connection
/// and the clock. The work itself is `PlanningDesk`'s, shared with the web app.
struct PlanningContext {
    let desk: PlanningDesk
    let now: Date

    var catalog: Catalog { desk.catalog }
    var stories: any StoryStore { desk.stories }
    var checklist: any ChecklistStore { desk.checklist }
    var plans: any PlanStore { desk.plans }
    var reviews: any ReviewStore { desk.reviews }
    var calendar: Calendar { desk.calendar }
    var today: CalendarDate { desk.today(at: now) }
    var lint: StoryLint { desk.lint }

    init(_ global: GlobalOptions, clock: ClockOptions) throws(OnsiteError) {
        let environment = AppEnvironment(global)
        desk = try environment.openPlanningDesk(catalog: try environment.loadCatalog())
        now = try clock.resolve()
    }

    func storyBank() async throws(OnsiteError) -> [STARStory] {
        try await Self.mapped { () async throws(PlanningError) in try await desk.storyBank(at: now) }
    }

    func drillQuestions() async throws(OnsiteError) -> [Question] {
        try await Self.mapped { () async throws(PlanningError) in try await desk.drillQuestions(at: now) }
    }

    func evidence() async throws(OnsiteError) -> PlanEvidence {
        try await Self.mapped { () async throws(PlanningError) in try await desk.evidence(at: now) }
    }

    func currentPlan(evidence: PlanEvidence) async throws(OnsiteError) -> StudyPlan? {
        try await Self.mapped { () async throws(PlanningError) in try await desk.currentPlan(evidence: evidence, at: now) }
    }

    func checklistPage() throws(OnsiteError) -> Checklist {
        do {
            return try desk.checklistPage()
        } catch {
            throw OnsiteError(error.description)
        }
    }

    /// Runs a desk operation and words its failure for the terminal.
    static func mapped<T>(_ operation: () async throws(PlanningError) -> T) async throws(OnsiteError) -> T {
        do {
            return try await operation()
        } catch {
            switch error {
            case .storage(let cause): throw OnsiteError(cause)
            case .invalid(let message): throw OnsiteError(message)
            }
        }
    }
}
