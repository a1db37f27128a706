/// One thing wrong with a content file, located precisely enough to fix without searching.
public struct ContentProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path as the user should see it (relative to the working directory when possible).
    public var file: String
    /// 1-based line in the file.
    public var line: Int
    /// The front-matter field, or a pseudo-field such as `front-matter`, `body` or `id`.
    public var field: String
    public var message: String

    public init(file: String, line: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `path:line: field: message`, the shape editors and CI logs understand.
    public var description: String { "\(file):\(line): \(field): \(message)" }
}

/// Loading stopped or finished with problems; `problems` is never empty.
public struct ContentError: Error, Sendable, CustomStringConvertible {
    public var problems: [ContentProblem]

    public init(problems: [ContentProblem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
