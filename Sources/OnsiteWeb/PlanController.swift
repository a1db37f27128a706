import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStorage

/// The study plan as a calendar, its iCalendar export, the final-week checklists and readiness, over the same
/// `PlanningDesk` the CLI uses, so the page and `onsite plan` always agree.
struct PlanController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let cache: PageCache

    var desk: PlanningDesk { dependencies.planning }

    struct PlanRequest: Codable {
        var interviewDate: String?
        var minutesPerDay: Int?
        var weekends: Bool?

        enum CodingKeys: String, CodingKey {
            case interviewDate = "interview_date", minutesPerDay = "minutes_per_day", weekends
        }
    }

    struct TickRequest: Codable {
        var ticked: Bool
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/plan") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                try await planPage(selected: request.uri.queryParameters.get("day").flatMap { CalendarDate(String($0)) })
            }
        }
        router.get("/plan.ics") { _, _ -> Response in
            let now = dependencies.clock()
            let evidence = try await desk.evidence(at: now)
            guard let plan = try await desk.currentPlan(evidence: evidence, at: now) else {
                throw HTTPError(.notFound, message: "There is no study plan yet. Make one on the plan page with your interview date.")
            }
            let text = PlanCalendarExport.ics(for: plan, from: desk.today(at: now), stamp: now)
            return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"onsite-plan.ics\""],
                            body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get("/api/plan") { _, _ -> SnakeCaseJSON<PlanJSON> in
            let now = dependencies.clock()
            let evidence = try await desk.evidence(at: now)
            guard let plan = try await desk.currentPlan(evidence: evidence, at: now) else {
                throw HTTPError(.notFound, message: #"There is no study plan yet. POST {"interview_date": "YYYY-MM-DD"} to make one."#)
            }
            return SnakeCaseJSON(PlanJSON(plan: plan, shown: plan.days, today: desk.today(at: now), evidence: evidence))
        }
        router.post("/api/plan") { request, _ -> SnakeCaseJSON<PlanJSON> in
            let body = try await request.body.collect(upTo: 4096)
            guard let asked = try? JSONDecoder().decode(PlanRequest.self, from: body) else {
                throw HTTPError(.badRequest, message: #"Send {"interview_date": "2027-03-01", "minutes_per_day": 60, "weekends": true}; each field is optional once a plan exists."#)
            }
            var date: CalendarDate?
            if let text = asked.interviewDate {
                guard let parsed = CalendarDate(text) else {
                    throw HTTPError(.badRequest, message: "The interview date must be a real date written YYYY-MM-DD (got \"\(text)\").")
                }
                date = parsed
            }
            if let minutes = asked.minutesPerDay, !PlanSettings.minutesRange.contains(minutes) {
                throw HTTPError(.badRequest, message: "Minutes per day must be \(PlanSettings.minutesRange.lowerBound) to \(PlanSettings.minutesRange.upperBound) (got \(minutes)).")
            }
            let now = dependencies.clock()
            let evidence = try await desk.evidence(at: now)
            let plan = try await desk.updatePlan(interviewDate: date, minutesPerDay: asked.minutesPerDay, weekends: asked.weekends,
                                                 evidence: evidence, at: now)
            let today = desk.today(at: now)
            return SnakeCaseJSON(PlanJSON(plan: plan, shown: plan.days.filter { $0.date >= today }.prefix(7).map { $0 },
                                          today: today, evidence: evidence))
        }
        router.get("/checklist") { request, _ -> HTMLPage in
            try await cache.page(for: request) { try await checklistPage() }
        }
        router.get("/api/checklist") { _, _ -> SnakeCaseJSON<[ChecklistStatus]> in
            let evidence = try await desk.evidence(at: dependencies.clock())
            return SnakeCaseJSON(try await desk.checklistStatuses(evidence: evidence))
        }
        router.post("/api/checklist/:id") { request, context -> SnakeCaseJSON<ChecklistStatus> in
            let id = try context.parameters.require("id")
            let body = try await request.body.collect(upTo: 1024)
            guard let tick = try? JSONDecoder().decode(TickRequest.self, from: body) else {
                throw HTTPError(.badRequest, message: #"Send {"ticked": true} or {"ticked": false}."#)
            }
            let now = dependencies.clock()
            let page = try desk.checklistPage()
            guard page.item(id: id.lowercased()) != nil else {
                throw HTTPError(.notFound, message: "There is no checklist item \(id). The checklist page lists them all.")
            }
            let item = try await desk.setTicked(id, tick.ticked, at: now)
            let evidence = try await desk.evidence(at: now)
            let statuses = try await desk.checklistStatuses(evidence: evidence)
            guard let status = statuses.first(where: { $0.id == item.id }) else { throw HTTPError(.internalServerError) }
            return SnakeCaseJSON(status)
        }
        router.get("/api/readiness") { request, _ -> SnakeCaseJSON<ReadinessReport> in
            let now = dependencies.clock()
            var date: CalendarDate?
            if let text = request.uri.queryParameters.get("date") {
                guard let parsed = CalendarDate(String(text)) else {
                    throw HTTPError(.badRequest, message: "date must be a real date written YYYY-MM-DD (got \"\(text)\").")
                }
                date = parsed
            }
            let evidence = try await desk.evidence(at: now)
            let planned = try await desk.currentPlan(evidence: evidence, at: now)?.settings.interviewDate
            return SnakeCaseJSON(desk.readiness(for: date ?? planned ?? desk.today(at: now), evidence: evidence))
        }
    }

    // MARK: Pages

    private func planPage(selected: CalendarDate?) async throws -> String {
        let now = dependencies.clock()
        let today = desk.today(at: now)
        let evidence = try await desk.evidence(at: now)
        guard let plan = try await desk.currentPlan(evidence: evidence, at: now) else {
            return pages.render("plan", title: "Study plan", csrfToken: session.csrfToken, values: [
                "hasPlan": false, "minutesPerDay": PlanSettings.defaultMinutesPerDay, "weekends": true,
                "minimumDate": today.adding(days: 1).description,
                "minutesMin": PlanSettings.minutesRange.lowerBound, "minutesMax": PlanSettings.minutesRange.upperBound,
            ])
        }
        let shown = selected.flatMap { plan.day($0) } ?? plan.day(today) ?? plan.days.first { $0.date >= today }
        let calendar = PlanCalendarView(plan: plan, today: today, selected: shown?.date, evidence: evidence)
        var values: [String: Any] = [
            "hasPlan": true,
            "interviewDate": plan.settings.interviewDate.description,
            "interviewLabel": plan.settings.interviewDate.shortLabel,
            "daysLeft": max(0, today.days(until: plan.settings.interviewDate)),
            "minutesPerDay": plan.settings.minutesPerDay, "weekends": plan.settings.weekends,
            "minimumDate": today.adding(days: 1).description,
            "minutesMin": PlanSettings.minutesRange.lowerBound, "minutesMax": PlanSettings.minutesRange.upperBound,
            "phases": calendar.phases, "months": calendar.months,
        ]
        if !plan.shortfall.isEmpty {
            values["shortfall"] = "Not everything fits: \(plan.shortfall.sqlChallenges) SQL and \(plan.shortfall.pythonChallenges) Python challenges are left over at \(plan.settings.minutesPerDay) minutes a day; \(plan.shortfall.minutesPerDayNeeded) minutes a day would fit them all."
        }
        if let replan = plan.replans.last {
            values["replan"] = "Re-planned on \(replan.on.shortLabel): \(replan.missedTasks) tasks from \(replan.from.shortLabel) to \(replan.through.shortLabel) were not done, so their items come first in the days ahead."
        }
        if let shown {
            values["day"] = [
                "label": shown.date.shortLabel, "isToday": shown.date == today, "focus": shown.focus,
                "minutes": shown.minutes, "rest": shown.tasks.isEmpty,
                "tasks": shown.tasks.map { task -> [String: Any] in
                    let done = evidence.isDone(task, plannedFor: shown.date)
                    return ["block": task.block.displayName, "title": task.title, "minutes": task.minutes,
                            "href": link(for: task) ?? "", "hasLink": link(for: task) != nil,
                            "mark": done == true ? "✓" : (done == false && shown.date < today ? "✗" : "·"),
                            "state": done == true ? "done" : (done == false && shown.date < today ? "missed" : "open"),
                            "stateLabel": done == true ? "done" : (done == false && shown.date < today ? "not done" : "to do")]
                },
            ]
        }
        return pages.render("plan", title: "Study plan", csrfToken: session.csrfToken, values: values)
    }

    /// Where on the web app a task is done: the challenge, question or scenario it names, or the mock page.
    private func link(for task: PlanTask) -> String? {
        if task.kind == .mock { return "/mock" }
        guard let first = task.itemIDs.first else { return nil }
        let catalog = dependencies.catalog
        if catalog.allChallenges.contains(where: { $0.id == first }) { return "/challenges/\(first)" }
        if catalog.question(id: first) != nil { return "/questions/\(first)" }
        if catalog.scenarios.contains(where: { $0.id == first }) { return "/scenarios/\(first)" }
        return nil
    }

    private func checklistPage() async throws -> String {
        let evidence = try await desk.evidence(at: dependencies.clock())
        let statuses = try await desk.checklistStatuses(evidence: evidence)
        var sections: [[String: Any]] = []
        for status in statuses {
            let item: [String: Any] = [
                "id": status.id, "text": status.text, "done": status.done, "computed": status.computed,
                "progress": progressText(status), "hasProgress": status.current != nil && status.target != nil,
                "current": status.current ?? 0, "target": max(1, status.target ?? 1),
                "command": status.command ?? "", "showCommand": !status.done && status.command != nil,
            ]
            if sections.last?["key"] as? String == status.section {
                var last = sections.removeLast()
                last["items"] = (last["items"] as? [[String: Any]] ?? []) + [item]
                sections.append(last)
            } else {
                sections.append(["key": status.section, "name": status.section.prefix(1).uppercased() + status.section.dropFirst(),
                                 "items": [item]])
            }
        }
        return pages.render("checklist", title: "Checklists", csrfToken: session.csrfToken, values: [
            "done": statuses.filter(\.done).count, "total": statuses.count, "sections": sections,
        ])
    }

    private func progressText(_ status: ChecklistStatus) -> String {
        guard let current = status.current, let target = status.target else { return "" }
        return status.id == "technical-8" ? "\(current) open" : "\(current) of \(target)"
    }
}

/// The plan laid out as month grids (Monday first) for the page, with each day's phase and how much of it is done.
struct PlanCalendarView {
    let plan: StudyPlan
    let today: CalendarDate
    let selected: CalendarDate?
    let evidence: PlanEvidence

    var phases: [[String: Any]] {
        let total = max(1, plan.days.count)
        return StudyPhase.allCases.compactMap { phase -> [String: Any]? in
            let days = plan.days.filter { $0.phase == phase }
            guard let first = days.first, let last = days.last else { return nil }
            return ["name": phase.displayName, "key": phase.rawValue, "days": days.count,
                    "from": first.date.shortLabel, "through": last.date.shortLabel,
                    "share": Int((Double(days.count) / Double(total) * 100).rounded()),
                    "current": first.date <= today && today <= last.date]
        }
    }

    var months: [[String: Any]] {
        guard let first = plan.days.first?.date else { return [] }
        let interview = plan.settings.interviewDate
        let byDate = Dictionary(plan.days.map { ($0.date, $0) }, uniquingKeysWith: { _, last in last })
        var months: [[String: Any]] = []
        var monthStart = CalendarDate(year: first.year, month: first.month, day: 1) ?? first
        while monthStart <= interview {
            var weeks: [[String: Any]] = []
            var week: [[String: Any]] = Array(repeating: ["blank": true], count: monthStart.weekday.mondayOffset)
            var date = monthStart
            while date.month == monthStart.month {
                week.append(cell(for: date, plan: byDate[date], interview: interview))
                if week.count == 7 {
                    weeks.append(["days": week])
                    week = []
                }
                date = date.adding(days: 1)
            }
            if !week.isEmpty {
                weeks.append(["days": week + Array(repeating: ["blank": true], count: 7 - week.count)])
            }
            months.append(["title": Self.monthTitle(monthStart), "weeks": weeks])
            monthStart = date
        }
        return months
    }

    private func cell(for date: CalendarDate, plan day: PlanDay?, interview: CalendarDate) -> [String: Any] {
        var classes = ["day"]
        var label = date.shortLabel
        var summary = ""
        if let day {
            classes.append("phase-\(day.phase.rawValue)")
            let tracked = day.tasks.filter(\.isTracked)
            let done = tracked.filter { evidence.isDone($0, plannedFor: date) == true }.count
            if day.tasks.isEmpty {
                summary = "rest"
                label += ", rest day"
            } else if tracked.isEmpty {
                // Guidance only (a mock to schedule, review): nothing Onsite can tick.
                summary = "\(day.tasks.count) to do"
                label += ", \(day.phase.displayName), \(day.tasks.count) tasks"
            } else {
                summary = "\(done)/\(tracked.count)"
                label += ", \(day.phase.displayName), \(done) of \(tracked.count) tasks done"
                if !tracked.isEmpty, done == tracked.count { classes.append("complete") }
                if date < today, done < tracked.count { classes.append("behind") }
            }
        }
        if date == interview {
            classes.append("interview")
            summary = "interview"
            label += ", interview day"
        }
        if date == today { classes.append("today") }
        if date == selected { classes.append("selected") }
        return ["blank": false, "number": date.day, "date": date.description, "classes": classes.joined(separator: " "),
                "summary": summary, "label": label, "link": day != nil, "isToday": date == today]
    }

    static func monthTitle(_ date: CalendarDate) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        return "\(names[date.month - 1]) \(date.year)"
    }
}

extension Weekday {
    /// Days since the Monday that starts the week.
    var mondayOffset: Int {
        switch self {
        case .monday: 0
        case .tuesday: 1
        case .wednesday: 2
        case .thursday: 3
        case .friday: 4
        case .saturday: 5
        case .sunday: 6
        }
    }
}
