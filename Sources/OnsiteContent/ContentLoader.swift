import Foundation
import OnsiteCore

/// What loading `content/` produced: the valid items, and every problem found on the way.
public struct ContentLoadResult: Sendable {
    public var catalog: Catalog
    public var problems: [ContentProblem]
    /// Where each item came from (the path shown in problems), for checks made after loading.
    public var sourceFiles: [String: String] = [:]

    /// The catalog, or an error carrying every problem when the content is not clean.
    public func cleanCatalog() throws(ContentError) -> Catalog {
        guard problems.isEmpty else { throw ContentError(problems: problems) }
        return catalog
    }
}

/// Reads a content directory into a `Catalog` and lints it: per-file rules while parsing, then rules across files.
public struct ContentLoader: Sendable {
    public let root: URL
    /// How a file's path is shown in problems.
    private let displayBase: URL?

    /// - Parameter displayRelativeTo: paths under this directory are shown relative to it (usually the working directory).
    public init(root: URL, displayRelativeTo: URL? = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.root = root.standardizedFileURL
        self.displayBase = displayRelativeTo?.standardizedFileURL
    }

    public func load() -> ContentLoadResult {
        var problems: [ContentProblem] = []
        guard isDirectory(root) else {
            let problem = ContentProblem(
                file: display(root), line: 1, field: "content-dir",
                message: "no content directory here; pass --content-dir DIR or set ONSITE_CONTENT")
            return ContentLoadResult(catalog: Catalog(questions: [], guide: [], principles: []), problems: [problem])
        }
        // Principles first: questions' `principles:` are checked against them.
        let principles = loadPrinciples(problems: &problems)
        let questions = loadQuestions(principleIDs: Set(principles.principles.map(\.id)), problems: &problems)
        let guide = loadGuide(problems: &problems)
        let challenges = loadSQLChallenges(problems: &problems)
        let pythonChallenges = loadPythonChallenges(problems: &problems)
        let scenarios = loadScenarios(problems: &problems)
        let capacityLimits = loadCapacityLimits(problems: &problems)
        let labs = loadLabs(problems: &problems)
        let projects = loadProjects(labs: Set(labs.map(\.lab.id)), problems: &problems)
        // A scenario is asked like any system-design question, so it joins the bank (and the duplicate check).
        let bank = questions + scenarios.map(\.asQuestion)

        var ids = IDRegistry()
        for item in bank { ids.claim(item.question.id, file: item.file, line: item.idLine, problems: &problems) }
        for page in guide { ids.claim(page.page.id, file: page.file, line: 2, problems: &problems) }
        for principle in principles.principles {
            ids.claim(principle.id, file: principles.file, line: principles.lines[principle.id] ?? 1, problems: &problems)
        }
        for challenge in challenges { ids.claim(challenge.challenge.id, file: challenge.file, line: 2, problems: &problems) }
        for challenge in pythonChallenges { ids.claim(challenge.challenge.id, file: challenge.file, line: 2, problems: &problems) }
        for lab in labs { ids.claim(lab.lab.id, file: lab.file, line: Self.lineOfKey("id", in: lab.text), problems: &problems) }
        for project in projects {
            ids.claim(project.project.id, file: project.file, line: Self.lineOfKey("id", in: project.text), problems: &problems)
        }
        problems += DuplicateQuestionCheck.problems(in: bank)

        let catalog = Catalog(
            questions: bank.map(\.question), guide: guide.map(\.page), principles: principles.principles,
            sqlChallenges: challenges.map(\.challenge), pythonChallenges: pythonChallenges.map(\.challenge),
            scenarios: scenarios.map(\.scenario), capacityLimits: capacityLimits, labs: labs.map(\.lab),
            projects: projects.map(\.project))
        var sourceFiles: [String: String] = [:]
        for item in bank { sourceFiles[item.question.id] = item.file }
        for page in guide { sourceFiles[page.page.id] = page.file }
        for challenge in challenges { sourceFiles[challenge.challenge.id] = challenge.file }
        for challenge in pythonChallenges { sourceFiles[challenge.challenge.id] = challenge.file }
        return ContentLoadResult(catalog: catalog, problems: problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
                                 sourceFiles: sourceFiles)
    }

    // MARK: - Kinds of content

    struct LoadedQuestion {
        var question: Question
        var file: String
        var idLine: Int
        var titleLine: Int
    }

    private func loadQuestions(principleIDs: Set<String>, problems: inout [ContentProblem]) -> [LoadedQuestion] {
        let questionsDir = root.appendingPathComponent("questions")
        var loaded: [LoadedQuestion] = []
        for trackDir in children(of: questionsDir) {
            guard isDirectory(trackDir) else {
                problems.append(ContentProblem(file: display(trackDir), line: 1, field: "file",
                                               message: "questions live in a track folder: questions/<track>/<slug>.md"))
                continue
            }
            guard let track = Track(rawValue: trackDir.lastPathComponent) else {
                let tracks = Track.allCases.map(\.rawValue).joined(separator: ", ")
                let hint = EditDistance.suggestion(for: trackDir.lastPathComponent, among: Track.allCases.map(\.rawValue))
                    .map { " (did you mean '\($0)'?)" } ?? ""
                for file in children(of: trackDir) {
                    problems.append(ContentProblem(
                        file: display(file), line: 1, field: "track",
                        message: "unknown track '\(trackDir.lastPathComponent)'\(hint); tracks are \(tracks)"))
                }
                continue
            }
            for file in children(of: trackDir) {
                let path = display(file)
                guard file.pathExtension == "md" else {
                    problems.append(ContentProblem(file: path, line: 1, field: "file",
                                                   message: "only .md question files belong in a track folder"))
                    continue
                }
                guard let text = readText(file, displayPath: path, problems: &problems) else { continue }
                let result = QuestionParser(file: path, track: track, principleIDs: principleIDs).parse(text)
                problems += result.problems
                if let question = result.question {
                    loaded.append(LoadedQuestion(question: question, file: path,
                                                 idLine: Self.lineOfKey("id", in: text),
                                                 titleLine: Self.lineOfKey("title", in: text)))
                }
            }
        }
        return loaded
    }

    private func loadSQLChallenges(problems: inout [ContentProblem]) -> [(challenge: SQLChallenge, file: String)] {
        var loaded: [(challenge: SQLChallenge, file: String)] = []
        for directory in children(of: root.appendingPathComponent("challenges/sql")) where isDirectory(directory) {
            let result = SQLChallengeParser(directory: directory, display: display).parse()
            problems += result.problems
            if let challenge = result.challenge {
                loaded.append((challenge, display(directory.appendingPathComponent("problem.md"))))
            }
        }
        return loaded
    }

    private func loadPythonChallenges(problems: inout [ContentProblem]) -> [(challenge: PythonChallenge, file: String)] {
        var loaded: [(challenge: PythonChallenge, file: String)] = []
        for directory in children(of: root.appendingPathComponent("challenges/python")) where isDirectory(directory) {
            let result = PythonChallengeParser(directory: directory, display: display).parse()
            problems += result.problems
            if let challenge = result.challenge {
                loaded.append((challenge, display(directory.appendingPathComponent("problem.md"))))
            }
        }
        return loaded
    }

    struct LoadedScenario {
        var scenario: Scenario
        var file: String
        var idLine: Int
        var titleLine: Int

        var asQuestion: LoadedQuestion {
            LoadedQuestion(question: scenario.question, file: file, idLine: idLine, titleLine: titleLine)
        }
    }

    private func loadScenarios(problems: inout [ContentProblem]) -> [LoadedScenario] {
        var loaded: [LoadedScenario] = []
        for file in children(of: root.appendingPathComponent("scenarios")) {
            let path = display(file)
            guard file.pathExtension == "md" else {
                problems.append(ContentProblem(file: path, line: 1, field: "file",
                                               message: "only .md scenario files belong in scenarios/"))
                continue
            }
            guard let text = readText(file, displayPath: path, problems: &problems) else { continue }
            let result = ScenarioParser(file: path, slug: file.deletingPathExtension().lastPathComponent).parse(text)
            problems += result.problems
            if let scenario = result.scenario {
                loaded.append(LoadedScenario(scenario: scenario, file: path, idLine: Self.lineOfKey("id", in: text),
                                             titleLine: Self.lineOfKey("title", in: text)))
            }
        }
        return loaded
    }

    /// `content/labs/<slug>/`: lab.yaml, task.md, solution.sh and an optional setup.sh.
    private func loadLabs(problems: inout [ContentProblem]) -> [(lab: Lab, file: String, text: String)] {
        var loaded: [(lab: Lab, file: String, text: String)] = []
        for folder in children(of: root.appendingPathComponent("labs")) where isDirectory(folder) {
            let file = folder.appendingPathComponent("lab.yaml")
            let path = display(file)
            guard let text = readText(file, displayPath: path, problems: &problems) else { continue }
            func optional(_ name: String) -> String? {
                try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
            let result = LabParser(file: path, slug: folder.lastPathComponent)
                .parse(text, task: optional("task.md"), solution: optional("solution.sh"), setup: optional("setup.sh"),
                       folder: display(folder))
            problems += result.problems
            if let lab = result.lab { loaded.append((lab, path, text)) }
        }
        return loaded
    }

    /// `content/projects/<slug>/`: project.yaml, writeup.md and an optional solution.sh that wires the steps.
    private func loadProjects(labs: Set<String>, problems: inout [ContentProblem]) -> [(project: LabProject, file: String, text: String)] {
        var loaded: [(project: LabProject, file: String, text: String)] = []
        for folder in children(of: root.appendingPathComponent("projects")) where isDirectory(folder) {
            let file = folder.appendingPathComponent("project.yaml")
            let path = display(file)
            guard let text = readText(file, displayPath: path, problems: &problems) else { continue }
            func optional(_ name: String) -> String? {
                try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
            let result = ProjectParser(file: path, slug: folder.lastPathComponent)
                .parse(text, writeup: optional("writeup.md"), wiring: optional("solution.sh"), folder: display(folder), labs: labs)
            problems += result.problems
            if let project = result.project { loaded.append((project, path, text)) }
        }
        return loaded
    }

    /// Optional: content without it simply has no estimator (the command says so).
    private func loadCapacityLimits(problems: inout [ContentProblem]) -> CapacityLimits? {
        let file = root.appendingPathComponent("capacity.yaml")
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let path = display(file)
        guard let text = readText(file, displayPath: path, problems: &problems) else { return nil }
        let result = CapacityLimitsParser(file: path).parse(text)
        problems += result.problems
        return result.limits
    }

    private func loadGuide(problems: inout [ContentProblem]) -> [(page: GuidePage, file: String)] {
        var pages: [(page: GuidePage, file: String)] = []
        for file in children(of: root.appendingPathComponent("guide")) where file.pathExtension == "md" {
            let path = display(file)
            guard let text = readText(file, displayPath: path, problems: &problems) else { continue }
            let result = GuideParser(file: path, slug: file.deletingPathExtension().lastPathComponent).parse(text)
            problems += result.problems
            if let page = result.page { pages.append((page, path)) }
        }
        return pages
    }

    private func loadPrinciples(problems: inout [ContentProblem]) -> (principles: [Principle], file: String, lines: [String: Int]) {
        let file = root.appendingPathComponent("principles.yaml")
        let path = display(file)
        guard FileManager.default.fileExists(atPath: file.path) else {
            problems.append(ContentProblem(file: path, line: 1, field: "principles",
                                           message: "missing: the 16 Leadership Principles belong in this file"))
            return ([], path, [:])
        }
        guard let text = readText(file, displayPath: path, problems: &problems) else { return ([], path, [:]) }
        let result = PrinciplesParser(file: path).parse(text)
        problems += result.problems
        var lines: [String: Int] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for principle in result.principles where trimmed == "- id: \(principle.id)" || trimmed == "id: \(principle.id)" {
                lines[principle.id] = offset + 1
            }
        }
        return (result.principles, path, lines)
    }

    // MARK: - Files

    private func children(of directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func readText(_ file: URL, displayPath: String, problems: inout [ContentProblem]) -> String? {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            problems.append(ContentProblem(file: displayPath, line: 1, field: "file", message: "cannot be read"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(ContentProblem(file: displayPath, line: 1, field: "file", message: "is not valid UTF-8"))
            return nil
        }
        return text
    }

    private func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        guard let base = displayBase?.path, path.hasPrefix(base + "/") else { return path }
        return String(path.dropFirst(base.count + 1))
    }

    /// The line a top-level front-matter key is on (1 when absent), for problems found after parsing.
    static func lineOfKey(_ key: String, in text: String) -> Int {
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix("\(key):") {
            return offset + 1
        }
        return 1
    }
}

/// Ids are unique across all content: progress refers to them.
private struct IDRegistry {
    private var owners: [String: (file: String, line: Int)] = [:]

    mutating func claim(_ id: String, file: String, line: Int, problems: inout [ContentProblem]) {
        if let owner = owners[id] {
            problems.append(ContentProblem(file: file, line: line, field: "id",
                                           message: "'\(id)' is already used by \(owner.file):\(owner.line)"))
        } else {
            owners[id] = (file, line)
        }
    }
}

/// No two questions may ask the same thing.
enum DuplicateQuestionCheck {
    static func problems(in questions: [ContentLoader.LoadedQuestion]) -> [ContentProblem] {
        let fingerprints = questions.map { QuestionSimilarity(text: $0.question.title + "\n" + $0.question.prompt) }
        var problems: [ContentProblem] = []
        for i in questions.indices {
            for j in questions.indices where j > i {
                let score = fingerprints[i].similarity(to: fingerprints[j])
                guard score >= QuestionSimilarity.duplicateThreshold else { continue }
                let (first, second) = (questions[i], questions[j])
                problems.append(ContentProblem(
                    file: second.file, line: second.titleLine, field: "title",
                    message: String(format: "asks the same thing as %@ (%@), similarity %.2f; merge them or make one distinct",
                                    first.question.id, first.file, score)))
            }
        }
        return problems
    }
}
