import Foundation
import OnsiteCore
import OnsiteGrading
import OnsiteStorage

/// A mock interview in the terminal: each segment of the plan in turn, time-boxed against the clock, with every
/// answer checked as it is given (challenges by the judges, typed answers against key points); then the
/// candidate's self-scores, the items pushed into the drill, and the report. The report is saved after every
/// segment, so a mock cut short keeps what was done.
struct MockSession {
    let catalog: Catalog
    let plan: MockPlan
    let clock: @Sendable () -> Date
    let terminal: Terminal
    let workspace: URL
    let attempts: any AttemptStore
    let reviews: any ReviewStore
    let mocks: any MockStore
    var checker = MockAnswerChecker()
    let input = LineInput()

    /// Why a segment ended early.
    private enum Interruption: Error { case stopped }

    func run() async throws -> MockReport {
        var run = MockRun(plan: plan, startedAt: clock())
        let renderer = MarkdownTerminalRenderer(terminal: terminal)
        input.say(terminal.paint("Mock interview: \(plan.agenda.format.displayName)", .heading)
                  + " — \(plan.agenda.segments.count) segments, \(MockClock.format(Double(plan.agenda.totalMinutes * 60))).")
        input.say(renderer.render(plan.agenda.segments.map { "- \($0.startLabel) \($0.title) (\($0.minutes) min)" }.joined(separator: "\n")))
        input.say("End an answer with an empty line (code with a line holding only /end). /skip moves on; q stops the mock.\n")

        var announced = -1
        while let segment = run.currentSegment, let item = run.currentItem {
            if announced != run.segmentIndex {
                announced = run.segmentIndex
                input.say(terminal.paint("── \(segment.startLabel) \(segment.title) · \(segment.minutes) min ──", .subheading))
            }
            let closedBefore = run.closed.count
            let budget = Double(segment.minutes * 60)
            if run.closeIfOverdue(at: clock()) {
                input.say(terminal.paint("Time is up for this segment (\(MockClock.format(budget - run.secondsLeft(at: clock()))) "
                                         + "of \(MockClock.format(budget))); moving on.", .failure))
            } else {
                let used = budget - run.secondsLeft(at: clock())
                input.say(terminal.paint("[segment \(MockClock.format(used)) of \(MockClock.format(budget)) · interview "
                                         + "\(MockClock.format(clock().timeIntervalSince(run.startedAt)))"
                                         + (item.kind == .prompt ? "" : " · \(item.id)") + "]", .dim))
                do {
                    let result = try await ask(item, in: segment, segmentStart: run.segmentStartedAt, budget: budget)
                    run.record(result, at: clock())
                } catch Interruption.stopped {
                    run.stop(at: clock())
                }
            }
            if run.closed.count > closedBefore, let result = run.closed.last {
                if result.isOverBudget, !run.wasStopped, let unreached = result.items.last, !unreached.answered {
                    input.say(terminal.paint("Time is up for this segment; the rest of it is not reached.", .failure))
                }
                let line = "Segment done in \(MockClock.format(result.secondsUsed)) of \(MockClock.format(result.budgetSeconds))"
                input.say(result.isOverBudget
                          ? terminal.paint(line + ": over budget by \(MockClock.format(result.secondsUsed - result.budgetSeconds)).", .failure)
                          : terminal.paint(line + ".", .success))
                input.say("")
                try await mocks.save(run.report(at: clock()))
            }
        }
        var report = run.report(at: clock())
        if !run.wasStopped {
            report = try await selfScore(report)
        }
        report.pushedToDrill = report.itemsToDrill
        try await reviews.bringForward(report.pushedToDrill, to: clock())
        try await mocks.save(report)
        return report
    }

    private func ask(_ item: MockItem, in segment: MockSegment, segmentStart: Date, budget: Double) async throws -> MockItemResult {
        let renderer = MarkdownTerminalRenderer(terminal: terminal)
        switch item.kind {
        case .prompt:
            input.say(renderer.render("### \(item.title)"))
            input.say(segment.activity == .introduction
                      ? "Say it aloud as you would to the interviewer, then type the outline you used."
                      : "Type the questions you would ask the interviewers.")
            let answer = try text(input.readBlock())
            return MockItemResult(item: item, answered: answer != nil, answer: answer)
        case .question:
            guard let question = catalog.question(id: item.id) else { return MockItemResult(item: item, answered: false) }
            input.say(renderer.render("### \(question.title)\n\n\(question.prompt)"))
            if segment.activity == .behavioral {
                return try askSTAR(question, item: item)
            }
            guard let answer = try text(input.readBlock()) else { return MockItemResult(item: item, answered: false) }
            let result = checker.check(answer, for: item, against: question.keyPoints)
            showCoverage(result)
            return result
        case .scenario:
            guard let scenario = catalog.scenario(id: item.id) else { return MockItemResult(item: item, answered: false) }
            return try askDesign(scenario, item: item, renderer: renderer)
        case .challenge:
            guard let challenge = catalog.allChallenges.first(where: { $0.id == item.id }) else {
                return MockItemResult(item: item, answered: false)
            }
            return try await askChallenge(challenge, item: item, segmentStart: segmentStart, budget: budget)
        }
    }

    /// nil for /skip; throws on stop.
    private func text(_ reply: LineInput.Reply) throws -> String? {
        switch reply {
        case .text(let text): return text.isEmpty ? nil : text
        case .skip: return nil
        case .stop: throw Interruption.stopped
        }
    }

    private func askSTAR(_ question: Question, item: MockItem) throws -> MockItemResult {
        input.say("Answer in four parts; end each with an empty line.")
        var parts: [String] = []
        for name in STARAnswer.fieldNames {
            input.say(terminal.paint(name, .bold))
            switch input.readBlock() {
            case .text(let text): parts.append(text)
            case .skip:
                if parts.isEmpty { return MockItemResult(item: item, answered: false) }
                parts.append("")
            case .stop: throw Interruption.stopped
            }
        }
        let star = STARAnswer(situation: parts[0], task: parts[1], action: parts[2], result: parts[3])
        let result = checker.check(star, for: item, against: question.keyPoints)
        if !star.missingFields.isEmpty {
            input.say(terminal.paint("Left empty: \(star.missingFields.joined(separator: ", ")).", .failure))
        }
        showCoverage(result)
        return result
    }

    private func askDesign(_ scenario: Scenario, item: MockItem, renderer: MarkdownTerminalRenderer) throws -> MockItemResult {
        input.say(renderer.render("### \(scenario.title)\n\n\(scenario.prompt)"))
        input.say("Work through the template; end each part with an empty line. `onsite estimate --scenario \(scenario.id)` "
                  + "checks your arithmetic in another terminal.")
        var parts: [String] = []
        for name in DesignAnswer.fieldNames {
            input.say(terminal.paint(name, .bold))
            switch input.readBlock() {
            case .text(let text): parts.append(text)
            case .skip:
                if parts.isEmpty { return MockItemResult(item: item, answered: false) }
                parts.append("")
            case .stop: throw Interruption.stopped
            }
        }
        let design = DesignAnswer(fields: parts)
        let result = checker.check(design, for: item, against: scenario)
        if !design.missingFields.isEmpty {
            input.say(terminal.paint("Left empty: \(design.missingFields.joined(separator: ", ")).", .failure))
        }
        showCoverage(result)
        return result
    }

    private func askChallenge(_ challenge: AnyChallenge, item: MockItem, segmentStart: Date, budget: Double) async throws -> MockItemResult {
        let presenter = ChallengePresenter(terminal: terminal)
        switch challenge {
        case .sql(let sql): input.say(presenter.render(sql, sampleTables: SQLJudge().sampleTables(for: sql)))
        case .python(let python): input.say(presenter.render(python))
        }
        let file = workspace.appendingPathComponent(challenge.track).appendingPathComponent("\(challenge.id).\(challenge.fileExtension)")
        _ = try StarterFile.write(for: challenge, at: file)
        var result = MockItemResult(item: item, answered: false)
        while true {
            input.say("Type your \(challenge.track == "sql" ? "query" : "code") and end it with /end, or press Enter to submit \(file.path).")
            let reply: String
            switch input.readBlock(terminator: "/end") {
            case .stop: throw Interruption.stopped
            case .skip: return result
            case .text(let typed) where !typed.isEmpty: reply = typed
            case .text:
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    input.say("Cannot read \(file.path); type the code here instead.")
                    continue
                }
                reply = String(decoding: data, as: UTF8.self)
            }
            let report = grade(reply, for: challenge)
            result.answered = true
            result.answer = reply
            result.submissions += 1
            result.verdict = report.verdict
            result.verdictMessage = report.message
            try await attempts.record(Attempt(challengeID: challenge.id, engine: report.engine, verdict: report.verdict,
                                              submittedAt: clock(), milliseconds: report.cases.reduce(0) { $0 + $1.ms }, code: reply))
            input.say(VerdictPresenter(terminal: terminal).render(report, showOutput: false))
            if report.verdict == .accepted || clock().timeIntervalSince(segmentStart) >= budget { return result }
            input.say("Try again, or /skip to move on.")
        }
    }

    private func grade(_ code: String, for challenge: AnyChallenge) -> GradeReport {
        switch challenge {
        case .sql(let sql): SQLJudge().grade(code, for: sql, scope: .all)
        case .python(let python): PythonJudge(startup: .fresh).grade(code, for: python, scope: .all)
        }
    }

    private func showCoverage(_ result: MockItemResult) {
        let total = result.coveredPoints.count + result.missedPoints.count
        input.say(terminal.paint("Key points covered: \(result.coveredPoints.count) of \(total)", .subheading))
        for point in result.coveredPoints { input.say("  " + terminal.paint("✓", .success) + " \(point)") }
        for point in result.missedPoints { input.say("  " + terminal.paint("✗", .failure) + " \(point)") }
    }

    // MARK: End of the mock

    private func selfScore(_ report: MockReport) async throws -> MockReport {
        var report = report
        input.say(terminal.paint("Score yourself", .heading) + ": 1 to 4 for each segment, against the written criteria.")
        for index in report.segments.indices {
            let segment = report.segments[index]
            input.say("")
            input.say(terminal.paint("\(segment.segment.startLabel) \(segment.segment.title)", .subheading)
                      + " — used \(MockClock.format(segment.secondsUsed)) of \(MockClock.format(segment.budgetSeconds))"
                      + (segment.isOverBudget ? terminal.paint(" (over budget)", .failure) : ""))
            for level in MockRubric.levels(for: segment.segment.activity) {
                input.say("  \(level.score) \(level.name): \(level.criteria)")
            }
            while true {
                guard let line = input.readLine(prompt: "Score 1-4: ") else { return report }
                if let score = Int(line), (1...4).contains(score) {
                    report.segments[index].selfScore = score
                    break
                }
                if line.lowercased() == "q" { return report }
                input.say("Type a number from 1 to 4.")
            }
            try await mocks.save(report)
        }
        return report
    }
}
