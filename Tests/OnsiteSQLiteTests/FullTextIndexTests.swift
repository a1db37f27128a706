import OnsiteCore
import OnsiteSQLite
import Testing

@Suite("Full-text search")
struct FullTextIndexTests {
    let index: FullTextIndex

    init() throws {
        index = try FullTextIndex(documents: [
            SearchDocument(id: "sql-where-vs-having", kind: .question, title: "WHERE vs HAVING",
                           body: "WHERE filters rows before grouping; HAVING filters groups after aggregation."),
            SearchDocument(id: "aws-athena-partitioning-cost", kind: .question, title: "Cutting Athena cost",
                           body: "Partitioning and columnar formats reduce the bytes Athena scans."),
            SearchDocument(id: "timeline", kind: .guide, title: "The 8-week timeline",
                           body: "Weeks 1-4 cover fundamentals such as grouping and joins; partitions come later."),
        ])
    }

    @Test("ranks a title match above a body match")
    func titleFirst() throws {
        let hits = try index.search("having")
        #expect(hits.first?.id == "sql-where-vs-having")
    }

    @Test("stems words: 'partitions' finds 'Partitioning'")
    func stemming() throws {
        let ids = try index.search("partitions").map(\.id)
        #expect(ids.contains("aws-athena-partitioning-cost"))
        #expect(ids.contains("timeline"))
    }

    @Test("highlights the matched words in the snippet")
    func snippet() throws {
        let hit = try #require(try index.search("athena scans").first)
        #expect(hit.id == "aws-athena-partitioning-cost")
        #expect(hit.snippet.contains(SearchHit.highlightStart + "Athena" + SearchHit.highlightEnd))
    }

    @Test("punctuation and FTS syntax in user text are searched as words, not parsed", arguments: [
        "WHERE vs HAVING?", "\"having", "having)", "NEAR(where having)", "where -having", "having*",
    ])
    func hostileQueries(_ text: String) throws {
        #expect(try index.search(text).first?.id == "sql-where-vs-having")
    }

    @Test("falls back to any word when no item has them all")
    func anyWordFallback() throws {
        let ids = try index.search("athena kubernetes").map(\.id)
        #expect(ids == ["aws-athena-partitioning-cost"])
    }

    @Test("text without words finds nothing")
    func empty() throws {
        #expect(try index.search("?!").isEmpty)
    }
}
