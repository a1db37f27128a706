import Foundation
import OnsiteCore
import Yams

/// Reads `content/principles.yaml`: exactly the 16 Leadership Principles.
struct PrinciplesParser {
    static let expectedCount = 16
    static let allowedFields = ["id", "name", "meaning", "questions"]

    let file: String

    func parse(_ text: String) -> (principles: [Principle], problems: [ContentProblem]) {
        let root: Node?
        switch YAMLDocument.compose(text, file: file, lineOffset: 0) {
        case .success(let node): root = node
        case .failure(let problem): return ([], [problem])
        }
        guard case .sequence(let sequence)? = root else {
            return ([], [ContentProblem(file: file, line: 1, field: "principles",
                                        message: "must be a YAML list of principles ('- id: …')")])
        }
        var problems: [ContentProblem] = []
        var principles: [Principle] = []
        for entry in sequence {
            let entryLine = entry.mark?.line ?? 1
            guard case .mapping(let mapping) = entry else {
                problems.append(ContentProblem(file: file, line: entryLine, field: "principles",
                                               message: "each principle is a mapping with id, name, meaning, questions"))
                continue
            }
            var fields = YAMLFields(file: file, lineOffset: 0, mapping: mapping, fallbackLine: entryLine)
            fields.rejectUnknownKeys(allowed: Self.allowedFields)
            let id = fields.requiredString("id")
            if let id, !ContentID.isWellFormed(id) {
                fields.report("id", "'\(id)' must be lowercase letters, digits and single hyphens",
                              line: fields.line(ofKey: "id"))
            }
            let name = fields.requiredString("name")
            let meaning = fields.requiredString("meaning")
            let questions = fields.stringList("questions", required: true)
            if let questions, questions.count < 2 {
                fields.report("questions", "needs at least two probing questions, found \(questions.count)",
                              line: fields.line(ofKey: "questions"))
            }
            problems += fields.problems
            if fields.problems.isEmpty, let id, let name, let meaning, let questions {
                principles.append(Principle(id: id, name: name, meaning: meaning, questions: questions.map(\.value)))
            }
        }
        if sequence.count != Self.expectedCount {
            problems.append(ContentProblem(
                file: file, line: 1, field: "principles",
                message: "Amazon has \(Self.expectedCount) Leadership Principles; found \(sequence.count)"))
        }
        return (principles, problems)
    }
}
