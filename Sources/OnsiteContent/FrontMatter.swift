/// A Markdown file split into its YAML front matter and its body, remembering where each starts.
struct FrontMatterDocument {
    var yaml: String
    /// File line of the first YAML line (the line after the opening `---`).
    var yamlFirstLine: Int
    var body: String
    /// File line of the first body line.
    var bodyFirstLine: Int

    enum SplitError: Error {
        case missingOpening
        case missingClosing
    }

    init(text: String) throws(SplitError) {
        // Keep empty lines so that line numbers stay true to the file.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            throw .missingOpening
        }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces() == "---" }) else {
            throw .missingClosing
        }
        yaml = lines[1..<closing].joined(separator: "\n")
        yamlFirstLine = 2
        body = lines[(closing + 1)...].joined(separator: "\n")
        bodyFirstLine = closing + 2
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
