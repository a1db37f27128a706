import Foundation
import OnsiteCore

/// Why a planning operation could not be done, in words for the candidate.
public enum PlanningError: Error, CustomStringConvertible, Sendable {
    case storage(StorageError)
    /// The request cannot be met as asked (no plan yet, a date in the past); the text says what to do.
    case invalid(String)

    public var description: String {
        switch self {
        case .storage(let error): error.description
        case .invalid(let message): message
        }
    }
}

/// The study plan, checklists, readiness and story bank over the stores, shared by the CLI and the web app so both
/// faces show the same figures: the evidence is gathered one way, the plan is refreshed one way, and the sample
/// story is seeded one way.
public struct PlanningDesk: Sendable {
    public let catalog: Catalog
    public let reviews: any ReviewStore & ReviewHistoryReading
    public let attempts: any AttemptStore & AcceptanceHistoryReading
    public let mocks: any MockStore
    public let stories: any StoryStore
    public let checklist: any ChecklistStore
    public let plans: any PlanStore
    public let labs: any LabProgressStore
    /// The candidate's calendar: days and the interview morning are in its time zone.
    public let calendar: Calendar

    public init(catalog: Catalog, reviews: any ReviewStore & ReviewHistoryReading,
                attempts: any AttemptStore & AcceptanceHistoryReading, mocks: any MockStore, stories: any StoryStore,
                checklist: any ChecklistStore, plans: any PlanStore, labs: any LabProgressStore, calendar: Calendar = .current) {
        self.labs = labs
        self.catalog = catalog
        self.reviews = reviews
        self.attempts = attempts
        self.mocks = mocks
        self.stories = stories
        self.checklist = checklist
        self.plans = plans
        self.calendar = calendar
    }

    public var lint: StoryLint { StoryLint(principles: catalog.principles) }

    public func today(at now: Date) -> CalendarDate { CalendarDate(containing: now, calendar: calendar) }

    /// The story bank, with the sample added the first time it is opened.
    public func storyBank(at now: Date) async throws(PlanningError) -> [STARStory] {
        do {
            try await stories.seedSampleIfNeeded(STARStory.sample(at: now))
            return try await stories.stories()
        } catch {
            throw .storage(error)
        }
    }

    /// The bank plus a drill card per question each of the candidate's own stories answers ("which story?").
    public func drillQuestions(at now: Date) async throws(PlanningError) -> [Question] {
        let own = try await storyBank(at: now).filter { !$0.isSample }
        return catalog.questions + StoryCards.questions(for: own, lint: lint)
    }

    public func evidence(at now: Date) async throws(PlanningError) -> PlanEvidence {
        do {
            // Seeded here too, so the sample counts the same whichever page is opened first; gather reads the bank.
            try await stories.seedSampleIfNeeded(STARStory.sample(at: now))
            return try await PlanEvidence.gather(catalog: catalog, reviews: reviews, attempts: attempts, mocks: mocks,
                                                 stories: stories, labs: labs, calendar: calendar)
        } catch {
            throw .storage(error)
        }
    }

    /// The stored plan brought up to today (and saved, so a re-plan is recorded once); nil when there is none.
    public func currentPlan(evidence: PlanEvidence, at now: Date) async throws(PlanningError) -> StudyPlan? {
        let today = today(at: now)
        let stored: StudyPlan?
        do {
            stored = try await plans.plan()
        } catch {
            throw .storage(error)
        }
        guard let stored else { return nil }
        guard stored.settings.interviewDate > today else { return stored }
        let refreshed: StudyPlan
        do {
            refreshed = try StudyPlanner(catalog: catalog, evidence: evidence, now: now).refresh(stored, today: today)
        } catch {
            throw .invalid(error.description)
        }
        if refreshed != stored {
            do {
                try await plans.save(refreshed)
            } catch {
                throw .storage(error)
            }
        }
        return refreshed
    }

    /// Makes a plan, or changes the stored one. Settings left nil keep the stored plan's. Changing only the minutes
    /// or the weekends keeps the plan's first day, so its phases do not move, and the days already behind stay as
    /// they were planned.
    public func updatePlan(interviewDate: CalendarDate?, minutesPerDay: Int?, weekends: Bool?, evidence: PlanEvidence,
                           at now: Date) async throws(PlanningError) -> StudyPlan {
        let today = today(at: now)
        let stored = try await currentPlan(evidence: evidence, at: now)
        guard interviewDate != nil || minutesPerDay != nil || weekends != nil else {
            guard let stored else {
                throw .invalid("there is no study plan yet; make one with `onsite plan --interview-date YYYY-MM-DD`")
            }
            return stored
        }
        guard let date = interviewDate ?? stored?.settings.interviewDate else {
            throw .invalid("give your interview date (YYYY-MM-DD) to make a plan")
        }
        let keepStart = interviewDate == nil || date == stored?.settings.interviewDate
        let settings = PlanSettings(
            startDate: keepStart ? (stored?.settings.startDate ?? today) : today, interviewDate: date,
            minutesPerDay: minutesPerDay ?? stored?.settings.minutesPerDay ?? PlanSettings.defaultMinutesPerDay,
            weekends: weekends ?? stored?.settings.weekends ?? true)
        var plan: StudyPlan
        do {
            plan = try StudyPlanner(catalog: catalog, evidence: evidence, now: now).plan(settings, today: today)
        } catch {
            throw .invalid(error.description)
        }
        if keepStart, let stored {
            plan.days = stored.days.filter { $0.date < today } + plan.days
            plan.replans = stored.replans
        }
        do {
            try await plans.save(plan)
        } catch {
            throw .storage(error)
        }
        return plan
    }

    /// The guide's final-week checklists.
    public func checklistPage() throws(PlanningError) -> Checklist {
        guard let page = catalog.guidePage(id: "checklists") else {
            throw .invalid("the content has no guide/checklists.md page; check the content folder")
        }
        return Checklist(page: page)
    }

    /// Every box and where it stands, from the evidence and the hand ticks.
    public func checklistStatuses(evidence: PlanEvidence) async throws(PlanningError) -> [ChecklistStatus] {
        let page = try checklistPage()
        do {
            return page.statuses(catalog: catalog, evidence: evidence, ticked: try await checklist.tickedItems())
        } catch {
            throw .storage(error)
        }
    }

    /// Ticks or unticks a box that only the candidate can know about; a computed box or an unknown id is refused.
    @discardableResult
    public func setTicked(_ itemID: String, _ ticked: Bool, at now: Date) async throws(PlanningError) -> ChecklistItem {
        let page = try checklistPage()
        guard let item = page.item(id: itemID.lowercased()) else {
            throw .invalid(ChecklistError.unknownItem(itemID, known: page.items.filter { !$0.isComputed }.map(\.id)).description)
        }
        guard !item.isComputed else { throw .invalid(ChecklistError.computed(item.id).description) }
        do {
            try await checklist.setTicked(item.id, ticked, at: now)
        } catch {
            throw .storage(error)
        }
        return item
    }

    /// Readiness per round on the morning of `interviewDate`.
    public func readiness(for interviewDate: CalendarDate, evidence: PlanEvidence) -> ReadinessReport {
        ReadinessCalculator(catalog: catalog, evidence: evidence).report(for: interviewDate, calendar: calendar)
    }
}
