import Foundation
import Hummingbird
import Logging
import OnsiteCore
import OnsiteLabs
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
    /// Finished and partly done mock interviews.
    public var mocks: any MockStore
    /// Full-text search over the catalog.
    public var search: any TextSearching
    /// Runs submissions from the challenge page.
    public var grader: ChallengeGrader
    /// The drill's notion of now (tests freeze it).
    public var clock: @Sendable () -> Date
    /// New questions a day in the drill and on the dashboard.
    public var newPerDay: Int
    /// The study plan, checklists, readiness and story bank, over the same database as the other stores.
    public var planning: PlanningDesk
    /// The AWS labs' emulator and progress; nil in a server built without them (the labs pages then say so).
    public var labs: LabDesk?

    public init(catalog: Catalog, progress: any ProgressStore, reviews: any ReviewStore, attempts: any AttemptStore,
                mocks: any MockStore, search: any TextSearching, planning: PlanningDesk, labs: LabDesk? = nil,
                grader: ChallengeGrader = ChallengeGrader(),
                clock: @escaping @Sendable () -> Date = { Date() }, newPerDay: Int = 20) {
        self.catalog = catalog
        self.planning = planning
        self.labs = labs
        self.progress = progress
        self.reviews = reviews
        self.attempts = attempts
        self.mocks = mocks
        self.search = search
        self.grader = grader
        self.clock = clock
        self.newPerDay = newPerDay
    }
}

/// The one builder of the web app, used by `onsite serve` and by the tests.
/// `onListening` is called with the port once the server accepts connections (the real one when `options.port` is 0).
public func buildApplication(options: WebOptions, dependencies: WebDependencies, session: WebSession = WebSession(),
                             logger: Logger = Logger(label: "onsite.web"),
                             onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws -> some ApplicationProtocol {
    let pages = try await PageRenderer.load()
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ProblemMiddleware(pages: pages))
    router.add(middleware: LocalSafetyMiddleware(allowedHost: options.host, session: session,
                                                 maximumBodyBytes: options.maximumBodyBytes))
    let cache = PageCache(clock: dependencies.clock)
    router.add(middleware: InvalidatePagesMiddleware(cache: cache))
    StaticAssets.addRoutes(to: router)
    QuestionsController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    DashboardController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    GuideController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    ChallengesController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    DrillController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    ProgressController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    ScenariosController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    MockController(dependencies: dependencies, pages: pages, session: session, runs: MockRunRegistry()).addRoutes(to: router)
    PlanController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    StoriesController(dependencies: dependencies, pages: pages, session: session, cache: cache).addRoutes(to: router)
    OfferController(dependencies: dependencies, pages: pages, session: session).addRoutes(to: router)
    LabsController(dependencies: dependencies, pages: pages, session: session).addRoutes(to: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(options.host, port: options.port), serverName: "onsite"),
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? options.port) },
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
