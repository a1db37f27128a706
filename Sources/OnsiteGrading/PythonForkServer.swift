import CProcessSpawn
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A warm interpreter (`Resources/forkserver.py`) that forks one sandboxed child per submission, so a submission
/// pays neither Python's start-up nor the imports it shares with others (pandas alone is ~0.4 s). Root only: the
/// server builds the same namespaces, mounts, limits and uid switch as the one-clone launcher, per child.
///
/// One server per interpreter, harness and limits, started on first use and restarted if it dies. It is told
/// about each run over a SOCK_SEQPACKET socket that carries the run's descriptors; it never sees expected values.
final class PythonForkServer: @unchecked Sendable {
    /// What the grader holds for one forked run: the submission's pid (to kill it) and how to wait for it.
    struct Launch {
        var pid: pid_t
        /// Blocks until the run ends: the raw wait status, and why the sandbox could not be built if it could not.
        var wait: @Sendable () -> (status: Int32, failure: String?)
    }

    private let python: URL
    private let script: URL
    private let harness: URL
    private let limits: PythonSandboxLimits
    /// A pandas server imports pandas for its children; a plain one runs with -S and forks faster.
    private let withPandas: Bool
    private let lock = NSLock()
    private var control: Int32 = -1
    private var serverPID: pid_t = 0
    /// Set when the server could not start here (e.g. a native thread in the warm interpreter): never retried.
    private var unavailable = false

    private init(python: URL, script: URL, harness: URL, limits: PythonSandboxLimits, withPandas: Bool) {
        self.python = python
        self.script = script
        self.harness = harness
        self.limits = limits
        self.withPandas = withPandas
    }

    private static let registry = Registry()

    /// The shared server for this interpreter, harness source and limits, or nil where forking cannot be used.
    static func shared(python: URL, harnessSource: String, limits: PythonSandboxLimits, withPandas: Bool) -> PythonForkServer? {
        guard let script = scriptURL, PythonForkServer.isReadableByAnyone(python) else { return nil }
        let key = "\(python.path)\n\(PostgresJudge.fingerprint(harnessSource))\n\(limits.memoryBytes) \(limits.maxProcesses)"
            + " \(limits.maxFileBytes) \(limits.maxOpenFiles) \(withPandas)"
        return registry.server(for: key) {
            let harness = PythonSandbox.workRoot.appendingPathComponent("harness-\(PostgresJudge.fingerprint(harnessSource)).py")
            try? FileManager.default.createDirectory(at: PythonSandbox.workRoot, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o711])
            if (try? String(contentsOf: harness, encoding: .utf8)) != harnessSource {
                try? harnessSource.write(to: harness, atomically: true, encoding: .utf8)
            }
            return PythonForkServer(python: python, script: script, harness: harness, limits: limits, withPandas: withPandas)
        }
    }

    static let scriptURL = Bundle.module.url(forResource: "forkserver", withExtension: "py")

    /// Starts a run: `descriptors` are the job's read end, the channel's and printed output's write ends. Nil when
    /// the server is unavailable; the caller then starts the run afresh.
    func launch(user: UInt32, cpuSeconds: UInt64, workdir: URL, descriptors: [Int32]) -> Launch? {
        let status = Pipe()
        let message = Data("\(user) \(cpuSeconds) \(workdir.path)".utf8)
        let sent: Bool = lock.withLock {
            for _ in 0..<2 {
                guard ensureRunning() else { return false }
                let all = descriptors + [status.fileHandleForWriting.fileDescriptor]
                let result = message.withUnsafeBytes { bytes in
                    all.withUnsafeBufferPointer { onsite_send_with_descriptors(control, bytes.baseAddress, bytes.count, $0.baseAddress, 4) }
                }
                if result == 0 { return true }
                stopLocked()  // the server died: start a new one and try once more
            }
            return false
        }
        try? status.fileHandleForWriting.close()
        guard sent else { return nil }
        let reader = StatusReader(handle: status.fileHandleForReading)
        guard let pid = reader.pid() else { return nil }
        return Launch(pid: pid, wait: { reader.exitStatus() })
    }

    /// Starts the server if it is not running. Called with the lock held.
    private func ensureRunning() -> Bool {
        if unavailable { return false }
        if control >= 0 {
            var status: Int32 = 0
            if waitpid(serverPID, &status, WNOHANG) == 0 { return true }
            stopLocked()
        }
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            unavailable = true
            return false
        }
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer {
            close(pair[1])
            close(null)
        }
        let arguments = [python.path] + (withPandas ? ["-I", "-B"] : ["-I", "-S", "-B"])
            + [script.path, harness.path, withPandas ? "pandas" : "plain", "\(limits.memoryBytes)", "\(limits.maxProcesses)",
               "\(limits.maxFileBytes)", "\(limits.maxOpenFiles)"]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = PythonSandbox.sandboxEnvironment().map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard onsite_spawn(python.path, argv, envp, PythonSandbox.workRoot.path, pair[1], null, null, &pid) == 0 else {
            close(pair[0])
            unavailable = true
            return false
        }
        control = pair[0]
        serverPID = pid
        // The server imports pandas before it answers; a refusal (or silence) means "start each run afresh".
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(control, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = recv(control, &buffer, buffer.count, 0)
        guard count > 0, String(decoding: buffer.prefix(count), as: UTF8.self) == "ready\n" else {
            stopLocked()
            unavailable = true
            return false
        }
        return true
    }

    private func stopLocked() {
        if control >= 0 { close(control) }
        control = -1
        if serverPID > 0 {
            kill(serverPID, SIGKILL)
            var status: Int32 = 0
            while waitpid(serverPID, &status, 0) < 0 && errno == EINTR {}
        }
        serverPID = 0
    }

    /// Every folder on the way to the interpreter must let anyone through, or the run's uid could not load modules
    /// it imports later (a venv inside a private home); the one-clone launcher binds the venv instead.
    static func isReadableByAnyone(_ python: URL) -> Bool {
        var directory = python.deletingLastPathComponent().deletingLastPathComponent()
        while directory.path != "/" {
            var info = stat()
            guard stat(directory.path, &info) == 0, info.st_mode & S_IXOTH != 0 else { return false }
            directory = directory.deletingLastPathComponent()
        }
        return true
    }

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var servers: [String: PythonForkServer] = [:]

        func server(for key: String, make: () -> PythonForkServer) -> PythonForkServer {
            lock.withLock {
                if let server = servers[key] { return server }
                let server = make()
                servers[key] = server
                return server
            }
        }
    }
}

/// Reads the status pipe of one forked run: "pid N" when the submission starts, "status S" when it ends, or
/// "error …" if the sandbox could not be built.
private final class StatusReader: @unchecked Sendable {
    private let handle: FileHandle
    private var buffer = ""

    init(handle: FileHandle) {
        self.handle = handle
    }

    private func nextLine() -> String? {
        while !buffer.contains("\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer += String(decoding: chunk, as: UTF8.self)
        }
        let index = buffer.firstIndex(of: "\n")!
        let line = String(buffer[..<index])
        buffer = String(buffer[buffer.index(after: index)...])
        return line
    }

    func pid() -> pid_t? {
        guard let line = nextLine(), line.hasPrefix("pid ") else { return nil }
        return pid_t(line.dropFirst(4))
    }

    /// The raw wait status (SIGKILL's if the intermediate vanished without reporting), and any sandbox error.
    func exitStatus() -> (status: Int32, failure: String?) {
        defer { try? handle.close() }
        var failure: String?
        while let line = nextLine() {
            if line.hasPrefix("error ") { failure = String(line.dropFirst(6)) }
            if line.hasPrefix("status "), let status = Int32(line.dropFirst(7)) { return (status, failure) }
        }
        return (SIGKILL, failure)
    }
}
