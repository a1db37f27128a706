import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `onsite` (or `onsite serve`) running as a real server process: started, read until it prints its address,
/// then stopped with a signal as a user's Ctrl-C would.
public final class RunningServer: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let process: Process
    /// The address the server printed, e.g. http://127.0.0.1:43125.
    public let address: URL
    private let output: LockedText

    /// Starts `binary` with `arguments` and waits (up to `timeout` seconds) for "Onsite is running at URL".
    public init(binary: OnsiteBinary, arguments: [String], environment: [String: String], timeout: TimeInterval = 30) throws {
        process = Process()
        process.executableURL = binary.url
        process.arguments = arguments
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env.merge(environment) { _, new in new }
        process.environment = env
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        let output = LockedText()
        self.output = output
        try process.run()
        for handle in [stdout.fileHandleForReading, stderr.fileHandleForReading] {
            Thread.detachNewThread {
                while true {
                    let data = handle.availableData
                    if data.isEmpty { return }
                    output.append(String(decoding: data, as: UTF8.self))
                }
            }
        }
        let deadline = Date().addingTimeInterval(timeout)
        var found: URL?
        while found == nil && Date() < deadline && process.isRunning {
            if let range = output.text.range(of: #"http://[0-9.\[\]:a-z]+"#, options: .regularExpression) {
                found = URL(string: String(output.text[range]))
            } else {
                usleep(20_000)
            }
        }
        guard let found else {
            if process.isRunning { process.terminate() }
            throw Failure(description: "the server printed no address within \(Int(timeout)) s; output: \(output.text)")
        }
        address = found
    }

    /// Everything the process wrote to stdout and stderr so far.
    public var text: String { output.text }

    /// Sends `signal` and waits up to `timeout` seconds for the exit; returns the exit status, or nil if it hung.
    public func stop(with signal: Int32 = SIGINT, timeout: TimeInterval = 15) -> Int32? {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// Text appended from reader threads and read from the test.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = ""

    func append(_ more: String) {
        lock.lock()
        storage += more
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
