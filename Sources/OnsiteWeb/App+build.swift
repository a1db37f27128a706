import Foundation
import Hummingbird
import Logging
import OnsiteCore
import OnsiteStorage

/// Where the web app listens and what it allows.
public struct WebOptions: Sendable {
    public var host: String
    public var port: Int
    /// Request bodies past this many bytes are refused (413) before they are read.
    public var maximumBodyBytes: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = 256 * 1024) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
    }
}

/// What the app works on: content, and the stores the composition root chose. The web app never opens a store.
public struct WebDependencies: Sendable {
    public var catalog: Catalog
    public var progress: any ProgressStore
    public var reviews: any ReviewStore
    public var attempts: any AttemptStore
    /// The drill's notion of now (tests freeze it).
    public var clock: @Sendable () -> Date

    public init(catalog: Catalog, progress: any ProgressStore, reviews: any ReviewStore, attempts: any AttemptStore,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.catalog = catalog
        self.progress = progress
        self.reviews = reviews
        self.attempts = attempts
        self.clock = clock
    }
}

/// The one builder of the web app, used by `onsite serve` and by the tests.
public func buildApplication(options: WebOptions, dependencies: WebDependencies, session: WebSession = WebSession(),
                             logger: Logger = Logger(label: "onsite.web")) async throws -> some ApplicationProtocol {
    let pages = try await PageRenderer.load()
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ProblemMiddleware(pages: pages))
    router.add(middleware: LocalSafetyMiddleware(allowedHost: options.host, session: session,
                                                 maximumBodyBytes: options.maximumBodyBytes))
    StaticAssets.addRoutes(to: router)
    QuestionsController(dependencies: dependencies, pages: pages, session: session).addRoutes(to: router)
    DashboardController(dependencies: dependencies, pages: pages, session: session).addRoutes(to: router)
    GuideController(dependencies: dependencies, pages: pages, session: session).addRoutes(to: router)
    ChallengesController(dependencies: dependencies, pages: pages, session: session).addRoutes(to: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(options.host, port: options.port), serverName: "onsite"),
        logger: logger)
}

/// One per server run: the CSRF token every state-changing request must carry. Pages embed it; other sites cannot
/// read it (the same-origin policy), so they cannot forge a request that carries it.
public struct WebSession: Sendable {
    public let csrfToken: String

    public init() {
        var generator = SystemRandomNumberGenerator()
        csrfToken = (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
    }
}
