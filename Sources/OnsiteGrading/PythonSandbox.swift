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
    /// Where each run's fresh uid comes from: ids no account uses. Tests pick a range of their own, so the
    /// processes of their runs can be found by uid, which nothing inside a sandbox can change.
    public var users: Range<UInt32> = 200_000..<1_200_000

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
        if geteuid() == 0, PythonSandbox.canIsolate() { return .namespaces }
        if FileManager.default.isExecutableFile(atPath: unshare), probe(unshare, ["-Urn", "--", "/bin/true"]) {
            return .userNamespace
        }
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
        /// The fork server could not build this run's sandbox (ours, not the submission's).
        case sandboxFailed(String)
    }

    /// Each run gets its own unprivileged uid (one with no account) drawn from `limits.users`, so the process limit
    /// counts only that run's processes and concurrent runs cannot signal or read each other.
    func freshUser() -> UInt32 {
        UInt32.random(in: limits.users)
    }
    static let workRoot: URL = {
        geteuid() == 0 ? URL(fileURLWithPath: "/run/onsite-judge")
            : FileManager.default.temporaryDirectory.appendingPathComponent("onsite-judge-\(getuid())")
    }()

    let python: URL
    /// The harness program: compiled once to a .pyc under the judge's folder (see `compiledHarness`), or its source.
    let harness: URL
    let limits: PythonSandboxLimits
    let isolation: PythonIsolation
    /// Prefix of the working folder's name, so a run's processes can be recognised (tests look for survivors).
    let label: String
    /// pandas challenges need the venv's site-packages; others start faster without them.
    let usesSitePackages: Bool
    /// Runs fork from this warm interpreter when set (root only); otherwise each run starts its own interpreter.
    var forkServer: PythonForkServer? = nil

    struct LaunchError: Error {
        var message: String
    }

    func run(submission: String, job: Data, deadline: Duration) throws(LaunchError) -> Run {
        let user = freshUser()
        let workdir = try makeWorkdir()
        defer { try? FileManager.default.removeItem(at: workdir) }
        do {
            try submission.write(to: workdir.appendingPathComponent("submission.py"), atomically: false, encoding: .utf8)
            if isolation == .namespaces {
                for name in ["", "submission.py"] {
                    chown(workdir.appendingPathComponent(name).path, user, user)
                }
            }
        } catch {
            throw LaunchError(message: "cannot prepare the sandbox folder: \(error.localizedDescription)")
        }

        let stdin = Pipe(), channel = Pipe(), printed = Pipe()
        let clock = ContinuousClock()
        let start = clock.now
        let pid: pid_t
        let waitForExit: @Sendable () -> (status: Int32, failure: String?)
        if isolation == .namespaces, let forkServer,
           let launch = forkServer.launch(user: user, cpuSeconds: UInt64(deadline.components.seconds) + 1, workdir: workdir,
                                          descriptors: [stdin.fileHandleForReading.fileDescriptor,
                                                        channel.fileHandleForWriting.fileDescriptor,
                                                        printed.fileHandleForWriting.fileDescriptor]) {
            // The server holds its own copies now; keeping ours would stop EOF from arriving.
            try? stdin.fileHandleForReading.close()
            try? channel.fileHandleForWriting.close()
            try? printed.fileHandleForWriting.close()
            pid = launch.pid
            waitForExit = launch.wait
        } else {
            if isolation == .namespaces {
                pid = try spawnIsolated(workdir: workdir, deadline: deadline, user: user,
                                        stdin: stdin, stdout: channel, stderr: printed)
            } else {
                pid = try Self.spawn(
                    "/usr/bin/prlimit", arguments: command(workdir: workdir, deadline: deadline, user: user),
                    environment: environment(), directory: workdir, stdin: stdin, stdout: channel, stderr: printed)
            }
            waitForExit = {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return (status, nil)
            }
        }
        let killer = Killer(pid: pid)
        let finished = DispatchSemaphore(value: 0)
        let exitStatus = ExitStatusBox()
        Self.onOwnThread {
            let result = waitForExit()
            exitStatus.value = result.status
            exitStatus.failure = result.failure
            finished.signal()
        }

        // Feed the job: a job that fits the pipe's buffer goes now; a larger one from a thread, so a child that never
        // reads cannot block the grader. Then drain both outputs with caps.
        let jobHandle = stdin.fileHandleForWriting
        if job.count < 60_000 {
            Self.writeAll(job, to: jobHandle)
        } else {
            Self.onOwnThread { Self.writeAll(job, to: jobHandle) }
        }
        let channelReader = CappedReader(handle: channel.fileHandleForReading, cap: limits.maxChannelBytes, onOverflow: killer.kill)
        let printedReader = CappedReader(handle: printed.fileHandleForReading, cap: limits.maxPrintedBytes, onOverflow: killer.kill)
        let readers = DispatchGroup()
        readers.enter()
        readers.enter()
        Self.onOwnThread { channelReader.drain(); readers.leave() }
        Self.onOwnThread { printedReader.drain(); readers.leave() }

        var exit: Exit
        if finished.wait(timeout: .now() + .nanoseconds(Int(deadline.nanoseconds))) == .timedOut {
            killer.kill()
            finished.wait()
            exit = .deadline
        } else {
            // The wait status: low 7 bits are the terminating signal (0 when it exited), the next byte the exit code.
            let status = exitStatus.value
            exit = status & 0x7f == 0 ? .finished(status: (status >> 8) & 0xff) : .signal(status & 0x7f)
            if let failure = exitStatus.failure { exit = .sandboxFailed(failure) }
        }
        // The namespace is gone with its first process, so nothing can hold the pipes open for long.
        _ = readers.wait(timeout: .now() + 2)
        if printedReader.overflowed { exit = .printedTooMuch }
        if channelReader.overflowed { exit = .channelTooLarge }
        let text = String(decoding: channelReader.data, as: UTF8.self)
        return Run(channel: text.split(separator: "\n"), printed: String(decoding: printedReader.data, as: UTF8.self),
                   exit: exit, elapsed: clock.now - start)
    }

    /// Writes `data` and closes the handle; a child that is already gone (EPIPE) just ends the write. SIGPIPE is
    /// ignored for the process, once: a sandbox that dies early must never take the grader with it.
    static func writeAll(_ data: Data, to handle: FileHandle) {
        _ = ignoreBrokenPipes
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(handle.fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { break }
                offset += written
            }
        }
        try? handle.close()
    }

    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// Runs blocking work (a pipe read, a wait) on a thread of its own. Dispatch's global pool adds threads slowly
    /// once its threads are all blocked, which delayed writing a job by up to a second when many runs overlapped.
    static func onOwnThread(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 1 << 20
        thread.start()
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

    /// The namespaces, mounts, limits and uid switch in one clone from this process (CProcessSpawn's
    /// onsite_sandbox_spawn): the interpreter is the only program started, which saves the ~10 ms that a chain of
    /// prlimit, unshare, sh, mount and setpriv costs in execs.
    private func spawnIsolated(workdir: URL, deadline: Duration, user: UInt32, program: [String]? = nil,
                               stdin: Pipe, stdout: Pipe, stderr: Pipe) throws(LaunchError) -> pid_t {
        let venv = Self.virtualEnvironment(of: python)
        let venvView = venv.map { Self.venvView(for: $0) }
        let interpreter = venvView.map { $0.appendingPathComponent("bin").appendingPathComponent(python.lastPathComponent).path }
            ?? python.path
        let arguments = program ?? [interpreter] + interpreterFlags + [harness.path]
        let cpuSeconds = UInt64(deadline.components.seconds) + 1
        var pid: pid_t = 0
        var failedStep: UnsafePointer<CChar>?
        let strings = CStringArena()
        defer { strings.free() }
        var config = onsite_sandbox(
            path: strings.copy(arguments[0]), argv: strings.array(arguments),
            envp: strings.array(environment().map { "\($0.key)=\($0.value)" }), cwd: strings.copy(workdir.path),
            stdin_fd: stdin.fileHandleForReading.fileDescriptor, stdout_fd: stdout.fileHandleForWriting.fileDescriptor,
            stderr_fd: stderr.fileHandleForWriting.fileDescriptor, uid: user, gid: user,
            cpu_seconds_soft: cpuSeconds, cpu_seconds_hard: cpuSeconds + 1,
            address_space_bytes: UInt64(limits.memoryBytes), max_processes: UInt64(limits.maxProcesses),
            max_file_bytes: UInt64(limits.maxFileBytes), max_open_files: UInt64(limits.maxOpenFiles),
            bind_source: venv.map { strings.copy($0.path) }, bind_target: venvView.map { strings.copy($0.path) },
            tmp_options: strings.copy("size=16m,mode=1777"), small_tmp_options: strings.copy("size=1m,mode=1777"))
        let rc = onsite_sandbox_spawn(&config, &pid, &failedStep)
        // The child has its own copies; the parent keeps only its ends, so EOF arrives when the child is gone.
        try? stdin.fileHandleForReading.close()
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()
        guard rc == 0 else {
            let step = failedStep.map { String(cString: $0) } ?? "start"
            throw LaunchError(message: "cannot start the sandbox (\(step)): \(String(cString: strerror(rc)))")
        }
        return pid
    }

    /// Whether this machine lets us build the sandbox: /bin/true started through the same launcher.
    static func canIsolate() -> Bool {
        let input = Pipe(), output = Pipe(), errors = Pipe()
        let sandbox = PythonSandbox(python: URL(fileURLWithPath: "/bin/true"), harness: URL(fileURLWithPath: "/dev/null"), limits: PythonSandboxLimits(),
                                    isolation: .namespaces, label: "probe", usesSitePackages: false)
        guard let workdir = try? sandbox.makeWorkdir() else { return false }
        defer { try? FileManager.default.removeItem(at: workdir) }
        chown(workdir.path, 65534, 65534)
        guard let pid = try? sandbox.spawnIsolated(workdir: workdir, deadline: .seconds(2), user: 65534, program: ["/bin/true"],
                                                   stdin: input, stdout: output, stderr: errors) else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0
    }

    /// Flags for the interpreter. Without pandas nothing outside the standard library is needed, so site-packages
    /// are skipped (-S) for a faster start; -B because a .pyc would be written into a folder about to vanish.
    private var interpreterFlags: [String] {
        (usesSitePackages ? ["-I"] : ["-I", "-S"]) + ["-B"]
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
        let harnessPath = harness.path
        let flags = interpreterFlags
        switch isolation {
        case .namespaces:
            preconditionFailure("namespaced runs start through spawnIsolated, not a command chain")
        case .userNamespace:
            arguments += ["/usr/bin/unshare", "-Urn", "--pid", "--fork", "--kill-child", "--mount-proc", "--", python.path] + flags + [harnessPath]
        case .rlimitsOnly:
            arguments += [python.path] + flags + [harnessPath]
        }
        return arguments
    }

    /// The empty folder under the judge's own folder that the venv is bound onto, one per venv location so that
    /// checkouts with different venvs never share one. Bound there, the venv stays reachable for the sandbox's
    /// uid however private its real location is, even under /tmp (which the sandbox replaces with its own).
    static func venvView(for venv: URL?) -> URL {
        let view = workRoot.appendingPathComponent("venv-\(PostgresJudge.fingerprint(venv?.path ?? "system"))")
        if !FileManager.default.fileExists(atPath: view.path) {
            try? FileManager.default.createDirectory(at: view, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o755])
        }
        return view
    }

    /// The harness compiled by `python` into a .pyc beside the sandboxes, made once per harness text and interpreter
    /// and shared by every later run: compiling the harness on each start would cost ~2.7 ms. The source itself if
    /// compiling fails. Readable by every sandbox uid; written beside and renamed, so no run sees half a file.
    static func compiledHarness(source: String, python: URL) -> URL? {
        let key = PostgresJudge.fingerprint("\(python.resolvingSymlinksInPath().path)\n\(source)")
        let compiled = workRoot.appendingPathComponent("harness-\(key).pyc")
        if FileManager.default.fileExists(atPath: compiled.path) { return compiled }
        let sourceFile = workRoot.appendingPathComponent("harness-\(key).py")
        let temporary = workRoot.appendingPathComponent("harness-\(key).\(UUID().uuidString).pyc")
        do {
            try FileManager.default.createDirectory(at: workRoot, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o711])
            try source.write(to: sourceFile, atomically: true, encoding: .utf8)
            chmod(sourceFile.path, 0o644)
        } catch {
            return nil
        }
        let status = SpawnedProcess.run(
            python.path, ["-I", "-S", "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                          sourceFile.path, temporary.path],
            environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], directory: workRoot)
        guard status == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return sourceFile
        }
        chmod(temporary.path, 0o644)
        return rename(temporary.path, compiled.path) == 0 ? compiled : sourceFile
    }

    /// The venv a python lives in (`<venv>/bin/python` with `<venv>/pyvenv.cfg`), if any.
    static func virtualEnvironment(of python: URL) -> URL? {
        let root = python.deletingLastPathComponent().deletingLastPathComponent()
        return FileManager.default.fileExists(atPath: root.appendingPathComponent("pyvenv.cfg").path) ? root : nil
    }

    /// Nearly empty: no secrets, no paths of the user's. Thread counts pinned to one so numpy stays inside the
    /// address-space limit; OPENBLAS_CORETYPE kept where the machine sets it (older OpenBLAS needs it to be right).
    private func environment() -> [String: String] {
        Self.sandboxEnvironment()
    }

    /// Also the fork server's: JE_ARROW_MALLOC_CONF keeps pyarrow's allocator from starting a background thread,
    /// which would make forking that interpreter unsafe.
    static func sandboxEnvironment() -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1",
                           "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYTHONHASHSEED": "0", "HOME": "/nonexistent",
                           "JE_ARROW_MALLOC_CONF": "background_thread:false"]
        for key in ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"] {
            if let value = ProcessInfo.processInfo.environment[key] { environment[key] = value }
        }
        return environment
    }
}

/// C strings and NULL-terminated string arrays that live until `free()`: what the launcher's config points to.
private final class CStringArena {
    private var allocations: [UnsafeMutableRawPointer] = []

    func copy(_ text: String) -> UnsafePointer<CChar> {
        let pointer = strdup(text)!
        allocations.append(pointer)
        return UnsafePointer(pointer)
    }

    func array(_ texts: [String]) -> UnsafePointer<UnsafeMutablePointer<CChar>?> {
        let bytes = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (texts.count + 1))!
        let array = bytes.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: texts.count + 1)
        for (index, text) in texts.enumerated() {
            let pointer = strdup(text)!
            allocations.append(pointer)
            array[index] = pointer
        }
        array[texts.count] = nil
        allocations.append(bytes)
        return UnsafePointer(array)
    }

    func free() {
        allocations.forEach { Glibc.free($0) }
        allocations.removeAll()
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
    var failure: String?
}

/// SIGKILL for the sandbox's top process: PID 1 of its namespace (or, in the fallbacks, unshare with --kill-child),
/// so everything below dies with it.
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
