import Foundation
import Hummingbird
import OnsiteStorage

/// Turns every error into something a person or a script can act on: a friendly HTML page, or under `/api/` a
/// JSON problem document (RFC 9457). Never a stack trace.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    struct Problem: Codable {
        var type = "about:blank"
        var title: String
        var status: Int
        var detail: String
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let status: HTTPResponse.Status
            let detail: String
            if let error = error as? HTTPError {
                status = error.status
                detail = error.body ?? error.status.reasonPhrase
            } else if case .invalid(let message)? = error as? PlanningError {
                // A planning request that cannot be met as asked (no plan yet, a date in the past): its sentence.
                status = .badRequest
                // Capitalised as a sentence, unless it opens with an id such as "technical-1".
                let opensWithWord = message.prefix { $0 != " " }.allSatisfy(\.isLetter)
                detail = (opensWithWord ? message.prefix(1).uppercased() + message.dropFirst() : message) + "."
            } else if let error = error as? any HTTPResponseError {
                status = error.status
                detail = status.reasonPhrase
            } else {
                status = .internalServerError
                detail = "Something went wrong on our side. The server keeps running; try again."
                context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            }
            if request.uri.path.hasPrefix("/api/") {
                let problem = Problem(title: status.reasonPhrase, status: status.code, detail: detail)
                let data = (try? JSONEncoder().encode(problem)) ?? Data()
                return Response(status: status, headers: [.contentType: "application/problem+json"],
                                body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
            let html = pages.render("error", title: status.reasonPhrase, csrfToken: nil,
                                    values: ["status": status.code, "reason": status.reasonPhrase, "detail": detail])
            return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: html)))
        }
    }
}
