import Foundation

/// A scenario's architecture drawn left to right, in the layered style of Sugiyama: each box sits in the column of
/// its longest path from a source, so data always flows rightwards; an arrow that skips columns gets a waypoint in
/// each column it crosses, so it runs in its own lane instead of behind the boxes; and the boxes and waypoints of
/// each column are ordered by where their neighbours sit, which keeps arrows short and mostly uncrossed.
public struct ArchitectureDiagram: Sendable {
    public struct Placement: Sendable, Equatable {
        public var component: ArchitectureComponent
        public var column: Int
        /// Slot from the top of the column (waypoints of long arrows take slots too).
        public var row: Int
    }

    public let components: [ArchitectureComponent]
    public let edges: [ArchitectureEdge]
    public let placements: [Placement]
    /// For each edge (same order as `edges`), the (column, row) slots of its waypoints, left to right.
    let waypoints: [[(column: Int, row: Int)]]
    /// Slots per column, boxes and waypoints together.
    let slots: [Int]

    static let boxWidth = 190.0, boxHeight = 46.0, columnGap = 140.0, rowGap = 24.0, margin = 20.0

    public init(components: [ArchitectureComponent], edges: [ArchitectureEdge]) {
        self.components = components
        let ids = Set(components.map(\.id))
        // Edges that name a missing box are dropped here; lint reports them.
        self.edges = edges.filter { ids.contains($0.from) && ids.contains($0.to) && $0.from != $0.to }
        let layout = Layout(components: components, edges: self.edges)
        placements = layout.placements
        waypoints = layout.waypoints
        slots = layout.slots
    }

    /// Column of each component: the longest chain of edges that reaches it. Edges that would close a cycle
    /// (lint rejects them in content) are ignored rather than looping.
    static func columns(_ components: [ArchitectureComponent], _ edges: [ArchitectureEdge]) -> [String: Int] {
        var incoming = Dictionary(uniqueKeysWithValues: components.map { ($0.id, 0) })
        for edge in edges { incoming[edge.to, default: 0] += 1 }
        var column = Dictionary(uniqueKeysWithValues: components.map { ($0.id, 0) })
        var ready = components.map(\.id).filter { incoming[$0] == 0 }
        while !ready.isEmpty {
            let id = ready.removeFirst()
            for edge in edges where edge.from == id {
                column[edge.to] = max(column[edge.to] ?? 0, (column[id] ?? 0) + 1)
                incoming[edge.to, default: 0] -= 1
                if incoming[edge.to] == 0 { ready.append(edge.to) }
            }
        }
        return column
    }

    /// Columns, waypoints and the order within each column.
    struct Layout {
        var placements: [Placement] = []
        var waypoints: [[(column: Int, row: Int)]] = []
        var slots: [Int] = []

        init(components: [ArchitectureComponent], edges: [ArchitectureEdge]) {
            let column = ArchitectureDiagram.columns(components, edges)
            // Nodes are boxes ("c:<id>") and waypoints ("w:<edge>:<column>"); links join neighbouring columns.
            var layers: [[String]] = Array(repeating: [], count: (column.values.max() ?? 0) + 1)
            for component in components { layers[column[component.id] ?? 0].append("c:" + component.id) }
            var links: [(from: String, to: String)] = []
            for (index, edge) in edges.enumerated() {
                let (first, last) = (column[edge.from] ?? 0, column[edge.to] ?? 0)
                guard last > first else { continue }  // only a cycle (rejected by lint) points backwards
                var previous = "c:" + edge.from
                for middle in stride(from: first + 1, to: last, by: 1) {
                    let waypoint = "w:\(index):\(middle)"
                    layers[middle].append(waypoint)
                    links.append((previous, waypoint))
                    previous = waypoint
                }
                links.append((previous, "c:" + edge.to))
            }
            // Barycentre sweeps, down then up then down: each node moves towards the mean slot of its neighbours
            // in the column just ordered.
            var position: [String: Double] = [:]
            func record(_ layer: [String]) { for (slot, node) in layer.enumerated() { position[node] = Double(slot) } }
            layers.forEach(record)
            func sweep(_ order: [Int], neighbours: (String) -> [String]) {
                for index in order {
                    layers[index] = layers[index].enumerated().sorted { lhs, rhs in
                        let a = Self.mean(neighbours(lhs.element).compactMap { position[$0] }) ?? Double(lhs.offset)
                        let b = Self.mean(neighbours(rhs.element).compactMap { position[$0] }) ?? Double(rhs.offset)
                        return a == b ? lhs.offset < rhs.offset : a < b
                    }.map(\.element)
                    record(layers[index])
                }
            }
            let predecessors = { (node: String) in links.filter { $0.to == node }.map(\.from) }
            let successors = { (node: String) in links.filter { $0.from == node }.map(\.to) }
            let down = Array(layers.indices.dropFirst())
            sweep(down, neighbours: predecessors)
            sweep(Array(layers.indices.dropLast().reversed()), neighbours: successors)
            sweep(down, neighbours: predecessors)

            slots = layers.map(\.count)
            let byID = Dictionary(components.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for (index, layer) in layers.enumerated() {
                for (slot, node) in layer.enumerated() where node.hasPrefix("c:") {
                    if let component = byID[String(node.dropFirst(2))] {
                        placements.append(Placement(component: component, column: index, row: slot))
                    }
                }
            }
            waypoints = edges.indices.map { index in
                layers.enumerated().flatMap { column, layer in
                    layer.enumerated().filter { $0.element.hasPrefix("w:\(index):") }.map { (column: column, row: $0.offset) }
                }
            }
        }

        static func mean(_ values: [Double]) -> Double? {
            values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
    }

    // MARK: - SVG

    private var columnCount: Int { max(1, slots.count) }
    private var tallest: Int { max(1, slots.max() ?? 1) }

    public var width: Double {
        2 * Self.margin + Double(columnCount) * Self.boxWidth + Double(columnCount - 1) * Self.columnGap
    }

    public var height: Double {
        2 * Self.margin + Double(tallest) * Self.boxHeight + Double(tallest - 1) * Self.rowGap
    }

    /// Top-left corner of a slot; columns shorter than the tallest are centred.
    func origin(column: Int, row: Int) -> (x: Double, y: Double) {
        let inColumn = column < slots.count ? slots[column] : 1
        let columnHeight = Double(inColumn) * Self.boxHeight + Double(inColumn - 1) * Self.rowGap
        let top = (height - columnHeight) / 2
        return (Self.margin + Double(column) * (Self.boxWidth + Self.columnGap),
                top + Double(row) * (Self.boxHeight + Self.rowGap))
    }

    func origin(of placement: Placement) -> (x: Double, y: Double) {
        origin(column: placement.column, row: placement.row)
    }

    /// The arrow's path: out of the source's right side, straight through each waypoint's slot, into the target's
    /// left side, with an S-curve between columns.
    func path(for index: Int, from: Placement, to: Placement) -> (d: String, labelAt: (x: Double, y: Double)) {
        let start = origin(of: from), end = origin(of: to)
        var points: [(x: Double, y: Double)] = [(start.x + Self.boxWidth, start.y + Self.boxHeight / 2)]
        for waypoint in waypoints[index] {
            let slot = origin(column: waypoint.column, row: waypoint.row)
            points.append((slot.x, slot.y + Self.boxHeight / 2))
            points.append((slot.x + Self.boxWidth, slot.y + Self.boxHeight / 2))
        }
        points.append((end.x, end.y + Self.boxHeight / 2))
        var d = "M \(Self.number(points[0].x)) \(Self.number(points[0].y))"
        var pair = 0
        while pair + 1 < points.count {
            let (a, b) = (points[pair], points[pair + 1])
            let bend = (b.x - a.x) / 2
            d += " C \(Self.number(a.x + bend)) \(Self.number(a.y)), \(Self.number(b.x - bend)) \(Self.number(b.y)), \(Self.number(b.x)) \(Self.number(b.y))"
            if pair + 2 < points.count { d += " L \(Self.number(points[pair + 2].x)) \(Self.number(points[pair + 2].y))" }
            pair += 2
        }
        // The label sits in the gap after the source box, where no other box is.
        let labelAt = ((points[0].x + points[1].x) / 2, (points[0].y + points[1].y) / 2 - 5)
        return (d, labelAt)
    }

    /// A self-contained SVG document (inline styles, no fonts or scripts to fetch), with a text alternative
    /// that lists every arrow for screen readers.
    public func svg(title: String) -> String {
        let byID = Dictionary(placements.map { ($0.component.id, $0) }, uniquingKeysWith: { first, _ in first })
        let flow = edges.compactMap { edge -> String? in
            guard let from = byID[edge.from], let to = byID[edge.to] else { return nil }
            return "\(from.component.label) to \(to.component.label)" + (edge.label.map { " (\($0))" } ?? "")
        }.joined(separator: "; ")
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"diagram-title diagram-desc\" "
                + "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" width=\"\(Self.number(width))\" "
                + "height=\"\(Self.number(height))\" class=\"architecture\" font-family=\"system-ui, sans-serif\">",
            "<title id=\"diagram-title\">\(Self.escape(title))</title>",
            "<desc id=\"diagram-desc\">\(Self.escape(flow))</desc>",
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#4a5563\"/></marker></defs>",
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
        ]
        for (index, edge) in edges.enumerated() {
            guard let from = byID[edge.from], let to = byID[edge.to], to.column > from.column else { continue }
            let route = path(for: index, from: from, to: to)
            parts.append("<path d=\"\(route.d)\" fill=\"none\" stroke=\"#4a5563\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>")
            if let label = edge.label {
                // Haloed in white so it stays readable where it crosses a line.
                parts.append("<text x=\"\(Self.number(route.labelAt.x))\" y=\"\(Self.number(route.labelAt.y))\" font-size=\"11\" text-anchor=\"middle\" "
                             + "fill=\"#1f2933\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">\(Self.escape(label))</text>")
            }
        }
        for placement in placements {
            let (x, y) = origin(of: placement)
            let colours = Self.colours(placement.component.kind)
            parts.append("<g class=\"component \(placement.component.kind.rawValue)\">"
                         + "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(Self.boxWidth))\" "
                         + "height=\"\(Self.number(Self.boxHeight))\" rx=\"6\" fill=\"\(colours.fill)\" stroke=\"\(colours.stroke)\" stroke-width=\"1.5\"/>"
                         + "<text x=\"\(Self.number(x + Self.boxWidth / 2))\" y=\"\(Self.number(y + 20))\" font-size=\"12\" "
                         + "text-anchor=\"middle\" fill=\"#111827\">\(Self.escape(placement.component.label))</text>"
                         + "<text x=\"\(Self.number(x + Self.boxWidth / 2))\" y=\"\(Self.number(y + 36))\" font-size=\"10\" "
                         + "text-anchor=\"middle\" fill=\"#374151\">\(placement.component.kind.rawValue)</text></g>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// Pale fills with dark text: every pairing keeps well above 4.5:1 contrast.
    private static func colours(_ kind: ArchitectureComponent.Kind) -> (fill: String, stroke: String) {
        switch kind {
        case .source: ("#eef2f7", "#64748b")
        case .ingest: ("#e0f2fe", "#0369a1")
        case .stream: ("#ede9fe", "#6d28d9")
        case .process: ("#fef3c7", "#b45309")
        case .store: ("#dcfce7", "#15803d")
        case .serve: ("#fce7f3", "#be185d")
        case .orchestrate: ("#f1f5f9", "#334155")
        case .monitor: ("#fee2e2", "#b91c1c")
        case .security: ("#f5f5f4", "#57534e")
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
