import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStorage

/// The STAR story bank: the list with each story's lint, the principles × stories coverage matrix, and an editor
/// that lints as the candidate types (the same `StoryLint` as `onsite stories lint`).
struct StoriesController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let cache: PageCache

    var desk: PlanningDesk { dependencies.planning }

    /// A story as the editor sends it.
    struct StoryRequest: Codable {
        var title: String?
        var situation: String?
        var task: String?
        var action: String?
        var result: String?
        var principles: [String]?
        var questions: [String]?

        func story(id: String, at date: Date) -> STARStory {
            func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            return STARStory(id: id, title: clean(title), situation: clean(situation), task: clean(task), action: clean(action),
                             result: clean(result), principles: principles ?? [],
                             questions: (questions ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                             updatedAt: date)
        }
    }

    /// What the lint says about a story, for the editor's live panel and the list.
    struct LintReport: Codable, Sendable {
        var passes: Bool
        var wordCount: Int
        var minutes: Double
        var problems: [StoryProblem]
    }

    struct SavedStory: Codable, Sendable {
        var story: STARStory
        var lint: LintReport
    }

    struct Deleted: Codable, Sendable {
        var id: String
        var deleted: Bool
    }

    /// Past this size a story is not a two-minute answer; refuse rather than store a pasted document.
    static let maximumBodyBytes = 64 * 1024

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/stories") { request, _ -> HTMLPage in
            try await cache.page(for: request) { try await listPage() }
        }
        router.get("/stories/new") { _, _ -> HTMLPage in
            HTMLPage(html: editorPage(nil))
        }
        router.get("/stories/:id") { _, context -> HTMLPage in
            let story = try await story(context)
            return HTMLPage(html: editorPage(story))
        }
        router.get("/api/stories") { _, _ -> SnakeCaseJSON<[SavedStory]> in
            let stories = try await desk.storyBank(at: dependencies.clock())
            return SnakeCaseJSON(stories.map { SavedStory(story: $0, lint: lint($0)) })
        }
        router.post("/api/stories/lint") { request, _ -> SnakeCaseJSON<LintReport> in
            let asked = try await decode(request)
            return SnakeCaseJSON(lint(asked.story(id: "draft", at: dependencies.clock())))
        }
        router.post("/api/stories") { request, _ -> SnakeCaseJSON<SavedStory> in
            let asked = try await decode(request)
            let now = dependencies.clock()
            let title = (asked.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty else { throw HTTPError(.badRequest, message: "Give the story a title before saving it.") }
            let existing = try await desk.storyBank(at: now)
            let story = asked.story(id: STARStory.uniqueID(for: title, among: existing), at: now)
            try await desk.stories.save(story)
            return SnakeCaseJSON(SavedStory(story: story, lint: lint(story)))
        }
        router.post("/api/stories/:id") { request, context -> SnakeCaseJSON<SavedStory> in
            let stored = try await story(context)
            var asked = try await decode(request)
            // Fields left out keep what is stored, so a script can change one section without resending the rest.
            if asked.title?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true { asked.title = stored.title }
            asked.situation = asked.situation ?? stored.situation
            asked.task = asked.task ?? stored.task
            asked.action = asked.action ?? stored.action
            asked.result = asked.result ?? stored.result
            asked.principles = asked.principles ?? stored.principles
            asked.questions = asked.questions ?? stored.questions
            var story = asked.story(id: stored.id, at: dependencies.clock())
            // Once edited, the sample is the candidate's own story and counts like any other.
            story.isSample = false
            try await desk.stories.save(story)
            return SnakeCaseJSON(SavedStory(story: story, lint: lint(story)))
        }
        router.post("/api/stories/:id/delete") { _, context -> SnakeCaseJSON<Deleted> in
            let story = try await story(context)
            let deleted = try await desk.stories.delete(id: story.id)
            return SnakeCaseJSON(Deleted(id: story.id, deleted: deleted))
        }
    }

    private func decode(_ request: Request) async throws -> StoryRequest {
        let body = try await request.body.collect(upTo: Self.maximumBodyBytes)
        guard let asked = try? JSONDecoder().decode(StoryRequest.self, from: body) else {
            throw HTTPError(.badRequest, message: #"Send {"title": "…", "situation": "…", "task": "…", "action": "…", "result": "…", "principles": ["ownership"], "questions": ["Tell me about a time…"]}."#)
        }
        return asked
    }

    private func story(_ context: some RequestContext) async throws -> STARStory {
        let id = try context.parameters.require("id")
        guard let story = try await desk.storyBank(at: dependencies.clock()).first(where: { $0.id == id }) else {
            throw HTTPError(.notFound, message: "There is no story \(id). The story bank lists them all.")
        }
        return story
    }

    private func lint(_ story: STARStory) -> LintReport {
        let problems = desk.lint.problems(in: story)
        return LintReport(passes: problems.isEmpty, wordCount: story.wordCount,
                          minutes: (story.speakingMinutes * 10).rounded() / 10, problems: problems)
    }

    // MARK: Pages

    private func listPage() async throws -> String {
        let stories = try await desk.storyBank(at: dependencies.clock())
        let coverage = StoryCoverage(stories: stories, principles: dependencies.catalog.principles, lint: desk.lint)
        let numbered = Array(stories.enumerated())
        return pages.render("stories", title: "STAR stories", csrfToken: session.csrfToken, values: [
            "summary": coverage.summary,
            "passing": coverage.passingCount, "target": StoryCoverage.storiesTarget,
            "gaps": coverage.gaps.count, "principleCount": coverage.rows.count,
            "hasStories": !stories.isEmpty,
            "stories": numbered.map { index, story -> [String: Any] in
                let report = lint(story)
                return ["number": index + 1, "id": story.id, "title": story.title, "sample": story.isSample,
                        "passes": report.passes, "minutes": String(format: "%.1f", report.minutes),
                        "problemCount": report.problems.count,
                        "problems": report.problems.map { ["field": $0.field, "message": $0.message] },
                        "principles": story.principles.joined(separator: ", ")]
            },
            "matrixColumns": numbered.map { index, story in ["number": index + 1, "title": story.title] },
            "matrix": coverage.rows.map { row -> [String: Any] in
                ["name": row.principle.name, "count": row.storyIDs.count, "gap": row.isGap,
                 "cells": stories.map { story -> [String: Any] in
                     let claims = story.principles.contains(row.principle.id)
                     let counts = coverage.passing.contains(story.id) && claims
                     return ["mark": counts ? "✓" : (claims ? "○" : ""),
                             "label": counts ? "counts" : (claims ? "claimed, but the story does not pass the lint or is the sample" : "not shown")]
                 }]
            },
        ])
    }

    private func editorPage(_ story: STARStory?) -> String {
        let chosen = Set(story?.principles ?? [])
        return pages.render("story-edit", title: story.map { "Edit: \($0.title)" } ?? "New story", csrfToken: session.csrfToken, values: [
            "isNew": story == nil, "id": story?.id ?? "", "sample": story?.isSample ?? false,
            "title": story?.title ?? "", "situation": story?.situation ?? "", "task": story?.task ?? "",
            "action": story?.action ?? "", "result": story?.result ?? "",
            "questions": (story?.questions ?? []).joined(separator: "\n"),
            "principles": dependencies.catalog.principles.map { ["id": $0.id, "name": $0.name, "checked": chosen.contains($0.id)] },
            "minMinutes": StoryLint.speakingMinutes.lowerBound, "maxMinutes": StoryLint.speakingMinutes.upperBound,
        ])
    }
}
