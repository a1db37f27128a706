import Foundation
import Hummingbird
import Ink
import OnsiteCore
import OnsiteStorage

/// Mock interviews in the browser: the same plan, checks and report as `onsite mock`. A run lives in memory while
/// it is answered (`MockRunRegistry`); its report is saved after every segment, so a closed tab or a stopped
/// server keeps what was done.
struct MockController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let runs: MockRunRegistry
    var checker = MockAnswerChecker()

    struct StartRequest: Codable { var format: String }

    struct AnswerRequest: Codable {
        /// "answer" (the default), "skip" or "stop".
        var step: String?
        var answer: String?
        var situation: String?
        var task: String?
        var action: String?
        var result: String?
        var design: [String]?
        var code: String?
    }

    struct ScoreRequest: Codable { var scores: [Int] }

    /// Where the page goes next, and what the answer just given earned.
    struct Moved: Codable, Sendable {
        var id: String
        var url: String
        var feedback: MockFeedback?
    }

    struct HistoryRow: Codable, Sendable {
        var id: String
        var format: MockFormat
        var startedAt: Date
        var averageScore: Double?
        var secondsUsed: Double
        var budgetSeconds: Double
        var overBudgetSegments: [String]
        var endedEarly: Bool
    }

    struct History: Codable, Sendable {
        var count: Int
        var mocks: [HistoryRow]
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/mock") { _, _ -> HTMLPage in
            let reports = try await dependencies.mocks.reports()
            return HTMLPage(html: pages.render("mock", title: "Mock interviews", csrfToken: session.csrfToken, values: [
                "formats": MockFormat.allCases.map { format -> [String: Any] in
                    let agenda = MockAgenda.standard(format)
                    return ["value": format.rawValue, "name": format.displayName, "minutes": agenda.totalMinutes,
                            "segments": agenda.segments.map { "\($0.startLabel) \($0.title) (\($0.minutes) min)" }]
                },
                "hasHistory": !reports.isEmpty,
                "history": reports.reversed().map { report -> [String: Any] in
                    ["id": report.id, "format": report.format.displayName,
                     "score": report.averageScore.map { String(format: "%.1f", $0) } ?? "not scored",
                     "used": "\(MockClock.format(report.secondsUsed)) of \(MockClock.format(report.budgetSeconds))",
                     "over": report.segments.filter(\.isOverBudget).map(\.segment.title).joined(separator: ", ")]
                },
                "chart": MockTrendSVG.render(reports),
            ]))
        }
        router.post("/api/mocks") { request, _ -> SnakeCaseJSON<Moved> in
            let body = try await request.body.collect(upTo: 4096)
            guard let start = try? JSONDecoder().decode(StartRequest.self, from: body), let format = MockFormat(rawValue: start.format) else {
                throw HTTPError(.badRequest, message: "Send {\"format\": one of \(MockFormat.allCases.map(\.rawValue).joined(separator: ", "))}.")
            }
            let now = dependencies.clock()
            let evidence = try await MockEvidence.gather(reviews: dependencies.reviews, attempts: dependencies.attempts,
                                                         mocks: dependencies.mocks)
            let plan = MockPlanner(catalog: dependencies.catalog).plan(format, evidence: evidence, now: now)
            let id = await runs.start(MockRun(plan: plan, startedAt: now))
            return SnakeCaseJSON(value: Moved(id: id, url: "/mock/run/\(id)"))
        }
        router.get("/mock/run/:id") { _, context -> HTMLPage in
            let id = try context.parameters.require("id")
            guard var entry = await runs.entry(id) else { throw Self.noRun(id) }
            if entry.run.closeIfOverdue(at: dependencies.clock()) {
                entry.pendingChallenge = nil
                await runs.update(id, entry)
                try await dependencies.mocks.save(entry.run.report(at: dependencies.clock()))
            }
            return HTMLPage(html: pages.render("mock-run", title: "Mock interview", csrfToken: session.csrfToken,
                                               values: runPage(entry)))
        }
        router.post("/api/mocks/runs/:id/answer") { request, context -> SnakeCaseJSON<Moved> in
            let id = try context.parameters.require("id")
            let body = try await request.body.collect(upTo: 128 * 1024)
            guard let answer = try? JSONDecoder().decode(AnswerRequest.self, from: body) else {
                throw HTTPError(.badRequest, message: "Send {\"answer\": \"…\"}, the STAR fields, {\"design\": [six parts]} or {\"code\": \"…\"}, or {\"step\": \"skip\"}.")
            }
            return SnakeCaseJSON(value: try await self.answer(answer, run: id))
        }
        router.post("/api/mocks/runs/:id/score") { request, context -> SnakeCaseJSON<Moved> in
            let id = try context.parameters.require("id")
            let body = try await request.body.collect(upTo: 4096)
            guard let score = try? JSONDecoder().decode(ScoreRequest.self, from: body),
                  score.scores.allSatisfy({ (1...4).contains($0) }) else {
                throw HTTPError(.badRequest, message: "Send {\"scores\": [1-4 for each segment, in order]}.")
            }
            guard let entry = await runs.entry(id) else { throw Self.noRun(id) }
            guard !entry.run.isAnswering else {
                throw HTTPError(.conflict, message: "This mock still has segments to answer; finish or stop it first.")
            }
            let now = dependencies.clock()
            let report = entry.run.report(scores: score.scores, at: now)
            try await dependencies.reviews.bringForward(report.pushedToDrill, to: now)
            try await dependencies.mocks.save(report)
            await runs.finish(id)
            return SnakeCaseJSON(value: Moved(id: report.id, url: "/mock/reports/\(report.id)"))
        }
        router.get("/mock/reports/:id") { _, context -> HTMLPage in
            let report = try await report(context)
            return HTMLPage(html: pages.render("mock-report", title: "Mock report", csrfToken: session.csrfToken, values: [
                "id": report.id,
                "html": MarkdownParser().html(from: MockReportMarkdown.render(report)),
            ]))
        }
        router.get("/mock/reports/:id/report.md") { _, context -> Response in
            let report = try await report(context)
            return Response(status: .ok, headers: [.contentType: "text/markdown; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"mock-\(report.id).md\""],
                            body: .init(byteBuffer: ByteBuffer(string: MockReportMarkdown.render(report))))
        }
        router.get("/api/mocks") { _, _ -> SnakeCaseJSON<History> in
            let rows = try await dependencies.mocks.reports().map {
                HistoryRow(id: $0.id, format: $0.format, startedAt: $0.startedAt, averageScore: $0.averageScore,
                           secondsUsed: $0.secondsUsed, budgetSeconds: $0.budgetSeconds,
                           overBudgetSegments: $0.segments.filter(\.isOverBudget).map(\.segment.title), endedEarly: $0.endedEarly)
            }
            return SnakeCaseJSON(value: History(count: rows.count, mocks: rows))
        }
        router.get("/api/mocks/:id") { _, context -> SnakeCaseJSON<MockReport> in
            SnakeCaseJSON(value: try await report(context))
        }
    }

    private static func noRun(_ id: String) -> HTTPError {
        HTTPError(.notFound, message: "There is no mock in progress with id \(id); start one at /mock (finished ones are under /mock/reports/\(id)).")
    }

    private func report(_ context: some RequestContext) async throws -> MockReport {
        let id = try context.parameters.require("id")
        guard let report = try await dependencies.mocks.report(id: id) else {
            throw HTTPError(.notFound, message: "There is no mock report \(id); /mock lists them.")
        }
        return report
    }

    // MARK: Answering

    private func answer(_ request: AnswerRequest, run id: String) async throws -> Moved {
        guard var entry = await runs.entry(id) else { throw Self.noRun(id) }
        let now = dependencies.clock()
        let segmentsBefore = entry.run.closed.count
        if entry.run.closeIfOverdue(at: now) {
            // Time ran out while the candidate was typing: the answer arrives too late to count.
            entry.pendingChallenge = nil
            entry.feedback = MockFeedback(title: "Time was up", note: "The segment's time ran out before this answer arrived; it moved on.")
        } else if let item = entry.run.currentItem, let segment = entry.run.currentSegment {
            switch request.step ?? "answer" {
            case "stop":
                if let pending = entry.pendingChallenge { entry.run.record(pending, at: now) }
                entry.pendingChallenge = nil
                entry.run.stop(at: now)
                entry.feedback = nil
            case "skip":
                entry.run.record(entry.pendingChallenge ?? MockItemResult(item: item, answered: false), at: now)
                entry.pendingChallenge = nil
                entry.feedback = nil
            case "answer":
                try await answer(request, item: item, segment: segment, entry: &entry, at: now)
            default:
                throw HTTPError(.badRequest, message: "step must be answer, skip or stop.")
            }
        }
        await runs.update(id, entry)
        if entry.run.closed.count != segmentsBefore || !entry.run.isAnswering {
            try await dependencies.mocks.save(entry.run.report(at: now))
        }
        return Moved(id: id, url: "/mock/run/\(id)", feedback: entry.feedback)
    }

    private func answer(_ request: AnswerRequest, item: MockItem, segment: MockSegment, entry: inout MockRunRegistry.Entry,
                        at now: Date) async throws {
        let catalog = dependencies.catalog
        var result: MockItemResult
        switch item.kind {
        case .prompt:
            let text = request.answer?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            result = MockItemResult(item: item, answered: !text.isEmpty, answer: text.isEmpty ? nil : text)
        case .question:
            guard let question = catalog.question(id: item.id) else { throw HTTPError(.notFound) }
            if segment.activity == .behavioral {
                let star = STARAnswer(situation: request.situation ?? "", task: request.task ?? "",
                                      action: request.action ?? "", result: request.result ?? "")
                result = checker.check(star, for: item, against: question.keyPoints)
                result.answered = star.missingFields.count < 4
            } else {
                let text = request.answer ?? ""
                result = checker.check(text, for: item, against: question.keyPoints)
                result.answered = !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }
        case .scenario:
            guard let scenario = catalog.scenario(id: item.id) else { throw HTTPError(.notFound) }
            let design = DesignAnswer(fields: Array((request.design ?? []).prefix(DesignAnswer.fieldNames.count)))
            result = checker.check(design, for: item, against: scenario)
            result.answered = design.missingFields.count < DesignAnswer.fieldNames.count
        case .challenge:
            guard let challenge = catalog.allChallenges.first(where: { $0.id == item.id }) else { throw HTTPError(.notFound) }
            let code = request.code ?? ""
            guard !code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw HTTPError(.badRequest, message: "Write your code first, or skip this challenge.")
            }
            let report = await dependencies.grader.grade(code, for: challenge, allCases: true)
            try await dependencies.attempts.record(Attempt(challengeID: challenge.id, engine: report.engine, verdict: report.verdict,
                                                           submittedAt: now, milliseconds: report.cases.reduce(0) { $0 + $1.ms }, code: code))
            var pending = entry.pendingChallenge ?? MockItemResult(item: item, answered: true)
            pending.answered = true
            pending.answer = code
            pending.submissions += 1
            pending.verdict = report.verdict
            pending.verdictMessage = report.message
            entry.feedback = MockFeedback(result: pending)
            // A wrong answer can be tried again while the segment has time, as in the room.
            if report.verdict != .accepted && entry.run.secondsLeft(at: now) > 0 {
                entry.pendingChallenge = pending
                return
            }
            entry.pendingChallenge = nil
            entry.run.record(pending, at: now)
            return
        }
        entry.feedback = MockFeedback(result: result)
        entry.run.record(result, at: now)
    }

    // MARK: The run page

    private func runPage(_ entry: MockRunRegistry.Entry) -> [String: Any] {
        let run = entry.run
        var values: [String: Any] = ["runID": run.id, "format": run.plan.agenda.format.displayName]
        if let feedback = entry.feedback {
            var shown: [String: Any] = ["title": feedback.title, "covered": feedback.covered, "missed": feedback.missed,
                                        "hasPoints": !(feedback.covered.isEmpty && feedback.missed.isEmpty)]
            if let note = feedback.note, !note.isEmpty { shown["note"] = note }
            if let verdict = feedback.verdict { shown["verdict"] = verdict }
            values["feedback"] = shown
        }
        guard let segment = run.currentSegment, let item = run.currentItem else {
            values["scoring"] = true
            values["segments"] = run.closed.enumerated().map { index, result -> [String: Any] in
                ["index": index, "title": result.segment.title, "start": result.segment.startLabel,
                 "used": MockClock.format(result.secondsUsed), "budget": MockClock.format(result.budgetSeconds),
                 "over": result.isOverBudget,
                 "levels": MockRubric.levels(for: result.segment.activity).map {
                     ["score": $0.score, "name": $0.name, "criteria": $0.criteria, "index": index]
                 }]
            }
            return values
        }
        let markdown = MarkdownParser()
        let itemNumber = run.itemIndex + 1
        values["answering"] = true
        values["segment"] = ["title": segment.title, "start": segment.startLabel, "minutes": segment.minutes,
                             "startedMs": Int(run.segmentStartedAt.timeIntervalSince1970 * 1000),
                             "budgetSeconds": segment.minutes * 60,
                             "item": itemNumber, "items": run.plan.items[run.segmentIndex].count]
        values["nowMs"] = Int(dependencies.clock().timeIntervalSince1970 * 1000)
        values["agenda"] = run.plan.agenda.segments.enumerated().map { index, step -> [String: Any] in
            ["label": "\(step.startLabel) \(step.title)", "current": index == run.segmentIndex, "done": index < run.segmentIndex]
        }
        var itemValues: [String: Any] = ["id": item.id, "title": item.title, "kind": item.kind.rawValue]
        switch item.kind {
        case .prompt:
            itemValues["isPrompt"] = true
        case .question:
            let question = dependencies.catalog.question(id: item.id)
            itemValues["prompt"] = markdown.html(from: question?.prompt ?? "")
            if segment.activity == .behavioral {
                itemValues["isBehavioral"] = true
                itemValues["star"] = STARAnswer.fieldNames.map { ["name": $0, "field": $0.lowercased()] }
            } else {
                itemValues["isQuestion"] = true
            }
        case .scenario:
            let scenario = dependencies.catalog.scenario(id: item.id)
            itemValues["isScenario"] = true
            itemValues["prompt"] = markdown.html(from: scenario?.prompt ?? "")
            itemValues["design"] = DesignAnswer.fieldNames.enumerated().map { ["name": $1, "index": $0] }
        case .challenge:
            itemValues["isChallenge"] = true
            switch dependencies.catalog.allChallenges.first(where: { $0.id == item.id }) {
            case .sql(let sql):
                itemValues["prompt"] = markdown.html(from: sql.prompt)
                itemValues["contract"] = sql.contract.summary
                itemValues["hasContract"] = true
                itemValues["starter"] = ""
            case .python(let python):
                itemValues["prompt"] = markdown.html(from: python.prompt)
                itemValues["starter"] = python.starter
            case nil:
                break
            }
            itemValues["attempts"] = entry.pendingChallenge?.submissions ?? 0
        }
        values["item"] = itemValues
        return values
    }
}

/// What the page shows about the answer just given.
struct MockFeedback: Codable, Sendable {
    var title: String
    var note: String?
    var verdict: String?
    var covered: [String] = []
    var missed: [String] = []

    init(title: String, note: String?) {
        self.title = title
        self.note = note
    }

    init(result: MockItemResult) {
        title = result.item.title
        verdict = result.verdict?.displayName
        note = result.verdict == nil ? nil : result.verdictMessage
        covered = result.coveredPoints
        missed = result.missedPoints
        if result.verdict == nil, !result.answered { note = "Nothing was written, so nothing was checked." }
        if result.item.kind == .prompt, result.answered { note = "Noted: you score it against the rubric at the end." }
    }
}

/// Mocks being answered, by id. In memory: a run is short, and each closed segment is already saved as a report.
actor MockRunRegistry {
    struct Entry: Sendable {
        var run: MockRun
        /// A challenge answered wrongly and still being retried.
        var pendingChallenge: MockItemResult?
        var feedback: MockFeedback?
    }

    private var entries: [String: Entry] = [:]

    func start(_ run: MockRun) -> String {
        entries[run.id] = Entry(run: run)
        return run.id
    }

    func entry(_ id: String) -> Entry? { entries[id] }

    func update(_ id: String, _ entry: Entry) { entries[id] = entry }

    func finish(_ id: String) { entries[id] = nil }
}

/// The history chart: each mock's average self-score as a point on a 1–4 scale, oldest on the left.
enum MockTrendSVG {
    static func render(_ reports: [MockReport]) -> String {
        let scored = reports.compactMap { report in report.averageScore.map { (report.id, $0) } }
        guard !scored.isEmpty else { return "" }
        let (width, height, left, top, bottom) = (640.0, 200.0, 40.0, 16.0, 28.0)
        let plotHeight = height - top - bottom
        let step = scored.count > 1 ? (width - left - 20) / Double(scored.count - 1) : 0
        func y(_ score: Double) -> Double { top + plotHeight * (4 - score) / 3 }
        var parts = ["<svg role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" class=\"chart\" aria-label=\"Average self-score per mock, 1 to 4\">"]
        for score in 1...4 {
            let line = y(Double(score))
            parts.append("<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(line)\" y2=\"\(line)\" stroke=\"#d0d5dd\"/>")
            parts.append("<text x=\"\(left - 8)\" y=\"\(line + 4)\" text-anchor=\"end\" font-size=\"12\">\(score)</text>")
        }
        let points = scored.enumerated().map { index, point in (left + 10 + step * Double(index), y(point.1)) }
        parts.append("<polyline fill=\"none\" stroke=\"#1f5fbf\" stroke-width=\"2\" points=\""
                     + points.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " ") + "\"/>")
        for (point, entry) in zip(points, scored) {
            parts.append(String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f5fbf\">", point.0, point.1)
                         + "<title>\(entry.0): \(String(format: "%.1f", entry.1))</title></circle>")
        }
        parts.append("</svg>")
        return parts.joined()
    }
}
