import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite stories`: the STAR story bank for the behavioral round.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Write, lint and map your STAR stories to the Leadership Principles.",
        discussion: """
            Every behavioral question is answered with a story: Situation, Task, Action, Result. Aim for at least \
            ten stories that between them cover each of the 16 principles twice. The lint flags what interviewers \
            mark down: a missing section, a Result with no number, an Action told only as "we", a story that takes \
            under 1.5 or over 3 minutes at 150 words a minute, and a principle id that does not exist. Stories that \
            pass it count towards the checklist and readiness, and each question a story answers becomes a drill \
            card. A sample story ships in the bank; edit it into your own or delete it.

            Examples:
              onsite stories add                         (asks for each part)
              onsite stories add --file stories.md       (one or more stories in the export format)
              onsite stories list --coverage             (the principles × stories matrix)
              onsite stories export --markdown stories.md
            """,
        subcommands: [StoriesListCommand.self, StoriesShowCommand.self, StoriesAddCommand.self, StoriesEditCommand.self,
                      StoriesLintCommand.self, StoriesExportCommand.self, StoriesDeleteCommand.self],
        defaultSubcommand: StoriesListCommand.self
    )
}

/// The fields a story can be given on the command line.
struct StoryFieldOptions: ParsableArguments {
    @Option(help: "The story's title.") var title: String?
    @Option(help: "Situation: where and when, in two or three sentences.") var situation: String?
    @Option(help: "Task: what you were responsible for.") var task: String?
    @Option(help: "Action: what you did, said with \"I\".") var action: String?
    @Option(help: "Result: what changed, with a number.") var result: String?
    @Option(name: .customLong("principle"), help: "A Leadership Principle id it shows (repeatable), e.g. ownership.")
    var principles: [String] = []
    @Option(name: .customLong("question"), help: "A question it answers (repeatable).")
    var questions: [String] = []
    @Option(help: ArgumentHelp("Read the story from Markdown in the export format.", valueName: "file"))
    var file: String?

    var isEmpty: Bool {
        title == nil && situation == nil && task == nil && action == nil && result == nil && principles.isEmpty
            && questions.isEmpty && file == nil
    }

    func apply(to story: inout STARStory) {
        if let title { story.title = title }
        if let situation { story.situation = situation }
        if let task { story.task = task }
        if let action { story.action = action }
        if let result { story.result = result }
        if !principles.isEmpty { story.principles = principles.map { $0.lowercased() } }
        if !questions.isEmpty { story.questions = questions }
    }

    func drafts() throws(OnsiteError) -> [StoryMarkdown.Draft]? {
        guard let file else { return nil }
        let path = ContentLocatorPath.expand(file)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw OnsiteError("cannot read \(path); check the path")
        }
        do {
            let drafts = try StoryMarkdown.parse(text)
            guard !drafts.isEmpty else { throw OnsiteError("\(path) holds no story; start each with \"# Title\"") }
            return drafts
        } catch let error as StoryMarkdown.ParseError {
            throw OnsiteError("\(path): \(error.description)")
        } catch let error as OnsiteError {
            throw error
        } catch {
            throw OnsiteError("\(path): \(error)")
        }
    }
}

enum StoryPrinter {
    static func problems(_ story: STARStory, lint: StoryLint, terminal: Terminal) -> [String] {
        let problems = lint.problems(in: story)
        let timing = String(format: "%d words, %.1f min", story.wordCount, story.speakingMinutes)
        if problems.isEmpty {
            return [terminal.paint("✓", .success) + " \(story.id): passes the lint (\(timing))"]
        }
        return [terminal.paint("✗", .failure) + " \(story.id): \(problems.count) problem\(problems.count == 1 ? "" : "s") (\(timing))"]
            + problems.map { "    \($0.rule.rawValue) [\($0.field)]: \($0.message)" }
    }

    static func find(_ id: String, in stories: [STARStory]) throws(OnsiteError) -> STARStory {
        if let story = stories.first(where: { $0.id == id }) { return story }
        let ids = stories.map(\.id)
        throw OnsiteError("no story \"\(id)\"" + (ids.isEmpty ? "; add one with `onsite stories add`"
                                                   : "; the ids are \(ids.joined(separator: ", "))"))
    }
}

struct StoriesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stories, their lint and the coverage of the principles.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Flag(help: "Show the 16 principles × stories matrix.")
    var coverage = false

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Entry: Encodable {
        var id: String
        var title: String
        var principles: [String]
        var questions: [String]
        var words: Int
        var minutes: Double
        var isSample: Bool
        var passes: Bool
        var problems: [StoryProblem]
    }

    struct Listing: Encodable {
        var stories: [Entry]
        var passing: Int
        var target: Int
        var coverage: [String: [String]]
        var gaps: [String]
    }

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let stories = try await context.storyBank()
        let lint = context.lint
        let matrix = StoryCoverage(stories: stories, principles: context.catalog.principles, lint: lint)
        if json {
            try JSONOutput.print(Listing(
                stories: stories.map { story in
                    Entry(id: story.id, title: story.title, principles: story.principles, questions: story.questions,
                          words: story.wordCount, minutes: (story.speakingMinutes * 10).rounded() / 10, isSample: story.isSample,
                          passes: lint.passes(story), problems: lint.problems(in: story))
                },
                passing: matrix.passingCount, target: StoryCoverage.storiesTarget,
                coverage: Dictionary(uniqueKeysWithValues: matrix.rows.map { ($0.principle.id, $0.storyIDs) }),
                gaps: matrix.gaps.map(\.principle.id)), snakeCaseKeys: true)
            return
        }
        let terminal = Terminal.current
        print(terminal.paint("STAR stories", .heading) + ": " + matrix.summary + ".")
        for story in stories {
            let mark = lint.passes(story) ? terminal.paint("✓", .success) : terminal.paint("✗", .failure)
            let sample = story.isSample ? terminal.paint(" (sample)", .dim) : ""
            print("  \(mark) \(story.id)\(sample) — \(story.title)")
            print(terminal.paint(String(format: "      %.1f min · ", story.speakingMinutes) + story.principles.joined(separator: ", "), .dim))
        }
        if stories.isEmpty { print("  No stories yet. Add one with `onsite stories add`.") }
        if coverage {
            print("\n" + terminal.paint("Coverage", .subheading) + " (passing stories per principle; target \(StoryCoverage.storiesPerPrinciple) each)")
            let columns = stories.filter { matrix.passing.contains($0.id) }
            for (index, story) in columns.enumerated() {
                print(terminal.paint("  \(index + 1) = \(story.id)", .dim))
            }
            for row in matrix.rows {
                let cells = columns.map { row.storyIDs.contains($0.id) ? "●" : "·" }.joined(separator: " ")
                let count = row.isGap ? terminal.paint("\(row.storyIDs.count)", .failure) : terminal.paint("\(row.storyIDs.count)", .success)
                print("  \(row.principle.name.padding(toLength: 40, withPad: " ", startingAt: 0)) \(count)  \(cells)")
            }
        } else {
            print(terminal.paint("\n`onsite stories list --coverage` shows which principles still need stories.", .dim))
        }
    }
}

struct StoriesShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one story with its lint.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Argument(help: "The story's id (see `onsite stories list`).")
    var id: String

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let story = try StoryPrinter.find(id, in: try await context.storyBank())
        if json {
            try JSONOutput.print(story)
            return
        }
        let terminal = Terminal.current
        print(terminal.paint(story.title, .heading))
        print(terminal.paint("Principles: " + story.principles.joined(separator: ", "), .dim))
        for question in story.questions { print(terminal.paint("  • \(question)", .dim)) }
        for section in STARStory.Section.allCases {
            print("\n" + terminal.paint(section.displayName, .subheading))
            print(story.text(of: section).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        print("")
        StoryPrinter.problems(story, lint: context.lint, terminal: terminal).forEach { print($0) }
    }
}

struct StoriesAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a story from options, a Markdown file, or by answering prompts.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions
    @OptionGroup var fields: StoryFieldOptions

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        var existing = try await context.storyBank()
        var added: [STARStory] = []
        if let drafts = try fields.drafts() {
            for draft in drafts {
                var story = draft.story(id: STARStory.uniqueID(for: draft.title, among: existing), at: context.now)
                fields.apply(to: &story)
                existing.append(story)
                added.append(story)
            }
        } else {
            var story = STARStory(id: "", title: "", situation: "", task: "", action: "", result: "", principles: [],
                                  updatedAt: context.now)
            if fields.isEmpty {
                guard let prompted = Self.prompt(context) else { throw OnsiteError("nothing saved: the input ended before the story had a title") }
                story = prompted
            }
            fields.apply(to: &story)
            guard !story.title.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw OnsiteError("a story needs a title: --title \"Cut the nightly ETL from 6 h to 1.5 h\" (or run `onsite stories add` with no options to be asked)")
            }
            story.id = STARStory.uniqueID(for: story.title, among: existing)
            added.append(story)
        }
        let terminal = Terminal.current
        for story in added {
            try await context.stories.save(story)
            print("Saved \(story.id).")
            StoryPrinter.problems(story, lint: context.lint, terminal: terminal).forEach { print($0) }
        }
    }

    /// Asks for each part in turn; a blank line ends a part.
    static func prompt(_ context: PlanningContext) -> STARStory? {
        let input = LineInput()
        input.say("A new STAR story. End each part with an empty line.")
        guard case .text(let title) = input.readBlock(prompt: "Title> "), !title.isEmpty else { return nil }
        func part(_ name: String, _ hint: String) -> String {
            input.say(hint)
            if case .text(let text) = input.readBlock(prompt: "\(name)> ") { return text }
            return ""
        }
        let situation = part("Situation", "Situation: where and when, in two or three sentences.")
        let task = part("Task", "Task: what you were responsible for.")
        let action = part("Action", "Action: what you did — say \"I\".")
        let result = part("Result", "Result: what changed, with a number.")
        input.say("Principles it shows, comma-separated ids: " + context.catalog.principles.map(\.id).joined(separator: ", "))
        let principles = input.readLine(prompt: "Principles> ").map { line in
            line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        } ?? []
        input.say("Questions it answers, one per line; an empty line ends.")
        var questions: [String] = []
        while let line = input.readLine(prompt: "Question> "), !line.isEmpty { questions.append(line) }
        return STARStory(id: "", title: title, situation: situation, task: task, action: action, result: result,
                         principles: principles, questions: questions, updatedAt: context.now)
    }
}

struct StoriesEditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change parts of a story; the options given replace those parts.",
        discussion: "Editing the sample makes it yours: from then on it counts like any story you wrote.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Argument(help: "The story's id.")
    var id: String

    @OptionGroup var fields: StoryFieldOptions

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        var story = try StoryPrinter.find(id, in: try await context.storyBank())
        guard !fields.isEmpty else {
            throw OnsiteError("nothing to change: give the parts to replace, e.g. --result \"Runtime fell by 75%\", or --file story.md")
        }
        if let drafts = try fields.drafts() {
            guard drafts.count == 1, let draft = drafts.first else {
                throw OnsiteError("--file holds \(drafts.count) stories; editing takes exactly one")
            }
            let edited = draft.story(id: story.id, at: context.now)
            story.title = edited.title
            story.situation = edited.situation
            story.task = edited.task
            story.action = edited.action
            story.result = edited.result
            story.principles = edited.principles
            story.questions = edited.questions
        }
        fields.apply(to: &story)
        story.isSample = false
        story.updatedAt = context.now
        try await context.stories.save(story)
        print("Saved \(story.id).")
        StoryPrinter.problems(story, lint: context.lint, terminal: .current).forEach { print($0) }
    }
}

struct StoriesLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check stories against the lint; exits 1 when any fails.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Argument(help: "One story's id; all stories when left out.")
    var id: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Result: Encodable {
        var id: String
        var passes: Bool
        var problems: [StoryProblem]
    }

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let bank = try await context.storyBank()
        let stories = try id.map { id throws(OnsiteError) in [try StoryPrinter.find(id, in: bank)] } ?? bank
        let lint = context.lint
        let results = stories.map { Result(id: $0.id, passes: lint.passes($0), problems: lint.problems(in: $0)) }
        if json {
            try JSONOutput.print(results)
        } else {
            for story in stories { StoryPrinter.problems(story, lint: lint, terminal: .current).forEach { print($0) } }
            if stories.isEmpty { print("No stories yet. Add one with `onsite stories add`.") }
        }
        if results.contains(where: { !$0.passes }) { throw ExitCode(1) }
    }
}

struct StoriesExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the story bank as Markdown, to print, edit or import elsewhere.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Option(help: ArgumentHelp("The Markdown file to write.", valueName: "file"))
    var markdown: String

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let stories = try await context.storyBank()
        let coverage = StoryCoverage(stories: stories, principles: context.catalog.principles, lint: context.lint)
        let path = ContentLocatorPath.expand(markdown)
        do {
            try StoryMarkdown.render(stories, coverage: coverage).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw OnsiteError("could not write \(path): \(error.localizedDescription). Choose a writable path.")
        }
        print("Wrote \(stories.count) stor\(stories.count == 1 ? "y" : "ies") to \(path).")
    }
}

struct StoriesDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a story (the sample too; it does not come back).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Argument(help: "The story's id.")
    var id: String

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let story = try StoryPrinter.find(id, in: try await context.storyBank())
        _ = try await context.stories.delete(id: story.id)
        print("Deleted \(story.id).")
    }
}
