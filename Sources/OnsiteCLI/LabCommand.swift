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

            End-to-end projects chain several labs into one system on one server (ingestion, storage, catalog, \
            alerting) and are checked as a whole; each has a write-up to tell in the interview:

              onsite lab show project-log-processing
              onsite lab start project-log-processing
            """,
        subcommands: [LabListCommand.self, LabShowCommand.self, LabStartCommand.self, LabCheckCommand.self, LabEnvCommand.self,
                      LabResetCommand.self, LabStopCommand.self],
        defaultSubcommand: LabListCommand.self
    )
}

/// The labs desk for this home: the catalog's labs and projects, its one emulator server, and where passes go.
struct LabContext {
    let desk: LabDesk
    let environment: AppEnvironment

    init(_ global: GlobalOptions) throws(OnsiteError) {
        environment = AppEnvironment(global)
        let catalog = try environment.loadCatalog()
        // Passed labs live with the rest of the progress, so the checklist and readiness can count them.
        desk = LabDesk(catalog: catalog, server: LabServer(home: environment.homeDirectory, venv: LabServer.defaultVenv()),
                       progress: SQLiteLabProgressStore(database: try environment.openDatabase()))
    }

    var catalog: Catalog { desk.catalog }
    var server: LabServer { desk.server }

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
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the labs and end-to-end projects, with what you have passed.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Row: Encodable {
        var id: String
        var kind: String
        var title: String
        var services: [String]
        var difficulty: String?
        var minutes: Int
        var checks: Int
        var steps: [String]?
        var passed: Bool
    }

    func run() async throws {
        let context = try LabContext(global)
        let passed = await context.desk.passed()
        let labRows = context.catalog.labs.map {
            Row(id: $0.id, kind: "lab", title: $0.title, services: $0.services, difficulty: $0.difficulty.rawValue,
                minutes: $0.minutes, checks: $0.checks.count, steps: nil, passed: passed[$0.id] != nil)
        }
        let projectRows = context.catalog.projects.compactMap { project -> Row? in
            guard case .project(_, let steps)? = context.catalog.exercise(id: project.id) else { return nil }
            return Row(id: project.id, kind: "project", title: project.title,
                       services: Array(Set(steps.flatMap(\.services))).sorted(), difficulty: nil, minutes: project.minutes,
                       checks: steps.map(\.checks.count).reduce(project.checks.count, +), steps: project.steps.map(\.lab),
                       passed: passed[project.id] != nil)
        }
        if json {
            try JSONOutput.print(labRows + projectRows)
            return
        }
        let terminal = Terminal.current
        let running = context.server.recorded()
        func mark(_ id: String) -> String { running?.state.lab == id ? terminal.paint(" (running)", .success) : "" }
        func done(_ row: Row) -> String { row.passed ? terminal.paint("✓ ", .success) : "  " }
        print(terminal.paint("AWS labs", .heading) + ": \(labRows.count), each on a local emulator, checked through the AWS APIs; \(labRows.filter(\.passed).count) passed.")
        for row in labRows {
            print("\(done(row))\(terminal.paint(row.id, .code))\(mark(row.id))  \(row.title)")
            print(terminal.paint("      \(row.services.joined(separator: ", ")) · \(row.difficulty ?? "") · about \(row.minutes) min · \(row.checks) checks", .dim))
        }
        if !projectRows.isEmpty {
            print("\n" + terminal.paint("End-to-end projects", .heading) + ": labs built one after another into one system, checked as a whole; \(projectRows.filter(\.passed).count) passed.")
            for row in projectRows {
                print("\(done(row))\(terminal.paint(row.id, .code))\(mark(row.id))  \(row.title)")
                print(terminal.paint("      \(row.steps?.count ?? 0) steps · about \(row.minutes) min · \(row.checks) checks · write-up: onsite lab show \(row.id)", .dim))
            }
        }
        print(terminal.paint("\nStart one with `onsite lab start ID`; `onsite lab show ID` prints its task without starting it.", .dim))
    }
}

struct LabShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a lab's task, or a project's steps and write-up, without starting anything.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A lab or project id, e.g. lab-s3-data-lake or project-log-processing (the prefix may be left out).")
    var id: String

    func run() async throws {
        let context = try LabContext(global)
        let exercise = try await LabContext.mapped { () async throws(LabError) in try context.desk.exercise(id) }
        LabPrinter(terminal: .current).printTask(exercise)
        if case .project(let project, _) = exercise {
            print("\n" + Terminal.current.paint("Write-up", .subheading))
            print(MarkdownTerminalRenderer(terminal: .current).render(project.writeup))
        }
    }
}

struct LabStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the emulator for a lab or project, set up its starting state, and print the task and environment.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A lab or project id, e.g. lab-s3-data-lake or project-warehouse-etl (the prefix may be left out).")
    var id: String

    func run() async throws {
        let context = try LabContext(global)
        let exercise = try await LabContext.mapped { () async throws(LabError) in try context.desk.exercise(id) }
        FileHandle.standardError.write(Data("Starting the local AWS emulator for \(exercise.id)…\n".utf8))
        let state = try await LabContext.mapped { () async throws(LabError) in try await context.server.start(exercise) }
        LabPrinter(terminal: .current).printStarted(exercise, state: state)
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
        commandName: "check",
        abstract: "Check the running lab or project (or the one named) and say what passed, what failed and why.",
        discussion: "A lab that passes every check, and a project whose steps and wiring all pass, are recorded; the checklist and readiness count them. Exits 1 while something fails.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The lab or project to check; defaults to the running one.")
    var id: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() async throws {
        let context = try LabContext(global)
        let (exercise, report) = try await LabContext.mapped { () async throws(LabError) in try await context.desk.check(id) }
        if json {
            try JSONOutput.print(report)
        } else {
            LabPrinter(terminal: .current).printReport(report, of: exercise)
        }
        if !report.passed { throw ExitCode(1) }
    }
}

struct LabResetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Start the running (or named) lab or project again from its starting state.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The lab or project to reset to; defaults to the one that was running.")
    var id: String?

    func run() async throws {
        let context = try LabContext(global)
        let (exercise, state) = try await LabContext.mapped { () async throws(LabError) in try await context.desk.reset(id) }
        LabPrinter(terminal: .current).printStarted(exercise, state: state)
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

    func printTask(_ exercise: LabExercise) {
        switch exercise {
        case .lab(let lab):
            print(terminal.paint(lab.title, .heading))
            print(terminal.paint("\(lab.services.joined(separator: ", ")) · \(lab.difficulty.rawValue) · about \(lab.minutes) minutes\n", .dim))
            print(lab.task.trimmingCharacters(in: .whitespacesAndNewlines))
        case .project(let project, let steps):
            print(terminal.paint(project.title, .heading))
            print(terminal.paint("\(steps.count) steps on one lab server · about \(project.minutes) minutes\n", .dim))
            print(project.summary)
            for (number, lab) in steps.enumerated() {
                let why = project.steps.first { $0.lab == lab.id }?.why ?? ""
                print("\n" + terminal.paint("Step \(number + 1): \(lab.title)", .subheading) + terminal.paint("  (\(lab.id))", .dim))
                print(terminal.paint(why, .dim) + "\n")
                print(lab.task.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            if !project.checks.isEmpty {
                print("\n" + terminal.paint("Then the parts must fit together:", .subheading))
                for check in project.checks { print("  • \(check.title)") }
            }
        }
    }

    func printStarted(_ exercise: LabExercise, state: LabServerState) {
        printTask(exercise)
        print("\n" + terminal.paint("The lab server runs at \(state.endpoint.absoluteString). In your shell:", .subheading))
        print(terminal.paint(LabContext.exports(state), .code))
        print(terminal.paint("\n(or eval \"$(onsite lab env)\"). Then `onsite lab check`; `onsite lab stop` when you are done.", .dim))
    }

    func printReport(_ report: ExerciseReport, of exercise: LabExercise) {
        print(terminal.paint(exercise.title, .heading) + ": \(report.passedCount) of \(report.results.count) checks pass.")
        switch report {
        case .lab(let lab):
            printResults(lab.results, indent: "  ")
        case .project(let project):
            let titles = Dictionary(exercise.labs.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            // The first unfinished step is the one to work on and gets every hint; a later step with nothing done
            // yet is one line, so an empty project is a to-do list rather than thirty hints at once.
            let current = project.steps.firstIndex { !$0.passed }
            for (number, step) in project.steps.enumerated() {
                let mark = step.passed ? terminal.paint("✓", .success) : terminal.paint("✗", .failure)
                print("\n\(mark) " + terminal.paint("Step \(number + 1): \(titles[step.lab] ?? step.lab)", .subheading)
                      + terminal.paint("  \(step.passedCount)/\(step.results.count)", .dim))
                if step.passedCount == 0, number != current {
                    print(terminal.paint("    not started: `onsite lab show \(step.lab)` has its task", .dim))
                } else {
                    printResults(step.results, indent: "    ")
                }
            }
            if let wiring = project.wiring {
                print("\n" + terminal.paint("How the steps fit together", .subheading) + terminal.paint("  \(wiring.passedCount)/\(wiring.results.count)", .dim))
                printResults(wiring.results, indent: "    ")
            }
        }
        if report.passed {
            print(terminal.paint("\nEvery check passes, and it is recorded as passed. `onsite lab stop` shuts the emulator down.", .success))
        }
    }

    private func printResults(_ results: [LabCheckResult], indent: String) {
        for result in results {
            let mark = result.passed ? terminal.paint("✓", .success) : terminal.paint("✗", .failure)
            print("\(indent)\(mark) \(result.title)")
            if !result.passed {
                print(terminal.paint("\(indent)    \(result.detail)", .dim))
                print("\(indent)    hint: \(result.hint)")
            }
        }
    }
}
