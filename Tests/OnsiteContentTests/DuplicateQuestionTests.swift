import Foundation
import OnsiteContent
import OnsiteTestSupport
import Testing

@Suite("Duplicate questions")
struct DuplicateQuestionTests {
    static let rewordedDuplicates: [(String, String)] = [
        ("What is the difference between WHERE and HAVING? When do you use each?",
         "Explain WHERE versus HAVING: when would you use each one?"),
        ("Explain the GIL. When does it limit a data pipeline?",
         "What is the GIL and when does it limit a data pipeline?"),
        ("What is the difference between a list and a tuple in Python?",
         "Compare Python lists and tuples: what is the difference?"),
    ]

    static let distinctNeighbours: [(String, String)] = [
        ("What is the difference between WHERE and HAVING?", "What is the difference between UNION and UNION ALL?"),
        ("Explain ROW_NUMBER, RANK and DENSE_RANK with ties.", "How do LEAD and LAG work in a window?"),
        ("What is the difference between a list and a tuple in Python?", "How does a Python dict look up a key?"),
        ("S3 storage classes: which one when?", "How consistent are S3 reads after a write?"),
    ]

    @Test("a reworded copy of a question scores above the threshold", arguments: rewordedDuplicates)
    func catchesRewording(_ pair: (String, String)) {
        let score = QuestionSimilarity(text: pair.0).similarity(to: QuestionSimilarity(text: pair.1))
        #expect(score >= QuestionSimilarity.duplicateThreshold, "score \(score)")
    }

    @Test("distinct neighbouring questions score below the threshold", arguments: distinctNeighbours)
    func passesNeighbours(_ pair: (String, String)) {
        let score = QuestionSimilarity(text: pair.0).similarity(to: QuestionSimilarity(text: pair.1))
        #expect(score < QuestionSimilarity.duplicateThreshold, "score \(score)")
    }

    @Test("lint reports a reworded duplicate at the later file's title")
    func lintReportsDuplicate() throws {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        let reworded = FixtureContent.pythonQuestion
            .replacingOccurrences(of: "id: py-gil", with: "id: py-gil-again")
            .replacingOccurrences(of: "What is the GIL?", with: "What's the GIL in CPython?")
            .replacingOccurrences(of: "Explain the global interpreter lock in CPython.",
                                  with: "Explain CPython's global interpreter lock.")
        try directory.write(reworded, to: "questions/python/gil-again.md")
        let problems = ContentLoader(root: directory.url, displayRelativeTo: directory.url).load().problems
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.field == "title")
        #expect(problem.line == 3)
        #expect(problem.message.contains("asks the same thing as py-gil"))
    }
}
