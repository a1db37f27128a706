import Foundation
import OnsiteCore
import Yams

/// Reads one lab folder: `lab.yaml` (metadata and checks), `task.md`, `solution.sh` and an optional `setup.sh`.
/// Every problem names the file, line and field.
struct LabParser {
    static let services = ["S3", "IAM", "Glue", "Athena", "Redshift", "Kinesis", "Firehose", "Lambda", "EMR",
                           "Step Functions", "CloudWatch", "SNS", "SQS", "DynamoDB", "KMS", "Secrets Manager"]
    static let conditions = ["exists", "equals", "none_equal", "contains", "none_contain", "at_least", "at_most",
                             "count_at_least", "matches"]

    let file: String
    let slug: String

    func parse(_ text: String, task: String?, solution: String?, setup: String?, folder: String) -> (lab: Lab?, problems: [ContentProblem]) {
        let node: Node?
        switch YAMLDocument.compose(text, file: file, lineOffset: 0) {
        case .success(let composed): node = composed
        case .failure(let problem): return (nil, [problem])
        }
        guard case .mapping(let mapping)? = node else {
            return (nil, [ContentProblem(file: file, line: 1, field: "lab", message: "must be a YAML mapping")])
        }
        var fields = YAMLFields(file: file, lineOffset: 0, mapping: mapping, fallbackLine: 1)
        fields.rejectUnknownKeys(allowed: ["id", "title", "services", "difficulty", "minutes", "summary", "sources", "checks"])
        let id = fields.requiredString("id")
        if let id, id != "lab-\(slug)" {
            fields.report("id", "must be 'lab-\(slug)', from the folder name", line: fields.line(ofKey: "id"))
        }
        let title = fields.requiredString("title")
        let services = fields.stringList("services", required: true) ?? []
        for service in services where !Self.services.contains(service.value) {
            fields.report("services", "'\(service.value)' is not one of \(Self.services.joined(separator: ", "))", line: service.line)
        }
        let difficulty = fields.requiredDifficulty()
        let minutes = fields.requiredInt("minutes")
        let summary = fields.requiredString("summary")
        let sources = fields.stringList("sources", required: true) ?? []
        if sources.isEmpty { fields.report("sources", "name the AWS documentation the lab relies on") }
        for source in sources where !source.value.hasPrefix("https://docs.aws.amazon.com/") {
            fields.report("sources", "'\(source.value)' must be an AWS documentation page (https://docs.aws.amazon.com/…)", line: source.line)
        }
        var checks: [LabCheck] = []
        if case .sequence(let sequence)? = fields.node("checks") {
            var seen = Set<String>()
            for element in sequence {
                if let check = parseCheck(element, fields: &fields) {
                    if !seen.insert(check.id).inserted {
                        fields.report("checks", "two checks are called '\(check.id)'", line: fields.line(of: element))
                    }
                    checks.append(check)
                }
            }
            if sequence.isEmpty { fields.report("checks", "a lab needs at least one check") }
        } else {
            fields.report("checks", fields.node("checks") == nil ? "required field is missing" : "must be a list of checks")
        }
        var problems = fields.problems
        if task?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            problems.append(ContentProblem(file: "\(folder)/task.md", line: 1, field: "task", message: "the task is missing or empty"))
        }
        if solution?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            problems.append(ContentProblem(file: "\(folder)/solution.sh", line: 1, field: "solution",
                                           message: "the reference solution is missing or empty"))
        }
        guard problems.isEmpty, let id, let title, let difficulty, let minutes, let summary, let task, let solution else {
            return (nil, problems)
        }
        return (Lab(id: id, title: title, services: services.map(\.value), difficulty: difficulty, minutes: minutes,
                    summary: summary, task: task, sources: sources.map(\.value), checks: checks, setupScript: setup,
                    solutionScript: solution), [])
    }

    /// One check of `checks:`; projects' wiring checks use the same format.
    func parseCheck(_ node: Node, fields: inout YAMLFields) -> LabCheck? {
        guard case .mapping(let mapping) = node else {
            fields.report("checks", "each check must be a mapping with id, title, call, expect and hint", line: fields.line(of: node))
            return nil
        }
        var check = YAMLFields(file: file, lineOffset: 0, mapping: mapping, fallbackLine: fields.line(of: node))
        check.rejectUnknownKeys(allowed: ["id", "title", "call", "with", "expect", "hint"])
        let id = check.requiredString("id")
        let title = check.requiredString("title")
        let hint = check.requiredString("hint")
        var call: LabCall?
        if let name = check.requiredString("call") {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2, LabCall.supportedOperations.contains(name) {
                call = LabCall(service: parts[0], operation: parts[1])
            } else if parts.count == 2 {
                let hint = EditDistance.suggestion(for: name, among: Array(LabCall.supportedOperations)).map { " (did you mean '\($0)'?)" } ?? ""
                check.report("call", "'\(name)' is not a read-only operation the lab checks can call\(hint)", line: check.line(ofKey: "call"))
            } else {
                check.report("call", "'\(name)' must be service.Operation, e.g. s3.GetBucketVersioning", line: check.line(ofKey: "call"))
            }
        }
        if let withNode = check.node("with") {
            if case .mapping(let parameters) = withNode {
                for (key, value) in parameters {
                    guard let name = key.string, let text = value.string else {
                        check.report("with", "parameters must be name: text", line: check.line(of: key))
                        continue
                    }
                    call?.parameters[name] = text
                }
            } else {
                check.report("with", "must be a mapping of parameter names to values", line: check.line(of: withNode))
            }
        }
        var expectations: [LabExpectation] = []
        if case .sequence(let list)? = check.node("expect") {
            for element in list {
                if let expectation = parseExpectation(element, fields: &check) { expectations.append(expectation) }
            }
            if list.isEmpty { check.report("expect", "a check needs at least one expectation") }
        } else {
            check.report("expect", check.node("expect") == nil ? "required field is missing" : "must be a list of expectations")
        }
        fields.problems += check.problems
        guard check.problems.isEmpty, let id, let title, let hint, let call else { return nil }
        return LabCheck(id: id, title: title, call: call, expectations: expectations, hint: hint)
    }

    private func parseExpectation(_ node: Node, fields: inout YAMLFields) -> LabExpectation? {
        guard case .mapping(let mapping) = node else {
            fields.report("expect", "each expectation is a mapping: {path: Status, equals: Enabled}", line: fields.line(of: node))
            return nil
        }
        var inner = YAMLFields(file: file, lineOffset: 0, mapping: mapping, fallbackLine: fields.line(of: node))
        inner.rejectUnknownKeys(allowed: ["path"] + Self.conditions)
        let path = inner.requiredString("path")
        let given = Self.conditions.filter { inner.node($0) != nil }
        var condition: LabExpectation.Condition?
        if given.count != 1 {
            inner.report("expect", "give exactly one of \(Self.conditions.joined(separator: ", "))", line: fields.line(of: node))
        } else if let key = given.first, let value = inner.node(key) {
            let text = value.string ?? ""
            let line = inner.line(of: value)
            switch key {
            case "exists":
                if let flag = value.bool { condition = .exists(flag) } else { inner.report(key, "must be true or false", line: line) }
            case "equals": condition = .equals(text)
            case "none_equal": condition = .noneEqual(text)
            case "contains": condition = .contains(text)
            case "none_contain": condition = .noneContain(text)
            case "matches":
                if (try? NSRegularExpression(pattern: text)) == nil {
                    inner.report(key, "'\(text)' is not a regular expression", line: line)
                } else {
                    condition = .matches(text)
                }
            case "at_least", "at_most":
                if let number = value.float { condition = key == "at_least" ? .atLeast(number) : .atMost(number) }
                else { inner.report(key, "must be a number", line: line) }
            case "count_at_least":
                if let count = value.int { condition = .countAtLeast(count) } else { inner.report(key, "must be a whole number", line: line) }
            default: break
            }
        }
        fields.problems += inner.problems
        guard inner.problems.isEmpty, let path, let condition else { return nil }
        return LabExpectation(path: path, condition: condition)
    }
}
