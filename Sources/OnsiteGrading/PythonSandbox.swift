import CProcessSpawn
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Limits for one Python submission (all its cases run in one process).
public struct PythonSandboxLimits: Sendable, Equatable {
    /// Address space: enough for pandas, too little for a 4 GiB allocation.
    public var memoryBytes = 2 << 30
    public var maxProcesses = 32
    public var maxFileBytes = 16 << 20
    public var maxOpenFiles = 64
    /// What the submission may print (all cases together) before the verdict is `output_limit`.
    public var maxPrintedBytes = 1 << 20
    /// What the harness may send back (results), a guard against a forged flood on the channel.
    public var maxChannelBytes = 32 << 20
    /// Interpreter start-up and imports, on top of the cases' own time limits.
    public var startupAllowance: Duration = .seconds(2)
    public var pandasStartupAllowance: Duration = .seconds(4)

    public init() {}
}

/// How strongly this machine can isolate a submission, decided once per process.
public enum PythonIsolation: Sendable, Equatable {
    /// Root: new mount, PID and network namespaces, private /tmp, unprivileged uid, rlimits.
    case namespaces
    /// Not root: a user namespace with no network, plus rlimits.
    case userNamespace
    /// Neither works here: rlimits only.
    case rlimitsOnly

    /// Said in the verdict's notes when isolation is weaker than the default.
    public var note: String? {
        switch self {
        case .namespaces: nil
        case .userNamespace: "Ran without root: network cut off in a user namespace, but files are protected only by your own permissions."
        case .rlimitsOnly: "Namespaces are unavailable here: the submission ran with resource limits only, sharing your network and files."
        }
    }

    public static let detected: PythonIsolation = {
        let unshare = "/usr/bin/unshare"
        guard FileManager.default.isExecutableFile(atPath: unshare) else { return .rlimitsOnly }
        if geteuid() == 0, probe(unshare, ["--mount", "--net", "--pid", "--fork", "--kill-child", "--", "/bin/true"]),
           FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            return .namespaces
        }
        if probe(unshare, ["-Urn", "--", "/bin/true"]) { return .userNamespace }
        return .rlimitsOnly
    }()

    private static func probe(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// Runs the harness for one submission in a fresh working directory under the strongest isolation available,
/// with a wall-clock deadline and output caps owned by the grader.
struct PythonSandbox {
    struct Run {
        /// JSON lines the harness wrote on its private channel.
        var channel: [Substring]
        var printed: String
        var exit: Exit
        var elapsed: Duration
    }

    enum Exit: Equatable {
        case finished(status: Int32)
        case signal(Int32)
        case deadline
        case printedTooMuch
        case channelTooLarge
    }

    /// Each run gets its own unprivileged uid (one with no account), so the process limit counts only that
    /// run's processes and concurrent runs cannot signal or read each other.
    static func freshUser() -> UInt32 {
        UInt32.random(in: 200_000..<1_200_000)
    }
    static let workRoot: URL = {
        geteuid() == 0 ? URL(fileURLWithPath: "/run/onsite-judge")
            : FileManager.default.temporaryDirectory.appendingPathComponent("onsite-judge-\(getuid())")
    }()

    let python: URL
    let harness: String
    let limits: PythonSandboxLimits
    let isolation: PythonIsolation
    /// Prefix of the working folder's name, so a run's processes can be recognised (tests look for survivors).
    let label: String
    /// pandas challenges need the venv's site-packages; others start faster without them.
    let usesSitePackages: Bool

    struct LaunchError: Error {
        var message: String
    }

    func run(submission: String, job: Data, deadline: Duration) throws(LaunchError) -> Run {
        let user = Self.freshUser()
        let workdir = try makeWorkdir()
        defer { try? FileManager.default.removeItem(at: workdir) }
        do {
            try submission.write(to: workdir.appendingPathComponent("submission.py"), atomically: false, encoding: .utf8)
            try harness.write(to: workdir.appendingPathComponent("harness.py"), atomically: false, encoding: .utf8)
            if isolation == .namespaces {
                for name in ["", "submission.py", "harness.py"] {
                    chown(workdir.appendingPathComponent(name).path, user, user)
                }
            }
        } catch {
            throw LaunchError(message: "cannot prepare the sandbox folder: \(error.localizedDescription)")
        }

        let stdin = Pipe(), channel = Pipe(), printed = Pipe()
        let clock = ContinuousClock()
        let start = clock.now
        let pid = try Self.spawn(
            "/usr/bin/prlimit", arguments: command(workdir: workdir, deadline: deadline, user: user),
            environment: environment(), directory: workdir, stdin: stdin, stdout: channel, stderr: printed)
        let killer = Killer(pid: pid)
        let finished = DispatchSemaphore(value: 0)
        let exitStatus = ExitStatusBox()
        DispatchQueue.global().async {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            exitStatus.value = status
            finished.signal()
        }

        // Feed the job without blocking on a full pipe; drain both outputs with caps.
        DispatchQueue.global().async {
            stdin.fileHandleForWriting.write(job)
            try? stdin.fileHandleForWriting.close()
        }
        let channelReader = CappedReader(handle: channel.fileHandleForReading, cap: limits.maxChannelBytes, onOverflow: killer.kill)
        let printedReader = CappedReader(handle: printed.fileHandleForReading, cap: limits.maxPrintedBytes, onOverflow: killer.kill)
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) { channelReader.drain() }
        DispatchQueue.global().async(group: readers) { printedReader.drain() }

        var exit: Exit
        if finished.wait(timeout: .now() + .nanoseconds(Int(deadline.nanoseconds))) == .timedOut {
            killer.kill()
            finished.wait()
            exit = .deadline
        } else {
            // The wait status: low 7 bits are the terminating signal (0 when it exited), the next byte the exit code.
            let status = exitStatus.value
            exit = status & 0x7f == 0 ? .finished(status: (status >> 8) & 0xff) : .signal(status & 0x7f)
        }
        // The namespace is gone with its first process, so nothing can hold the pipes open for long.
        _ = readers.wait(timeout: .now() + 2)
        if printedReader.overflowed { exit = .printedTooMuch }
        if channelReader.overflowed { exit = .channelTooLarge }
        let text = String(decoding: channelReader.data, as: UTF8.self)
        return Run(channel: text.split(separator: "\n"), printed: String(decoding: printedReader.data, as: UTF8.self),
                   exit: exit, elapsed: clock.now - start)
    }

    /// posix_spawn through CProcessSpawn: Foundation's Process costs ~35 ms a launch here, more than Python's start-up.
    static func spawn(_ path: String, arguments: [String], environment: [String: String], directory: URL,
                      stdin: Pipe, stdout: Pipe, stderr: Pipe) throws(LaunchError) -> pid_t {
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = onsite_spawn(path, argv, envp, directory.path,
                              stdin.fileHandleForReading.fileDescriptor, stdout.fileHandleForWriting.fileDescriptor,
                              stderr.fileHandleForWriting.fileDescriptor, &pid)
        // The child has its own copies; the parent keeps only its ends, so EOF arrives when the child is gone.
        try? stdin.fileHandleForReading.close()
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()
        guard rc == 0 else {
            throw LaunchError(message: "cannot start the sandbox: \(String(cString: strerror(rc)))")
        }
        return pid
    }

    private func makeWorkdir() throws(LaunchError) -> URL {
        let directory = Self.workRoot.appendingPathComponent("\(label)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: Self.workRoot, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o711])
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw LaunchError(message: "cannot create a sandbox folder under \(Self.workRoot.path): \(error.localizedDescription)")
        }
        return directory
    }

    /// prlimit sets the limits and execs the isolation chain; every later process inherits them.
    func command(workdir: URL, deadline: Duration, user: UInt32) -> [String] {
        let cpuSeconds = Int(deadline.components.seconds) + 1
        var arguments = [
            "--cpu=\(cpuSeconds):\(cpuSeconds + 1)", "--as=\(limits.memoryBytes)", "--nproc=\(limits.maxProcesses)",
            "--fsize=\(limits.maxFileBytes)", "--nofile=\(limits.maxOpenFiles)", "--core=0", "--",
        ]
        let harnessPath = workdir.appendingPathComponent("harness.py").path
        // Without pandas nothing outside the standard library is needed, so skip site-packages (-S): faster start-up.
        let flags = (usesSitePackages ? ["-I"] : ["-I", "-S"]) + ["-B"]  // -B: no .pyc to write in a folder about to vanish
        switch isolation {
        case .namespaces:
            var interpreter = [python.path] + flags + [harnessPath]
            // One `mount -a` with the judge's own fstab: the venv bound under the judge's folder first (so it stays
            // reachable however private its real location is, even under /tmp), then a private /tmp, /var/tmp and
            // /dev/shm. Then drop to this run's own unprivileged uid with no capabilities, for good.
            let venv = Self.virtualEnvironment(of: python)
            let mounts = Self.prepareMounts(venv: venv)
            if venv != nil {
                interpreter[0] = mounts.venvView.appendingPathComponent("bin").appendingPathComponent(python.lastPathComponent).path
            }
            let script = """
                mount -a -T \(mounts.fstab.path) && cd "$1" && shift && \
                exec setpriv --reuid=\(user) --regid=\(user) --clear-groups --inh-caps=-all \
                --bounding-set=-all --no-new-privs -- "$@"
                """
            arguments += ["/usr/bin/unshare", "--mount", "--mount-proc", "--net", "--pid", "--fork", "--kill-child", "--",
                          "/bin/sh", "-c", script, "sandbox", workdir.path] + interpreter
        case .userNamespace:
            arguments += ["/usr/bin/unshare", "-Urn", "--pid", "--fork", "--kill-child", "--mount-proc", "--", python.path] + flags + [harnessPath]
        case .rlimitsOnly:
            arguments += [python.path] + flags + [harnessPath]
        }
        return arguments
    }

    /// Writes the sandbox's fstab and the empty folder the venv is bound onto, one pair per venv location so that
    /// checkouts with different venvs never share them.
    static func prepareMounts(venv: URL?) -> (fstab: URL, venvView: URL) {
        let key = PostgresJudge.fingerprint(venv?.path ?? "system")
        let fstab = workRoot.appendingPathComponent("fstab-\(key)")
        let venvView = workRoot.appendingPathComponent("venv-\(key)")
        var lines: [String] = []
        if let venv {
            try? FileManager.default.createDirectory(at: venvView, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o755])
            lines.append("\(venv.path.replacingOccurrences(of: " ", with: "\\040")) \(venvView.path) none bind,ro 0 0")
        }
        lines += ["tmpfs /tmp tmpfs size=16m,mode=1777 0 0", "tmpfs /var/tmp tmpfs size=1m,mode=1777 0 0",
                  "tmpfs /dev/shm tmpfs size=1m,mode=1777 0 0"]
        let text = lines.joined(separator: "\n") + "\n"
        guard (try? String(contentsOf: fstab, encoding: .utf8)) != text else { return (fstab, venvView) }
        try? FileManager.default.createDirectory(at: workRoot, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o711])
        // Written beside and renamed, so a concurrent grader never reads half a file.
        let temporary = workRoot.appendingPathComponent("fstab.\(UUID().uuidString)")
        try? text.write(to: temporary, atomically: false, encoding: .utf8)
        _ = rename(temporary.path, fstab.path)
        return (fstab, venvView)
    }

    /// The venv a python lives in (`<venv>/bin/python` with `<venv>/pyvenv.cfg`), if any.
    static func virtualEnvironment(of python: URL) -> URL? {
        let root = python.deletingLastPathComponent().deletingLastPathComponent()
        return FileManager.default.fileExists(atPath: root.appendingPathComponent("pyvenv.cfg").path) ? root : nil
    }

    /// Nearly empty: no secrets, no paths of the user's. Thread counts pinned to one so numpy stays inside the
    /// address-space limit; OPENBLAS_CORETYPE kept where the machine sets it (older OpenBLAS needs it to be right).
    private func environment() -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1",
                           "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYTHONHASHSEED": "0", "HOME": "/nonexistent"]
        for key in ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"] {
            if let value = ProcessInfo.processInfo.environment[key] { environment[key] = value }
        }
        return environment
    }
}

/// Reads a pipe to the end, keeping at most `cap` bytes and calling `onOverflow` once past it.
private final class CappedReader: @unchecked Sendable {
    private let handle: FileHandle
    private let cap: Int
    private let onOverflow: @Sendable () -> Void
    private(set) var data = Data()
    private(set) var overflowed = false

    init(handle: FileHandle, cap: Int, onOverflow: @escaping @Sendable () -> Void) {
        self.handle = handle
        self.cap = cap
        self.onOverflow = onOverflow
    }

    func drain() {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return }
            if overflowed { continue }  // keep draining so the writer is not blocked, but keep nothing
            if data.count + chunk.count > cap {
                data.append(chunk.prefix(cap - data.count))
                overflowed = true
                onOverflow()
            } else {
                data.append(chunk)
            }
        }
    }
}

/// The child's wait status, handed from the waiting thread to the grader.
private final class ExitStatusBox: @unchecked Sendable {
    var value: Int32 = 0
}

/// SIGKILL for the sandbox's top process; with --kill-child and a PID namespace, everything below dies with it.
private struct Killer: Sendable {
    let pid: Int32

    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
    }
}

/// Runs a program to completion the way the sandbox launches (posix_spawn), output discarded: for benchmarks that
/// compare the judge with a bare interpreter launched the same way.
public enum SpawnedProcess {
    @discardableResult
    public static func run(_ path: String, _ arguments: [String], environment: [String: String], directory: URL) -> Int32 {
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        guard let pid = try? PythonSandbox.spawn(path, arguments: arguments, environment: environment, directory: directory,
                                                 stdin: stdin, stdout: stdout, stderr: stderr) else { return -1 }
        try? stdin.fileHandleForWriting.close()
        let group = DispatchGroup()
        for handle in [stdout.fileHandleForReading, stderr.fileHandleForReading] {
            DispatchQueue.global().async(group: group) { _ = handle.readDataToEndOfFile() }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        group.wait()
        return status
    }
}
