import Foundation
import Hummingbird
import Ink
import OnsiteCore

/// The preparation guide: the list of pages and each page rendered from its Markdown.
struct GuideController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession
    let cache: PageCache

    struct Entry: Codable {
        var id: String
        var title: String
        var summary: String
    }

    struct Index: Codable, ResponseEncodable {
        var pages: [Entry]
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/guide") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                pages.render("guide", title: "Guide", csrfToken: session.csrfToken, values: [
                    "pages": dependencies.catalog.guide.map { ["id": $0.id, "title": $0.title, "summary": $0.summary] },
                ])
            }
        }
        router.get("/guide/:id") { request, context -> HTMLPage in
            try await cache.page(for: request) {
                let page = try page(context)
                return pages.render("guide-page", title: page.title, csrfToken: session.csrfToken, values: [
                    "title": page.title, "body": MarkdownParser().html(from: page.body),
                ])
            }
        }
        router.get("/principles") { request, _ -> HTMLPage in
            try await cache.page(for: request) {
                pages.render("principles", title: "Leadership Principles", csrfToken: session.csrfToken, values: [
                    "principles": dependencies.catalog.principles.map {
                        ["id": $0.id, "name": $0.name, "meaning": $0.meaning, "questions": $0.questions] as [String: Any]
                    },
                ])
            }
        }
        router.get("/api/guide") { _, _ -> Index in
            Index(pages: dependencies.catalog.guide.map { Entry(id: $0.id, title: $0.title, summary: $0.summary) })
        }
    }

    private func page(_ context: some RequestContext) throws -> GuidePage {
        let id = try context.parameters.require("id")
        guard let page = dependencies.catalog.guide.first(where: { $0.id == id }) else {
            throw HTTPError(.notFound, message: "There is no guide page \(id). The guide lists them all.")
        }
        return page
    }
}
