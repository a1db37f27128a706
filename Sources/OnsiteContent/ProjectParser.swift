import Foundation
import OnsiteCore
import Yams

/// Reads one project folder: `project.yaml` (metadata, steps and wiring checks), `writeup.md` and an optional
/// `solution.sh`. A step must name a lab that exists, once; every problem names the file, line and field.
struct ProjectParser {
    let file: String
    let slug: String

    func parse(_ text: String, writeup: String?, wiring: String?, folder: String,
               labs: Set<String>) -> (project: LabProject?, problems: [ContentProblem]) {
        let node: Node?
        switch YAMLDocument.compose(text, file: file, lineOffset: 0) {
        case .success(let composed): node = composed
        case .failure(let problem): return (nil, [problem])
        }
        guard case .mapping(let mapping)? = node else {
            return (nil, [ContentProblem(file: file, line: 1, field: "project", message: "must be a YAML mapping")])
        }
        var fields = YAMLFields(file: file, lineOffset: 0, mapping: mapping, fallbackLine: 1)
        fields.rejectUnknownKeys(allowed: ["id", "title", "summary", "minutes", "steps", "sources", "checks"])
        let id = fields.requiredString("id")
        if let id, id != "project-\(slug)" {
            fields.report("id", "must be 'project-\(slug)', from the folder name", line: fields.line(ofKey: "id"))
        }
        let title = fields.requiredString("title")
        let summary = fields.requiredString("summary")
        let minutes = fields.requiredInt("minutes")
        let steps = parseSteps(&fields, labs: labs)
        let sources = fields.stringList("sources", required: false) ?? []
        for source in sources where !source.value.hasPrefix("https://docs.aws.amazon.com/") {
            fields.report("sources", "'\(source.value)' must be an AWS documentation page (https://docs.aws.amazon.com/…)", line: source.line)
        }
        var checks: [LabCheck] = []
        if let checksNode = fields.node("checks") {
            let labParser = LabParser(file: file, slug: slug)
            if case .sequence(let sequence) = checksNode {
                var seen = Set<String>()
                for element in sequence {
                    guard let check = labParser.parseCheck(element, fields: &fields) else { continue }
                    if !seen.insert(check.id).inserted {
                        fields.report("checks", "two checks are called '\(check.id)'", line: fields.line(of: element))
                    }
                    checks.append(check)
                }
            } else {
                fields.report("checks", "must be a list of checks", line: fields.line(of: checksNode))
            }
        }
        var problems = fields.problems
        if writeup?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            problems.append(ContentProblem(file: "\(folder)/writeup.md", line: 1, field: "writeup",
                                           message: "the write-up is missing or empty; it is the project's interview talking point"))
        }
        guard problems.isEmpty, let id, let title, let summary, let minutes, let writeup else { return (nil, problems) }
        return (LabProject(id: id, title: title, summary: summary, minutes: minutes, steps: steps, checks: checks,
                           writeup: writeup, wiringScript: wiring, sources: sources.map(\.value)), [])
    }

    private func parseSteps(_ fields: inout YAMLFields, labs: Set<String>) -> [LabProject.Step] {
        guard case .sequence(let sequence)? = fields.node("steps") else {
            fields.report("steps", fields.node("steps") == nil ? "required field is missing" : "must be a list of {lab, why}")
            return []
        }
        var steps: [LabProject.Step] = []
        var seen = Set<String>()
        for element in sequence {
            guard case .mapping(let mapping) = element else {
                fields.report("steps", "each step is a mapping: {lab: lab-s3-data-lake, why: …}", line: fields.line(of: element))
                continue
            }
            var step = YAMLFields(file: file, lineOffset: 0, mapping: mapping, fallbackLine: fields.line(of: element))
            step.rejectUnknownKeys(allowed: ["lab", "why"])
            let lab = step.requiredString("lab"), why = step.requiredString("why")
            if let lab, !labs.contains(lab) {
                let hint = EditDistance.suggestion(for: lab, among: Array(labs)).map { " (did you mean '\($0)'?)" } ?? ""
                step.report("lab", "'\(lab)' is not a lab in content/labs\(hint)", line: step.line(ofKey: "lab"))
            } else if let lab, !seen.insert(lab).inserted {
                step.report("lab", "'\(lab)' is already a step of this project", line: step.line(ofKey: "lab"))
            }
            fields.problems += step.problems
            if step.problems.isEmpty, let lab, let why { steps.append(.init(lab: lab, why: why)) }
        }
        if sequence.count < 2 { fields.report("steps", "a project chains at least two labs") }
        return steps
    }
}
