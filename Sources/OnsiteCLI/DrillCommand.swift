import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStorage

/// `onsite drill`: today's spaced-repetition session in the terminal, or a quick-fire round against the clock.
struct DrillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Drill today's due and new questions with FSRS spaced repetition.",
        discussion: """
            Each question is shown first. Type your answer (end it with an empty line) and Onsite shows which key \
            points you covered and suggests a rating, or just press Enter to reveal the model answer. Then rate \
            your recall: 1 Again, 2 Hard, 3 Good, 4 Easy; each choice shows when the question would come back. \
            Every rating is saved the moment you make it; type q to stop.

            Due reviews come first, then new questions up to the daily limit, mixed across tracks in the order \
            of the daily routine. Reads answers line by line when standard input is not a terminal, so sessions \
            can be scripted.

            Examples:
              onsite drill                       today's queue
              onsite drill --track sql --new 5   SQL only, at most 5 new questions today
              onsite drill --quickfire           10 quick-fire questions, 60 seconds each
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var clock: ClockOptions

    @Option(help: "Only this track (repeatable): \(Track.allCases.map(\.rawValue).joined(separator: ", ")).")
    var track: [Track] = []

    @Option(help: "Only questions with this tag (repeatable).")
    var tag: [String] = []

    @Option(help: "Only this difficulty (repeatable): easy, medium or hard.")
    var difficulty: [Difficulty] = []

    @Option(name: .customLong("new"), help: ArgumentHelp(
        "New questions allowed per day.", discussion: "Defaults to $ONSITE_NEW_PER_DAY, then 20.", valueName: "n"))
    var newPerDay: Int?

    @Flag(help: "A quick-fire round: 10 quick-fire questions against a 60-second clock each.")
    var quickfire = false

    @Option(help: "The recall probability intervals aim for, between 0 and 1 (exclusive).")
    var desiredRetention = 0.9

    func validate() throws {
        if let newPerDay, newPerDay < 0 { throw ValidationError("--new must be 0 or more") }
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw ValidationError("--desired-retention must be between 0 and 1, e.g. 0.9")
        }
    }

    func run() async throws {
        let context = try PlanningContext(global, clock: clock)
        let store = context.reviews
        let now = try clock.clock()
        // Story cards ride along with the bank: each question a story answers asks "which story?".
        let questions = try await context.drillQuestions()
        // Fuzz on, as in Anki: cards learned together do not all fall due on the same later day.
        let parameters = try FSRSParameters(desiredRetention: desiredRetention, enableFuzzing: true)
        let filter = DrillFilter(tracks: Set(track), tags: Set(tag.map { $0.lowercased() }),
                                 difficulties: Set(difficulty), quickfireOnly: quickfire)
        let limit = try DailyLimit.resolve(newPerDay)
        var queue = try await store.todaysQueue(from: questions, filter: filter, newPerDay: limit, now: now())
        if quickfire {
            queue = QuickfirePicker.pick(from: questions, filter: filter, queue: queue, count: 10)
        }
        let session = DrillSession(store: store, scheduler: FSRSScheduler(parameters: parameters), clock: now,
                                   terminal: Terminal.current, timeLimit: quickfire ? 60 : nil)
        guard !queue.isEmpty else {
            let next = try await store.nextDue(after: now())
            print("Nothing to drill right now" + (next.map { "; the next review is due \(DrillSession.describe($0, from: now()))" } ?? "") + ".")
            print("Try `onsite drill --new 10` for more new questions, or `onsite questions list` to browse.")
            return
        }
        try await session.run(queue)
    }
}

/// The daily allowance of new questions: --new, then $ONSITE_NEW_PER_DAY, then 20.
enum DailyLimit {
    static let standard = 20

    static func resolve(_ option: Int?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(OnsiteError) -> Int {
        if let option { return option }
        guard let text = environment["ONSITE_NEW_PER_DAY"], !text.isEmpty else { return standard }
        guard let value = Int(text), value >= 0 else {
            throw OnsiteError("ONSITE_NEW_PER_DAY is \"\(text)\"; set it to a whole number such as 20")
        }
        return value
    }
}

/// A quick-fire round: due quick-fire cards first, then new ones, then the rest of the quick-fire bank.
enum QuickfirePicker {
    static func pick(from questions: [Question], filter: DrillFilter, queue: [DrillEntry], count: Int) -> [DrillEntry] {
        var picked = Array(queue.prefix(count))
        let chosen = Set(picked.map(\.question.id))
        let rest = questions.filter { filter.admits($0) && !chosen.contains($0.id) }
        picked += rest.prefix(max(0, count - picked.count)).map { DrillEntry(question: $0, isNew: false) }
        return picked
    }
}
