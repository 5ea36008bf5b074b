import MicrocredCore
/// Plain-text tables for the terminal: columns padded to their widest cell.
public enum TextTable {
    /// Renders `rows` (the first is the header) with two spaces between
    /// columns and a rule under the header. Cells wider than `maxWidth` are cut.
    /// `maxWidths` overrides `maxWidth` for particular columns.
    public static func render(_ rows: [[String]], maxWidth: Int = 60, maxWidths: [Int: Int] = [:], rightAligned: Set<Int> = []) -> String {
        guard let header = rows.first else { return "" }
        let cells = rows.map { row in row.enumerated().map { cut($0.element, maxWidths[$0.offset] ?? maxWidth) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        var lines: [String] = []
        for (r, row) in cells.enumerated() {
            var parts: [String] = []
            for (i, cell) in row.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                parts.append(rightAligned.contains(i) ? pad + cell : cell + pad)
            }
            lines.append(trimTrailing(parts.joined(separator: "  ")))
            if r == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    static func trimTrailing(_ text: String) -> String {
        var s = Substring(text)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
