import Foundation
import OnsiteTestSupport
import Testing

/// The drill through the real `onsite` binary with piped standard input and a frozen clock (ONSITE_NOW).
@Suite("onsite drill and today")
struct DrillCLITests {
    let binary: OnsiteBinary
    let home: TemporaryDirectory
    let content: TemporaryDirectory

    init() throws {
        binary = try OnsiteBinary.built()
        home = try TemporaryDirectory(prefix: "onsite-drill-home")
        content = try TemporaryDirectory(prefix: "onsite-drill-content")
        try FixtureContent.write(into: content)
    }

    func environment(now: String) -> [String: String] {
        ["ONSITE_HOME": home.url.path, "ONSITE_CONTENT": content.url.path, "NO_COLOR": "1", "ONSITE_NOW": now,
         "TZ": "UTC", "PATH": "/usr/bin:/bin"]
    }

    func drill(_ arguments: [String], input: String, now: String) throws -> ProgramRunner.Result {
        let result = try ProgramRunner.run(binary.url, ["drill"] + arguments, input: input,
                                           environment: environment(now: now), timeout: 60)
        #expect(!result.timedOut)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    struct Today: Decodable {
        var due: Int
        var new: Int
        var reviewedToday: Int
        var introducedToday: Int
        var nextDue: String?

        enum CodingKeys: String, CodingKey {
            case due, new, reviewedToday = "reviewed_today", introducedToday = "introduced_today", nextDue = "next_due"
        }
    }

    func today(now: String, newPerDay: Int = 0) throws -> Today {
        let result = try ProgramRunner.run(binary.url, ["today", "--json", "--new", "\(newPerDay)"], environment: environment(now: now),
                                           timeout: 30)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Today.self, from: Data(result.stdout.utf8))
    }

    static func iso(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    @Test("a card rated Good graduates and is not due again until its interval has passed")
    func goodWaitsForItsInterval() throws {
        let start = "2026-12-01T09:00:00Z"
        // One new card: Enter reveals, 3 rates Good (learning step 1 → 2, back in 10 minutes, so it returns in the
        // same session), then Good again graduates it to review.
        let session = try drill(["--new", "1"], input: "\n3\n\n3\n", now: start)
        #expect(session.stdout.contains("Saved: Good → learning (step 2), back in 10m"), "\(session.stdout)")
        #expect(session.stdout.contains("Saved: Good → review"), "\(session.stdout)")
        #expect(session.stdout.contains("2 rated"))

        let after = try today(now: start)
        #expect(after.reviewedToday == 2)
        #expect(after.introducedToday == 1)
        #expect(after.due == 0)
        let nextDue = try #require(after.nextDue.flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(nextDue.timeIntervalSince(ISO8601DateFormatter().date(from: start)!) >= 86_400)
        #expect(try today(now: Self.iso(nextDue.addingTimeInterval(-1))).due == 0)
        #expect(try today(now: Self.iso(nextDue)).due == 1)
    }

    @Test("a lapse on a review card puts it into relearning")
    func lapseRelearns() throws {
        let start = "2026-12-01T09:00:00Z"
        _ = try drill(["--new", "1"], input: "\n4\n", now: start)  // Easy on a new card: straight to review
        let nextDue = try #require(try today(now: start).nextDue)
        let lapse = try drill(["--new", "0"], input: "\n1\n", now: nextDue)
        #expect(lapse.stdout.contains("Saved: Again → relearning (step 1), back in 10m"), "\(lapse.stdout)")
    }

    @Test("a typed answer shows the key points covered and missed and the suggestion is taken on Enter")
    func typedAnswer() throws {
        let session = try drill(["--new", "1", "--track", "python"],
                                input: "The GIL lets one thread run Python bytecode at a time\n\n\n", now: "2026-12-01T09:00:00Z")
        #expect(session.stdout.contains("Key points you covered:"), "\(session.stdout)")
        #expect(session.stdout.contains("✓"))
        #expect(session.stdout.contains("Saved:"))
    }

    @Test("a rating is committed the moment it is made: killing the process between two cards loses nothing")
    func killedBetweenReviews() throws {
        let process = Process()
        process.executableURL = binary.url
        process.arguments = ["drill", "--new", "2"]
        process.environment = environment(now: "2026-12-01T09:00:00Z")
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data("\n2\n".utf8))  // the first card rated Hard; the second is then shown
        // Read on another thread, so a session that never prints "Saved:" fails the test instead of hanging it.
        let sawSaved = DispatchSemaphore(value: 0)
        let collected = OutputBox()
        let handle = stdout.fileHandleForReading
        DispatchQueue.global().async {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                if collected.append(chunk).contains("Saved:") { sawSaved.signal() }
            }
        }
        let saved = sawSaved.wait(timeout: .now() + 30) == .success
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(saved)
        #expect(collected.text.contains("Saved: Hard"), "\(collected.text)")
        let after = try today(now: "2026-12-01T09:00:30Z")
        #expect(after.reviewedToday == 1)
        #expect(after.introducedToday == 1)
    }

    @Test("the daily limit on new questions holds across sessions")
    func dailyLimit() throws {
        let start = "2026-12-01T09:00:00Z"
        #expect(try today(now: start, newPerDay: 1).new == 1)
        _ = try drill(["--new", "1"], input: "\n4\n", now: start)
        #expect(try today(now: start, newPerDay: 1).new == 0)
        #expect(try today(now: "2026-12-02T09:00:00Z", newPerDay: 1).new == 1)
    }

    @Test("a quick-fire round asks ten quick-fire questions against a 60-second clock each")
    func quickfire() throws {
        var environment = environment(now: "2026-12-01T09:00:00Z")
        environment["ONSITE_CONTENT"] = RepositoryPaths.content.path  // the shipped bank has 30 quick-fire items
        let result = try ProgramRunner.run(binary.url, ["drill", "--quickfire"], input: String(repeating: "\n3\n", count: 12),
                                           environment: environment, timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "You have 60 seconds.").count - 1 == 10, "\(result.stdout.suffix(800))")
        #expect(result.stdout.contains("10 rated"))
    }

    @Test("reviews replay rejects a bad rating naming the review and field")
    func replayRejectsBadRating() throws {
        let file = home.url.appendingPathComponent("reviews.json")
        try Data(#"[{"card":"a","rating":3,"reviewed_at":"2026-12-01T09:00:00Z"},{"card":"a","rating":5,"reviewed_at":"2026-12-02T09:00:00Z"}]"#.utf8)
            .write(to: file)
        let result = try ProgramRunner.run(binary.url, ["reviews", "replay", file.path, "--json"],
                                           environment: environment(now: "2026-12-01T09:00:00Z"), timeout: 30)
        #expect(result.status != 0)
        #expect(result.stderr.contains("[1]") && result.stderr.contains("rating"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal"))
    }
}

/// Output gathered by a reader thread and read by the test.
private final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    /// Appends and returns everything so far, as text.
    func append(_ chunk: Data) -> String {
        lock.lock()
        defer { lock.unlock() }
        data.append(chunk)
        return String(decoding: data, as: UTF8.self)
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
