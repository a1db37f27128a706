import Foundation

/// What a mock asks at one step: a fixed prompt (introduction, closing), a bank question, a challenge or a scenario.
public struct MockItem: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case prompt, question, challenge, scenario
    }

    public var kind: Kind
    public var id: String
    public var title: String

    public init(kind: Kind, id: String, title: String) {
        self.kind = kind
        self.id = id
        self.title = title
    }

    /// The two things every interviewer asks whatever the round; they have no bank entry, so their ids are fixed.
    public static let introduction = MockItem(kind: .prompt, id: "mock-introduction",
                                              title: "Tell me about yourself, and why this role.")
    public static let closing = MockItem(kind: .prompt, id: "mock-closing",
                                         title: "What would you like to ask us?")
}

/// A mock's timetable with the items chosen for each segment.
public struct MockPlan: Codable, Sendable, Equatable {
    public var agenda: MockAgenda
    /// One list per segment of `agenda`, in the same order.
    public var items: [[MockItem]]

    public init(agenda: MockAgenda, items: [[MockItem]]) {
        self.agenda = agenda
        self.items = items
    }
}

/// Fills an agenda from the content: each segment's items come from the banks, challenges or scenarios its
/// activity needs, ranked by `MockPicker` on what the candidate's history says.
public struct MockPlanner: Sendable {
    public var catalog: Catalog
    public var picker = MockPicker()

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    public func plan(_ format: MockFormat, evidence: [String: MockPicker.Evidence], now: Date) -> MockPlan {
        let agenda = MockAgenda.standard(format)
        var used = Set<String>()
        var items: [[MockItem]] = []
        for segment in agenda.segments {
            let chosen = pick(for: segment, evidence: evidence, now: now, excluding: used)
            used.formUnion(chosen.map(\.id))
            items.append(chosen)
        }
        return MockPlan(agenda: agenda, items: items)
    }

    private func pick(for segment: MockSegment, evidence: [String: MockPicker.Evidence], now: Date,
                      excluding used: Set<String>) -> [MockItem] {
        switch segment.activity {
        case .introduction:
            return [.introduction]
        case .closing:
            return [.closing]
        case .coding:
            // A loop's coding round asks SQL and Python; with more items the two alternate.
            let sql = picker.pick(segment.items, from: catalog.sqlChallenges.map(\.id).filter { !used.contains($0) },
                                  evidence: evidence, now: now)
            let python = picker.pick(segment.items, from: catalog.pythonChallenges.map(\.id).filter { !used.contains($0) },
                                     evidence: evidence, now: now)
            let alternating = zip(sql, python).flatMap { [$0, $1] } + sql.dropFirst(python.count) + python.dropFirst(sql.count)
            return alternating.prefix(segment.items).compactMap(challengeItem)
        case .systemDesign:
            let ids = catalog.scenarios.map(\.id).filter { !used.contains($0) }
            return picker.pick(segment.items, from: ids, evidence: evidence, now: now).compactMap { id in
                catalog.scenario(id: id).map { MockItem(kind: .scenario, id: id, title: $0.title) }
            }
        case .questions, .behavioral:
            // Scenarios are asked whole in their own segment, never as a short question.
            let ids = catalog.questions.filter { segment.tracks.contains($0.track) && !used.contains($0.id) }.map(\.id)
            return picker.pick(segment.items, from: ids, evidence: evidence, now: now).compactMap { id in
                catalog.question(id: id).map { MockItem(kind: .question, id: id, title: $0.title) }
            }
        }
    }

    private func challengeItem(_ id: String) -> MockItem? {
        if let sql = catalog.sqlChallenge(id: id) { return MockItem(kind: .challenge, id: id, title: sql.title) }
        if let python = catalog.pythonChallenge(id: id) { return MockItem(kind: .challenge, id: id, title: python.title) }
        return nil
    }
}
