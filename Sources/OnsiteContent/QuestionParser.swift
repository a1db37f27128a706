import Foundation
import OnsiteCore
import Yams

/// Turns one `content/questions/<track>/<slug>.md` file into a `Question`, or the problems that stop it.
struct QuestionParser {
    static let allowedFields = [
        "id", "title", "difficulty", "tags", "round", "quickfire", "key_points", "sources", "principles",
    ]
    static let keyPointRange = 2...6
    static let maxTitleLength = 120

    let file: String
    let track: Track
    /// The ids in `principles.yaml`, which `principles:` must name.
    var principleIDs: Set<String> = []

    func parse(_ text: String) -> (question: Question?, problems: [ContentProblem]) {
        let document: FrontMatterDocument
        var fields: YAMLFields
        switch FrontMatterParsing.parse(text, file: file) {
        case .success(let parsed): (document, fields) = parsed
        case .failure(let problem): return (nil, [problem])
        }
        fields.rejectUnknownKeys(allowed: Self.allowedFields)

        let id = fields.requiredString("id")
        if let id { checkID(id, fields: &fields) }
        let title = fields.requiredString("title")
        if let title, title.count > Self.maxTitleLength {
            fields.report("title", "is \(title.count) characters; keep it to \(Self.maxTitleLength) or fewer",
                          line: fields.line(ofKey: "title"))
        }
        let difficulty = fields.requiredDifficulty()
        let tags = parseTags(&fields)
        if let tags, !track.topicTags.isEmpty, !tags.contains(where: track.topicTags.contains) {
            fields.report("tags", "needs one topic tag of the \(track.rawValue) track: \(track.topicTags.joined(separator: ", "))",
                          line: fields.line(ofKey: "tags"))
        }
        if let tags, track == .aws {
            let domains = AWSTaxonomy.domains.map(\.tag)
            let named = tags.filter(domains.contains)
            if named.count != 1 {
                fields.report("tags", "an AWS item carries exactly one DEA-C01 domain tag (\(domains.joined(separator: ", "))); found \(named.count)",
                              line: fields.line(ofKey: "tags"))
            }
        }
        let rounds = parseRounds(&fields)
        let quickfire = fields.optionalBool("quickfire", default: false)
        let keyPoints = KeyPointFields.parse(&fields, range: Self.keyPointRange, file: file)
        let sources = parseSources(&fields)
        let principles = parsePrinciples(&fields)

        let body = MarkdownSections(body: document.body, firstLine: document.bodyFirstLine)
        var problems = fields.problems
        let (answer, followUps) = parseBody(body, closingLine: document.bodyFirstLine - 1, problems: &problems)

        guard problems.isEmpty, let id, let title, let difficulty, let tags, let rounds, let keyPoints,
              let answer else {
            return (nil, problems)
        }
        let question = Question(
            id: id, track: track, title: title, difficulty: difficulty, tags: tags, rounds: rounds,
            quickfire: quickfire, keyPoints: keyPoints, sources: sources, prompt: body.preamble,
            answer: answer, followUps: followUps, principles: principles)
        return (question, [])
    }

    /// Behavioral items name the principles they probe (at most three, main first); other tracks may.
    private func parsePrinciples(_ fields: inout YAMLFields) -> [String] {
        let required = track == .behavioral
        guard let entries = fields.stringList("principles", required: required) else { return [] }
        let line = fields.line(ofKey: "principles")
        if required && entries.isEmpty { fields.report("principles", "name at least one Leadership Principle id", line: line) }
        if entries.count > 3 { fields.report("principles", "names \(entries.count); keep to the main one and at most two more", line: line) }
        var seen: Set<String> = []
        for entry in entries {
            if !principleIDs.contains(entry.value) {
                let hint = EditDistance.suggestion(for: entry.value, among: principleIDs.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                fields.report("principles", "'\(entry.value)' is not an id in principles.yaml\(hint)", line: entry.line)
            } else if !seen.insert(entry.value).inserted {
                fields.report("principles", "'\(entry.value)' is listed twice", line: entry.line)
            }
        }
        return entries.map(\.value)
    }

    private func checkID(_ id: String, fields: inout YAMLFields) {
        let line = fields.line(ofKey: "id")
        if !ContentID.isWellFormed(id) {
            fields.report("id", "'\(id)' must be lowercase letters, digits and single hyphens", line: line)
        } else if !id.hasPrefix(track.idPrefix) {
            fields.report("id", "'\(id)' must start with '\(track.idPrefix)' in the \(track.rawValue) track", line: line)
        }
    }

    private func parseTags(_ fields: inout YAMLFields) -> [String]? {
        guard let tags = fields.stringList("tags", required: true) else { return nil }
        if tags.isEmpty { fields.report("tags", "needs at least one tag", line: fields.line(ofKey: "tags")) }
        var seen: Set<String> = []
        for tag in tags {
            if !ContentID.isWellFormed(tag.value) {
                fields.report("tags", "'\(tag.value)' must be lowercase words joined by hyphens", line: tag.line)
            } else if !seen.insert(tag.value).inserted {
                fields.report("tags", "'\(tag.value)' is listed twice", line: tag.line)
            }
        }
        return tags.map(\.value)
    }

    private func parseRounds(_ fields: inout YAMLFields) -> [InterviewRound]? {
        guard let raw = fields.stringList("round", required: true) else { return nil }
        if raw.isEmpty { fields.report("round", "name at least one interview round", line: fields.line(ofKey: "round")) }
        var rounds: [InterviewRound] = []
        for entry in raw {
            if let round = InterviewRound(rawValue: entry.value) {
                rounds.append(round)
            } else {
                let allowed = InterviewRound.allCases.map(\.rawValue).joined(separator: ", ")
                fields.report("round", "'\(entry.value)' is not one of \(allowed)", line: entry.line)
            }
        }
        return rounds
    }

    private func parseSources(_ fields: inout YAMLFields) -> [String] {
        let sources = fields.stringList("sources", required: false) ?? []
        for source in sources where !ContentID.isWebURL(source.value) {
            fields.report("sources", "'\(source.value)' is not an http(s) URL", line: source.line)
        }
        if track == .aws, sources.isEmpty {
            fields.report("sources", "AWS items must link the AWS documentation that backs their facts",
                          line: fields.node("sources").map(fields.line(of:)) ?? fields.mappingLine)
        }
        return sources.map(\.value)
    }

    private func parseBody(
        _ body: MarkdownSections, closingLine: Int, problems: inout [ContentProblem]
    ) -> (answer: String?, followUps: [String]) {
        if body.preamble.isEmpty {
            problems.append(ContentProblem(file: file, line: closingLine + 1, field: "body",
                                           message: "the question text is missing before '## Answer'"))
        }
        var answer: String?
        var followUps: [String] = []
        for section in body.sections {
            switch section.heading.lowercased() {
            case "answer":
                if section.text.isEmpty {
                    problems.append(ContentProblem(file: file, line: section.line, field: "body",
                                                   message: "'## Answer' is empty"))
                }
                answer = section.text
            case "follow-ups", "follow ups", "followups":
                followUps = MarkdownSections.bulletItems(in: section.text)
                if followUps.isEmpty {
                    problems.append(ContentProblem(file: file, line: section.line, field: "body",
                                                   message: "'## Follow-ups' needs a bullet list ('- question')"))
                }
            default:
                problems.append(ContentProblem(
                    file: file, line: section.line, field: "body",
                    message: "unexpected section '## \(section.heading)'; only '## Answer' and '## Follow-ups' are allowed (use ### inside the answer)"))
            }
        }
        if answer == nil {
            problems.append(ContentProblem(file: file, line: closingLine + 1, field: "body",
                                           message: "missing '## Answer' section"))
        }
        problems += body.unrunnableCodeBlocks(file: file)
        return (answer, followUps)
    }
}

/// Rules for ids, tags and links shared by every kind of content.
enum ContentID {
    static func isWellFormed(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host else {
            return false
        }
        return (scheme == "https" || scheme == "http") && !host.isEmpty
    }
}

/// The steps every front-matter file shares: split the text, read the YAML as a mapping, wrap it for field reads.
enum FrontMatterParsing {
    static func parse(_ text: String, file: String) -> Result<(FrontMatterDocument, YAMLFields), ContentProblem> {
        split(text, file: file).flatMap { document in
            mapping(of: document, file: file).map { mapping in
                (document, YAMLFields(file: file, lineOffset: document.yamlFirstLine - 1, mapping: mapping, fallbackLine: 1))
            }
        }
    }

    static func split(_ text: String, file: String) -> Result<FrontMatterDocument, ContentProblem> {
        do {
            return .success(try FrontMatterDocument(text: text))
        } catch {
            let message = switch error {
            case .missingOpening: "the file must start with a '---' line, then YAML, then '---'"
            case .missingClosing: "the front matter opened here is never closed with a '---' line"
            }
            return .failure(ContentProblem(file: file, line: 1, field: "front-matter", message: message))
        }
    }

    static func mapping(of document: FrontMatterDocument, file: String) -> Result<Node.Mapping, ContentProblem> {
        switch YAMLDocument.compose(document.yaml, file: file, lineOffset: document.yamlFirstLine - 1) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let node):
            guard case .mapping(let mapping)? = node else {
                return .failure(ContentProblem(file: file, line: document.yamlFirstLine, field: "front-matter",
                                               message: "must be a YAML mapping of fields (key: value)"))
            }
            return .success(mapping)
        }
    }
}

/// Yams with its errors turned into located problems.
enum YAMLDocument {
    static func compose(_ yaml: String, file: String, lineOffset: Int) -> Result<Node?, ContentProblem> {
        do {
            return .success(try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            let (line, message) = describe(error)
            return .failure(ContentProblem(file: file, line: (line ?? 1) + lineOffset, field: "yaml", message: message))
        } catch {
            return .failure(ContentProblem(file: file, line: 1 + lineOffset, field: "yaml", message: "\(error)"))
        }
    }

    private static func describe(_ error: YamlError) -> (line: Int?, message: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let contextText = context.map { " \($0.text)" } ?? ""
            return (mark.line, "malformed YAML: \(problem)\(contextText)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicate key \(duplicates.joined(separator: ", ")) in the same mapping")
        case .reader(let problem, _, _, _):
            return (nil, "unreadable YAML: \(problem)")
        default:
            return (nil, "malformed YAML: \(error)")
        }
    }
}
