import Foundation
import Hummingbird
import Mustache

/// Server-rendered pages: Mustache templates under `Resources/templates`, each wrapped in `layout`. Values are
/// HTML-escaped by `{{ }}`; only content Markdown that Ink rendered goes through `{{{ }}}`.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> PageRenderer {
        guard let directory = Bundle.module.url(forResource: "templates", withExtension: nil) else {
            throw HTTPError(.internalServerError, message: "the web app's templates are missing from this build")
        }
        return PageRenderer(library: try await MustacheLibrary(directory: directory.path))
    }

    /// The page `name` inside the layout. `csrfToken` goes into a meta tag that the page's scripts send back.
    func render(_ name: String, title: String, csrfToken: String?, values: [String: Any]) -> String {
        let body = library.render(values, withTemplate: name) ?? ""
        var layout: [String: Any] = ["title": title, "body": body]
        if let csrfToken { layout["csrf"] = csrfToken }
        return library.render(layout, withTemplate: "layout") ?? body
    }
}

/// An HTML response.
struct HTMLPage: ResponseGenerator {
    var body: ByteBuffer

    init(html: String) { body = ByteBuffer(string: html) }
    init(body: ByteBuffer) { self.body = body }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: body))
    }
}

/// The stylesheet and script, from the module's resources; cached by the browser for an hour.
enum StaticAssets {
    static func addRoutes(to router: Router<some RequestContext>) {
        for (name, type) in [("site.css", "text/css; charset=utf-8"), ("site.js", "text/javascript; charset=utf-8")] {
            let data = Bundle.module.url(forResource: "static/\(name)", withExtension: nil).flatMap { try? Data(contentsOf: $0) }
            router.get("/static/\(name)") { _, _ -> Response in
                guard let data else { throw HTTPError(.notFound) }
                return Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"],
                                body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
    }
}
