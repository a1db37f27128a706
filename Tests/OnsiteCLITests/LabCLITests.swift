import Foundation
import OnsiteTestSupport
import Testing

/// `onsite lab` through the real binary against a real moto server: the bad cases say what to do, a solved lab is
/// recorded, and the checklist's hands-on box and `lab list` see it.
@Suite("onsite lab", .serialized)
struct LabCLITests {
    let binary: OnsiteBinary
    let home: TemporaryDirectory

    init() throws {
        binary = try OnsiteBinary.built()
        home = try TemporaryDirectory(prefix: "onsite-lab-cli")
    }

    func run(_ arguments: [String]) throws -> OnsiteBinary.Output {
        try binary.run(arguments, environment: [
            "ONSITE_HOME": home.url.path, "ONSITE_CONTENT": RepositoryPaths.content.path, "NO_COLOR": "1",
            "ONSITE_VENV": RepositoryPaths.root.appendingPathComponent(".venv").path,
        ])
    }

    @Test("start, a refused second start, a failing check, the reference solution, a passing check recorded, stop")
    func wholeLab() throws {
        let nothing = try run(["lab", "check"])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("no lab is running"), "\(nothing.stderr)")

        let started = try run(["lab", "start", "kms-secrets"])
        defer { _ = try? run(["lab", "stop"]) }
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.contains("export AWS_ENDPOINT_URL=http://127.0.0.1:"))
        #expect(started.stdout.contains("alias/onsite-warehouse"), "the task is printed")

        let second = try run(["lab", "start", "lab-s3-data-lake"])
        #expect(second.status != 0)
        #expect(second.stderr.contains("already running"), "\(second.stderr)")

        let before = try run(["lab", "check"])
        #expect(before.status == 1)
        #expect(before.stdout.contains("0 of 4 checks pass"), "\(before.stdout)")
        #expect(before.stdout.contains("hint:"))

        // The reference solution, run the way a candidate would: the printed environment and the venv's aws CLI.
        let exports = try run(["lab", "env"]).stdout
        let solution = RepositoryPaths.content.appendingPathComponent("labs/kms-secrets/solution.sh").path
        let shell = try ProgramRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", exports + "\nset -euo pipefail\nsource " + solution],
                                          environment: ["PATH": RepositoryPaths.root.appendingPathComponent(".venv/bin").path + ":/usr/bin:/bin",
                                                        "AWS_PAGER": "", "HOME": home.url.path], timeout: 120)
        #expect(shell.status == 0, "\(shell.stdout)\(shell.stderr)")

        let after = try run(["lab", "check", "--json"])
        #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        #expect(report["passed"] as? Bool == true)
        #expect(report["passed_count"] as? Int == 4)

        let list = try #require(try JSONSerialization.jsonObject(with: Data(try run(["lab", "list", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(list.first { $0["id"] as? String == "lab-kms-secrets" }?["passed"] as? Bool == true)
        #expect(list.first { $0["id"] as? String == "lab-s3-data-lake" }?["passed"] as? Bool == false)

        #expect(try run(["lab", "stop"]).stdout.contains("Stopped the lab server for lab-kms-secrets"))
        #expect(try run(["lab", "stop"]).stdout.contains("No lab server is running"))
    }

    @Test("a project shows its steps and write-up, starts on one server and reports step by step, the later untouched steps in one line each")
    func project() throws {
        let shown = try run(["lab", "show", "log-processing"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Step 1: A data-lake bucket"), "\(shown.stdout.prefix(600))")
        #expect(shown.stdout.contains("Telling it in an interview"), "the write-up is printed")

        let started = try run(["lab", "start", "project-log-processing"])
        defer { _ = try? run(["lab", "stop"]) }
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.contains("Step 4: An Athena workgroup"))
        #expect(started.stdout.contains("export AWS_ENDPOINT_URL=http://127.0.0.1:"))

        let checked = try run(["lab", "check"])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("Step 1: A data-lake bucket"))
        #expect(checked.stdout.contains("hint:"), "the step to work on shows its hints")
        #expect(checked.stdout.contains("not started: `onsite lab show lab-athena-workgroup` has its task"), "\(checked.stdout)")
        #expect(checked.stdout.contains("How the steps fit together"))

        let report = try #require(try JSONSerialization.jsonObject(with: Data(try run(["lab", "check", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(report["project"] as? String == "project-log-processing")
        #expect((report["steps"] as? [[String: Any]])?.map { $0["lab"] as? String } ==
                ["lab-s3-data-lake", "lab-firehose-to-s3", "lab-cloudwatch-logs-alarm", "lab-athena-workgroup"])
        #expect(report["passed"] as? Bool == false)

        let wrong = try run(["lab", "check", "lab-kms-secrets"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("the running lab is project-log-processing, not lab-kms-secrets"), "\(wrong.stderr)")
    }

    @Test("an unknown lab is named, with the ones there are")
    func unknownLab() throws {
        let output = try run(["lab", "start", "no-such-lab"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("no lab or project \"no-such-lab\""))
        #expect(output.stderr.contains("lab-s3-data-lake"))
        #expect(!output.stderr.contains("Fatal error"))
    }
}
