import Foundation
import OnsiteCore

/// Grades Python submissions: one sandboxed interpreter per submission runs every case through the harness; the
/// values come back over a private channel and are compared here, so expected values never enter the sandbox.
public struct PythonJudge: Sendable {
    public enum Scope: Sendable {
        case visible, all
    }

    public let python: URL
    public let limits: PythonSandboxLimits
    public let isolation: PythonIsolation
    /// Names this judge's sandbox folders (and so its processes' command lines), for finding them later.
    public let label: String
    public let startup: Startup

    /// How each submission's interpreter comes to life.
    public enum Startup: Sendable {
        /// A new interpreter per submission: cheapest for a single submission (the command line's `submit`).
        case fresh
        /// Forked from a warm interpreter that has already imported the standard modules and pandas, started on
        /// first use: for anything that grades many submissions (the web app, lint, benchmarks). Root only;
        /// elsewhere it behaves as `fresh`.
        case forkServer
    }

    public init(python: URL = PythonJudge.defaultPython(), limits: PythonSandboxLimits = PythonSandboxLimits(),
                isolation: PythonIsolation = .detected, label: String = "run", startup: Startup = .forkServer) {
        self.python = python
        self.limits = limits
        self.isolation = isolation
        self.label = label
        self.startup = startup
    }

    /// The project's virtual environment (where pandas lives), else the system python3.
    public static func defaultPython(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let configured = environment["ONSITE_PYTHON"], !configured.isEmpty { return URL(fileURLWithPath: configured) }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let venv = packageRoot.appendingPathComponent(".venv/bin/python")
        if FileManager.default.isExecutableFile(atPath: venv.path) { return venv }
        return URL(fileURLWithPath: "/usr/bin/python3")
    }

    public func grade(_ submission: String, for challenge: PythonChallenge, scope: Scope = .all) -> GradeReport {
        let cases = scope == .all ? challenge.cases : challenge.visibleCases
        let notes = isolation.note.map { [$0] }
        func report(_ results: [CaseResult]) -> GradeReport {
            GradeReport(challenge: challenge.id, engine: "python", cases: results, notes: notes)
        }
        guard let source = Self.harnessSource else {
            return report(cases.map { internalError($0, "the judge's harness script is missing from this build") })
        }
        guard let harness = PythonSandbox.compiledHarness(source: source, python: python) else {
            return report(cases.map { internalError($0, "cannot write the judge's harness under \(PythonSandbox.workRoot.path)") })
        }
        let job = Data(Job(challenge: challenge, cases: cases).pythonLiteral.utf8)
        let startup = challenge.usesPandas ? limits.pandasStartupAllowance : limits.startupAllowance
        let deadline = startup + .milliseconds(Int(cases.reduce(0) { $0 + $1.timeLimit } * 1000))
        var sandbox = PythonSandbox(python: python, harness: harness, limits: limits, isolation: isolation, label: label,
                                    usesSitePackages: challenge.usesPandas)
        if self.startup == .forkServer, isolation == .namespaces {
            sandbox.forkServer = PythonForkServer.shared(python: python, harnessSource: source, limits: limits,
                                                         withPandas: challenge.usesPandas)
        }
        let run: PythonSandbox.Run
        do {
            run = try sandbox.run(submission: submission, job: job, deadline: deadline)
        } catch {
            return report(cases.map { internalError($0, error.message) })
        }
        return report(Self.results(of: run, cases: cases, challenge: challenge, limits: limits))
    }

    private func internalError(_ testCase: PythonCase, _ message: String) -> CaseResult {
        CaseResult(name: testCase.name, hidden: testCase.hidden, verdict: .internalError, ms: 0, message: message)
    }

    /// What the harness receives: the function, arguments and limits; never an expected value.
    struct Job {
        var function: String
        var pandas: Bool
        var cases: [PythonCase]

        init(challenge: PythonChallenge, cases: [PythonCase]) {
            function = challenge.function
            pandas = challenge.usesPandas
            self.cases = cases
        }

        /// A Python literal, written by hand: key order and float-ness of arguments must survive.
        var pythonLiteral: String {
            JSONValue.object([
                "function": .string(function), "pandas": .bool(pandas),
                "cases": .array(cases.map { testCase in
                    .object(["args": .array(testCase.args), "kwargs": .object(testCase.kwargs),
                             "time_limit": .number(testCase.timeLimit)])
                }),
            ]).pythonLiteral
        }
    }

    struct Event: Decodable {
        var event: String
        var `case`: Int?
        var ok: Bool?
        var value: JSONValue?
        var error: String?
        var message: String?
        var ms: Double?
        var printed: String?

        enum CodingKeys: String, CodingKey {
            case event, `case`, ok, value, error, message, ms, printed
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            event = try container.decode(String.self, forKey: .event)
            `case` = try container.decodeIfPresent(Int.self, forKey: .case)
            ok = try container.decodeIfPresent(Bool.self, forKey: .ok)
            // A function may legitimately return None: a present null is a value, not a missing one.
            value = container.contains(.value) ? try container.decode(JSONValue.self, forKey: .value) : nil
            error = try container.decodeIfPresent(String.self, forKey: .error)
            message = try container.decodeIfPresent(String.self, forKey: .message)
            ms = try container.decodeIfPresent(Double.self, forKey: .ms)
            printed = try container.decodeIfPresent(String.self, forKey: .printed)
        }
    }

    static func results(of run: PythonSandbox.Run, cases: [PythonCase], challenge: PythonChallenge,
                        limits: PythonSandboxLimits) -> [CaseResult] {
        let decoder = JSONDecoder()
        var events: [Int: Event] = [:]
        var started: Int?
        var fatal: Event?
        var done = false
        var corrupted = false
        for line in run.channel {
            guard let event = try? decoder.decode(Event.self, from: Data(line.utf8)) else {
                corrupted = true
                continue
            }
            switch event.event {
            case "start": started = event.case
            case "result": if let index = event.case { events[index] = event }
            case "fatal": fatal = event
            case "done": done = true
            default: corrupted = true
            }
        }

        // Why the process stopped early, if it did: applied to the case it was in and every case after it.
        let stop: (verdict: Verdict, message: String)? = {
            if let fatal {
                return (Verdict(rawValue: fatal.error ?? "") ?? .runtimeError, fatal.message ?? "the submission failed to load")
            }
            switch run.exit {
            case .deadline:
                return (.timeLimit, "the submission ran past the time limit (\(Self.format(run.elapsed)) in all)")
            case .printedTooMuch:
                return (.outputLimit, "printed more than \(limits.maxPrintedBytes / 1024) KiB; remove debug prints of large data")
            case .channelTooLarge:
                return (.outputLimit, "returned more than \(limits.maxChannelBytes >> 20) MiB of results")
            case .sandboxFailed(let reason):
                return (.internalError, "the judge could not build the sandbox: \(reason)")
            case .signal(let signal):
                return Self.verdict(forSignal: signal, limits: limits)
            case .finished(let status):
                if done && !corrupted { return nil }
                if corrupted { return (.runtimeError, "the submission wrote over the judge's result channel") }
                return (.runtimeError, "the process exited (status \(status)) before finishing; do not call exit() or os._exit()")
            }
        }()

        return cases.enumerated().map { index, testCase in
            let input = Self.describeInput(testCase)
            if let event = events[index], (stop == nil || event.ok != nil) {
                if event.ok == true, let value = event.value {
                    let difference = PythonValueComparator(comparison: testCase.comparison)
                        .difference(expected: testCase.expected, actual: value)
                    let detail = testCase.hidden ? nil : CaseDetail(
                        input: input, expected: testCase.expected.description.truncated(600),
                        actual: value.description.truncated(600), printed: event.printed.flatMap { $0.isEmpty ? nil : $0 })
                    let message = difference.map { testCase.hidden ? "wrong answer on a hidden case" : $0 }
                    return CaseResult(name: testCase.name, hidden: testCase.hidden,
                                      verdict: difference == nil ? .accepted : .wrongAnswer,
                                      ms: event.ms ?? 0, message: message, detail: detail)
                }
                let verdict = Verdict(rawValue: event.error ?? "") ?? .runtimeError
                let message = testCase.hidden ? Self.hiddenMessage(verdict, event.message) : (event.message ?? verdict.displayName)
                let detail = testCase.hidden ? nil : CaseDetail(
                    input: input, expected: testCase.expected.description.truncated(600), actual: nil,
                    printed: event.printed.flatMap { $0.isEmpty ? nil : $0 })
                return CaseResult(name: testCase.name, hidden: testCase.hidden, verdict: verdict, ms: event.ms ?? 0,
                                  message: message, detail: detail)
            }
            let verdict = stop?.verdict ?? .internalError
            var message = stop?.message ?? "the harness reported nothing for this case"
            if let started, index > started { message = "not run: the process stopped on an earlier case (\(message))" }
            if testCase.hidden, verdict == .runtimeError, started == index {
                message = Self.hiddenMessage(verdict, message)
            }
            return CaseResult(name: testCase.name, hidden: testCase.hidden, verdict: verdict, ms: 0, message: message)
        }
    }

    /// Hidden cases say what kind of failure, and for errors the exception type, never the input.
    static func hiddenMessage(_ verdict: Verdict, _ message: String?) -> String {
        guard verdict == .runtimeError, let message else { return "\(verdict.displayName) on a hidden case" }
        let last = message.split(separator: "\n").last.map(String.init) ?? ""
        let exception = last.split(separator: ":").first.map(String.init) ?? "an exception"
        return "raised \(exception) on a hidden case"
    }

    static func verdict(forSignal signal: Int32, limits: PythonSandboxLimits) -> (Verdict, String) {
        switch signal {
        case SIGXCPU, SIGKILL:
            return (.timeLimit, "stopped by the CPU-time limit (or killed)")
        case SIGXFSZ:
            return (.outputLimit, "wrote a file larger than \(limits.maxFileBytes >> 20) MiB")
        case SIGSEGV, SIGBUS:
            return (.runtimeError, "crashed (signal \(signal)); very deep recursion or a native extension fault")
        case SIGABRT:
            return (.memoryLimit, "aborted, usually by running out of memory")
        default:
            return (.runtimeError, "terminated by signal \(signal)")
        }
    }

    public static func describeInput(_ testCase: PythonCase) -> String {
        var parts = testCase.args.map { value -> String in
            if case .object(let object) = value, case .string(let expression)? = object["__expr__"] { return "*(\(expression))" }
            return value.description
        }
        parts += testCase.kwargs.keys.sorted().map { "\($0)=\(testCase.kwargs[$0]!.description)" }
        return parts.joined(separator: ", ").truncated(600)
    }

    private static func format(_ duration: Duration) -> String {
        String(format: "%.1f s", duration.milliseconds / 1000)
    }

    /// The harness ships as a resource of this module.
    static let harnessSource: String? = {
        guard let url = Bundle.module.url(forResource: "harness", withExtension: "py") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }()
}

extension String {
    func truncated(_ limit: Int) -> String {
        count > limit ? String(prefix(limit - 1)) + "…" : self
    }
}
