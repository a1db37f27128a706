import Foundation
import Hummingbird
import Logging

/// The web app under load, as the issue fixes it: the release `onsite serve` in its own process, loaded by `wrk`
/// (64 connections for 10 s by default) on the dashboard, a question page and a few more routes, against the
/// floor, the hello route of a bare Hummingbird app in a process of its own, loaded the same way in the same run.
/// Prints requests/s, p50/p99 latency, errors and the server's peak RSS, then each target met or missed.
struct WebBenchmark {
    let contentDir: URL
    let seconds: Int
    let connections: Int

    /// The targets.
    static let minimumShareOfFloor = 0.5
    static let maximumP99Milliseconds = 20.0
    static let maximumPeakRSSMegabytes = 150.0

    /// The dashboard and a question page are the issue's; the rest show where the other pages stand.
    static let routes = ["/", "/questions/py-gil", "/questions", "/challenges/sql-running-total",
                         "/api/questions/py-gil", "/api/today"]

    func run() throws -> Bool {
        guard let wrk = Executables.find("wrk") else {
            throw BenchmarkFailure(message: "wrk is not installed: run scripts/setup (or apt-get install wrk)")
        }
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let onsiteBinary = directory.appendingPathComponent("onsite")
        guard FileManager.default.isExecutableFile(atPath: onsiteBinary.path) else {
            throw BenchmarkFailure(message: "\(onsiteBinary.path) is missing: build it first (swift build -c release)")
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-bench-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }

        print("Web benchmark: wrk, \(connections) connections, \(seconds) s per route (after a 1 s warm-up); "
              + "release build of \(onsiteBinary.path)")
        let floorServer = try ServerProcess(
            executable: URL(fileURLWithPath: CommandLine.arguments[0]), arguments: ["hello-server"], readyPrefix: "listening on ")
        defer { floorServer.stop() }
        // Request logs at warning: the floor logs nothing per request either, and a terminal is not part of the app.
        let onsite = try ServerProcess(
            executable: onsiteBinary,
            arguments: ["serve", "--port", "0", "--log-level", "warning", "--home", home.path, "--content-dir", contentDir.path],
            readyPrefix: "Onsite is running at ")

        let load = WrkLoad(wrk: wrk, seconds: seconds, connections: connections)
        let floor = try load.measure(floorServer.url("/hello"))
        print(Self.row("floor  GET /hello (bare Hummingbird)", floor, floor: nil))
        var figures: [(String, WrkFigures)] = []
        for route in Self.routes {
            let result = try load.measure(onsite.url(route))
            figures.append((route, result))
            print(Self.row("onsite GET \(route)", result, floor: floor))
        }
        let peakRSS = onsite.peakRSSMegabytes()
        onsite.stop()
        print(String(format: "onsite peak RSS: %.1f MB (floor process %.1f MB)", peakRSS, floorServer.peakRSSMegabytes()))

        var misses: [String] = []
        for (route, result) in figures where Self.routes.prefix(2).contains(route) {
            let share = result.requestsPerSecond / floor.requestsPerSecond
            if share < Self.minimumShareOfFloor { misses.append(String(format: "%@ at %.0f%% of the floor", route, share * 100)) }
            if result.p99Milliseconds > Self.maximumP99Milliseconds {
                misses.append(String(format: "%@ p99 %.2f ms", route, result.p99Milliseconds))
            }
        }
        for (route, result) in figures where result.errors > 0 { misses.append("\(route): \(result.errors) errors") }
        if peakRSS > Self.maximumPeakRSSMegabytes { misses.append(String(format: "peak RSS %.1f MB", peakRSS)) }
        print(String(format: "targets (dashboard and question page): >= %.0f%% of the floor's requests/s, p99 <= %.0f ms; "
                     + "no errors on any route; peak RSS <= %.0f MB",
                     Self.minimumShareOfFloor * 100, Self.maximumP99Milliseconds, Self.maximumPeakRSSMegabytes))
        print(misses.isEmpty ? "all targets met" : "missed: " + misses.joined(separator: "; "))
        return misses.isEmpty
    }

    private static func row(_ name: String, _ figures: WrkFigures, floor: WrkFigures?) -> String {
        var text = String(format: "  %-46@ %9.0f req/s  p50 %7.3f ms  p99 %7.3f ms  errors %d", name as NSString,
                          figures.requestsPerSecond, figures.p50Milliseconds, figures.p99Milliseconds, figures.errors)
        if let floor { text += String(format: "  %5.1f%% of floor", figures.requestsPerSecond / floor.requestsPerSecond * 100) }
        return text
    }
}

/// The floor: Hummingbird's own hello route with nothing else around it (`onsite-bench hello-server`).
enum HelloServer {
    static func run() async throws {
        var logger = Logger(label: "hello")
        logger.logLevel = .error
        let router = Router()
        router.get("/hello") { _, _ in "Hello" }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in
                                  FileHandle.standardOutput.write(Data("listening on \(channel.localAddress?.port ?? 0)\n".utf8))
                              }, logger: logger)
        try await app.runService()
    }
}

/// What one wrk run measured.
struct WrkFigures {
    var requestsPerSecond: Double
    var p50Milliseconds: Double
    var p99Milliseconds: Double
    /// Socket errors (connect, read, write, timeout) plus responses that were not 2xx or 3xx.
    var errors: Int
}

/// Runs wrk against one URL and reads its report.
struct WrkLoad {
    let wrk: URL
    let seconds: Int
    let connections: Int

    func measure(_ url: String) throws -> WrkFigures {
        _ = try run(url, seconds: 1)
        return try WrkReport.parse(try run(url, seconds: seconds))
    }

    private func run(_ url: String, seconds: Int) throws -> String {
        let threads = max(1, min(connections, ProcessInfo.processInfo.activeProcessorCount))
        let process = Process()
        process.executableURL = wrk
        process.arguments = ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw BenchmarkFailure(message: "wrk failed on \(url):\n\(text)") }
        return text
    }
}

/// wrk's text report: "Requests/sec:", the "Latency Distribution" lines, "Socket errors:" and "Non-2xx or 3xx".
enum WrkReport {
    static func parse(_ text: String) throws -> WrkFigures {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func value(after prefix: String) -> String? {
            lines.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
        }
        guard let rate = value(after: "Requests/sec:").flatMap(Double.init),
              let p50 = value(after: "50%").flatMap(milliseconds), let p99 = value(after: "99%").flatMap(milliseconds) else {
            throw BenchmarkFailure(message: "cannot read wrk's report:\n\(text)")
        }
        var errors = value(after: "Non-2xx or 3xx responses:").flatMap(Int.init) ?? 0
        if let socket = value(after: "Socket errors:") {
            // "connect 0, read 0, write 0, timeout 0"
            errors += socket.split(separator: ",").compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +)
        }
        return WrkFigures(requestsPerSecond: rate, p50Milliseconds: p50, p99Milliseconds: p99, errors: errors)
    }

    /// "812.00us", "1.23ms", "2.01s" → milliseconds.
    static func milliseconds(_ text: String) -> Double? {
        for (unit, scale) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * scale }
        }
        return nil
    }
}

/// A server started as a child process, ready once it prints a line starting with `readyPrefix` and a port.
final class ServerProcess {
    private let process = Process()
    let port: Int

    init(executable: URL, arguments: [String], readyPrefix: String) throws {
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var buffer = Data()
        let handle = output.fileHandleForReading
        while true {
            let chunk = handle.availableData
            guard !chunk.isEmpty else {
                throw BenchmarkFailure(message: "\(executable.lastPathComponent) exited before listening")
            }
            buffer.append(chunk)
            let text = String(decoding: buffer, as: UTF8.self)
            // "listening on 41234" or "Onsite is running at http://127.0.0.1:41234 — press Ctrl-C to stop."
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix(readyPrefix) }),
               let address = line.dropFirst(readyPrefix.count).split(separator: " ").first,
               let port = address.split(separator: ":").last.flatMap({ Int($0) }) {
                self.port = port
                break
            }
        }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The kernel's high-water mark of the process's resident set (VmHWM).
    func peakRSSMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return .nan }
        return kilobytes / 1024
    }

    func stop() {
        guard process.isRunning else { return }
        process.interrupt()
        process.waitUntilExit()
    }
}

enum Executables {
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
