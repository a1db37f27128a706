import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Each lint rule, proven to fire on a fixture that breaks exactly that rule, at the right file, line and field.
@Suite("Content lint")
struct LintRuleTests {
    func load(_ directory: TemporaryDirectory) -> ContentLoadResult {
        ContentLoader(root: directory.url, displayRelativeTo: directory.url).load()
    }

    @Test("the fixture tree is clean, so every problem below comes from the one change")
    func fixtureIsClean() throws {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        let result = load(directory)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.catalog.questions.map(\.id) == ["py-gil", "aws-s3-consistency"])
        #expect(result.catalog.principles.count == 16)
        #expect(result.catalog.question(id: "py-gil")?.followUps == ["Why do threads still help with network I/O?"])
    }

    struct Breakage: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var replace: String
        var with: String
        var expectedLine: Int
        var expectedField: String
        var messageContains: String
        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(name: "missing field", path: FixtureContent.pythonQuestionPath,
                 replace: "title: What is the GIL?\n", with: "",
                 expectedLine: 2, expectedField: "title", messageContains: "required field is missing"),
        Breakage(name: "bad difficulty", path: FixtureContent.pythonQuestionPath,
                 replace: "difficulty: medium", with: "difficulty: impossible",
                 expectedLine: 4, expectedField: "difficulty", messageContains: "'impossible' is not one of easy, medium, hard"),
        Breakage(name: "malformed YAML reported at its line", path: FixtureContent.pythonQuestionPath,
                 replace: "tags: [concurrency]", with: "tags: [concurrency",
                 expectedLine: 6, expectedField: "yaml", messageContains: "malformed YAML"),
        Breakage(name: "empty key points", path: FixtureContent.pythonQuestionPath,
                 replace: """
                     key_points:
                       - point: One thread runs bytecode at a time
                         match: ["one thread at a time", "mutex"]
                       - point: Use processes for CPU-bound work
                         match: ["multiprocessing", "processes"]
                     """, with: "key_points: []",
                 expectedLine: 8, expectedField: "key_points", messageContains: "needs 2 to 6 key points, it is empty"),
        Breakage(name: "key point without match phrasings", path: FixtureContent.pythonQuestionPath,
                 replace: "match: [\"multiprocessing\", \"processes\"]", with: "match: []",
                 expectedLine: 12, expectedField: "key_points.match", messageContains: "at least one phrasing"),
        Breakage(name: "unknown field", path: FixtureContent.pythonQuestionPath,
                 replace: "quickfire: true", with: "quickfire: true\ndificulty: hard",
                 expectedLine: 8, expectedField: "dificulty", messageContains: "did you mean 'difficulty'"),
        Breakage(name: "unknown round", path: FixtureContent.pythonQuestionPath,
                 replace: "round: [technical-1]", with: "round: [technical-3]",
                 expectedLine: 6, expectedField: "round", messageContains: "'technical-3' is not one of"),
        Breakage(name: "id without the track prefix", path: FixtureContent.pythonQuestionPath,
                 replace: "id: py-gil", with: "id: gil",
                 expectedLine: 2, expectedField: "id", messageContains: "must start with 'py-'"),
        Breakage(name: "quickfire that is not a bool", path: FixtureContent.pythonQuestionPath,
                 replace: "quickfire: true", with: "quickfire: often",
                 expectedLine: 7, expectedField: "quickfire", messageContains: "must be true or false"),
        Breakage(name: "missing answer", path: FixtureContent.pythonQuestionPath,
                 replace: "## Answer\n", with: "",
                 expectedLine: 14, expectedField: "body", messageContains: "missing '## Answer'"),
        Breakage(name: "unexpected section", path: FixtureContent.pythonQuestionPath,
                 replace: "## Follow-ups", with: "## Notes",
                 expectedLine: 19, expectedField: "body", messageContains: "unexpected section '## Notes'"),
        Breakage(name: "code block without a language", path: FixtureContent.pythonQuestionPath,
                 replace: "at a time.\n", with: "at a time.\n\n```\nprint(1)\n```\n",
                 expectedLine: 19, expectedField: "body", messageContains: "code block has no language"),
        Breakage(name: "code block in an unknown language", path: FixtureContent.pythonQuestionPath,
                 replace: "at a time.\n", with: "at a time.\n\n```ruby\nputs 1\n```\n",
                 expectedLine: 19, expectedField: "body", messageContains: "unknown language 'ruby'"),
        Breakage(name: "no topic tag of the track", path: FixtureContent.pythonQuestionPath,
                 replace: "tags: [concurrency]", with: "tags: [gil]",
                 expectedLine: 5, expectedField: "tags", messageContains: "needs one topic tag of the python track"),
        Breakage(name: "a tag listed twice", path: FixtureContent.pythonQuestionPath,
                 replace: "tags: [concurrency]", with: "tags: [concurrency, concurrency]",
                 expectedLine: 5, expectedField: "tags", messageContains: "'concurrency' is listed twice"),
        Breakage(name: "unclosed front matter", path: FixtureContent.pythonQuestionPath,
                 replace: "---\nExplain", with: "Explain",
                 expectedLine: 1, expectedField: "front-matter", messageContains: "never closed"),
        Breakage(name: "AWS item without sources", path: FixtureContent.awsQuestionPath,
                 replace: "sources:\n  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html\n", with: "",
                 expectedLine: 2, expectedField: "sources", messageContains: "must link the AWS documentation"),
        Breakage(name: "source that is not a URL", path: FixtureContent.awsQuestionPath,
                 replace: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html", with: "the S3 docs",
                 expectedLine: 13, expectedField: "sources", messageContains: "is not an http(s) URL"),
        Breakage(name: "AWS item without a DEA-C01 domain tag", path: FixtureContent.awsQuestionPath,
                 replace: "tags: [dea-store-management, s3]", with: "tags: [s3]",
                 expectedLine: 5, expectedField: "tags", messageContains: "exactly one DEA-C01 domain tag"),
        Breakage(name: "AWS item with two DEA-C01 domain tags", path: FixtureContent.awsQuestionPath,
                 replace: "tags: [dea-store-management, s3]", with: "tags: [dea-store-management, dea-security-governance, s3]",
                 expectedLine: 5, expectedField: "tags", messageContains: "found 2"),
        Breakage(name: "guide id that is not its file name", path: FixtureContent.guidePath,
                 replace: "id: process", with: "id: rounds",
                 expectedLine: 2, expectedField: "id", messageContains: "must equal the file name 'process'"),
        Breakage(name: "guide order that is not a number", path: FixtureContent.guidePath,
                 replace: "order: 1", with: "order: first",
                 expectedLine: 4, expectedField: "order", messageContains: "whole number"),
        Breakage(name: "principle with one question", path: FixtureContent.principlesPath,
                 replace: "    - Describe a decision where principle 3 mattered.\n", with: "",
                 expectedLine: 16, expectedField: "questions", messageContains: "at least two"),
        Breakage(name: "fifteen principles", path: FixtureContent.principlesPath,
                 replace: """
                     - id: principle-16
                       name: Principle 16
                       meaning: What principle 16 asks of an engineer.
                       questions:
                         - Tell me about a time you showed principle 16.
                         - Describe a decision where principle 16 mattered.
                     """, with: "",
                 expectedLine: 1, expectedField: "principles", messageContains: "found 15"),
    ]

    @Test("a broken rule is reported at its file, line and field", arguments: breakages)
    func ruleFires(_ breakage: Breakage) throws {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        let file = directory.url.appendingPathComponent(breakage.path)
        let original = try String(contentsOf: file, encoding: .utf8)
        #expect(original.contains(breakage.replace), "fixture no longer contains the text this case breaks")
        try directory.write(original.replacingOccurrences(of: breakage.replace, with: breakage.with), to: breakage.path)

        let problems = load(directory).problems
        let match = problems.first { $0.field == breakage.expectedField && $0.message.contains(breakage.messageContains) }
        let problem = try #require(match, "expected a '\(breakage.expectedField)' problem, got \(problems)")
        #expect(problem.file == breakage.path)
        #expect(problem.line == breakage.expectedLine, "\(problem)")
        #expect(problem.description == "\(breakage.path):\(breakage.expectedLine): \(breakage.expectedField): \(problem.message)")
    }

    @Test("a question folder that is not a track is reported for each file in it")
    func unknownTrack() throws {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        try directory.write(FixtureContent.pythonQuestion.replacingOccurrences(of: "py-gil", with: "py-gil-two"),
                            to: "questions/pyhton/gil-two.md")
        let problems = load(directory).problems
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("questions/pyhton/gil-two.md:1: track: unknown track 'pyhton' (did you mean 'python'?)") == true)
    }

    @Test("an id used twice is reported at the second use, naming the first")
    func duplicateID() throws {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        let copy = FixtureContent.pythonQuestion
            .replacingOccurrences(of: "What is the GIL?", with: "How do you read a CSV lazily?")
            .replacingOccurrences(of: "Explain the global interpreter lock in CPython.", with: "Stream a 50 GB file line by line.")
        try directory.write(copy, to: "questions/python/lazy-csv.md")
        let problems = load(directory).problems
        #expect(problems.map(\.description) == [
            "questions/python/lazy-csv.md:2: id: 'py-gil' is already used by questions/python/gil.md:2",
        ])
    }

    @Test("a missing content directory says how to point at one")
    func missingDirectory() throws {
        let directory = try TemporaryDirectory()
        let result = ContentLoader(root: directory.url.appendingPathComponent("nope"), displayRelativeTo: nil).load()
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.message.contains("--content-dir") == true)
    }

    @Test("a missing principles file is a problem")
    func missingPrinciples() throws {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        try directory.remove(FixtureContent.principlesPath)
        #expect(load(directory).problems.map(\.field) == ["principles"])
    }

    static func behavioralQuestion(principles: String) -> String {
        """
        ---
        id: bh-missed-deadline
        title: Tell me about a time you missed a deadline.
        difficulty: medium
        tags: [delivery]
        round: [behavioral]
        \(principles)
        key_points:
          - point: Owns the miss without blaming others
            match: ["my fault", "i owned"]
          - point: Says what changed afterwards
            match: ["since then", "now i"]
        ---
        What happened, and what did you learn?

        ## Answer
        A STAR outline: the situation, the commitment, what slipped, what you did, and the lasting change.
        """
    }

    @Test("a behavioral item naming an unknown principle is told the nearest id", arguments: [
        ("principles: [principle-3x]", "'principle-3x' is not an id in principles.yaml; did you mean 'principle-3'?"),
        ("principles: []", "name at least one Leadership Principle id"),
        ("principles: [principle-1, principle-2, principle-3, principle-4]", "names 4; keep to the main one"),
    ])
    func unknownPrinciple(line: String, message: String) throws {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        let path = "questions/behavioral/missed-deadline.md"
        try directory.write(Self.behavioralQuestion(principles: "principles: [principle-2]"), to: path)
        #expect(load(directory).problems.isEmpty, "the valid behavioral fixture must lint clean")

        try directory.write(Self.behavioralQuestion(principles: line), to: path)
        let problems = load(directory).problems
        let problem = try #require(problems.first { $0.field == "principles" }, "got \(problems)")
        #expect(problem.file == path)
        #expect(problem.line == 7)
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    @Test("a behavioral item without principles is told to add them")
    func missingPrinciplesField() throws {
        let directory = try TemporaryDirectory()
        try FixtureContent.write(into: directory)
        try directory.write(Self.behavioralQuestion(principles: "quickfire: false"), to: "questions/behavioral/missed-deadline.md")
        #expect(load(directory).problems.contains { $0.field == "principles" && $0.message.contains("required field is missing") })
    }
}
