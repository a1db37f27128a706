import Foundation
import OnsiteCore
import Yams

/// Reads one `content/challenges/sql/<id>/` folder into an `SQLChallenge`.
struct SQLChallengeParser {
    static let allowedFields = ["id", "title", "difficulty", "topics", "engines", "judge"]
    static let minimumHiddenDatasets = 2

    let directory: URL
    /// Turns a file URL into the path shown in problems.
    let display: (URL) -> String

    func parse() -> (challenge: SQLChallenge?, problems: [ContentProblem]) {
        let problemFile = directory.appendingPathComponent("problem.md")
        let problemPath = display(problemFile)
        var problems: [ContentProblem] = []

        func read(_ name: String, required: Bool = true) -> String? {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                if required {
                    problems.append(ContentProblem(file: display(url), line: 1, field: "file",
                                                   message: "missing: every SQL challenge needs \(name)"))
                }
                return nil
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(ContentProblem(file: display(url), line: 1, field: "file", message: "is not valid UTF-8"))
                return nil
            }
            return text
        }

        let problemText = read("problem.md")
        let schema = read("schema.sql")
        let sample = read("data.sql")
        let solution = read("solution.sql")
        let postgresSolution = read("solution.postgres.sql", required: false)
        let hidden = readHiddenDatasets(problems: &problems)

        guard let problemText else { return (nil, problems) }
        let document: FrontMatterDocument
        var fields: YAMLFields
        switch FrontMatterParsing.parse(problemText, file: problemPath) {
        case .success(let parsed): (document, fields) = parsed
        case .failure(let problem): return (nil, problems + [problem])
        }
        fields.rejectUnknownKeys(allowed: Self.allowedFields)
        let id = fields.requiredString("id")
        if let id {
            if !id.hasPrefix("sql-") || !ContentID.isWellFormed(id) {
                fields.report("id", "'\(id)' must be lowercase-hyphenated and start with 'sql-'", line: fields.line(ofKey: "id"))
            } else if id != directory.lastPathComponent {
                fields.report("id", "'\(id)' must equal its folder name '\(directory.lastPathComponent)'",
                              line: fields.line(ofKey: "id"))
            }
        }
        let title = fields.requiredString("title")
        let difficulty = fields.requiredDifficulty()
        let topics = fields.stringList("topics", required: true)?.map(\.value)
        if let topics, topics.isEmpty { fields.report("topics", "name at least one topic", line: fields.line(ofKey: "topics")) }
        let engines = parseEngines(&fields)
        let contract = parseContract(&fields)
        let prompt = document.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if prompt.isEmpty {
            fields.report("body", "the problem statement is missing after the front matter", line: document.bodyFirstLine)
        }
        if engines?.contains(.postgres) == false, postgresSolution != nil {
            fields.report("engines", "solution.postgres.sql exists but postgres is not among the engines",
                          line: fields.line(ofKey: "engines"))
        }
        problems += fields.problems

        if hidden.count < Self.minimumHiddenDatasets {
            problems.append(ContentProblem(
                file: display(directory.appendingPathComponent("hidden")), line: 1, field: "hidden",
                message: "needs at least \(Self.minimumHiddenDatasets) hidden datasets (hidden/<name>.sql) that break plausible wrong answers; found \(hidden.count)"))
        }
        guard problems.isEmpty, let id, let title, let difficulty, let topics, let engines, let contract,
              let schema, let sample, let solution else {
            return (nil, problems)
        }
        var solutions: [SQLEngine: String] = [.sqlite: solution]
        if let postgresSolution { solutions[.postgres] = postgresSolution }
        let datasets = [SQLDataset(name: "sample", hidden: false, sql: sample)] + hidden
        return (SQLChallenge(id: id, title: title, difficulty: difficulty, topics: topics, engines: engines,
                             contract: contract, prompt: prompt, schema: schema, datasets: datasets,
                             solutions: solutions), [])
    }

    private func readHiddenDatasets(problems: inout [ContentProblem]) -> [SQLDataset] {
        let folder = directory.appendingPathComponent("hidden")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".sql") }.sorted()
        return names.compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                problems.append(ContentProblem(file: display(url), line: 1, field: "file", message: "cannot be read as UTF-8"))
                return nil
            }
            return SQLDataset(name: String(name.dropLast(4)), hidden: true, sql: text)
        }
    }

    private func parseEngines(_ fields: inout YAMLFields) -> [SQLEngine]? {
        guard let raw = fields.stringList("engines", required: false) else { return [.sqlite] }
        var engines: [SQLEngine] = []
        for entry in raw {
            guard let engine = SQLEngine(rawValue: entry.value) else {
                fields.report("engines", "'\(entry.value)' is not one of sqlite, postgres", line: entry.line)
                continue
            }
            engines.append(engine)
        }
        if !engines.contains(.sqlite) {
            fields.report("engines", "every challenge runs on sqlite (the embedded default); add it",
                          line: fields.line(ofKey: "engines"))
        }
        return engines
    }

    private func parseContract(_ fields: inout YAMLFields) -> JudgeContract? {
        guard let node = fields.node("judge") else { return JudgeContract() }
        guard case .mapping(let mapping) = node else {
            fields.report("judge", "must be a mapping with order, float_tolerance and columns", line: fields.line(of: node))
            return nil
        }
        var judge = YAMLFields(file: fields.file, lineOffset: fields.lineOffset, mapping: mapping,
                               fallbackLine: fields.line(of: node))
        judge.rejectUnknownKeys(allowed: ["order", "float_tolerance", "columns"])
        var contract = JudgeContract()
        if let order = judge.node("order") {
            switch order {
            case .scalar(let scalar) where scalar.string == "none": contract.order = .none
            case .scalar(let scalar) where scalar.string == "full": contract.order = .full
            case .mapping(let keysMapping):
                var keysFields = YAMLFields(file: fields.file, lineOffset: fields.lineOffset, mapping: keysMapping,
                                            fallbackLine: judge.line(of: order))
                keysFields.rejectUnknownKeys(allowed: ["keys"])
                if let keys = keysFields.stringList("keys", required: true), !keys.isEmpty {
                    contract.order = .keys(keys.map(\.value))
                } else {
                    keysFields.report("keys", "list the columns rows must be ordered by", line: judge.line(of: order))
                }
                judge.problems += keysFields.problems
            default:
                judge.report("order", "must be none, full, or {keys: [column, …]}", line: judge.line(of: order))
            }
        }
        if let tolerance = judge.node("float_tolerance") {
            if let value = tolerance.float, value >= 0, value < 1 {
                contract.floatTolerance = value
            } else {
                judge.report("float_tolerance", "must be a number between 0 and 1 (e.g. 1e-6)", line: judge.line(of: tolerance))
            }
        }
        if let columns = judge.node("columns") {
            if let raw = columns.string, let value = JudgeContract.Columns(rawValue: raw) {
                contract.columns = value
            } else {
                judge.report("columns", "must be by_position or by_name", line: judge.line(of: columns))
            }
        }
        fields.problems += judge.problems.map { problem in
            var problem = problem
            problem.field = "judge.\(problem.field)"
            return problem
        }
        return contract
    }
}
