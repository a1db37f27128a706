import Foundation
import OnsiteCore
import OnsiteGrading

/// `onsite-bench python`: the sandboxed judge against the cost of starting Python at all (the floor), and against
/// running the same cases under pytest (the peer), all in one run.
struct PythonBenchmark {
    let challenges: [PythonChallenge]
    let iterations: Int

    func run() {
        let judge = PythonJudge(label: "bench")
        // The same harness and cases without namespaces or a uid switch: what the sandbox itself costs.
        let unsandboxed = PythonJudge(isolation: .rlimitsOnly, label: "bench-plain")
        let python = judge.python
        print("Python judge benchmark: \(challenges.count) challenges, \(iterations) rounds, all cases per submission")
        print("isolation: \(judge.isolation)")
        let clock = ContinuousClock()
        var judged: [Double] = [], plainFloor: [Double] = []
        var pandasJudged: [Double] = [], pandasFloor: [Double] = []
        var pytest: [Double] = []
        var sameWork: [Double] = [], sameWorkJudged: [Double] = []
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }

        for challenge in challenges {
            let floorScript = challenge.usesPandas ? "import pandas" : "pass"
            let testFile = writePytestFile(for: challenge, in: workspace)
            for round in 0..<iterations {
                let start = clock.now
                let report = judge.grade(challenge.solution, for: challenge)
                let elapsed = (clock.now - start).milliseconds
                precondition(report.verdict == .accepted, "\(challenge.id): \(report.verdict) \(report.message ?? "")")
                let floorStart = clock.now
                Self.launch(python, ["-I", "-c", floorScript], in: workspace)
                let floor = (clock.now - floorStart).milliseconds
                if challenge.usesPandas {
                    pandasJudged.append(elapsed); pandasFloor.append(floor)
                } else {
                    judged.append(elapsed); plainFloor.append(floor)
                }
                let plainStart = clock.now
                _ = unsandboxed.grade(challenge.solution, for: challenge)
                sameWork.append((clock.now - plainStart).milliseconds)
                sameWorkJudged.append(elapsed)
                // pytest is slow; a few rounds per challenge are enough for its median.
                if round < min(3, iterations) {
                    let peerStart = clock.now
                    Self.launch(python, ["-m", "pytest", "-q", "-p", "no:cacheprovider", testFile.path], in: workspace)
                    pytest.append((clock.now - peerStart).milliseconds)
                }
            }
        }
        func line(_ name: String, _ values: [Double]) -> String {
            String(format: "%-44@ median %8.1f ms   p95 %8.1f ms", name as NSString, Stats.median(values), Stats.percentile(values, 0.95))
        }
        print(line("judge, plain challenges (per submission)", judged))
        print(line("floor: python3 -I -c pass, no sandbox", plainFloor))
        print(String(format: "ratio judge/floor (plain): median %.2fx, p95 %.2fx (target <= 1.5x)",
                     Stats.median(judged) / Stats.median(plainFloor),
                     Stats.percentile(judged, 0.95) / Stats.percentile(plainFloor, 0.95)))
        if !pandasJudged.isEmpty {
            print(line("judge, pandas challenges", pandasJudged))
            print(line("floor: python3 -I -c 'import pandas'", pandasFloor))
            print(String(format: "ratio judge/floor (pandas): median %.2fx", Stats.median(pandasJudged) / Stats.median(pandasFloor)))
        }
        print(line("same harness and cases, no namespaces", sameWork))
        print(String(format: "ratio judge/same work without the sandbox: median %.2fx, p95 %.2fx",
                     Stats.median(sameWorkJudged) / Stats.median(sameWork),
                     Stats.percentile(sameWorkJudged, 0.95) / Stats.percentile(sameWork, 0.95)))
        let all = judged + pandasJudged
        print(line("peer: the same cases under pytest", pytest))
        print(String(format: "pytest/judge: %.1fx (target >= 10x)", Stats.median(pytest) / Stats.median(all)))
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
