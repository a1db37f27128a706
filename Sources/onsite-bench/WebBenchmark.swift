import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Hummingbird
import Logging
import OnsiteCore
import OnsiteSQLite
import OnsiteWeb

/// Throughput and latency of the web app's pages and API against the floor: Hummingbird's own hello route,
/// served from the same process and loaded by the same client in the same run. Each route gets `connections`
/// keep-alive connections sending requests back to back for `seconds`.
struct WebBenchmark {
    let catalog: Catalog
    let seconds: Double
    let connections: Int

    struct Figures {
        var requestsPerSecond: Double
        var medianMilliseconds: Double
        var p99Milliseconds: Double
    }

    func run() async throws {
        print("Web benchmark: \(connections) keep-alive connections per route, \(seconds) s per route, release build expected")
        let database = try AppDatabase.inMemory()
        let dependencies = WebDependencies(
            catalog: catalog, progress: SQLiteProgressStore(database: database),
            reviews: SQLiteReviewStore(database: database), attempts: SQLiteAttemptStore(database: database),
            search: try FullTextIndex(documents: catalog.searchDocuments))
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let onsitePort = PortBox()
        let onsite = try await buildApplication(options: WebOptions(host: "127.0.0.1", port: 0), dependencies: dependencies,
                                                logger: logger) { port in onsitePort.set(port) }
        let helloPort = PortBox()
        let router = Router()
        router.get("/hello") { _, _ in "Hello" }
        let hello = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                                onServerRunning: { channel in helloPort.set(channel.localAddress?.port ?? 0) }, logger: logger)

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await onsite.runService(gracefulShutdownSignals: []) }
            group.addTask { try await hello.runService(gracefulShutdownSignals: []) }
            let onsiteAt = try await onsitePort.wait(), helloAt = try await helloPort.wait()

            let floor = try await measure(port: helloAt, path: "/hello")
            print(String(format: "  floor  %-40@ %8.0f req/s  median %6.3f ms  p99 %6.3f ms", "GET /hello (Hummingbird)" as NSString,
                         floor.requestsPerSecond, floor.medianMilliseconds, floor.p99Milliseconds))
            let routes = ["/", "/questions", "/questions/py-gil", "/challenges/sql-running-total", "/api/questions?track=sql",
                          "/api/questions/py-gil", "/api/search?q=partition+pruning", "/api/drill/next", "/static/site.css"]
            var worst = 0.0
            for route in routes {
                let figures = try await measure(port: onsiteAt, path: route)
                let ratio = floor.requestsPerSecond / figures.requestsPerSecond
                worst = max(worst, ratio)
                print(String(format: "  onsite %-40@ %8.0f req/s  median %6.3f ms  p99 %6.3f ms  floor/route %5.1fx",
                             "GET \(route)" as NSString, figures.requestsPerSecond, figures.medianMilliseconds,
                             figures.p99Milliseconds, ratio))
            }
            print(String(format: "  slowest route: %.1fx fewer requests per second than the hello floor", worst))
            group.cancelAll()
        }
    }

    /// Drives `connections` threads, each with one keep-alive connection, for `seconds`.
    private func measure(port: Int, path: String) async throws -> Figures {
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        // A short warm-up on one connection so caches and the allocator settle before timing.
        _ = try await Self.onThreads(1) { _ in try LoadConnection(port: port).drive(request, for: 0.3) }
        let perThread = try await Self.onThreads(connections) { _ in try LoadConnection(port: port).drive(request, for: seconds) }
        let latencies = perThread.flatMap { $0 }.sorted()
        guard !latencies.isEmpty else { throw BenchmarkFailure(message: "no response from \(path)") }
        return Figures(requestsPerSecond: Double(latencies.count) / seconds,
                       medianMilliseconds: latencies[latencies.count / 2] * 1000,
                       p99Milliseconds: latencies[min(latencies.count - 1, Int(Double(latencies.count) * 0.99))] * 1000)
    }

    private static func onThreads<Value: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Value) async throws -> [Value] {
        try await withThrowingTaskGroup(of: Value.self) { group in
            for index in 0..<count {
                group.addTask {
                    try await withCheckedThrowingContinuation { continuation in
                        Thread.detachNewThread { continuation.resume(with: Result { try body(index) }) }
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// The port a server reports once it listens.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int?

    func set(_ value: Int) {
        lock.withLock { port = value }
    }

    private var current: Int? {
        lock.withLock { port }
    }

    func wait() async throws -> Int {
        for _ in 0..<500 {
            if let value = current { return value }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw BenchmarkFailure(message: "a server did not start listening")
    }
}

/// One blocking HTTP/1.1 keep-alive connection: sends a request, reads the whole response (by Content-Length),
/// and repeats, recording each round trip.
struct LoadConnection {
    let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var noDelay: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw BenchmarkFailure(message: "cannot connect to port \(port)") }
    }

    func drive(_ request: [UInt8], for seconds: Double) throws -> [Double] {
        defer { close(socket) }
        var latencies: [Double] = []
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let start = DispatchTime.now().uptimeNanoseconds
            let sent = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent == request.count else { throw BenchmarkFailure(message: "send failed") }
            try readResponse(into: &buffer)
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return latencies
    }

    private func readResponse(into buffer: inout [UInt8]) throws {
        var received = 0
        var expected: Int?
        while expected == nil || received < expected! {
            if received == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress! + received, $0.count - received, 0) }
            guard count > 0 else { throw BenchmarkFailure(message: "connection closed mid-response") }
            received += count
            if expected == nil, let headerEnd = Self.headerEnd(buffer, received) {
                let head = String(decoding: buffer[..<headerEnd], as: UTF8.self).lowercased()
                guard head.hasPrefix("http/1.1 200") else { throw BenchmarkFailure(message: "status: \(head.prefix(40))") }
                guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                      let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else {
                    throw BenchmarkFailure(message: "response without Content-Length")
                }
                expected = headerEnd + 4 + length
            }
        }
    }

    private static func headerEnd(_ buffer: [UInt8], _ count: Int) -> Int? {
        guard count >= 4 else { return nil }
        for index in 0...(count - 4) where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }
}
