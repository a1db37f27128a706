import Foundation
import OnsiteTestSupport
import Testing

/// `onsite mock` driven as a candidate would, through a pipe, with the clock read from a file the test moves
/// forward between answers: the report must show the times and scores that were typed, with real judge verdicts.
@Suite("mock interviews from the command line")
struct MockCLITests {
    let binary: OnsiteBinary
    let home: URL
    let clockFile: URL

    init() throws {
        binary = try OnsiteBinary.built()
        home = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-mock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        clockFile = home.appendingPathComponent("clock")
    }

    var environment: [String: String] {
        ["ONSITE_HOME": home.path, "ONSITE_CONTENT": RepositoryPaths.content.path, "ONSITE_NOW": "@" + clockFile.path,
         "NO_COLOR": "1"]
    }

    func setClock(_ time: String) throws {
        try Data("2026-12-04T\(time):00Z".utf8).write(to: clockFile, options: .atomic)
    }

    /// The id shown in the status line before each item: "[segment 0:00 of 30:00 · interview 0:05 · sql-x]".
    func nextItemID(_ session: InteractiveProcess) throws -> String {
        let status = try session.line(after: "[segment ")
        return String(status.split(separator: "·").last ?? "").trimmingCharacters(in: CharacterSet(charactersIn: " ]"))
    }

    func json(_ arguments: [String]) throws -> Any {
        let output = try binary.run(arguments, environment: environment)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    /// An answer made of each key point's first phrasing: covers every point.
    func coveringAnswer(for id: String) throws -> String {
        let question = try #require(try json(["questions", "show", id, "--json"]) as? [String: Any])
        let points = try #require(question["key_points"] as? [[String: Any]])
        return points.compactMap { ($0["match"] as? [String])?.first }.joined(separator: ". ")
    }

    func solution(_ id: String) throws -> [String] {
        let isSQL = id.hasPrefix("sql-")
        let file = RepositoryPaths.content.appendingPathComponent("challenges/\(isSQL ? "sql" : "python")/\(id)/solution.\(isSQL ? "sql" : "py")")
        let text = try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.components(separatedBy: "\n")
    }

    func answer(_ session: InteractiveProcess, _ lines: [String]) {
        for line in lines { session.send(line) }
        session.send("")
    }

    @Test("a scripted full loop: times, over-budget segments, judge verdicts, key points and self-scores reach the report")
    func fullLoop() throws {
        try setClock("09:00")
        let session = try InteractiveProcess(binary.url, ["mock", "--full", "--workspace", home.appendingPathComponent("ws").path],
                                             environment: environment)
        // 0:00 Introduction, 4 minutes of its 5.
        try session.expect("0:00 Introduction")
        try session.expect("> ")
        try setClock("09:04")
        answer(session, ["I lead a data platform team at a retailer and want to build at Amazon scale."])

        // 0:05 Coding: both reference solutions accepted, the second at 09:40, so 36 minutes of 30.
        for time in ["09:20", "09:40"] {
            let id = try nextItemID(session)
            try session.expect("end it with /end")
            try session.expect("> ")
            try setClock(time)
            for line in try solution(id) { session.send(line) }
            session.send("/end")
            try session.expect("Accepted")
        }

        // 0:35 AWS scenario: one full answer, one empty of substance at 10:12, past the 30 minutes, so the third
        // question is never asked.
        let strongID = try nextItemID(session)
        try session.expect("> ")
        try setClock("09:50")
        answer(session, [try coveringAnswer(for: strongID)])
        let weakID = try nextItemID(session)
        try session.expect("> ")
        try setClock("10:12")
        answer(session, ["I would have to look that up."])
        try session.expect("Time is up for this segment")

        // 1:05 System design: exactly its 30 minutes, which is not over.
        let scenarioID = try nextItemID(session)
        #expect(scenarioID.hasPrefix("sd-"))
        let fields = ["Ingest at the peak rate, keep a year, query in minutes.",
                      "Average events per second from events per day over 86,400, then the peak factor; shards from MB/s.",
                      "Kinesis Data Streams, Firehose to S3 in Parquet partitioned by date, Glue catalog, Athena.",
                      "Producers to the stream, the stream to Firehose, Firehose to the lake, the lake to queries.",
                      "Managed services over a cluster we run; cost grows with scanned data.",
                      "Throttling is retried with backoff; a dead-letter prefix keeps bad records for replay."]
        for (index, field) in fields.enumerated() {
            try session.expect("> ")
            if index == fields.count - 1 { try setClock("10:42") }
            answer(session, [field])
        }

        // 1:35 Behavioral: two STAR stories, 17 minutes.
        for story in 0..<2 {
            _ = try nextItemID(session)
            for (part, text) in ["Our nightly load missed its window.", "I owned the fix.",
                                 "I profiled the job and repartitioned the skewed join.", "It finished in 40 minutes."].enumerated() {
                try session.expect("> ")
                if story == 1 && part == 3 { try setClock("10:59") }
                answer(session, [text])
            }
        }

        // 1:55 Closing, 3 minutes; then a self-score per segment.
        try session.expect("> ")
        try setClock("11:02")
        answer(session, ["How do you measure data quality on this team?"])
        for score in ["3", "2", "4", "3", "1", "4"] {
            try session.expect("Score 1-4")
            session.send(score)
        }
        try session.expect("Mock saved")
        #expect(try session.finish() == 0, "\(session.standardError)")

        let report = try #require(try json(["mock", "show", "latest", "--json"]) as? [String: Any])
        #expect(report["format"] as? String == "full")
        #expect(report["ended_early"] as? Bool == false)
        let segments = try #require(report["segments"] as? [[String: Any]])
        #expect(segments.compactMap { $0["seconds_used"] as? Double } == [240, 2160, 1920, 1800, 1020, 180])
        #expect(segments.compactMap { $0["self_score"] as? Int } == [3, 2, 4, 3, 1, 4])

        let coding = try #require(segments[1]["items"] as? [[String: Any]])
        #expect(coding.map { $0["verdict"] as? String } == ["accepted", "accepted"])
        let aws = try #require(segments[2]["items"] as? [[String: Any]])
        #expect(aws.count == 3)
        #expect((aws[0]["missed_points"] as? [String])?.isEmpty == true)
        #expect((aws[0]["covered_points"] as? [String])?.isEmpty == false)
        #expect((aws[1]["covered_points"] as? [String])?.isEmpty == true)
        #expect(aws[2]["answered"] as? Bool == false)
        let design = try #require((segments[3]["items"] as? [[String: Any]])?.first)
        let rubricSize = ((design["covered_points"] as? [String])?.count ?? 0) + ((design["missed_points"] as? [String])?.count ?? 0)
        #expect((6...10).contains(rubricSize))

        // Pushed into the drill: the weak and unreached answers and both stories of the segment scored 1; never
        // the fully covered answer.
        let pushed = try #require(report["pushed_to_drill"] as? [String])
        #expect(pushed.contains(weakID))
        #expect(pushed.contains(try #require(aws[2]["item"] as? [String: Any])["id"] as! String))
        #expect(!pushed.contains(strongID))
        let behavioral = try #require(segments[4]["items"] as? [[String: Any]])
        for story in behavioral {
            #expect(pushed.contains(try #require(story["item"] as? [String: Any])["id"] as! String))
        }
        let today = try #require(try json(["today", "--json", "--now", "2026-12-04T11:03:00Z"]) as? [String: Any])
        #expect(today["due"] as? Int == pushed.count)

        // The Markdown report marks the two segments that ran over, and by how much.
        let id = try #require(report["id"] as? String)
        let markdown = try String(contentsOf: home.appendingPathComponent("mocks/\(id).md"), encoding: .utf8)
        #expect(markdown.contains("| 0:05 Coding: Python and SQL | 30:00 | 36:00 (over by 6:00) | 2 Partly there |"))
        #expect(markdown.contains("| 0:35 AWS scenario | 30:00 | 32:00 (over by 2:00) | 4 Strong hire |"))
        #expect(markdown.contains("| 1:05 System design | 30:00 | 30:00 | 3 Hire |"))
        #expect(markdown.contains("Not answered: the segment's time ran out"))

        let history = try #require(try json(["mock", "history", "--json"]) as? [[String: Any]])
        #expect(history.count == 1)
        let average = try #require(history.first?["average_score"] as? Double)
        #expect(abs(average - 17.0 / 6.0) < 0.001)
        #expect(history.first?["over_budget_segments"] as? [String] == ["Coding: Python and SQL", "AWS scenario"])
    }

    @Test("stopping part-way keeps what was done, marked as ended early")
    func stopEarly() throws {
        try setClock("09:00")
        let session = try InteractiveProcess(binary.url, ["mock", "--round", "behavioral"], environment: environment)
        try session.expect("> ")
        try setClock("09:03")
        answer(session, ["A data engineer who likes hard migrations."])
        _ = try nextItemID(session)
        try session.expect("> ")
        session.send("q")
        try session.expect("Mock saved")
        #expect(try session.finish() == 0)
        let report = try #require(try json(["mock", "show", "latest", "--json"]) as? [String: Any])
        #expect(report["ended_early"] as? Bool == true)
        let segments = try #require(report["segments"] as? [[String: Any]])
        #expect(segments.count == 2)
        #expect(segments[0]["seconds_used"] as? Double == 180)
        let stories = try #require(segments[1]["items"] as? [[String: Any]])
        #expect(stories.allSatisfy { $0["answered"] as? Bool == false })
    }

    @Test("mock needs a round or --full, and says which")
    func needsARound() throws {
        let output = try binary.run(["mock"], environment: environment)
        #expect(output.status != 0)
        #expect(output.stderr.contains("--round"))
        #expect(output.stderr.contains("--full"))
        let history = try binary.run(["mock", "history"], environment: environment)
        #expect(history.stdout.contains("No mocks yet"))
    }
}
