import Foundation
import Hummingbird
import Synchronization

/// Rendered pages kept between requests, so a page that is asked for again shows without another trip through
/// the stores and the templates.
///
/// A page depends on content (fixed while the server runs), on the stores and on the clock. Every state-changing
/// request through this server drops the whole cache when it finishes (`InvalidatePagesMiddleware`), and a page
/// rendered while a change was under way is not kept (the generation check), so the app always shows its own
/// writes. What the server cannot see, a drill in a terminal against the same database and time passing, is
/// bounded by `lifetime`: a page older than that on the app's own clock is rendered again.
///
/// Under load, a page is rendered once however many requests ask for it at the same moment: requests for a page
/// that is being rendered wait for that render rather than each starting their own, and while a page that has
/// just gone stale is rendered again, the others are served the stale copy. Without this, every connection misses
/// together once a second and the dashboard's render time becomes everyone's latency.
final class PageCache: Sendable {
    private struct Entry {
        var body: ByteBuffer
        var renderedAt: Date
    }

    /// A render under way for one key, and the requests waiting for its result.
    private struct Flight {
        var id: Int
        var generation: Int
        var waiters: [CheckedContinuation<ByteBuffer?, Never>] = []
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var flights: [String: Flight] = [:]
        var generation = 0
        var nextFlightID = 0
    }

    private enum Plan {
        case serve(ByteBuffer)
        case wait
        case render(flight: Int, generation: Int)
    }

    private let state = Mutex(State())
    private let lifetime: TimeInterval
    private let capacity: Int
    private let clock: @Sendable () -> Date

    init(lifetime: TimeInterval = 1, capacity: Int = 256, clock: @escaping @Sendable () -> Date) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.clock = clock
    }

    /// The page for `request`: from the cache while it is fresh, else rendered by `render` (once, for everyone
    /// asking at that moment) and kept.
    func page(for request: Request, render: () async throws -> String) async throws -> HTMLPage {
        let key = request.uri.description
        let now = clock()
        switch plan(for: key, at: now) {
        case .serve(let body):
            return HTMLPage(body: body)
        case .wait:
            if let body = await result(of: key) { return HTMLPage(body: body) }
            // The render we waited for failed; this request tries on its own and reports its own error.
            return HTMLPage(body: ByteBuffer(string: try await render()))
        case .render(let flight, let generation):
            let body: ByteBuffer
            do {
                body = ByteBuffer(string: try await render())
            } catch {
                finish(flight: flight, key: key, with: nil, generation: generation, renderedAt: now)
                throw error
            }
            finish(flight: flight, key: key, with: body, generation: generation, renderedAt: now)
            return HTMLPage(body: body)
        }
    }

    /// Forgets every page; called after each request that may have changed what pages show.
    func invalidate() {
        state.withLock { state in
            state.entries.removeAll(keepingCapacity: true)
            state.generation += 1
        }
    }

    private func plan(for key: String, at now: Date) -> Plan {
        state.withLock { state -> Plan in
            let entry = state.entries[key]
            if let entry, (0..<lifetime).contains(now.timeIntervalSince(entry.renderedAt)) { return .serve(entry.body) }
            if let flight = state.flights[key], flight.generation == state.generation {
                // Someone is rendering a page that reflects every write so far: show the stale copy if there is
                // one (it is at most a render old), else wait for theirs.
                if let entry { return .serve(entry.body) }
                return .wait
            }
            // No render, or one that began before the latest write: start a new one, and let whoever waited on
            // the old one have this newer page instead.
            let flight = Flight(id: state.nextFlightID, generation: state.generation,
                                waiters: state.flights[key]?.waiters ?? [])
            state.nextFlightID += 1
            state.flights[key] = flight
            return .render(flight: flight.id, generation: flight.generation)
        }
    }

    private func result(of key: String) async -> ByteBuffer? {
        await withCheckedContinuation { continuation in
            let joined = state.withLock { state -> Bool in
                guard state.flights[key] != nil else { return false }
                state.flights[key]?.waiters.append(continuation)
                return true
            }
            // The render finished between planning and joining: render again rather than wait for nothing.
            if !joined { continuation.resume(returning: nil) }
        }
    }

    private func finish(flight id: Int, key: String, with body: ByteBuffer?, generation: Int, renderedAt: Date) {
        let waiters = state.withLock { state -> [CheckedContinuation<ByteBuffer?, Never>] in
            if let body, state.generation == generation {
                // A bound, not a policy: query strings are the user's, so the key space is open-ended.
                if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
                state.entries[key] = Entry(body: body, renderedAt: renderedAt)
            }
            // A newer render took this key over (and our waiters with it): leave it alone.
            guard state.flights[key]?.id == id else { return [] }
            return state.flights.removeValue(forKey: key)?.waiters ?? []
        }
        for waiter in waiters { waiter.resume(returning: body) }
    }
}

/// Drops the rendered pages after every request that is not a plain read, whether it succeeded or not (a failed
/// write may still have changed something, and a dropped cache costs one render).
struct InvalidatePagesMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: PageCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .get || request.method == .head { return try await next(request, context) }
        defer { cache.invalidate() }
        return try await next(request, context)
    }
}
