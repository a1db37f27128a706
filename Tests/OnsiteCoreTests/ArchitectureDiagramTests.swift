import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OnsiteCore
import Testing

@Suite("Architecture diagram")
struct ArchitectureDiagramTests {
    static func component(_ id: String, _ kind: ArchitectureComponent.Kind = .process) -> ArchitectureComponent {
        ArchitectureComponent(id: id, label: id.uppercased(), kind: kind)
    }

    @Test("each box sits one column right of the furthest box feeding it")
    func longestPathColumns() {
        // a → b → c → d, and a shortcut a → d: d still goes right of c, so no arrow points left.
        let diagram = ArchitectureDiagram(
            components: ["a", "b", "c", "d"].map { Self.component($0) },
            edges: [.init(from: "a", to: "b"), .init(from: "b", to: "c"), .init(from: "c", to: "d"), .init(from: "a", to: "d")])
        let columns = Dictionary(uniqueKeysWithValues: diagram.placements.map { ($0.component.id, $0.column) })
        #expect(columns == ["a": 0, "b": 1, "c": 2, "d": 3])
    }

    @Test("boxes in a column are ordered by where their inputs sit, which keeps arrows uncrossed")
    func barycentreOrder() {
        // Sources top to bottom x, y; y feeds p and x feeds q. Declared p before q, but q belongs on top.
        let diagram = ArchitectureDiagram(
            components: [Self.component("x", .source), Self.component("y", .source), Self.component("p"), Self.component("q")],
            edges: [.init(from: "y", to: "p"), .init(from: "x", to: "q")])
        let rows = Dictionary(uniqueKeysWithValues: diagram.placements.map { ($0.component.id, $0.row) })
        #expect(rows["q"] == 0)
        #expect(rows["p"] == 1)
    }

    @Test("the SVG is well-formed, labels every box and arrow, and escapes text")
    func svg() throws {
        let diagram = ArchitectureDiagram(
            components: [ArchitectureComponent(id: "src", label: "Orders <OLTP> & co", kind: .source),
                         ArchitectureComponent(id: "s3", label: "S3 lake", kind: .store)],
            edges: [.init(from: "src", to: "s3", label: "CDC \"changes\"")])
        let svg = diagram.svg(title: "Orders to lake")
        #expect(svg.contains("Orders &lt;OLTP&gt; &amp; co"))
        #expect(svg.contains("CDC &quot;changes&quot;"))
        #expect(svg.contains("<title id=\"diagram-title\">Orders to lake</title>"))
        #expect(svg.contains("Orders &lt;OLTP&gt; &amp; co to S3 lake (CDC &quot;changes&quot;)"))
        #expect(svg.components(separatedBy: "marker-end=\"url(#arrow)\"").count == 2)
        // Foundation's XML parser accepts it: nothing unescaped or unclosed.
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(diagram.width == 2 * 20 + 2 * 190 + 140)
    }

    @Test("a cycle or a dangling edge does not hang or crash the layout")
    func robustToBadGraphs() {
        let diagram = ArchitectureDiagram(
            components: ["a", "b"].map { Self.component($0) },
            edges: [.init(from: "a", to: "b"), .init(from: "b", to: "a"), .init(from: "a", to: "ghost"), .init(from: "a", to: "a")])
        #expect(diagram.placements.count == 2)
        #expect(diagram.edges.count == 2)
    }
}
