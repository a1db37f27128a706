import OnsiteCore

/// Draws result sets as aligned text tables, truncating long cells so a row fits on a line.
struct TableRenderer {
    let terminal: Terminal
    var maxCellWidth = 28

    func render(columns: [String], rows: [[String]], totalRows: Int? = nil) -> String {
        let cells = rows.map { $0.map(truncate) }
        var widths = columns.map { truncate($0).count }
        for row in cells { for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) } }
        func line(_ values: [String]) -> String {
            "  " + values.enumerated().map { index, value in
                value.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: " │ ")
        }
        var lines = [terminal.paint(line(columns.map(truncate)), .bold)]
        lines.append("  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"))
        lines += cells.map { row in
            let text = line(row)
            return terminal.styled ? text.replacingOccurrences(of: "NULL", with: terminal.paint("NULL", .dim)) : text
        }
        if rows.isEmpty { lines.append(terminal.paint("  (no rows)", .dim)) }
        if let totalRows, totalRows > rows.count {
            lines.append(terminal.paint("  … \(totalRows - rows.count) more row(s)", .dim))
        }
        return lines.joined(separator: "\n")
    }

    func render(_ preview: ResultPreview) -> String {
        render(columns: preview.columns, rows: preview.rows, totalRows: preview.totalRows)
    }

    private func truncate(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: "⏎")
        return flat.count > maxCellWidth ? String(flat.prefix(maxCellWidth - 1)) + "…" : flat
    }
}
