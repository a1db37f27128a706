import Foundation
import Hummingbird
import Ink
import OnsiteCore

/// System-design practice: the scenario list, a scenario with its diagram and worked sections, and the capacity
/// estimator as a page and an API.
struct ScenariosController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let cache: PageCache

    struct Row: Codable, Sendable {
        var id: String
        var title: String
        var difficulty: Difficulty
        var tags: [String]
        var scale: ScenarioScale
    }

    struct List: Codable, Sendable {
        var count: Int
        var scenarios: [Row]
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/scenarios") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                pages.render("scenarios", title: "System design", csrfToken: session.csrfToken, values: [
                    "count": catalog.scenarios.count,
                    "scenarios": catalog.scenarios.map { scenario -> [String: Any] in
                        ["id": scenario.id, "title": scenario.title, "difficulty": scenario.difficulty.rawValue,
                         "tags": scenario.tags.joined(separator: ", "), "scale": Self.scaleSummary(scenario.scale)]
                    },
                ])
            }
        }
        router.get("/scenarios/:id") { request, context -> HTMLPage in
            try await cache.page(for: request) {
                let scenario = try scenario(context)
                let markdown = MarkdownParser()
                return pages.render("scenario", title: scenario.title, csrfToken: session.csrfToken, values: [
                    "id": scenario.id, "title": scenario.title, "difficulty": scenario.difficulty.rawValue,
                    "tags": scenario.tags.joined(separator: ", "), "scale": Self.scaleSummary(scenario.scale),
                    "prompt": markdown.html(from: scenario.prompt),
                    // Drawn by our own code from content, with every text escaped; safe to inline.
                    "diagram": scenario.diagram.svg(title: scenario.title),
                    "sections": scenario.sections.map { ["heading": $0.heading, "html": markdown.html(from: $0.text)] },
                    "keyPoints": scenario.keyPoints.map(\.point), "sources": scenario.sources,
                ])
            }
        }
        router.get("/scenarios/:id/diagram.svg") { _, context -> Response in
            let scenario = try scenario(context)
            return Response(status: .ok, headers: [.contentType: "image/svg+xml; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: scenario.diagram.svg(title: scenario.title))))
        }
        router.get("/estimate") { request, _ -> HTMLPage in
            let form = EstimateForm(request.uri.queryParameters, catalog: catalog)
            var values: [String: Any] = ["form": form.fields, "scenarios": catalog.scenarios.map { scenario -> [String: Any] in
                ["id": scenario.id, "title": scenario.title, "selected": scenario.id == form.scenarioID]
            }]
            values["enhancedFanOut"] = form.enhancedFanOut
            if let limits = catalog.capacityLimits {
                values["checked"] = limits.checked
                values["sources"] = limits.sources.sorted { $0.key < $1.key }.map { ["topic": $0.key, "url": $0.value] }
                if form.submitted {
                    switch form.input(limits: limits) {
                    case .success(let input):
                        let estimate = CapacityEstimate(input, limits: limits)
                        values["steps"] = estimate.steps.enumerated().map { index, step in
                            ["number": index + 1, "name": step.name, "working": step.working, "result": step.result] as [String: Any]
                        }
                    case .failure(let problems):
                        values["problems"] = problems.messages
                    }
                }
            } else {
                values["problems"] = ["This content has no capacity.yaml, so there are no limits to estimate against."]
            }
            values["hasSteps"] = values["steps"] != nil
            values["hasProblems"] = values["problems"] != nil
            return HTMLPage(html: pages.render("estimate", title: "Capacity estimate", csrfToken: session.csrfToken, values: values))
        }
        router.get("/api/scenarios") { _, _ -> SnakeCaseJSON<List> in
            let rows = catalog.scenarios.map { Row(id: $0.id, title: $0.title, difficulty: $0.difficulty, tags: $0.tags, scale: $0.scale) }
            return SnakeCaseJSON(value: List(count: rows.count, scenarios: rows))
        }
        router.get("/api/scenarios/:id") { _, context -> SnakeCaseJSON<Scenario> in
            SnakeCaseJSON(value: try scenario(context))
        }
        router.get("/api/estimate") { request, _ -> SnakeCaseJSON<CapacityEstimate> in
            guard let limits = catalog.capacityLimits else {
                throw HTTPError(.notFound, message: "This content has no capacity.yaml, so there is nothing to estimate against.")
            }
            let form = EstimateForm(request.uri.queryParameters, catalog: catalog)
            switch form.input(limits: limits) {
            case .success(let input): return SnakeCaseJSON(value: CapacityEstimate(input, limits: limits))
            case .failure(let problems): throw HTTPError(.badRequest, message: problems.messages.joined(separator: "; "))
            }
        }
    }

    private var catalog: Catalog { dependencies.catalog }

    private func scenario(_ context: some RequestContext) throws -> Scenario {
        let id = try context.parameters.require("id")
        guard let scenario = catalog.scenario(id: id) else {
            throw HTTPError(.notFound, message: "There is no scenario \(id). The system-design page lists them all.")
        }
        return scenario
    }

    static func scaleSummary(_ scale: ScenarioScale) -> String {
        "\(CapacityEstimate.format(scale.eventsPerDay, digits: 0)) events/day × \(CapacityEstimate.format(scale.averageEventBytes, digits: 0)) B, "
            + "peak ×\(CapacityEstimate.format(scale.peakFactor, digits: 1)), kept \(CapacityEstimate.format(scale.retentionDays, digits: 0)) days"
    }
}

/// The estimator's query string (`?events_per_day=…&event_bytes=…`), shared by the page and the API; a
/// scenario's scale fills what the query leaves out.
struct EstimateForm {
    struct Problems: Error { var messages: [String] }

    static let numberFields = ["events_per_day", "event_bytes", "peak_factor", "retention_days", "compression",
                               "consumers", "buffer_mib", "buffer_seconds", "query_days", "column_share"]

    let scenarioID: String?
    let enhancedFanOut: Bool
    /// Raw values as typed, to refill the form.
    let fields: [String: String]
    let submitted: Bool
    private let scenarioScale: ScenarioScale?
    private let unknownScenario: Bool

    init(_ query: Hummingbird.Parameters, catalog: Catalog) {
        var fields: [String: String] = [:]
        for name in Self.numberFields {
            if let value = query.get(name), !value.trimmingCharacters(in: .whitespaces).isEmpty { fields[name] = String(value) }
        }
        let scenarioID = query.get("scenario").map { String($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let scenario = scenarioID.flatMap { catalog.scenario(id: $0) }
        self.scenarioID = scenarioID
        scenarioScale = scenario?.scale
        unknownScenario = scenarioID != nil && scenario == nil
        enhancedFanOut = query.get("enhanced_fan_out").map { ["on", "true", "1"].contains($0) } ?? false
        // A scenario's numbers fill the form, so choosing one shows its scale ready to change.
        if let scale = scenario?.scale {
            let defaults = ["events_per_day": scale.eventsPerDay, "event_bytes": scale.averageEventBytes,
                            "peak_factor": scale.peakFactor, "retention_days": scale.retentionDays,
                            "compression": scale.compressionRatio]
            for (name, value) in defaults where fields[name] == nil { fields[name] = Self.plain(value) }
        }
        self.fields = fields
        submitted = !fields.isEmpty || scenarioID != nil
    }

    func input(limits: CapacityLimits) -> Result<CapacityInput, Problems> {
        var problems: [String] = []
        if unknownScenario { problems.append("there is no scenario \(scenarioID ?? "")") }
        var numbers: [String: Double] = [:]
        for (name, raw) in fields {
            guard let value = Double(raw.replacingOccurrences(of: ",", with: "")), value.isFinite else {
                problems.append("\(name.replacingOccurrences(of: "_", with: " ")) must be a number, not '\(raw)'")
                continue
            }
            numbers[name] = value
        }
        guard let events = numbers["events_per_day"], let bytes = numbers["event_bytes"] else {
            problems.append("give events per day and the average event size in bytes, or choose a scenario")
            return .failure(Problems(messages: problems))
        }
        let scale = ScenarioScale(eventsPerDay: events, averageEventBytes: bytes,
                                  peakFactor: numbers["peak_factor"] ?? scenarioScale?.peakFactor ?? 1,
                                  retentionDays: numbers["retention_days"] ?? scenarioScale?.retentionDays ?? 365,
                                  compressionRatio: numbers["compression"] ?? scenarioScale?.compressionRatio ?? 1)
        let consumers = numbers["consumers"] ?? 1
        if consumers != consumers.rounded() { problems.append("consumers must be a whole number") }
        let input = CapacityInput(scale: scale, consumers: Int(max(min(consumers, 1_000), -1)), enhancedFanOut: enhancedFanOut,
                                  firehoseBufferMebibytes: numbers["buffer_mib"] ?? limits.firehoseBufferMiBDefault,
                                  firehoseIntervalSeconds: numbers["buffer_seconds"] ?? limits.firehoseIntervalSecondsDefault,
                                  queryDays: numbers["query_days"] ?? 1, queryColumnShare: numbers["column_share"] ?? 1)
        problems += input.problems(against: limits)
        return problems.isEmpty ? .success(input) : .failure(Problems(messages: problems))
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A JSON body with snake_case keys, for core types that have no coding keys of their own.
struct SnakeCaseJSON<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value

    init(value: Value) { self.value = value }
    init(_ value: Value) { self.value = value }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
