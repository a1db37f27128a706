import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite("Readiness")
struct ReadinessTests {
    static let catalog = StudyPlanTests.catalog
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// Every technical-1 question drilled once on 2027-01-04 with a ten-day stability.
    static func drilledEvidence() -> PlanEvidence {
        let reviewed = CalendarDate("2027-01-04")!.start(in: utc)
        var cards: [String: FSRSCard] = [:]
        for question in catalog.questions where question.rounds.contains(.technical1) {
            cards[question.id] = FSRSCard(state: .review, step: nil, stability: 10, difficulty: 5,
                                          due: reviewed.addingTimeInterval(10 * 86_400), lastReview: reviewed)
        }
        return PlanEvidence(cards: cards)
    }

    @Test("the same review history predicts lower recall, and lower readiness, for a later interview date")
    func laterDateIsLower() throws {
        let calculator = ReadinessCalculator(catalog: Self.catalog, evidence: Self.drilledEvidence())
        let soon = calculator.report(for: CalendarDate("2027-01-11")!, calendar: Self.utc)
        let late = calculator.report(for: CalendarDate("2027-03-01")!, calendar: Self.utc)
        func recall(_ report: ReadinessReport) throws -> Double {
            let round = try #require(report.rounds.first { $0.round == .technical1 })
            return try #require(round.components.first { $0.name == "recall" }).value
        }
        let near = try recall(soon), far = try recall(late)
        #expect(near > 0.5)
        #expect(far < near)
        #expect(far > 0)
        #expect(try #require(late.rounds.first { $0.round == .technical1 }).score < soon.rounds.first { $0.round == .technical1 }!.score)
    }

    @Test("no evidence is zero readiness in every round, with weights that add to one")
    func empty() {
        let report = ReadinessCalculator(catalog: Self.catalog, evidence: PlanEvidence())
            .report(for: CalendarDate("2027-01-11")!, calendar: Self.utc)
        #expect(report.rounds.map(\.round) == InterviewRound.allCases)
        for round in report.rounds {
            #expect(round.score == 0)
            #expect(abs(round.components.map(\.weight).reduce(0, +) - 1) < 1e-9)
            #expect(round.weakest.count == 3)
            #expect(round.weakest.allSatisfy { $0.action.hasPrefix("onsite ") && $0.items >= 2 })
        }
    }

    @Test("acceptance is weighted by difficulty: a hard challenge counts three easy ones")
    func acceptanceWeights() throws {
        let day = CalendarDate("2027-01-04")!
        let hard = try #require(Self.catalog.allChallenges.first { $0.difficulty == .hard })
        let easy = try #require(Self.catalog.allChallenges.first { $0.difficulty == .easy })
        func value(_ id: String) throws -> Double {
            let round = ReadinessCalculator(catalog: Self.catalog, evidence: PlanEvidence(acceptedChallenges: [id: day]))
                .readiness(of: .technical1, at: Date())
            return try #require(round.components.first { $0.name == "challenges" }).value
        }
        let ratio = try value(hard.id) / value(easy.id)
        #expect(abs(ratio - 3) < 1e-9)
    }

    @Test("mock scores map to rounds: a full loop's coding segment counts for technical 1; the last three count")
    func mockScores() throws {
        func full(_ coding: Int, at seconds: Double) -> PlanEvidence.FinishedMock {
            .init(format: .full, day: CalendarDate("2027-01-04")!, finishedAt: Date(timeIntervalSince1970: seconds),
                  scores: [(.introduction, 2), (.coding, coding), (.questions, nil), (.systemDesign, 3), (.closing, 4)])
        }
        let evidence = PlanEvidence(mocks: [full(1, at: 1), full(4, at: 2), full(4, at: 3), full(4, at: 4)])
        let calculator = ReadinessCalculator(catalog: Self.catalog, evidence: evidence)
        let technical1 = calculator.readiness(of: .technical1, at: Date())
        #expect(technical1.components.first { $0.name == "mocks" }?.value == 1)
        let technical2 = calculator.readiness(of: .technical2, at: Date())
        #expect(technical2.components.first { $0.name == "mocks" }?.value == 0)
        // With labs in the catalog, technical 2's practice is the labs passed.
        #expect(technical2.components.map(\.name) == (Self.catalog.labs.isEmpty ? ["recall", "mocks"] : ["recall", "labs", "mocks"]))
        #expect(technical2.components.map(\.weight) == (Self.catalog.labs.isEmpty ? [0.65, 0.35] : [0.5, 0.25, 0.25]))
        let design = calculator.readiness(of: .systemDesign, at: Date())
        #expect(abs((design.components.first { $0.name == "mocks" }?.value ?? 0) - 2.0 / 3) < 1e-9)
    }

    @Test("technical 2 counts the AWS labs and end-to-end projects passed")
    func labs() throws {
        try #require(!Self.catalog.labs.isEmpty)
        let first = try #require(Self.catalog.labs.first)
        let none = ReadinessCalculator(catalog: Self.catalog, evidence: PlanEvidence()).readiness(of: .technical2, at: Date())
        let one = ReadinessCalculator(catalog: Self.catalog, evidence: PlanEvidence(passedLabs: [first.id: CalendarDate("2027-01-04")!]))
            .readiness(of: .technical2, at: Date())
        let hands = Double(Self.catalog.labs.count + Self.catalog.projects.count)
        let value = try #require(one.components.first { $0.name == "labs" }?.value)
        #expect(abs(value - 1 / hands) < 1e-9)
        #expect(one.score > none.score)
        // A project passed as a whole counts as one more, on top of its labs.
        let project = try #require(Self.catalog.projects.first)
        let withProject = ReadinessCalculator(catalog: Self.catalog, evidence: PlanEvidence(
            passedLabs: [first.id: CalendarDate("2027-01-04")!, project.id: CalendarDate("2027-01-05")!]))
            .readiness(of: .technical2, at: Date())
        let both = try #require(withProject.components.first { $0.name == "labs" })
        #expect(abs(both.value - 2 / hands) < 1e-9)
        #expect(both.detail.contains("1 of \(Self.catalog.projects.count) end-to-end projects"))
    }

    @Test("the behavioral round counts passing stories and principle coverage")
    func behavioral() throws {
        let twoEach = Dictionary(uniqueKeysWithValues: Self.catalog.principles.map { ($0.id, 2) })
        let round = ReadinessCalculator(catalog: Self.catalog, evidence: PlanEvidence(storiesByPrinciple: twoEach, passingStories: 10))
            .readiness(of: .behavioral, at: Date())
        #expect(round.components.first { $0.name == "stories" }?.value == 1)
        #expect(abs(round.score - 0.25) < 1e-9)
    }
}
