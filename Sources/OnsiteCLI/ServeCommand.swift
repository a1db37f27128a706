import ArgumentParser
import Foundation
import Hummingbird
import OnsiteCore
import OnsiteWeb

/// `onsite serve`: the web app on this machine.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the web app on this machine and print its address.",
        discussion: """
            The app listens on 127.0.0.1 only, unless --host says otherwise, and answers only requests addressed \
            to that address or localhost. Every request that changes something needs the page's token, so other \
            websites you visit cannot act on your progress. Stop it with Ctrl-C; it finishes the requests in \
            flight first.

            Examples:
              onsite serve                 http://127.0.0.1:8080
              onsite serve --port 9000 --open
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "The address to listen on. Keep 127.0.0.1 unless you mean to share it on a network.")
    var host = "127.0.0.1"

    @Flag(help: "Open the app in the default browser once it is listening.")
    var open = false

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() async throws {
        let environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        let dependencies = WebDependencies(catalog: catalog, progress: try environment.openProgressStore(),
                                           reviews: try environment.openReviewStore(),
                                           attempts: try environment.openAttemptStore())
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        let app = try await buildApplication(options: WebOptions(host: host, port: port), dependencies: dependencies)
        // Written straight away (not through print's buffer), so it comes before the server's log lines.
        FileHandle.standardOutput.write(Data("Onsite is running at \(address) — press Ctrl-C to stop.\n".utf8))
        if open { Self.openBrowser(address) }
        do {
            try await app.runService()
        } catch {
            throw OnsiteError("the web app stopped: \(error). Is port \(port) already in use? Try --port \(port + 1).")
        }
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
