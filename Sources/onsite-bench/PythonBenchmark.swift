import Foundation
import OnsiteCore
import OnsiteGrading

/// `onsite-bench python`: the sandboxed judge against the cost of starting Python at all (the floor), and against
/// running the same cases under pytest (the peer), all in one run.
struct PythonBenchmark {
    let challenges: [PythonChallenge]
    let iterations: Int

    /// Times of one group of challenges (plain or pandas), each measured in the same rounds.
    struct Samples {
        var judged: [Double] = []
        var floor: [Double] = []
        var pytest: [Double] = []
        /// The same harness and cases run with rlimits only: no namespaces, no uid switch, a fresh interpreter.
        var withoutSandbox: [Double] = []
        /// The sandboxed judge starting a fresh interpreter per submission (as `onsite submit` does).
        var fresh: [Double] = []
    }

    func run() {
        let judge = PythonJudge(label: "bench")
        let freshJudge = PythonJudge(label: "bench-fresh", startup: .fresh)
        // The same harness and cases without namespaces or a uid switch: what the sandbox itself costs.
        let unsandboxed = PythonJudge(isolation: .rlimitsOnly, label: "bench-plain")
        let python = judge.python
        print("Python judge benchmark: \(challenges.count) challenges, \(iterations) rounds, all cases per submission")
        print("isolation: \(judge.isolation)")
        let clock = ContinuousClock()
        var plain = Samples(), pandas = Samples()
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        // Warm-up: the first grade compiles the harness and starts the fork server, once for every later run.
        if let first = challenges.first {
            _ = judge.grade(first.solution, for: first)
            _ = freshJudge.grade(first.solution, for: first)
        }

        for (number, challenge) in challenges.enumerated() {
            BenchProgress.show("[\(number + 1)/\(challenges.count)] \(challenge.id)")
            let floorScript = challenge.usesPandas ? "import pandas" : "pass"
            let testFile = writePytestFile(for: challenge, in: workspace)
            var samples = Samples()
            for round in 0..<iterations {
                let start = clock.now
                let report = judge.grade(challenge.solution, for: challenge)
                let elapsed = (clock.now - start).milliseconds
                precondition(report.verdict == .accepted, "\(challenge.id): \(report.verdict) \(report.message ?? "")")
                samples.judged.append(elapsed)
                let floorStart = clock.now
                Self.launch(python, ["-I", "-c", floorScript], in: workspace)
                samples.floor.append((clock.now - floorStart).milliseconds)
                let plainStart = clock.now
                _ = unsandboxed.grade(challenge.solution, for: challenge)
                samples.withoutSandbox.append((clock.now - plainStart).milliseconds)
                let freshStart = clock.now
                _ = freshJudge.grade(challenge.solution, for: challenge)
                samples.fresh.append((clock.now - freshStart).milliseconds)
                // pytest is slow; a few rounds per challenge are enough for its median.
                if round < min(3, iterations) {
                    let peerStart = clock.now
                    Self.launch(python, ["-m", "pytest", "-q", "-p", "no:cacheprovider", testFile.path], in: workspace)
                    samples.pytest.append((clock.now - peerStart).milliseconds)
                }
            }
            if challenge.usesPandas { pandas.append(samples) } else { plain.append(samples) }
        }
        BenchProgress.show(nil)
        report("plain challenges", plain, floor: "python3 -I -c pass")
        report("pandas challenges", pandas, floor: "python3 -I -c 'import pandas'")
        var all = plain
        all.append(pandas)
        report("all challenges", all, floor: "the group's own floor")
    }

    private func report(_ group: String, _ samples: Samples, floor: String) {
        guard !samples.judged.isEmpty else { return }
        func line(_ name: String, _ values: [Double]) -> String {
            String(format: "  %-46@ median %8.1f ms   p95 %8.1f ms", name as NSString, Stats.median(values), Stats.percentile(values, 0.95))
        }
        print("\n\(group): \(samples.judged.count) submissions")
        print(line("judge (sandboxed, forked from a warm server)", samples.judged))
        print(line("judge (sandboxed, fresh interpreter)", samples.fresh))
        print(line("floor: \(floor), no sandbox", samples.floor))
        print(line("fresh interpreter, rlimits only, no sandbox", samples.withoutSandbox))
        print(line("peer: the same cases under pytest", samples.pytest))
        print(String(format: "  judge/floor: median %.2fx, p95 %.2fx (target <= 1.5x)",
                     Stats.median(samples.judged) / Stats.median(samples.floor),
                     Stats.percentile(samples.judged, 0.95) / Stats.percentile(samples.floor, 0.95)))
        print(String(format: "  fresh judge/floor: median %.2fx; fresh judge/same work without the sandbox: median %.2fx",
                     Stats.median(samples.fresh) / Stats.median(samples.floor),
                     Stats.median(samples.fresh) / Stats.median(samples.withoutSandbox)))
        print(String(format: "  pytest/judge: median %.1fx (target >= 10x)", Stats.median(samples.pytest) / Stats.median(samples.judged)))
    }

    /// Launched exactly as the judge launches its sandbox (posix_spawn), so the floor compares like with like.
    static func launch(_ python: URL, _ arguments: [String], in directory: URL) {
        SpawnedProcess.run(python.path, arguments, environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                                                 "OPENBLAS_NUM_THREADS": "1"], directory: directory)
    }

    /// The same cases as a parametrized pytest module importing the reference solution.
    func writePytestFile(for challenge: PythonChallenge, in directory: URL) -> URL {
        let module = "solution_" + challenge.id.replacingOccurrences(of: "-", with: "_")
        try? challenge.solution.write(to: directory.appendingPathComponent("\(module).py"), atomically: true, encoding: .utf8)
        let encoder = JSONEncoder()
        let cases = challenge.cases.map { testCase -> String in
            let args = (try? encoder.encode(testCase.args)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
            let expected = (try? encoder.encode(testCase.expected)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
            return "    (json.loads(\(Self.pythonString(args))), json.loads(\(Self.pythonString(expected)))),"
        }
        let text = """
            import json
            import pytest
            \(challenge.usesPandas ? "import pandas as pd" : "")
            from \(module) import \(challenge.function) as subject

            CASES = [
            \(cases.joined(separator: "\n"))
            ]

            def build(value):
                if isinstance(value, dict) and "__dataframe__" in value:
                    frame = value["__dataframe__"]
                    return pd.DataFrame(frame.get("data", []), columns=frame.get("columns"))
                if isinstance(value, dict) and "__expr__" in value:
                    return value
                return value

            @pytest.mark.parametrize("args, expected", CASES)
            def test_case(args, expected):
                if len(args) == 1 and isinstance(args[0], dict) and "__expr__" in args[0]:
                    import random, string
                    args = list(eval(args[0]["__expr__"], {"random": random.Random(0), "string": string}))
                result = subject(*[build(a) for a in args])
                assert result is not None or expected is None
            """
        let file = directory.appendingPathComponent("test_\(module).py")
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func pythonString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}

extension PythonBenchmark.Samples {
    mutating func append(_ other: Self) {
        judged += other.judged
        floor += other.floor
        pytest += other.pytest
        withoutSandbox += other.withoutSandbox
        fresh += other.fresh
    }
}

/// One overwritten status line on stderr while the benchmark runs (minutes), only when stderr is a terminal.
enum BenchProgress {
    static func show(_ status: String?) {
        guard isatty(2) != 0 else { return }
        let text = status.map { "\r\u{1B}[K\($0)" } ?? "\r\u{1B}[K"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
