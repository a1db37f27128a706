import Foundation
import OnsiteCore

/// Turns one `content/guide/<slug>.md` file into a `GuidePage`.
struct GuideParser {
    static let allowedFields = ["id", "title", "order", "summary"]

    let file: String
    /// The file name without `.md`; the id must equal it so `onsite guide <slug>` finds the page.
    let slug: String

    func parse(_ text: String) -> (page: GuidePage?, problems: [ContentProblem]) {
        let document: FrontMatterDocument
        var fields: YAMLFields
        switch FrontMatterParsing.parse(text, file: file) {
        case .success(let parsed): (document, fields) = parsed
        case .failure(let problem): return (nil, [problem])
        }
        fields.rejectUnknownKeys(allowed: Self.allowedFields)
        let id = fields.requiredString("id")
        if let id, id != slug {
            fields.report("id", "'\(id)' must equal the file name '\(slug)'", line: fields.line(ofKey: "id"))
        }
        let title = fields.requiredString("title")
        let order = fields.requiredInt("order")
        let summary = fields.requiredString("summary")
        let body = document.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty {
            fields.report("body", "the page has no text after its front matter", line: document.bodyFirstLine)
        }
        guard fields.problems.isEmpty, let id, let title, let order, let summary else { return (nil, fields.problems) }
        return (GuidePage(id: id, title: title, order: order, summary: summary, body: body), [])
    }
}
