import Foundation
import OnsiteCore
import Yams

/// Reads one `content/challenges/python/<id>/` folder into a `PythonChallenge`.
struct PythonChallengeParser {
    static let problemFields = ["id", "title", "difficulty", "topics"]
    static let testFields = ["function", "compare", "float_tolerance", "ignore_row_order", "time_limit", "pandas", "cases"]
    static let caseFields = ["name", "hidden", "args", "args_expr", "kwargs", "expected", "compare", "float_tolerance",
                             "ignore_row_order", "time_limit"]
    static let minimumHiddenCases = 2
    static let maximumTimeLimit = 10.0

    let directory: URL
    let display: (URL) -> String

    func parse() -> (challenge: PythonChallenge?, problems: [ContentProblem]) {
        var problems: [ContentProblem] = []
        func read(_ name: String) -> String? {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                problems.append(ContentProblem(file: display(url), line: 1, field: "file",
                                               message: "missing or not UTF-8: every Python challenge needs \(name)"))
                return nil
            }
            return text
        }
        let problemText = read("problem.md")
        let starter = read("starter.py")
        let solution = read("solution.py")
        let testsText = read("tests.yaml")
        guard let problemText, let testsText else { return (nil, problems) }

        // problem.md
        let problemPath = display(directory.appendingPathComponent("problem.md"))
        let document: FrontMatterDocument
        var fields: YAMLFields
        switch FrontMatterParsing.parse(problemText, file: problemPath) {
        case .success(let parsed): (document, fields) = parsed
        case .failure(let problem): return (nil, problems + [problem])
        }
        fields.rejectUnknownKeys(allowed: Self.problemFields)
        let id = fields.requiredString("id")
        if let id {
            if !id.hasPrefix("py-") || !ContentID.isWellFormed(id) {
                fields.report("id", "'\(id)' must be lowercase-hyphenated and start with 'py-'", line: fields.line(ofKey: "id"))
            } else if id != directory.lastPathComponent {
                fields.report("id", "'\(id)' must equal its folder name '\(directory.lastPathComponent)'", line: fields.line(ofKey: "id"))
            }
        }
        let title = fields.requiredString("title")
        let difficulty = fields.requiredDifficulty()
        let topics = fields.stringList("topics", required: true)?.map(\.value)
        let prompt = document.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if prompt.isEmpty { fields.report("body", "the problem statement is missing", line: document.bodyFirstLine) }
        problems += fields.problems

        // tests.yaml
        let testsPath = display(directory.appendingPathComponent("tests.yaml"))
        let tests = parseTests(testsText, file: testsPath, problems: &problems)
        if let tests {
            for (name, text) in [("starter.py", starter), ("solution.py", solution)] {
                if let text, !text.contains("def \(tests.function)(") {
                    problems.append(ContentProblem(file: display(directory.appendingPathComponent(name)), line: 1, field: "function",
                                                   message: "must define \(tests.function)(…), the function tests.yaml calls"))
                }
            }
        }
        guard problems.isEmpty, let id, let title, let difficulty, let topics, let starter, let solution, let tests else {
            return (nil, problems)
        }
        return (PythonChallenge(id: id, title: title, difficulty: difficulty, topics: topics, prompt: prompt,
                                starter: starter, solution: solution, function: tests.function,
                                usesPandas: tests.usesPandas, cases: tests.cases), [])
    }

    private struct Tests {
        var function: String
        var usesPandas: Bool
        var cases: [PythonCase]
    }

    private func parseTests(_ text: String, file: String, problems: inout [ContentProblem]) -> Tests? {
        let root: Node?
        switch YAMLDocument.compose(text, file: file, lineOffset: 0) {
        case .success(let node): root = node
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
        guard case .mapping(let mapping)? = root else {
            problems.append(ContentProblem(file: file, line: 1, field: "tests", message: "must be a mapping with function and cases"))
            return nil
        }
        var fields = YAMLFields(file: file, lineOffset: 0, mapping: mapping, fallbackLine: 1)
        fields.rejectUnknownKeys(allowed: Self.testFields)
        let function = fields.requiredString("function")
        if let function, !function.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) || function.first?.isNumber == true {
            fields.report("function", "'\(function)' is not a Python identifier", line: fields.line(ofKey: "function"))
        }
        let defaults = comparison(in: &fields, base: PythonComparison())
        let defaultLimit = timeLimit(in: &fields, fallback: PythonCase.defaultTimeLimit)
        var cases: [PythonCase] = []
        var usesPandas = fields.node("pandas")?.bool ?? false
        if let node = fields.node("cases"), case .sequence(let sequence) = node {
            var names: Set<String> = []
            for entry in sequence {
                guard case .mapping(let caseMapping) = entry else {
                    fields.report("cases", "each case is a mapping with name, args and expected", line: fields.line(of: entry))
                    continue
                }
                var caseFields = YAMLFields(file: file, lineOffset: 0, mapping: caseMapping, fallbackLine: fields.line(of: entry))
                caseFields.rejectUnknownKeys(allowed: Self.caseFields)
                let name = caseFields.requiredString("name")
                if let name, !names.insert(name).inserted {
                    caseFields.report("name", "'\(name)' is used by another case", line: caseFields.line(ofKey: "name"))
                }
                let hidden = caseFields.optionalBool("hidden", default: false)
                var args: [JSONValue] = []
                if let argsNode = caseFields.node("args") {
                    if case .array(let values) = YAMLJSON.value(of: argsNode) { args = values } else {
                        caseFields.report("args", "must be a list of positional arguments, e.g. [[1, 2]]", line: caseFields.line(of: argsNode))
                    }
                } else if let expression = caseFields.node("args_expr") {
                    args = [.object(["__expr__": .string(expression.string ?? "")])]
                } else {
                    caseFields.report("args", "give args (a list) or args_expr (a Python expression building the list)")
                }
                var kwargs: JSONObject = [:]
                if let kwargsNode = caseFields.node("kwargs") {
                    if case .object(let values) = YAMLJSON.value(of: kwargsNode) { kwargs = values } else {
                        caseFields.report("kwargs", "must be a mapping of keyword arguments", line: caseFields.line(of: kwargsNode))
                    }
                }
                guard let expectedNode = caseFields.node("expected") else {
                    caseFields.report("expected", "required field is missing")
                    fields.problems += caseFields.problems
                    continue
                }
                let expected = YAMLJSON.value(of: expectedNode)
                let comparison = comparison(in: &caseFields, base: defaults)
                let limit = timeLimit(in: &caseFields, fallback: defaultLimit)
                if [expected, .array(args), .object(kwargs)].contains(where: YAMLJSON.containsDataFrame) || comparison.mode == .dataframe {
                    usesPandas = true
                }
                fields.problems += caseFields.problems
                if let name, caseFields.problems.isEmpty {
                    cases.append(PythonCase(name: name, hidden: hidden, args: args, kwargs: kwargs, expected: expected,
                                            comparison: comparison, timeLimit: limit))
                }
            }
        } else {
            fields.report("cases", "required: a list of cases, each with name, args and expected")
        }
        if !cases.isEmpty {
            if !cases.contains(where: { !$0.hidden }) {
                fields.report("cases", "needs at least one visible case (without hidden: true) for `onsite test`", line: fields.line(ofKey: "cases"))
            }
            if cases.filter(\.hidden).count < Self.minimumHiddenCases {
                fields.report("cases", "needs at least \(Self.minimumHiddenCases) hidden cases for edge conditions (empty, huge, unicode, None, ties)",
                              line: fields.line(ofKey: "cases"))
            }
        }
        problems += fields.problems
        guard fields.problems.isEmpty, let function else { return nil }
        return Tests(function: function, usesPandas: usesPandas, cases: cases)
    }

    private func comparison(in fields: inout YAMLFields, base: PythonComparison) -> PythonComparison {
        var result = base
        if let node = fields.node("compare") {
            if let raw = node.string, let mode = PythonComparison.Mode(rawValue: raw) {
                result.mode = mode
            } else {
                fields.report("compare", "must be one of \(PythonComparison.Mode.allCases.map(\.rawValue).joined(separator: ", "))",
                              line: fields.line(of: node))
            }
        }
        if let node = fields.node("float_tolerance") {
            if let value = node.float, value >= 0, value < 1 { result.floatTolerance = value } else {
                fields.report("float_tolerance", "must be a number between 0 and 1", line: fields.line(of: node))
            }
        }
        if fields.node("ignore_row_order") != nil {
            result.ignoreRowOrder = fields.optionalBool("ignore_row_order", default: false)
        }
        return result
    }

    private func timeLimit(in fields: inout YAMLFields, fallback: Double) -> Double {
        guard let node = fields.node("time_limit") else { return fallback }
        guard let value = node.float, value > 0, value <= Self.maximumTimeLimit else {
            fields.report("time_limit", "must be seconds between 0 and \(Int(Self.maximumTimeLimit))", line: fields.line(of: node))
            return fallback
        }
        return value
    }
}

/// YAML nodes as JSON values: plain scalars resolve to null, booleans and numbers; quoted ones stay strings.
enum YAMLJSON {
    static func value(of node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain { return .string(scalar.string) }
            switch scalar.string {
            case "null", "~", "": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            default:
                if let integer = Int64(scalar.string) { return .integer(integer) }
                if let number = Double(scalar.string), scalar.string.contains(where: { $0.isNumber }) { return .number(number) }
                return .string(scalar.string)
            }
        case .sequence(let sequence):
            return .array(sequence.map(value(of:)))
        case .mapping(let mapping):
            return .object(JSONObject(mapping.map { (key, item) in (key.string ?? "", value(of: item)) }))
        case .alias:
            return .null
        }
    }

    static func containsDataFrame(_ value: JSONValue) -> Bool {
        switch value {
        case .object(let object): object["__dataframe__"] != nil || object.values.contains(where: containsDataFrame)
        case .array(let array): array.contains(where: containsDataFrame)
        default: false
        }
    }
}
