import OnsiteCore
import Testing

@Suite("Core")
struct CoreTests {
    @Test("edit distance counts insertions, deletions and substitutions", arguments: [
        ("", "abc", 3), ("kitten", "sitting", 3), ("python", "pyhton", 2), ("same", "same", 0),
    ])
    func editDistance(_ lhs: String, _ rhs: String, _ expected: Int) {
        #expect(EditDistance.between(lhs, rhs) == expected)
    }

    @Test("suggests a close id and nothing for a far one")
    func suggestion() {
        #expect(EditDistance.suggestion(for: "py-gill", among: ["py-gil", "sql-join-types"]) == "py-gil")
        #expect(EditDistance.suggestion(for: "kafka", among: ["py-gil", "sql-join-types"]) == nil)
    }

    @Test("stats name every track and kind, with zero where nothing exists yet")
    func statsShape() {
        let question = Question(
            id: "sql-x", track: .sql, title: "X", difficulty: .easy, tags: ["joins"], rounds: [.technical1],
            quickfire: true, keyPoints: [], sources: [], prompt: "p", answer: "a", followUps: [])
        let stats = Catalog(questions: [question], guide: [], principles: []).stats
        #expect(stats.questions == ["python": 0, "sql": 1, "aws": 0, "concepts": 0, "system-design": 0, "behavioral": 0])
        #expect(stats.quickfire == 1)
        #expect(stats.challenges == ["sql": 0, "python": 0])
        #expect(stats.scenarios == 0)
        #expect(stats.principles == 0)
    }

    @Test("every track has a distinct id prefix")
    func prefixes() {
        #expect(Set(Track.allCases.map(\.idPrefix)).count == Track.allCases.count)
    }
}
