import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteLabs
import OnsiteSQLite
import OnsiteStorage

/// `onsite lab`: hands-on AWS labs against a local emulator, checked through the AWS APIs.
struct LabCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Hands-on AWS labs on a local emulator, checked automatically.",
        discussion: """
            Each lab runs against moto's server mode on 127.0.0.1, started from the project's virtual environment: \
            the real AWS APIs, no account and no bill. Start a lab, do the task with the aws CLI or boto3 using the \
            environment it prints, then check it:

              onsite lab list
              onsite lab start lab-s3-data-lake
              eval "$(onsite lab env)"          # or copy the exports start printed
              aws s3api create-bucket --bucket onsite-lake
              onsite lab check

            One lab runs at a time. `onsite lab reset` starts it again from its starting state; `onsite lab stop` \
            shuts the emulator down.
            """,
        subcommands: [LabListCommand.self, LabStartCommand.self, LabCheckCommand.self, LabEnvCommand.self,
                      LabResetCommand.self, LabStopCommand.self],
        defaultSubcommand: LabListCommand.self
    )
}

/// The catalog's labs and the one emulator server this home runs.
struct LabContext {
    let catalog: Catalog
    let server: LabServer
    let environment: AppEnvironment

    init(_ global: GlobalOptions) throws(OnsiteError) {
        environment = AppEnvironment(global)
        catalog = try environment.loadCatalog()
        server = LabServer(home: environment.homeDirectory, venv: LabServer.defaultVenv())
    }

    /// Passed labs live with the rest of the progress, so the checklist and readiness can count them.
    func progress() throws(OnsiteError) -> any LabProgressStore {
        SQLiteLabProgressStore(database: try environment.openDatabase())
    }

    func passedLabs() async throws(OnsiteError) -> [String: Date] {
        do {
            return try await progress().passedLabs()
        } catch let error as StorageError {
            throw OnsiteError(error)
        } catch {
            throw OnsiteError("\(error)")
        }
    }

    func lab(_ id: String) throws(OnsiteError) -> Lab {
        let wanted = id.hasPrefix("lab-") ? id : "lab-\(id)"
        guard let lab = catalog.lab(id: wanted) else {
            throw OnsiteError(LabError.unknownLab(id, known: catalog.labs.map(\.id)).description)
        }
        return lab
    }

    static func mapped<T>(_ operation: () async throws(LabError) -> T) async throws(OnsiteError) -> T {
        do {
            return try await operation()
        } catch {
            throw OnsiteError(error.description)
        }
    }

    static func exports(_ state: LabServerState) -> String {
        LabServer.environment(for: state).map { "export \($0.0)=\($0.1)" }.joined(separator: "\n")
    }
}

struct LabListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the labs.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Row: Encodable {
        var id: String
        var title: String
        var services: [String]
        var difficulty: String
        var minutes: Int
        var checks: Int
        var passed: Bool
    }

    func run() async throws {
        let context = try LabContext(global)
        let passed = try await context.passedLabs()
        let rows = context.catalog.labs.map {
            Row(id: $0.id, title: $0.title, services: $0.services, difficulty: $0.difficulty.rawValue, minutes: $0.minutes,
                checks: $0.checks.count, passed: passed[$0.id] != nil)
        }
        if json {
            try JSONOutput.print(rows)
            return
        }
        let terminal = Terminal.current
        print(terminal.paint("AWS labs", .heading) + ": \(rows.count), each on a local emulator, checked through the AWS APIs; \(passed.count) passed.")
        let running = context.server.recorded()
        for lab in context.catalog.labs {
            let mark = running?.state.lab == lab.id ? terminal.paint(" (running)", .success) : ""
            let done = passed[lab.id] != nil ? terminal.paint("✓ ", .success) : "  "
            print("\(done)\(terminal.paint(lab.id, .code))\(mark)  \(lab.title)")
            print(terminal.paint("      \(lab.services.joined(separator: ", ")) · \(lab.difficulty.rawValue) · about \(lab.minutes) min · \(lab.checks.count) checks", .dim))
        }
        print(terminal.paint("\nStart one with `onsite lab start ID`.", .dim))
    }
}

struct LabStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the emulator for a lab, set up its starting state, and print the task and environment.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The lab's id, e.g. lab-s3-data-lake (the lab- prefix may be left out).")
    var id: String

    func run() async throws {
        let context = try LabContext(global)
        let lab = try context.lab(id)
        FileHandle.standardError.write(Data("Starting the local AWS emulator for \(lab.id)…\n".utf8))
        let state = try await LabContext.mapped { () async throws(LabError) in try await context.server.start(lab) }
        LabPrinter(terminal: .current).printStarted(lab, state: state)
    }
}

struct LabEnvCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "env", abstract: "Print the running lab's environment as shell exports: eval \"$(onsite lab env)\".")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try LabContext(global)
        let state = try await LabContext.mapped { () async throws(LabError) in try context.server.running() }
        print(LabContext.exports(state))
    }
}

struct LabCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the running lab (or the one named) and say what passed, what failed and why.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The lab to check; defaults to the running one.")
    var id: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() async throws {
        let context = try LabContext(global)
        let state = try await LabContext.mapped { () async throws(LabError) in try context.server.running() }
        let lab = try context.lab(id ?? state.lab)
        guard lab.id == state.lab else {
            throw OnsiteError("the running lab is \(state.lab), not \(lab.id); run `onsite lab check` for it, or `onsite lab stop` and `onsite lab start \(lab.id)`")
        }
        let report: LabReport
        do {
            report = try await LabChecker(client: context.server.client(for: state)).run(lab)
        } catch {
            // The server answered when the check began; if it has gone, say so rather than blame the lab.
            if case .some((_, false)) = context.server.recorded() {
                throw OnsiteError(LabError.serverDied(lab: lab.id, log: "").description)
            }
            throw OnsiteError("the check could not reach the lab server: \(error.description). Try `onsite lab reset`.")
        }
        if report.passed {
            do {
                try await context.progress().recordPass(of: lab.id, at: Date())
            } catch {
                throw OnsiteError("every check passed, but the pass could not be saved: \(error)")
            }
        }
        if json {
            try JSONOutput.print(report)
        } else {
            LabPrinter(terminal: .current).printReport(report, lab: lab)
        }
        if !report.passed { throw ExitCode(1) }
    }
}

struct LabResetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Start the running (or named) lab again from its starting state.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The lab to reset to; defaults to the one that was running.")
    var id: String?

    func run() async throws {
        let context = try LabContext(global)
        let previous = context.server.stop()
        guard let target = id ?? previous?.lab else { throw OnsiteError(LabError.notRunning.description) }
        let lab = try context.lab(target)
        let state = try await LabContext.mapped { () async throws(LabError) in try await context.server.start(lab) }
        LabPrinter(terminal: .current).printStarted(lab, state: state)
    }
}

struct LabStopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the lab server.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try LabContext(global)
        guard let state = context.server.stop() else {
            print("No lab server is running.")
            return
        }
        print("Stopped the lab server for \(state.lab).")
    }
}

struct LabPrinter {
    let terminal: Terminal

    func printStarted(_ lab: Lab, state: LabServerState) {
        print(terminal.paint(lab.title, .heading))
        print(terminal.paint("\(lab.services.joined(separator: ", ")) · \(lab.difficulty.rawValue) · about \(lab.minutes) minutes\n", .dim))
        print(lab.task.trimmingCharacters(in: .whitespacesAndNewlines))
        print("\n" + terminal.paint("The lab server runs at \(state.endpoint.absoluteString). In your shell:", .subheading))
        print(terminal.paint(LabContext.exports(state), .code))
        print(terminal.paint("\n(or eval \"$(onsite lab env)\"). Then `onsite lab check`; `onsite lab stop` when you are done.", .dim))
    }

    func printReport(_ report: LabReport, lab: Lab) {
        print(terminal.paint(lab.title, .heading) + ": \(report.passedCount) of \(report.results.count) checks pass.")
        for result in report.results {
            let mark = result.passed ? terminal.paint("✓", .success) : terminal.paint("✗", .failure)
            print("  \(mark) \(result.title)")
            if !result.passed {
                print(terminal.paint("      \(result.detail)", .dim))
                print("      hint: \(result.hint)")
            }
        }
        if report.passed {
            print(terminal.paint("\nEvery check passes, and the lab is recorded as passed. `onsite lab stop` shuts the emulator down.", .success))
        }
    }
}
