import Foundation
import OnsiteCore
#if canImport(Glibc)
import Glibc
#endif

/// Why a lab command could not do what was asked, in words that say what to do next.
public enum LabError: Error, CustomStringConvertible, Sendable, Equatable {
    case alreadyRunning(lab: String, port: Int)
    case notRunning
    case emulatorMissing(venv: String)
    case startFailed(String)
    case serverDied(lab: String, log: String)
    case scriptFailed(script: String, status: Int32, output: String)
    case unknownLab(String, known: [String])
    /// A check asked for one exercise while another runs.
    case otherRunning(running: String, asked: String)
    /// The server answered when the check began, then stopped answering.
    case unreachable(String)
    case notSaved(String)

    public var description: String {
        switch self {
        case .alreadyRunning(let lab, let port):
            "the lab \(lab) is already running on port \(port); finish it with `onsite lab check`, or `onsite lab stop` before starting another"
        case .notRunning:
            "no lab is running; start one with `onsite lab start ID` (`onsite lab list` shows them)"
        case .emulatorMissing(let venv):
            "the local AWS emulator is not installed in \(venv); run scripts/setup, which installs moto, boto3 and the aws CLI there"
        case .startFailed(let reason):
            "the lab server did not start: \(reason)"
        case .serverDied(let lab, let log):
            "the lab server for \(lab) has stopped (it may have crashed); `onsite lab reset` starts it again from the lab's starting state" + (log.isEmpty ? "" : ". Its last output:\n\(log)")
        case .scriptFailed(let script, let status, let output):
            "\(script) exited with status \(status):\n\(output)"
        case .unknownLab(let id, let known):
            "no lab or project \"\(id)\"; they are \(known.joined(separator: ", ")) (`onsite lab list`)"
        case .otherRunning(let running, let asked):
            "the running lab is \(running), not \(asked); check \(running), or `onsite lab stop` and `onsite lab start \(asked)`"
        case .unreachable(let reason):
            "the check could not reach the lab server: \(reason). Try `onsite lab reset`."
        case .notSaved(let reason):
            "every check passed, but the pass could not be saved: \(reason)"
        }
    }
}

/// What `onsite lab` remembers between commands: the one lab server this user has running.
public struct LabServerState: Codable, Sendable, Equatable {
    public var lab: String
    public var pid: Int32
    public var port: Int
    public var startedAt: Date

    enum CodingKeys: String, CodingKey {
        case lab, pid, port, startedAt = "started_at"
    }

    public var endpoint: URL { URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/") }
}

/// The local AWS emulator (moto's server mode, from the project's virtual environment) for one lab at a time:
/// started on a free loopback port in its own process group, so it outlives the command that started it; tracked in
/// `lab-server.json` under the Onsite home; and found dead (crashed or killed) rather than trusted blindly.
public struct LabServer: Sendable {
    /// The credentials the candidate and the checks use; the emulator accepts any, and nothing here is secret.
    public static let credentials = AWSCredentials(accessKeyID: "onsitelab", secretAccessKey: "onsite-lab-secret")
    public static let region = "us-east-1"

    public let home: URL
    public let venv: URL

    public init(home: URL, venv: URL) {
        self.home = home
        self.venv = venv
    }

    /// The project's `.venv`, or `$ONSITE_VENV`.
    public static func defaultVenv(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let configured = environment["ONSITE_VENV"], !configured.isEmpty { return URL(fileURLWithPath: configured) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".venv")
    }

    var stateFile: URL { home.appendingPathComponent("lab-server.json") }
    var logFile: URL { home.appendingPathComponent("lab-server.log") }
    var motoServer: URL { venv.appendingPathComponent("bin/moto_server") }

    /// The environment a candidate exports to work on the lab with the aws CLI or boto3.
    public static func environment(for state: LabServerState) -> [(String, String)] {
        [("AWS_ENDPOINT_URL", state.endpoint.absoluteString), ("AWS_ACCESS_KEY_ID", credentials.accessKeyID),
         ("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey), ("AWS_DEFAULT_REGION", region), ("AWS_REGION", region)]
    }

    public func client(for state: LabServerState) -> AWSClient {
        AWSClient(endpoint: state.endpoint, credentials: Self.credentials, region: Self.region)
    }

    // MARK: State

    /// The recorded server, if one was started; `alive` says whether it still runs.
    public func recorded() -> (state: LabServerState, alive: Bool)? {
        guard let data = try? Data(contentsOf: stateFile) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let state = try? decoder.decode(LabServerState.self, from: data) else {
            try? FileManager.default.removeItem(at: stateFile)
            return nil
        }
        return (state, Self.isAlive(state.pid))
    }

    /// The running server, or why there is none.
    public func running() throws(LabError) -> LabServerState {
        guard let (state, alive) = recorded() else { throw .notRunning }
        guard alive else { throw .serverDied(lab: state.lab, log: logTail()) }
        return state
    }

    // MARK: Lifecycle

    /// Starts a fresh server for one lab; see `start(_:)` for an exercise.
    public func start(_ lab: Lab) async throws(LabError) -> LabServerState {
        try await start(LabExercise.lab(lab))
    }

    /// Starts a fresh server for a lab or a project, waits until it answers a signed AWS call, and runs the setup
    /// of every lab in it. A server left over from a crash is cleared first; a live one is an error.
    public func start(_ exercise: LabExercise) async throws(LabError) -> LabServerState {
        if let (state, alive) = recorded() {
            if alive { throw .alreadyRunning(lab: state.lab, port: state.port) }
            try? FileManager.default.removeItem(at: stateFile)
        }
        guard FileManager.default.isExecutableFile(atPath: motoServer.path) else { throw .emulatorMissing(venv: venv.path) }
        do {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        } catch {
            throw .startFailed("cannot create \(home.path): \(error.localizedDescription)")
        }
        let port = try Self.freePort()
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let process = Process()
        // Foundation starts the child in a process group of its own, so Ctrl-C in the terminal that started it
        // does not reach it and it outlives this command.
        process.executableURL = motoServer
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        process.standardInput = FileHandle.nullDevice
        if let log = try? FileHandle(forWritingTo: logFile) {
            process.standardOutput = log
            process.standardError = log
        }
        do {
            try process.run()
        } catch {
            throw .startFailed("cannot run \(motoServer.path): \(error.localizedDescription)")
        }
        // Whole seconds: the state file keeps ISO-8601 times, and a reread state must equal the one returned here.
        let state = LabServerState(lab: exercise.id, pid: process.processIdentifier, port: port,
                                   startedAt: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)))
        try await waitUntilAnswering(state, process: process)
        try save(state)
        do {
            for setup in exercise.setupScripts { try run(script: setup.script, named: setup.name, for: state) }
        } catch {
            stop(state)
            throw error
        }
        return state
    }

    /// Stops the recorded server (if it still runs) and forgets it; true when there was one.
    @discardableResult
    public func stop() -> LabServerState? {
        guard let (state, _) = recorded() else { return nil }
        stop(state)
        return state
    }

    func stop(_ state: LabServerState) {
        if Self.isAlive(state.pid) {
            kill(state.pid, SIGTERM)
            for _ in 0..<50 where Self.isAlive(state.pid) { usleep(100_000) }
            if Self.isAlive(state.pid) { kill(state.pid, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: stateFile)
    }

    /// Runs a lab script (setup or a reference solution) with the lab's environment and the venv's aws CLI.
    public func run(script: String, named name: String, for state: LabServerState, timeout: TimeInterval = 120) throws(LabError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-euo", "pipefail", "-c", script]
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        for (key, value) in Self.environment(for: state) { environment[key] = value }
        environment["PATH"] = venv.appendingPathComponent("bin").path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["AWS_PAGER"] = ""
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .scriptFailed(script: name, status: -1, output: error.localizedDescription)
        }
        // Read on another thread so a chatty script cannot fill the pipe, and give up on one that hangs.
        let collected = ScriptOutput()
        let reader = Thread { collected.set(output.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let text = collected.wait()
        guard process.terminationStatus == 0 else {
            throw .scriptFailed(script: name, status: process.terminationStatus,
                                output: String(decoding: text.suffix(4000), as: UTF8.self))
        }
    }

    // MARK: Helpers

    func save(_ state: LabServerState) throws(LabError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            // Written whole and renamed into place, so a crash mid-write never leaves half a state file.
            try encoder.encode(state).write(to: stateFile, options: .atomic)
        } catch {
            stop(state)
            throw .startFailed("cannot record the server in \(stateFile.path): \(error.localizedDescription)")
        }
    }

    /// Polls with a real signed call (S3 ListBuckets) until the emulator answers; gives up after `timeout`.
    /// Right after the spawn the child may not have exec'd moto yet, so its liveness here is the Process's own.
    func waitUntilAnswering(_ state: LabServerState, process: Process, timeout: TimeInterval = 30) async throws(LabError) {
        let client = AWSClient(endpoint: state.endpoint, credentials: Self.credentials, region: Self.region, timeout: 2)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard process.isRunning else {
                throw .startFailed("moto_server exited at once. Its output:\n\(logTail())")
            }
            if (try? await client.s3(bucket: "")) != nil { return }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        process.terminate()
        stop(state)
        throw .startFailed("moto_server did not answer on port \(state.port) within \(Int(timeout)) seconds. Its output:\n\(logTail())")
    }

    func logTail(lines: Int = 12) -> String {
        guard let text = try? String(contentsOf: logFile, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    /// Alive and still the emulator: a PID that was reused by another program, or a zombie, does not count.
    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
            if state == "Z" || state == "X" { return false }
        }
        if let command = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8) {
            return command.contains("moto_server")
        }
        return true
    }

    /// A port nothing listens on now: bind to port 0 and read back what the kernel chose.
    static func freePort() throws(LabError) -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw .startFailed("cannot open a socket to find a free port") }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) }
        }
        guard bound == 0 else { throw .startFailed("cannot bind a socket to find a free port") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        guard named == 0 else { throw .startFailed("cannot read the free port back") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// The output of a script, handed from the reading thread to the waiting one.
final class ScriptOutput: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    func set(_ data: Data) {
        self.data = data
        done.signal()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
