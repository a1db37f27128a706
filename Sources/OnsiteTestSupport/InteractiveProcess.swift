import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A subprocess driven line by line, as a person at the keyboard would: wait until it prints something, then
/// type. Scripted sessions that must change the world between two answers (a clock file, say) need this; a
/// fixed stdin written up front cannot know when the program has read the previous line.
public final class InteractiveProcess: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = LockedText()
    private let errors = LockedText()
    /// How far `expect` has read.
    private var cursor: String.Index?

    public init(_ executable: URL, _ arguments: [String], environment: [String: String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env.merge(environment) { _, new in new }
        process.environment = env
        let stdout = Pipe(), stderr = Pipe()
        process.standardInput = input
        process.standardOutput = stdout
        process.standardError = stderr
        for (pipe, text) in [(stdout, output), (stderr, errors)] {
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let data = handle.availableData
                if !data.isEmpty { text.append(String(decoding: data, as: UTF8.self)) }
            }
        }
        signal(SIGPIPE, SIG_IGN)
        try process.run()
    }

    public var transcript: String { output.text }
    public var standardError: String { errors.text }

    /// Waits until `text` appears after what earlier calls consumed, and consumes through it.
    public func expect(_ text: String, timeout: TimeInterval = 60) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let all = output.text
            let start = cursor.flatMap { $0 <= all.endIndex ? $0 : nil } ?? all.startIndex
            if let found = all.range(of: text, range: start..<all.endIndex) {
                cursor = found.upperBound
                return
            }
            if !process.isRunning && output.text == all { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure("never printed \"\(text)\"; output so far:\n\(output.text.suffix(3_000))\nstderr:\n\(errors.text.suffix(2_000))")
    }

    /// Waits for `prefix` and returns the rest of its line.
    public func line(after prefix: String, timeout: TimeInterval = 60) throws -> String {
        try expect(prefix, timeout: timeout)
        try expect("\n", timeout: timeout)
        let all = output.text
        guard let end = cursor, let start = all.range(of: prefix, options: .backwards, range: all.startIndex..<end) else { return "" }
        return String(all[start.upperBound..<all.index(before: end)])
    }

    /// Types lines, each followed by Return.
    public func send(_ lines: String...) {
        for line in lines {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
        }
    }

    /// Closes standard input and waits for the exit status.
    public func finish(timeout: TimeInterval = 60) throws -> Int32 {
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            throw Failure("did not exit within \(Int(timeout)) s")
        }
        Thread.sleep(forTimeInterval: 0.1)
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
