/// Turns a typed mock answer into an item result: questions and STAR stories are checked against the question's key
/// points, designs against the scenario's rubric, all with the drill's matcher so a point counts the same everywhere.
public struct MockAnswerChecker: Sendable {
    public var matcher = KeyPointMatcher()

    public init() {}

    public func check(_ answer: String, for item: MockItem, against points: [KeyPoint]) -> MockItemResult {
        var result = MockItemResult(item: item, answered: true, answer: answer)
        apply(matcher.coverage(of: answer, against: points), to: &result)
        return result
    }

    public func check(_ star: STARAnswer, for item: MockItem, against points: [KeyPoint]) -> MockItemResult {
        var result = MockItemResult(item: item, answered: true, star: star)
        apply(matcher.coverage(of: star.text, against: points), to: &result)
        return result
    }

    public func check(_ design: DesignAnswer, for item: MockItem, against scenario: Scenario) -> MockItemResult {
        var result = MockItemResult(item: item, answered: true, design: design)
        apply(matcher.coverage(of: design.text, against: scenario.keyPoints), to: &result)
        return result
    }

    private func apply(_ coverage: KeyPointCoverage, to result: inout MockItemResult) {
        result.coveredPoints = coverage.covered.map(\.point)
        result.missedPoints = coverage.missed.map(\.point)
    }
}
