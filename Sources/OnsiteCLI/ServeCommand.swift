import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Hummingbird
import Logging
import OnsiteCore
import OnsiteLabs
import OnsiteSQLite
import OnsiteWeb

/// `onsite serve`, and `onsite` with no subcommand: the web app on this machine.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the web app on this machine and print its address (what `onsite` alone does).",
        discussion: """
            The app listens on 127.0.0.1 only, unless --host says otherwise, and answers only requests addressed \
            to that address or localhost. Every request that changes something or runs code needs the page's \
            token, so other websites you visit cannot act on your progress. Stop it with Ctrl-C; it finishes the \
            requests in flight first.

            Without --port it uses $ONSITE_PORT, else 8080, and if that port is taken, the next free one up to \
            8099. --port 0 lets the system choose. Request logs go to standard error (--log-level).

            Examples:
              onsite serve                 http://127.0.0.1:8080
              onsite serve --port 9000 --open
              onsite serve --log-level warning
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Option(help: "The port to listen on (default $ONSITE_PORT, then 8080 or the next free port).")
    var port: Int?

    @Option(help: "The address to listen on. Keep 127.0.0.1 unless you mean to share it on a network.")
    var host = "127.0.0.1"

    @Flag(help: "Open the app in the default browser once it is listening.")
    var open = false

    @Option(help: "Request logging: trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    func validate() throws {
        if let port, !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let search: FullTextIndex
        do {
            search = try FullTextIndex(documents: catalog.searchDocuments)
        } catch {
            throw OnsiteError(error)
        }
        let dependencies = WebDependencies(catalog: catalog, progress: try environment.openProgressStore(),
                                           reviews: try environment.openReviewStore(),
                                           attempts: try environment.openAttemptStore(),
                                           mocks: try environment.openMockStores().mocks, search: search,
                                           planning: try environment.openPlanningDesk(catalog: catalog),
                                           labs: LabDesk(catalog: catalog,
                                                         server: LabServer(home: environment.homeDirectory, venv: LabServer.defaultVenv()),
                                                         progress: SQLiteLabProgressStore(database: try environment.openDatabase())),
                                           clock: try clock.clock(), newPerDay: try DailyLimit.resolve(nil))
        let chosenPort = try choosePort()
        var logger = Logger(label: "onsite.web")
        logger.logLevel = logLevel
        let host = self.host
        let shouldOpen = open
        let app = try await buildApplication(options: WebOptions(host: host, port: chosenPort), dependencies: dependencies,
                                             logger: logger) { port in
            let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
            // Written straight away (not through print's buffer), so scripts and people see it at once.
            FileHandle.standardOutput.write(Data("Onsite is running at \(address) — press Ctrl-C to stop.\n".utf8))
            if shouldOpen { Self.openBrowser(address) }
        }
        do {
            try await app.runService()
        } catch {
            throw OnsiteError("the web app stopped: \(error). Is port \(chosenPort) already in use? Try --port \(chosenPort + 1).")
        }
    }

    /// An explicit port is used as given (a clash is an error); the default walks on to the next free port.
    private func choosePort() throws(OnsiteError) -> Int {
        if let port { return port }
        if let configured = ProcessInfo.processInfo.environment["ONSITE_PORT"], !configured.isEmpty {
            guard let value = Int(configured), (0...65_535).contains(value) else {
                throw OnsiteError("ONSITE_PORT must be a port number between 0 and 65535, not '\(configured)'.")
            }
            return value
        }
        for candidate in 8080...8099 where PortProbe.isFree(candidate, host: host) { return candidate }
        throw OnsiteError("ports 8080 to 8099 are all in use on \(host). Choose one with --port, or --port 0 for any free port.")
    }

    private static func openBrowser(_ address: String) {
        for opener in ["/usr/bin/xdg-open", "/usr/bin/open"] where FileManager.default.isExecutableFile(atPath: opener) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: opener)
            process.arguments = [address]
            try? process.run()
            return
        }
        StandardError.write("No browser opener found; open \(address) yourself.")
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// Whether a TCP port can be bound, checked by binding it for a moment.
enum PortProbe {
    static func isFree(_ port: Int, host: String) -> Bool {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else { return true }
        defer { freeaddrinfo(result) }
        let descriptor = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        // The server binds with SO_REUSEADDR too, so a port in TIME_WAIT counts as free, as it will be for it.
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        return bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0
    }
}
