import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteGrading
import OnsiteSQLite
import OnsiteStorage
import OnsiteTestSupport
import Testing

/// The Python judge, run for real: every test here starts sandboxed interpreters, so the suite is serialized and
/// can check afterwards that no process of a submission survived.
@Suite("Python judge", .serialized)
struct PythonJudgeTests {
    static let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog

    func challenge(_ id: String) throws -> PythonChallenge {
        try #require(Self.catalog.pythonChallenge(id: id))
    }

    /// A small challenge whose function returns its argument's length, for hostile code to hide in.
    static func probe(timeLimit: Double = 1) -> PythonChallenge {
        PythonChallenge(
            id: "py-probe", title: "Probe", difficulty: .easy, topics: ["test"], prompt: "Return len(items).",
            starter: "def size(items):\n    raise NotImplementedError\n", solution: "def size(items):\n    return len(items)\n",
            function: "size", usesPandas: false,
            cases: [PythonCase(name: "three", hidden: false, args: [.array([.integer(1), .integer(2), .integer(3)])],
                               expected: .integer(3), timeLimit: timeLimit),
                    PythonCase(name: "none", hidden: true, args: [.array([])], expected: .integer(0), timeLimit: timeLimit)])
    }

    /// This suite's runs use uids no other suite uses, so survivors found by uid are ours and no one else's.
    static let users: Range<UInt32> = 1_300_000..<1_310_000
    static var limits: PythonSandboxLimits {
        var limits = PythonSandboxLimits()
        limits.users = users
        return limits
    }

    let judge = PythonJudge(limits: PythonJudgeTests.limits, label: "test-\(PythonJudgeTests.token)")

    /// The real uid of a process, from /proc.
    static func realUser(of pid: String) -> UInt32? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Uid:") }) else { return nil }
        return line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { UInt32($0) }
    }

    /// Processes still running under this suite's sandbox uids or carrying its token, read straight from /proc.
    static func survivors(token: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { $0.allSatisfy(\.isNumber) }.compactMap { pid -> String? in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return nil }
            let command = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            return command.contains(token) || users.contains(realUser(of: pid) ?? 0) ? "\(pid): \(command)" : nil
        }
    }

    @Test("the seed's references pass, and a correct-but-different solution passes too")
    func correctButDifferent() throws {
        let flatten = try challenge("py-flatten-nested-list")
        #expect(judge.grade(flatten.solution, for: flatten).verdict == .accepted)
        let recursive = """
            def flatten(items):
                out = []
                for item in items:
                    if isinstance(item, list):
                        out.extend(flatten(item))
                    else:
                        out.append(item)
                return out
            """
        let report = judge.grade(recursive, for: flatten)
        #expect(report.verdict == .accepted, "\(report.message ?? "")")
    }

    @Test("a plausible wrong answer fails on a hidden case and the hidden case reveals nothing")
    func plausibleWrong() throws {
        let duplicates = try challenge("py-find-duplicates")
        let sorted = "def find_duplicates(items):\n    seen = set()\n    return sorted({x for x in items if x in seen or seen.add(x)})\n"
        let report = judge.grade(sorted, for: duplicates)
        #expect(report.verdict == .wrongAnswer)
        let failed = try #require(report.cases.first { $0.verdict == .wrongAnswer })
        #expect(failed.hidden)
        #expect(failed.detail == nil)
        #expect(failed.message == "wrong answer on a hidden case")
    }

    @Test("a wrong visible case shows the input, the expected value and what came back")
    func visibleDetail() throws {
        let merge = try challenge("py-merge-dicts")
        let firstWins = "def merge_dicts(*dicts):\n    out = {}\n    for d in reversed(dicts):\n        out.update(d)\n    return out\n"
        let report = judge.grade(firstWins, for: merge, scope: .visible)
        let failed = try #require(report.cases.first { $0.verdict == .wrongAnswer })
        #expect(failed.detail?.input.contains("\"b\": 3") == true)
        #expect(failed.message?.contains("result['b'] is 2, expected 3") == true)
    }

    @Test("the sandbox never receives expected values")
    func expectedStaysOutside() throws {
        let secret = "expected-\(UUID().uuidString)"
        var subject = Self.probe()
        subject.cases[1].expected = .string(secret)
        // The submission dumps everything it can find; the secret must not be there.
        let snoop = """
            import os, sys
            def size(items):
                found = sys.stdin.read()
                for root, _, files in os.walk('.'):
                    for name in files:
                        found += open(os.path.join(root, name), errors='ignore').read()
                return found
            """
        let report = judge.grade(snoop, for: subject)
        let outputs = report.cases.compactMap(\.detail?.actual).joined()
        #expect(!outputs.contains(secret))
        #expect(report.cases.last?.verdict == .wrongAnswer)
    }

    @Test("comparison modes: unordered, float and dataframe")
    func comparisons() {
        let unordered = PythonValueComparator(comparison: PythonComparison(mode: .unordered))
        #expect(unordered.difference(expected: .array([.integer(1), .integer(2), .integer(2)]),
                                     actual: .array([.integer(2), .integer(1), .integer(2)])) == nil)
        #expect(unordered.difference(expected: .array([.integer(1), .integer(2), .integer(2)]),
                                     actual: .array([.integer(2), .integer(1), .integer(1)])) != nil)
        let float = PythonValueComparator(comparison: PythonComparison(mode: .float, floatTolerance: 1e-6))
        #expect(float.difference(expected: .number(0.3), actual: .number(0.1 + 0.2)) == nil)
        #expect(float.difference(expected: .number(0.3), actual: .number(0.31)) != nil)
        #expect(PythonValueComparator(comparison: PythonComparison()).difference(expected: .integer(1), actual: .bool(true)) != nil)
        func frame(_ rows: [[JSONValue]]) -> JSONValue {
            .object(["__dataframe__": .object(["columns": .array([.string("k"), .string("v")]), "data": .array(rows.map(JSONValue.array))])])
        }
        let rows: [[JSONValue]] = [[.string("a"), .integer(1)], [.string("b"), .null]]
        let inOrder = PythonValueComparator(comparison: PythonComparison(mode: .dataframe))
        let anyOrder = PythonValueComparator(comparison: PythonComparison(mode: .dataframe, ignoreRowOrder: true))
        #expect(inOrder.difference(expected: frame(rows), actual: frame(rows.reversed())) != nil)
        #expect(anyOrder.difference(expected: frame(rows), actual: frame(rows.reversed())) == nil)
        #expect(inOrder.difference(expected: frame(rows), actual: frame(rows)) == nil)
    }

    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var code: String
        var verdicts: Set<Verdict>
        var testDescription: String { name }
    }

    static let token = String(UUID().uuidString.prefix(8).filter(\.isHexDigit).map { $0.isNumber ? $0 : "7" })

    static let hostile: [Hostile] = [
        Hostile(name: "infinite loop", code: "def size(items):\n    while True:\n        pass\n", verdicts: [.timeLimit]),
        Hostile(name: "sleeping for 1000 s", code: "import time\ndef size(items):\n    time.sleep(1000)\n", verdicts: [.timeLimit]),
        Hostile(name: "allocating 4 GiB", code: "def size(items):\n    block = bytearray(4 << 30)\n    return len(block)\n",
                verdicts: [.memoryLimit]),
        Hostile(name: "fork bomb", code: """
            import os
            def size(items):
                while True:
                    try:
                        os.fork()
                    except OSError:
                        pass
            """, verdicts: [.timeLimit, .runtimeError]),
        Hostile(name: "a setsid grandchild holding stdout", code: """
            import subprocess
            def size(items):
                subprocess.Popen(['sleep', '1000.\(token)'], start_new_session=True, stdout=1, stderr=2)
                return len(items)
            """, verdicts: [.accepted]),
        Hostile(name: "writing a 1 GiB file", code: """
            def size(items):
                with open('big.bin', 'wb') as f:
                    for _ in range(1024):
                        f.write(b'x' * (1 << 20))
                return len(items)
            """, verdicts: [.outputLimit, .runtimeError]),
        Hostile(name: "printing 100 MB", code: "def size(items):\n    for _ in range(100):\n        print('x' * (1 << 20))\n    return len(items)\n",
                verdicts: [.outputLimit]),
        Hostile(name: "killing its parent", code: "import os, signal\ndef size(items):\n    os.kill(os.getppid(), signal.SIGKILL)\n    return len(items)\n",
                // The submission is PID 1 of its own namespace: its parent is out of sight and the kill goes nowhere.
                verdicts: [.accepted, .runtimeError, .timeLimit]),
        Hostile(name: "ignoring SIGTERM", code: "import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ndef size(items):\n    while True:\n        pass\n",
                verdicts: [.timeLimit]),
        Hostile(name: "exiting early", code: "import os\ndef size(items):\n    os._exit(0)\n", verdicts: [.runtimeError]),
        Hostile(name: "forging the result channel", code: "import os\ndef size(items):\n    os.write(3, b'{\"event\": \"done\"}\\n')\n    return 99\n",
                verdicts: [.wrongAnswer, .runtimeError]),
        Hostile(name: "syntax error", code: "def size(items)\n    return 1\n", verdicts: [.runtimeError]),
    ]

    @Test("hostile code is contained with a verdict; no process survives; the judge keeps serving",
          arguments: hostile, [PythonJudge.Startup.forkServer, .fresh])
    func contained(_ attack: Hostile, _ startup: PythonJudge.Startup) throws {
        let judge = PythonJudge(limits: Self.limits, label: "test-\(Self.token)", startup: startup)
        let subject = Self.probe()
        let clock = ContinuousClock()
        let start = clock.now
        let report = judge.grade(attack.code, for: subject)
        #expect(attack.verdicts.contains(report.verdict), "got \(report.verdict): \(report.cases.map { $0.message ?? "" })")
        #expect(clock.now - start < .seconds(15))
        #expect(Self.survivors(token: Self.token).isEmpty, "\(Self.survivors(token: Self.token))")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/big.bin"))
        let next = judge.grade(subject.solution, for: subject)
        #expect(next.verdict == .accepted, "the judge must keep serving: \(next.message ?? "")")
    }

    @Test("the survivor check sees a sandbox while it runs, so its empty result after a run means something")
    func survivorCheckSeesRunningSandboxes() throws {
        let sleeper = "import time\ndef size(items):\n    time.sleep(1.5)\n    return len(items)\n"
        let subject = Self.probe(timeLimit: 3)
        let judge = judge
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = judge.grade(sleeper, for: subject, scope: .visible)
            done.signal()
        }
        var seen: [String] = []
        for _ in 0..<40 where seen.isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
            seen = Self.survivors(token: Self.token)
        }
        done.wait()
        #expect(!seen.isEmpty, "a running submission was not found by uid")
        #expect(Self.survivors(token: Self.token).isEmpty)
    }

    @Test("no network: a listener on 127.0.0.1 receives nothing")
    func network() throws {
        let listener = try TCPListener()
        let code = """
            import socket
            def size(items):
                socket.create_connection(('127.0.0.1', \(listener.port)), timeout=1).sendall(b'leak')
                return len(items)
            """
        let report = judge.grade(code, for: Self.probe())
        #expect(report.verdict == .runtimeError)
        #expect(report.cases.first?.message?.contains("OSError") == true || report.cases.first?.message?.contains("unreachable") == true)
        #expect(listener.acceptedConnections() == 0)
    }

    @Test("the user's progress database cannot be read, and nothing outside the sandbox changes")
    func privateFiles() async throws {
        let base = URL(fileURLWithPath: "/var/lib/onsite-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let databaseFile = base.appendingPathComponent("home/onsite.sqlite")
        try await SQLiteProgressStore(database: try AppDatabase.openFile(at: databaseFile)).setStarred(true, for: "py-gil")
        let before = try Data(contentsOf: databaseFile)
        let code = """
            def size(items):
                try:
                    open('\(base.path)/escape.txt', 'w').write('escaped')
                except OSError:
                    pass
                open('/tmp/escape-\(Self.token).txt', 'w').write('escaped')
                return open('\(databaseFile.path)', 'rb').read()[:16]
            """
        let report = judge.grade(code, for: Self.probe())
        #expect(report.verdict == .runtimeError, "\(report.cases.map { $0.message ?? "" })")
        #expect(report.cases.first?.message?.contains("PermissionError") == true)
        #expect(try Data(contentsOf: databaseFile) == before)
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("escape.txt").path))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escape-\(Self.token).txt"))
    }

    @Test("every shipped Python reference passes all its cases", arguments: catalog.pythonChallenges)
    func shippedReferences(_ challenge: PythonChallenge) {
        let report = judge.grade(challenge.solution, for: challenge)
        #expect(report.verdict == .accepted, "\(report.cases.filter { $0.verdict != .accepted }.map { "\($0.name): \($0.message ?? "")" })")
        #expect(challenge.cases.filter(\.hidden).count >= 2)
    }
}

/// A real TCP listener on 127.0.0.1 that counts connections, for proving the sandbox has no network.
final class TCPListener: @unchecked Sendable {
    let port: UInt16
    private let descriptor: Int32

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else { throw CocoaError(.fileWriteUnknown) }
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(descriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
    }

    /// Connections waiting to be accepted right now.
    func acceptedConnections() -> Int {
        var count = 0
        while true {
            let client = accept(descriptor, nil, nil)
            if client < 0 { return count }
            count += 1
            close(client)
        }
    }

    deinit {
        close(descriptor)
    }
}
