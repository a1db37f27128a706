import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite reviews`: review history as data.
struct ReviewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews",
        abstract: "Work with review histories: replay one through the scheduler.",
        subcommands: [ReviewsReplayCommand.self]
    )
}

/// `onsite reviews replay FILE --json`: runs a review history through FSRS-6 and prints each resulting card.
struct ReviewsReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a review history through the FSRS-6 scheduler and print every resulting card.",
        discussion: """
            FILE is a JSON array of reviews in order: {"card": "id", "rating": 1-4, "reviewed_at": "ISO-8601 UTC"}. \
            Ratings: 1 Again, 2 Hard, 3 Good, 4 Easy. Each card starts new at its first review. The scheduler \
            uses FSRS-6's default parameters, learning steps 1m and 10m, a relearning step of 10m, and no fuzz, \
            so the result is reproducible (it matches py-fsrs 6.3.2). Use - to read standard input.

            Example:
              echo '[{"card":"sql-joins","rating":3,"reviewed_at":"2026-12-01T09:00:00Z"}]' | onsite reviews replay - --json
            """
    )

    @Argument(help: "The JSON file of reviews, or - for standard input.")
    var file: String

    @Option(help: "The recall probability intervals aim for, between 0 and 1 (exclusive).")
    var desiredRetention = 0.9

    @Flag(help: "Print JSON (one object per review, in input order).")
    var json = false

    func validate() throws {
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw ValidationError("--desired-retention must be between 0 and 1, e.g. 0.9")
        }
    }

    func run() async throws {
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw OnsiteError("cannot read \(file): \(error.localizedDescription)")
        }
        do {
            if json {
                print(String(decoding: try ReviewReplay.replay(json: data, desiredRetention: desiredRetention), as: UTF8.self))
                return
            }
            let outputs = try ReviewReplay.replay(ReviewReplay.decode(data), desiredRetention: desiredRetention)
            printTable(outputs)
        } catch {
            throw OnsiteError("\(file): \(error.description)")
        }
    }

    private func printTable(_ outputs: [ReplayOutput]) {
        for output in outputs {
            let step = output.step.map { " step \($0)" } ?? ""
            let memory = String(format: "S %.4f  D %.4f", output.stability, output.difficulty)
            print("\(output.reviewedAt)  \(output.card)  rating \(output.rating) → \(output.state.rawValue)\(step)  \(memory)  due \(output.due)")
        }
    }
}
