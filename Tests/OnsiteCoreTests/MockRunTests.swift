import Foundation
import OnsiteCore
import Testing

@Suite("A mock run's place, time-boxing and report")
struct MockRunTests {
    let start = Date(timeIntervalSince1970: 1_796_374_800)

    /// The behavioral round with two stories, items made by hand: no content needed.
    var plan: MockPlan {
        let agenda = MockAgenda.standard(.behavioral)
        let stories = [MockItem(kind: .question, id: "bh-one", title: "One"), MockItem(kind: .question, id: "bh-two", title: "Two")]
        return MockPlan(agenda: agenda, items: [[.introduction], stories, [.closing]])
    }

    func answered(_ item: MockItem, covered: Int, missed: Int) -> MockItemResult {
        MockItemResult(item: item, answered: true, coveredPoints: (0..<covered).map { "c\($0)" }, missedPoints: (0..<missed).map { "m\($0)" })
    }

    @Test("segments close after their last item, and time used runs from one close to the next")
    func closesInOrder() throws {
        var run = MockRun(plan: plan, startedAt: start)
        run.record(MockItemResult(item: .introduction, answered: true, answer: "Hello"), at: start + 200)
        #expect(run.closed.map(\.secondsUsed) == [200])
        #expect(run.currentItem?.id == "bh-one")
        run.record(answered(plan.items[1][0], covered: 4, missed: 0), at: start + 1_000)
        run.record(answered(plan.items[1][1], covered: 1, missed: 3), at: start + 2_000)
        run.record(MockItemResult(item: .closing, answered: true, answer: "Questions"), at: start + 2_300)
        #expect(!run.isAnswering)
        #expect(run.closed.map(\.secondsUsed) == [200, 1_800, 300])
        let report = run.report(scores: [3, 4, 2], at: start + 2_400)
        #expect(report.averageScore == 3)
        #expect(report.pushedToDrill == ["bh-two"], "only the story under 70% of its points goes back to the drill")
        #expect(!report.endedEarly)
    }

    @Test("a segment whose budget is spent closes on the next look, its remaining items not reached")
    func timeBox() {
        var run = MockRun(plan: plan, startedAt: start)
        let closedEarly = run.closeIfOverdue(at: start + 299)
        let closedOnTime = run.closeIfOverdue(at: start + 300)
        #expect(!closedEarly)
        #expect(closedOnTime)
        #expect(run.closed.first?.items.first?.answered == false)
        #expect(run.closed.first?.isOverBudget == false, "exactly the budget is not over it")
        // An answer after the 48 minutes counts, but closes the segment: the second story is not reached.
        run.record(answered(plan.items[1][0], covered: 4, missed: 0), at: start + 300 + 49 * 60)
        let stories = run.closed[1]
        #expect(stories.isOverBudget)
        #expect(stories.items.map(\.answered) == [true, false])
        #expect(run.report(at: start + 4_000).pushedToDrill == ["bh-two"])
    }

    @Test("stopping keeps what was done, and a segment scored 1 or 2 sends all its items to the drill")
    func stop() {
        var run = MockRun(plan: plan, startedAt: start)
        run.record(MockItemResult(item: .introduction, answered: true, answer: "Hi"), at: start + 100)
        run.record(answered(plan.items[1][0], covered: 3, missed: 0), at: start + 500)
        run.stop(at: start + 600)
        #expect(!run.isAnswering)
        #expect(run.wasStopped && run.stoppedEarly)
        let report = run.report(scores: [3, 2], at: start + 700)
        #expect(report.endedEarly)
        #expect(report.segments.count == 2)
        #expect(report.segments[1].secondsUsed == 600 - 100)
        #expect(report.pushedToDrill == ["bh-two", "bh-one"])
        let markdown = MockReportMarkdown.render(report, timeZone: TimeZone(identifier: "UTC")!)
        #expect(markdown.contains("| 0:05 Leadership Principles | 48:00 | 8:20 | 2 Partly there |"))
        #expect(markdown.contains("Stopped before the end."))
    }
}
