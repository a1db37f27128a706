import Foundation
import OnsiteCore
import OnsiteStorage

/// The terminal drill: shows each question, takes an optional typed answer, reveals the model answer with the key
/// points covered and missed, and records the rating at once. Reads plain lines, so it works the same when
/// standard input is a pipe.
struct DrillSession {
    let store: any ReviewStore
    let scheduler: FSRSScheduler
    let clock: @Sendable () -> Date
    let terminal: Terminal
    /// Seconds allowed per answer (quick-fire), or nil.
    let timeLimit: TimeInterval?
    var matcher = KeyPointMatcher()
    /// Learning cards due within this long come back in the same session, as in Anki.
    var learnAhead: TimeInterval = 20 * 60

    init(store: any ReviewStore, scheduler: FSRSScheduler, clock: @escaping @Sendable () -> Date, terminal: Terminal,
         timeLimit: TimeInterval?) {
        self.store = store
        self.scheduler = scheduler
        self.clock = clock
        self.terminal = terminal
        self.timeLimit = timeLimit
    }

    /// What ended a card: a rating, or the user (or the input) stopping the session.
    enum Outcome {
        case rated(FSRSRating, ReviewCard)
        case stopped
    }

    func run(_ initial: [DrillEntry]) async throws {
        var queue = initial[...]
        var counts: [FSRSRating: Int] = [:]
        var shown = 0
        let renderer = MarkdownTerminalRenderer(terminal: terminal)
        let total = initial.count
        say(terminal.paint("Drill", .heading) + " — \(total) question\(total == 1 ? "" : "s"): "
              + "\(initial.filter { !$0.isNew }.count) due, \(initial.filter(\.isNew).count) new. Type q to stop.\n")
        while let entry = queue.popFirst() {
            shown += 1
            let outcome = try await drill(entry, number: shown, remaining: queue.count, renderer: renderer)
            guard case .rated(let rating, let card) = outcome else { break }
            counts[rating, default: 0] += 1
            if timeLimit == nil, card.card.state != .review, card.card.due.timeIntervalSince(clock()) <= learnAhead {
                queue.append(DrillEntry(question: entry.question, isNew: false))
            }
        }
        let reviewed = counts.values.reduce(0, +)
        let breakdown = FSRSRating.allCases.map { "\(Self.name($0).lowercased()) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        say("\n" + terminal.paint("Session over", .subheading) + ": \(reviewed) rated (\(breakdown)); every rating is saved.")
        if let next = try await store.nextDue(after: clock()) {
            say("Next review due \(Self.describe(next, from: clock())). `onsite today` shows what is waiting.")
        }
    }

    private func drill(_ entry: DrillEntry, number: Int, remaining: Int, renderer: MarkdownTerminalRenderer) async throws -> Outcome {
        let question = entry.question
        let label = [question.track.displayName, question.difficulty.rawValue, entry.isNew ? "new" : nil].compactMap { $0 }
        say(terminal.paint("── \(number) · \(label.joined(separator: " · ")) · \(remaining) after this ──", .dim))
        say(renderer.render("## \(question.title)\n\n\(question.prompt)"))
        let limitText = timeLimit.map { " You have \(Int($0)) seconds." } ?? ""
        say("\nType your answer, then an empty line (or press Enter to reveal).\(limitText)")
        let started = ContinuousClock.now
        guard let typed = readAnswer() else { return .stopped }
        let elapsed = (ContinuousClock.now - started).seconds

        say("\n" + renderer.render("### Model answer\n\n\(question.answer)"))
        var suggestion: FSRSRating?
        var coverage: KeyPointCoverage?
        if typed.isEmpty {
            say(renderer.render("### Key points\n\n" + question.keyPoints.map { "- \($0.point)" }.joined(separator: "\n")))
        } else {
            let result = matcher.coverage(of: typed, against: question.keyPoints)
            coverage = result
            say(terminal.paint("Key points you covered: \(result.covered.count) of \(question.keyPoints.count)", .subheading))
            for point in result.covered { say("  " + terminal.paint("✓", .success) + " \(point.point)") }
            for point in result.missed { say("  " + terminal.paint("✗", .failure) + " \(point.point)") }
            suggestion = result.suggestedRating
        }
        if let timeLimit, elapsed > timeLimit {
            say(terminal.paint(String(format: "Over time: %.0f s of %.0f.", elapsed, timeLimit), .failure))
            // In a quick-fire round an answer past the clock cannot be better than Hard.
            suggestion = suggestion.map { $0.rawValue < FSRSRating.hard.rawValue ? $0 : .hard } ?? .hard
        }

        let now = clock()
        let current = try await store.currentCard(for: question.id, now: now)
        let previews = FSRSRating.allCases.map { rating in
            let next = current.scheduled(rating, at: now, scheduler: scheduler)
            return "[\(rating.rawValue)] \(Self.name(rating)) \(IntervalText.describe(next.due.timeIntervalSince(now)))"
        }
        say("\n" + previews.joined(separator: "   "))
        guard let rating = readRating(suggestion: suggestion) else { return .stopped }
        let card = try await store.rate(question.id, rating, coverage: coverage?.fraction, at: clock(), scheduler: scheduler)
        let step = card.card.step.map { " (step \($0 + 1))" } ?? ""
        say(terminal.paint("Saved: \(Self.name(rating))", .success)
              + " → \(card.card.state.rawValue)\(step), back \(Self.describe(card.card.due, from: clock())).\n")
        return .rated(rating, card)
    }

    /// Lines up to an empty one, joined; "" when the first line is empty; nil on q or end of input.
    private func readAnswer() -> String? {
        var lines: [String] = []
        while true {
            prompt(lines.isEmpty ? "> " : "  ")
            guard let line = Swift.readLine(strippingNewline: true) else { return lines.isEmpty ? nil : lines.joined(separator: "\n") }
            if lines.isEmpty, ["q", "quit"].contains(line.trimmingCharacters(in: .whitespaces).lowercased()) { return nil }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { return lines.joined(separator: "\n") }
            lines.append(line)
        }
    }

    private func readRating(suggestion: FSRSRating?) -> FSRSRating? {
        let hint = suggestion.map { "Rate 1-4 (Enter for the suggestion, \(Self.name($0))): " } ?? "Rate 1-4: "
        while true {
            prompt(hint)
            guard let line = Swift.readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces).lowercased() else {
                return nil
            }
            if line == "q" || line == "quit" { return nil }
            if line.isEmpty, let suggestion { return suggestion }
            if let value = Int(line), let rating = FSRSRating(rawValue: value) { return rating }
            if let rating = FSRSRating.allCases.first(where: { Self.name($0).lowercased() == line }) { return rating }
            say("Type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), or q to stop.")
        }
    }

    private func prompt(_ text: String) {
        // A terminal echoes the typed line and its newline; from a pipe nothing does, so end the prompt's line here.
        FileHandle.standardOutput.write(Data((text + (Self.inputIsTerminal ? "" : "\n")).utf8))
    }

    static let inputIsTerminal = isatty(STDIN_FILENO) == 1

    /// Unbuffered, unlike `print` into a pipe: a script driving the session sees each line as it happens.
    private func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func name(_ rating: FSRSRating) -> String {
        rating.name
    }

    /// "in 10m (2026-12-04 09:10 UTC)": relative first, as a person reads it, then the exact moment.
    static func describe(_ date: Date, from now: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm zzz"
        let relative = date <= now ? "now" : "in \(IntervalText.describe(date.timeIntervalSince(now)))"
        return "\(relative) (\(formatter.string(from: date)))"
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
