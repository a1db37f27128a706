import Foundation
import HTTPTypes
import Hummingbird
@testable import OnsiteWeb
import Synchronization
import Testing

/// The page cache on its own, with renders the test controls: how many run, and what each returns.
@Suite("Page cache")
struct PageCacheTests {
    static func request(_ path: String) -> Request {
        Request(head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: path), body: RequestBody(buffer: ByteBuffer()))
    }

    /// Counts renders and numbers the pages they produce, so a test can tell which render a response came from.
    final class Renderer: Sendable {
        private let count = Mutex(0)
        var renders: Int { count.withLock { $0 } }

        func render(taking delay: Duration = .zero) async throws -> String {
            let number = count.withLock { value -> Int in
                value += 1
                return value
            }
            try await Task.sleep(for: delay)
            return "page \(number)"
        }
    }

    static func text(_ page: HTMLPage) -> String { String(buffer: page.body) }

    @Test("many requests for a page nobody has rendered yet share one render")
    func concurrentMissesRenderOnce() async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        let cache = PageCache(clock: { clock.now })
        let renderer = Renderer()
        let pages = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    Self.text(try await cache.page(for: Self.request("/")) { try await renderer.render(taking: .milliseconds(100)) })
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(renderer.renders == 1)
        #expect(Set(pages) == ["page 1"])
    }

    @Test("while a stale page is rendered again, other requests get the stale copy at once")
    func staleWhileRendering() async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        let cache = PageCache(clock: { clock.now })
        let renderer = Renderer()
        _ = try await cache.page(for: Self.request("/")) { try await renderer.render() }
        clock.advance(by: 1)

        let refresh = Task { Self.text(try await cache.page(for: Self.request("/")) { try await renderer.render(taking: .milliseconds(300)) }) }
        while renderer.renders < 2 { try await Task.sleep(for: .milliseconds(5)) }
        let during = Self.text(try await cache.page(for: Self.request("/")) { try await renderer.render() })
        #expect(during == "page 1")
        #expect(try await refresh.value == "page 2")
        #expect(Self.text(try await cache.page(for: Self.request("/")) { try await renderer.render() }) == "page 2")
        #expect(renderer.renders == 2)
    }

    @Test("after a write, nobody is given a render that began before it, and that render is not kept")
    func writesDuringARender() async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        let cache = PageCache(clock: { clock.now })
        let renderer = Renderer()
        let early = Task { Self.text(try await cache.page(for: Self.request("/q")) { try await renderer.render(taking: .milliseconds(300)) }) }
        while renderer.renders < 1 { try await Task.sleep(for: .milliseconds(5)) }
        cache.invalidate()

        let after = Self.text(try await cache.page(for: Self.request("/q")) { try await renderer.render() })
        #expect(after == "page 2")
        #expect(try await early.value == "page 1")
        #expect(Self.text(try await cache.page(for: Self.request("/q")) { try await renderer.render() }) == "page 2")
        #expect(renderer.renders == 2)
    }

    @Test("a render that fails is not kept, and the next request renders again")
    func failedRender() async throws {
        struct Broken: Error {}
        let cache = PageCache(clock: { Date(timeIntervalSince1970: 1_800_000_000) })
        await #expect(throws: Broken.self) { _ = try await cache.page(for: Self.request("/")) { throw Broken() } }
        #expect(Self.text(try await cache.page(for: Self.request("/")) { "fine" }) == "fine")
    }
}
