import Foundation
import OnsiteCore

/// The outcome of one check: passed, or failed with what was found and the hint.
public struct LabCheckResult: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var passed: Bool
    /// What the answer held, or why there was no answer ("no bucket onsite-lake yet").
    public var detail: String
    public var hint: String
}

public struct LabReport: Sendable, Equatable, Codable {
    public var lab: String
    public var results: [LabCheckResult]
    public var passed: Bool { !results.isEmpty && results.allSatisfy(\.passed) }
    public var passedCount: Int { results.filter(\.passed).count }

    enum CodingKeys: String, CodingKey {
        case lab, results, passed, passedCount = "passed_count"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lab, forKey: .lab)
        try container.encode(results, forKey: .results)
        try container.encode(passed, forKey: .passed)
        try container.encode(passedCount, forKey: .passedCount)
    }

    public init(lab: String, results: [LabCheckResult]) {
        self.lab = lab
        self.results = results
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lab = try container.decode(String.self, forKey: .lab)
        results = try container.decode([LabCheckResult].self, forKey: .results)
    }
}

/// A project's outcome: each step's report in order, then the checks that span steps. It passes when all do.
public struct ProjectReport: Sendable, Equatable, Codable {
    public var project: String
    public var steps: [LabReport]
    public var wiring: LabReport?

    public init(project: String, steps: [LabReport], wiring: LabReport?) {
        self.project = project
        self.steps = steps
        self.wiring = wiring
    }

    public var passed: Bool { !steps.isEmpty && steps.allSatisfy(\.passed) && (wiring?.passed ?? true) }
    public var results: [LabCheckResult] { steps.flatMap(\.results) + (wiring?.results ?? []) }
    public var passedCount: Int { results.filter(\.passed).count }

    enum CodingKeys: String, CodingKey {
        case project, steps, wiring, passed, passedCount = "passed_count", checks
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(project, forKey: .project)
        try container.encode(steps, forKey: .steps)
        try container.encodeIfPresent(wiring, forKey: .wiring)
        try container.encode(passed, forKey: .passed)
        try container.encode(passedCount, forKey: .passedCount)
        try container.encode(results.count, forKey: .checks)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        project = try container.decode(String.self, forKey: .project)
        steps = try container.decode([LabReport].self, forKey: .steps)
        wiring = try container.decodeIfPresent(LabReport.self, forKey: .wiring)
    }
}

/// Runs a lab's checks through the AWS APIs. A resource that does not exist yet fails its check with a hint; an
/// endpoint that stops answering stops the run with `AWSClientError.unreachable`, so a dead server is reported
/// as such rather than as a dozen failed checks.
public struct LabChecker: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    public func run(_ lab: Lab) async throws(AWSClientError) -> LabReport {
        var results: [LabCheckResult] = []
        var answers: [String: JSONValue] = [:]
        for check in lab.checks {
            let (result, answer) = try await run(check, earlier: answers)
            results.append(result)
            if let answer { answers[check.id] = answer }
        }
        return LabReport(lab: lab.id, results: results)
    }

    /// Every step of a project on the one server, then its wiring checks.
    public func run(_ project: LabProject, steps: [Lab]) async throws(AWSClientError) -> ProjectReport {
        var reports: [LabReport] = []
        for lab in steps { reports.append(try await run(lab)) }
        var wiring: LabReport?
        if let wiringLab = project.wiring { wiring = try await run(wiringLab) }
        return ProjectReport(project: project.id, steps: reports, wiring: wiring)
    }

    /// A parameter written `{{check-id.Path}}` takes the first value at Path in an earlier check's answer: a key
    /// id found through its alias, a queue URL found by name.
    static let reference = try? NSRegularExpression(pattern: #"\{\{([A-Za-z0-9_-]+)\.([^}]+)\}\}"#)

    static func resolve(_ call: LabCall, earlier: [String: JSONValue]) -> (call: LabCall, missing: String?) {
        var call = call
        for (name, value) in call.parameters {
            guard let regex = reference,
                  let match = regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)),
                  let idRange = Range(match.range(at: 1), in: value), let pathRange = Range(match.range(at: 2), in: value),
                  let whole = Range(match.range, in: value) else { continue }
            let id = String(value[idRange]), path = String(value[pathRange])
            guard let answer = earlier[id], let found = AnswerPath.values(at: path, in: answer).compactMap(AnswerPath.text).first else {
                return (call, "it needs \(path) from the check \(id), which found nothing")
            }
            call.parameters[name] = value.replacingCharacters(in: whole, with: found)
        }
        return (call, nil)
    }

    func run(_ check: LabCheck, earlier: [String: JSONValue]) async throws(AWSClientError) -> (LabCheckResult, JSONValue?) {
        let (call, missing) = Self.resolve(check.call, earlier: earlier)
        if let missing {
            return (LabCheckResult(id: check.id, title: check.title, passed: false, detail: "not checked: \(missing)", hint: check.hint), nil)
        }
        let answer: JSONValue
        do {
            answer = try await LabOperations.call(call, with: client)
        } catch {
            if case .unreachable = error { throw error }
            let detail = error.isNotFound ? "not there yet: \(error.description)" : "\(check.call.name) failed: \(error.description)"
            return (LabCheckResult(id: check.id, title: check.title, passed: false, detail: detail, hint: check.hint), nil)
        }
        var failures: [String] = []
        var found: [String] = []
        for expectation in check.expectations {
            let outcome = expectation.evaluate(on: answer)
            found.append(outcome.found)
            if !outcome.passed { failures.append("expected \(expectation.description), found \(outcome.found)") }
        }
        return (LabCheckResult(id: check.id, title: check.title, passed: failures.isEmpty,
                               detail: failures.isEmpty ? found.joined(separator: "; ") : failures.joined(separator: "; "),
                               hint: check.hint), answer)
    }
}
