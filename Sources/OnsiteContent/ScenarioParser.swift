import Foundation
import OnsiteCore
import Yams

/// Turns one `content/scenarios/<slug>.md` file into a `Scenario`, or the problems that stop it. Besides the
/// fields, it lints the architecture as a graph, because the diagram is drawn from it: every arrow must join two
/// boxes that exist, data must flow one way (no cycles), and no box may float unconnected.
struct ScenarioParser {
    static let allowedFields = [
        "id", "title", "difficulty", "tags", "scale", "components", "edges", "key_points", "sources",
    ]
    static let scaleFields = ["events_per_day", "average_event_bytes", "peak_factor", "retention_days", "compression_ratio"]
    static let keyPointRange = 6...10
    static let componentRange = 3...16
    static let maxTitleLength = 160
    /// Longer labels overflow the diagram's boxes.
    static let maxComponentLabelLength = 28
    static let maxEdgeLabelLength = 24

    let file: String
    /// The file name without `.md`; the id must be `sd-<slug>`.
    let slug: String

    func parse(_ text: String) -> (scenario: Scenario?, problems: [ContentProblem]) {
        let document: FrontMatterDocument
        var fields: YAMLFields
        switch FrontMatterParsing.parse(text, file: file) {
        case .success(let parsed): (document, fields) = parsed
        case .failure(let problem): return (nil, [problem])
        }
        fields.rejectUnknownKeys(allowed: Self.allowedFields)

        let id = fields.requiredString("id")
        if let id, id != Track.systemDesign.idPrefix + slug {
            fields.report("id", "'\(id)' must be '\(Track.systemDesign.idPrefix)\(slug)', from the file name",
                          line: fields.line(ofKey: "id"))
        }
        let title = fields.requiredString("title")
        if let title, title.count > Self.maxTitleLength {
            fields.report("title", "is \(title.count) characters; keep it to \(Self.maxTitleLength) or fewer",
                          line: fields.line(ofKey: "title"))
        }
        let difficulty = fields.requiredDifficulty()
        let tags = parseTags(&fields)
        let scale = parseScale(&fields)
        let components = parseComponents(&fields)
        let edges = parseEdges(&fields)
        if let components, let edges { lintGraph(components: components, edges: edges, fields: &fields) }
        let keyPoints = KeyPointFields.parse(&fields, range: Self.keyPointRange, file: file)
        let sources = parseSources(&fields)

        var problems = fields.problems
        let body = MarkdownSections(body: document.body, firstLine: document.bodyFirstLine)
        let sections = parseBody(body, closingLine: document.bodyFirstLine - 1, problems: &problems)

        guard problems.isEmpty, let id, let title, let difficulty, let tags, let scale, let components, let edges,
              let keyPoints, let sections else {
            return (nil, problems)
        }
        let scenario = Scenario(id: id, title: title, difficulty: difficulty, tags: tags, scale: scale,
                                components: components, edges: edges.map(\.edge), keyPoints: keyPoints, sources: sources,
                                prompt: body.preamble, sections: sections)
        return (scenario, [])
    }

    private func parseTags(_ fields: inout YAMLFields) -> [String]? {
        guard let tags = fields.stringList("tags", required: true) else { return nil }
        if tags.isEmpty { fields.report("tags", "needs at least one tag", line: fields.line(ofKey: "tags")) }
        for tag in tags where !ContentID.isWellFormed(tag.value) {
            fields.report("tags", "'\(tag.value)' must be lowercase words joined by hyphens", line: tag.line)
        }
        return tags.map(\.value)
    }

    private func parseScale(_ fields: inout YAMLFields) -> ScenarioScale? {
        guard let node = fields.node("scale") else {
            fields.report("scale", "required field is missing; it holds \(Self.scaleFields.joined(separator: ", "))")
            return nil
        }
        guard case .mapping(let mapping) = node else {
            fields.report("scale", "must be a mapping of \(Self.scaleFields.joined(separator: ", "))", line: fields.line(of: node))
            return nil
        }
        var inner = YAMLFields(file: file, lineOffset: fields.lineOffset, mapping: mapping, fallbackLine: fields.line(of: node))
        inner.rejectUnknownKeys(allowed: Self.scaleFields)
        var values: [String: Double] = [:]
        for key in Self.scaleFields {
            guard let valueNode = inner.node(key) else {
                inner.report(key, "required field is missing")
                continue
            }
            guard let value = valueNode.float, value.isFinite else {
                inner.report(key, "must be a number, found '\(valueNode.string ?? YAMLFields.kind(of: valueNode))'",
                             line: inner.line(of: valueNode))
                continue
            }
            let minimum = key == "peak_factor" || key == "compression_ratio" ? 1.0 : .leastNonzeroMagnitude
            if value < minimum {
                inner.report(key, minimum == 1 ? "is a ratio of at least 1, found \(value)" : "must be above zero, found \(value)",
                             line: inner.line(of: valueNode))
                continue
            }
            values[key] = value
        }
        fields.problems += inner.problems.map { $0.prefixingField("scale") }
        guard let events = values["events_per_day"], let bytes = values["average_event_bytes"],
              let peak = values["peak_factor"], let retention = values["retention_days"],
              let compression = values["compression_ratio"] else { return nil }
        return ScenarioScale(eventsPerDay: events, averageEventBytes: bytes, peakFactor: peak, retentionDays: retention,
                             compressionRatio: compression)
    }

    private func parseComponents(_ fields: inout YAMLFields) -> [ArchitectureComponent]? {
        guard let entries = mappings("components", &fields) else { return nil }
        if !Self.componentRange.contains(entries.count) {
            fields.report("components", "needs \(Self.componentRange.lowerBound) to \(Self.componentRange.upperBound) boxes, found \(entries.count)",
                          line: fields.line(ofKey: "components"))
        }
        var components: [ArchitectureComponent] = []
        var seen: Set<String> = []
        for entry in entries {
            var inner = entry
            inner.rejectUnknownKeys(allowed: ["id", "label", "kind"])
            let id = inner.requiredString("id")
            if let id, !ContentID.isWellFormed(id) {
                inner.report("id", "'\(id)' must be lowercase letters, digits and single hyphens", line: inner.line(ofKey: "id"))
            } else if let id, !seen.insert(id).inserted {
                inner.report("id", "'\(id)' names two components", line: inner.line(ofKey: "id"))
            }
            let label = inner.requiredString("label")
            if let label, label.count > Self.maxComponentLabelLength {
                inner.report("label", "is \(label.count) characters; keep it to \(Self.maxComponentLabelLength) so it fits its box",
                             line: inner.line(ofKey: "label"))
            }
            var kind: ArchitectureComponent.Kind?
            if let raw = inner.requiredString("kind") {
                kind = ArchitectureComponent.Kind(rawValue: raw)
                if kind == nil {
                    let kinds = ArchitectureComponent.Kind.allCases.map(\.rawValue)
                    let hint = EditDistance.suggestion(for: raw, among: kinds).map { " (did you mean '\($0)'?)" } ?? ""
                    inner.report("kind", "'\(raw)' is not a component kind\(hint); kinds are \(kinds.joined(separator: ", "))",
                                 line: inner.line(ofKey: "kind"))
                }
            }
            fields.problems += inner.problems.map { $0.prefixingField("components") }
            if let id, let label, let kind { components.append(ArchitectureComponent(id: id, label: label, kind: kind)) }
        }
        return components
    }

    private func parseEdges(_ fields: inout YAMLFields) -> [(edge: ArchitectureEdge, line: Int)]? {
        guard let entries = mappings("edges", &fields) else { return nil }
        if entries.isEmpty { fields.report("edges", "needs at least one arrow of the data flow", line: fields.line(ofKey: "edges")) }
        var edges: [(edge: ArchitectureEdge, line: Int)] = []
        for entry in entries {
            var inner = entry
            inner.rejectUnknownKeys(allowed: ["from", "to", "label"])
            let from = inner.requiredString("from")
            let to = inner.requiredString("to")
            let label = inner.node("label").flatMap { inner.string($0, field: "label") }
            if let label, label.count > Self.maxEdgeLabelLength {
                inner.report("label", "is \(label.count) characters; keep arrow labels to \(Self.maxEdgeLabelLength)",
                             line: inner.line(ofKey: "label"))
            }
            fields.problems += inner.problems.map { $0.prefixingField("edges") }
            if let from, let to { edges.append((ArchitectureEdge(from: from, to: to, label: label), inner.mappingLine)) }
        }
        return edges
    }

    /// A list whose entries are mappings, each wrapped for field reads.
    private func mappings(_ key: String, _ fields: inout YAMLFields) -> [YAMLFields]? {
        guard let node = fields.node(key) else {
            fields.report(key, "required field is missing")
            return nil
        }
        guard case .sequence(let sequence) = node else {
            fields.report(key, "must be a list of mappings, found \(YAMLFields.kind(of: node))", line: fields.line(of: node))
            return nil
        }
        var entries: [YAMLFields] = []
        for element in sequence {
            guard case .mapping(let mapping) = element else {
                fields.report(key, "each entry must be a mapping, found \(YAMLFields.kind(of: element))", line: fields.line(of: element))
                continue
            }
            entries.append(YAMLFields(file: file, lineOffset: fields.lineOffset, mapping: mapping,
                                      fallbackLine: fields.line(of: element)))
        }
        return entries
    }

    private func lintGraph(components: [ArchitectureComponent], edges: [(edge: ArchitectureEdge, line: Int)],
                           fields: inout YAMLFields) {
        let ids = Set(components.map(\.id))
        var connected: Set<String> = []
        var valid: [ArchitectureEdge] = []
        for (edge, line) in edges {
            for end in [edge.from, edge.to] where !ids.contains(end) {
                let hint = EditDistance.suggestion(for: end, among: ids.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                fields.report("edges", "'\(end)' is not a component id\(hint)", line: line)
            }
            if edge.from == edge.to { fields.report("edges", "'\(edge.from)' points at itself", line: line) }
            guard ids.contains(edge.from), ids.contains(edge.to), edge.from != edge.to else { continue }
            connected.formUnion([edge.from, edge.to])
            valid.append(edge)
        }
        for component in components where !connected.contains(component.id) {
            fields.report("components", "'\(component.id)' has no arrow in or out; connect it or drop it",
                          line: fields.line(ofKey: "components"))
        }
        if let cycle = Self.cycle(in: valid, order: components.map(\.id)) {
            fields.report("edges", "data flows in a circle (\(cycle.joined(separator: " → "))); the diagram runs left to right, so point the feedback arrow forward",
                          line: fields.line(ofKey: "edges"))
        }
    }

    /// One cycle of the graph as a closed path, or nil when it is acyclic.
    static func cycle(in edges: [ArchitectureEdge], order: [String]) -> [String]? {
        var targets: [String: [String]] = [:]
        for edge in edges { targets[edge.from, default: []].append(edge.to) }
        var state: [String: Bool] = [:]  // false: on the current path; true: finished
        var path: [String] = []
        func visit(_ node: String) -> [String]? {
            state[node] = false
            path.append(node)
            for next in targets[node] ?? [] {
                if state[next] == false, let start = path.firstIndex(of: next) { return Array(path[start...]) + [next] }
                if state[next] == nil, let found = visit(next) { return found }
            }
            path.removeLast()
            state[node] = true
            return nil
        }
        for node in order where state[node] == nil {
            if let found = visit(node) { return found }
        }
        return nil
    }

    private func parseSources(_ fields: inout YAMLFields) -> [String] {
        let sources = fields.stringList("sources", required: true) ?? []
        for source in sources where !ContentID.isWebURL(source.value) {
            fields.report("sources", "'\(source.value)' is not an http(s) URL", line: source.line)
        }
        if sources.isEmpty, fields.node("sources") != nil {
            fields.report("sources", "link the AWS documentation behind the design's facts", line: fields.line(ofKey: "sources"))
        }
        return sources.map(\.value)
    }

    private func parseBody(_ body: MarkdownSections, closingLine: Int, problems: inout [ContentProblem]) -> [ScenarioSection]? {
        let expected = ScenarioSection.Kind.allCases
        if body.preamble.isEmpty {
            problems.append(ContentProblem(file: file, line: closingLine + 1, field: "body",
                                           message: "the prompt, as the interviewer says it, is missing before '## \(expected[0].heading)'"))
        }
        var sections: [ScenarioSection] = []
        var next = expected.startIndex
        for section in body.sections {
            guard let kind = expected.first(where: { $0.heading.lowercased() == section.heading.lowercased() }) else {
                let headings = expected.map { "'## \($0.heading)'" }.joined(separator: ", ")
                problems.append(ContentProblem(file: file, line: section.line, field: "body",
                                               message: "unexpected section '## \(section.heading)'; the sections are \(headings) (use ### inside them)"))
                continue
            }
            guard let position = expected.firstIndex(of: kind), position >= next else {
                problems.append(ContentProblem(file: file, line: section.line, field: "body",
                                               message: "'## \(kind.heading)' is out of order or repeated; the order is \(expected.map(\.heading).joined(separator: ", "))"))
                continue
            }
            next = position + 1
            if section.text.isEmpty {
                problems.append(ContentProblem(file: file, line: section.line, field: "body", message: "'## \(kind.heading)' is empty"))
            }
            sections.append(ScenarioSection(kind: kind, text: section.text))
        }
        problems += body.unrunnableCodeBlocks(file: file)
        let present = Set(sections.map(\.kind))
        let missing = expected.filter { !present.contains($0) }
        if !missing.isEmpty {
            problems.append(ContentProblem(file: file, line: closingLine + 1, field: "body",
                                           message: "missing \(missing.map { "'## \($0.heading)'" }.joined(separator: ", "))"))
            return nil
        }
        return sections
    }
}

extension ContentProblem {
    /// The problem of a nested field, named from its parent (`scale.peak_factor`).
    func prefixingField(_ parent: String) -> ContentProblem {
        var problem = self
        problem.field = "\(parent).\(field)"
        return problem
    }
}
