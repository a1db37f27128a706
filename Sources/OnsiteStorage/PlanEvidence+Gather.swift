import Foundation
import OnsiteCore

extension PlanEvidence {
    /// Everything the plan, the checklists and readiness read, from the stores. Days are days in `calendar`'s
    /// time zone, the candidate's own, so a review at 23:30 counts for the day it was done.
    public static func gather(
        catalog: Catalog, reviews: any ReviewStore & ReviewHistoryReading, attempts: any AttemptStore & AcceptanceHistoryReading,
        mocks: any MockStore, stories: any StoryStore, labs: (any LabProgressStore)? = nil, calendar: Calendar = .current
    ) async throws(StorageError) -> PlanEvidence {
        let accepted = try await attempts.firstAcceptances().mapValues { CalendarDate(containing: $0, calendar: calendar) }
        let attempted = try await attempts.attemptedChallengeIDs()
        var cards: [String: FSRSCard] = [:]
        for card in try await reviews.allCards() { cards[card.itemID] = card.card }
        var reviewDays: [String: Set<CalendarDate>] = [:]
        for moment in try await reviews.reviewMoments() {
            reviewDays[moment.itemID, default: []].insert(CalendarDate(containing: moment.reviewedAt, calendar: calendar))
        }
        let finished = try await mocks.reports().map { report in
            FinishedMock(format: report.format, day: CalendarDate(containing: report.finishedAt, calendar: calendar),
                         finishedAt: report.finishedAt,
                         scores: report.segments.map { (activity: $0.segment.activity, score: $0.selfScore) },
                         endedEarly: report.endedEarly)
        }
        let coverage = StoryCoverage(stories: try await stories.stories(), principles: catalog.principles,
                                     lint: StoryLint(principles: catalog.principles))
        let passedLabs = try await labs?.passedLabs().mapValues { CalendarDate(containing: $0, calendar: calendar) } ?? [:]
        return PlanEvidence(acceptedChallenges: accepted, attemptedChallenges: attempted, cards: cards, reviewDays: reviewDays,
                            mocks: finished, storiesByPrinciple: coverage.storiesByPrinciple, passingStories: coverage.passingCount,
                            passedLabs: passedLabs)
    }
}
