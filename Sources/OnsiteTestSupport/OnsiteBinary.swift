import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `onsite` executable as a real subprocess, the way a user or a script does.
public struct OnsiteBinary: Sendable {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public let url: URL

    /// The `onsite` built next to the test bundle (SwiftPM puts products and test bundles in one folder).
    public static func built() throws -> OnsiteBinary {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments.first ?? "")] {
            var directory = start
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("onsite"))
                directory = directory.deletingLastPathComponent()
            }
        }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return OnsiteBinary(url: candidate)
            }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "onsite binary not found near \(candidates)"])
    }

    /// Runs with a clean environment: only what the test passes, plus PATH.
    public func run(_ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env.merge(environment) { _, new in new }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and deadlock.
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Runs a helper program (python3, psql) as a subprocess with a deadline, feeding it standard input.
public enum ProgramRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var timedOut: Bool
    }

    public static func run(
        _ executable: URL, _ arguments: [String], input: String = "", currentDirectory: URL? = nil,
        environment: [String: String]? = nil, timeout: TimeInterval
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        if let environment { process.environment = environment }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Drain both pipes on other threads so a chatty program cannot block on a full pipe.
        let outBox = DataBox(), errBox = DataBox()
        let readers = DispatchGroup()
        for (pipe, box) in [(stdout, outBox), (stderr, errBox)] {
            DispatchQueue.global().async(group: readers) { box.data = pipe.fileHandleForReading.readDataToEndOfFile() }
        }
        // A program that exits without reading its input must fail its test, not kill the test process with
        // SIGPIPE: the signal is ignored and a broken pipe just ends the write.
        signal(SIGPIPE, SIG_IGN)
        let bytes = Array(input.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(stdin.fileHandleForWriting.fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { break }
            offset += written
        }
        try? stdin.fileHandleForWriting.close()
        let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            process.terminate()
            finished.wait()
        }
        readers.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: outBox.data, as: UTF8.self),
                      stderr: String(decoding: errBox.data, as: UTF8.self), timedOut: timedOut)
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}
