import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteSQLite

/// `onsite search TEXT`: ranked full-text search over every item.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every question, guide page and principle, best match first.",
        discussion: """
            Words are matched with stemming ("partitions" finds "partitioning"); every word must appear, \
            and if nothing has them all, items with any of them are shown. Matches in titles rank higher.
            Example: onsite search window functions
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(parsing: .remaining, help: "What to look for.")
    var text: [String]

    @Option(help: "How many results at most.")
    var limit = 10

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func validate() throws {
        guard text.contains(where: { $0.contains(where: { $0.isLetter || $0.isNumber }) }) else {
            throw ValidationError("Give some words to search for, e.g. onsite search partition projection")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() async throws {
        let catalog = try AppEnvironment(global).loadCatalog()
        let index: FullTextIndex
        let hits: [SearchHit]
        do {
            index = try FullTextIndex(documents: catalog.searchDocuments)
            hits = try index.search(text.joined(separator: " "), limit: limit)
        } catch {
            throw OnsiteError(error)
        }
        if json {
            try JSONOutput.print(hits.map { hit in
                var plain = hit
                plain.snippet = hit.snippet.replacingOccurrences(of: SearchHit.highlightStart, with: "")
                    .replacingOccurrences(of: SearchHit.highlightEnd, with: "")
                return plain
            })
            return
        }
        guard !hits.isEmpty else {
            StandardError.write("Nothing matches '\(text.joined(separator: " "))'. Try fewer or other words.")
            return
        }
        let terminal = Terminal.current
        for (rank, hit) in hits.enumerated() {
            let kind = hit.kind.rawValue
            print("\(rank + 1). \(terminal.paint(hit.title, .bold))  \(terminal.paint("[\(kind): \(hit.id)]", .dim))")
            print("   " + highlight(hit.snippet, terminal: terminal))
        }
        StandardError.write("Open a question with `onsite questions show ID`, a guide page with `onsite guide ID`.")
    }

    private func highlight(_ snippet: String, terminal: Terminal) -> String {
        let (start, end) = terminal.styled ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("«", "»")
        return snippet.replacingOccurrences(of: SearchHit.highlightStart, with: start)
            .replacingOccurrences(of: SearchHit.highlightEnd, with: end)
    }
}
