import Foundation

/// A small, valid content tree that tests copy and then break one rule at a time.
public enum FixtureContent {
    public static let pythonQuestionPath = "questions/python/gil.md"
    public static let awsQuestionPath = "questions/aws/s3-consistency.md"
    public static let guidePath = "guide/process.md"
    public static let principlesPath = "principles.yaml"

    public static let pythonQuestion = """
        ---
        id: py-gil
        title: What is the GIL?
        difficulty: medium
        tags: [concurrency]
        round: [technical-1]
        quickfire: true
        key_points:
          - point: One thread runs bytecode at a time
            match: ["one thread at a time", "mutex"]
          - point: Use processes for CPU-bound work
            match: ["multiprocessing", "processes"]
        ---
        Explain the global interpreter lock in CPython.

        ## Answer
        It is a mutex that lets one thread execute Python bytecode at a time.

        ## Follow-ups
        - Why do threads still help with network I/O?
        """

    public static let awsQuestion = """
        ---
        id: aws-s3-consistency
        title: How consistent are S3 reads after a write?
        difficulty: easy
        tags: [dea-store-management, s3]
        round: [technical-2]
        key_points:
          - point: Strong read-after-write consistency
            match: ["strong consistency", "read-after-write"]
          - point: Listing is consistent too
            match: ["list"]
        sources:
          - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html
        ---
        A pipeline writes an object and immediately reads it back. What does it see?

        ## Answer
        The new object: S3 is strongly consistent for reads after writes and for listings.
        """

    public static let guidePage = """
        ---
        id: process
        title: The interview process
        order: 1
        summary: Five rounds
        ---
        ## Rounds
        Phone screen, two technical rounds, system design, behavioral.
        """

    /// Sixteen well-formed principles (names are placeholders; the real file lives in content/).
    public static var principles: String {
        (1...16).map { index in
            """
            - id: principle-\(index)
              name: Principle \(index)
              meaning: What principle \(index) asks of an engineer.
              questions:
                - Tell me about a time you showed principle \(index).
                - Describe a decision where principle \(index) mattered.
            """
        }.joined(separator: "\n")
    }

    /// Writes the whole valid tree into `directory`.
    public static func write(into directory: TemporaryDirectory) throws {
        try directory.write(pythonQuestion, to: pythonQuestionPath)
        try directory.write(awsQuestion, to: awsQuestionPath)
        try directory.write(guidePage, to: guidePath)
        try directory.write(principles, to: principlesPath)
    }
}
