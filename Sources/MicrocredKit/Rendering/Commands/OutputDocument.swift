import MicrocredCore
import Foundation

/// A table for command output, rendered as terminal text, Markdown or CSV.
public struct OutputTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned right in terminal tables (numbers).
    public var rightAligned: Set<Int>
    /// Widest cell in terminal tables, per column (default 60).
    public var maxWidths: [Int: Int]

    public init(headers: [String], rows: [[String]], rightAligned: Set<Int> = [], maxWidths: [Int: Int] = [:]) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
        self.maxWidths = maxWidths
    }
}

/// Command output as headings, paragraphs, lists and tables, rendered the
/// same way by every analysis command.
public struct OutputDocument: Sendable {
    public enum Block: Sendable {
        case heading(String)
        case paragraph(String)
        case list([String])
        case table(OutputTable)
    }

    public var blocks: [Block] = []

    public init() {}

    public mutating func heading(_ text: String) { blocks.append(.heading(text)) }
    public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    public mutating func list(_ items: [String]) { if !items.isEmpty { blocks.append(.list(items)) } }
    public mutating func table(_ table: OutputTable) { blocks.append(.table(table)) }

    /// Terminal text, wrapped to `width` columns.
    public func text(width: Int = 100) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .heading(let h):
                out.append(h)
                out.append(String(repeating: "=", count: min(width, h.count)))
            case .paragraph(let p):
                out.append(Self.wrap(p, width: width))
            case .list(let items):
                out.append(items.map { Self.wrap("- " + $0, width: width, indent: "  ") }.joined(separator: "\n"))
            case .table(let t):
                out.append(Self.render(t))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// Markdown through `MarkdownDocument`: every string is data text.
    public func markdown() -> String {
        MarkdownDocument(blocks.enumerated().map { index, block -> MarkdownBlock in
            switch block {
            case .heading(let h): return .heading(level: index == 0 ? 1 : 2, .text(h))
            case .paragraph(let p): return .paragraph(.text(p))
            case .list(let items): return .bulletList(items.map(MarkdownText.text))
            case .table(let t): return .table(MarkdownTable(t))
            }
        }).render()
    }

    static func render(_ t: OutputTable) -> String {
        guard !t.headers.isEmpty else { return "" }
        return TextTable.render([t.headers] + t.rows, maxWidths: t.maxWidths, rightAligned: t.rightAligned)
    }

    /// Word-wraps `text` to `width` columns.
    static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent + word
                } else {
                    line += (line.isEmpty ? "" : " ") + word
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

extension OutputTable {
    /// The table as CSV (RFC 4180), header first.
    public func csv() -> String {
        ([headers] + rows).map { CSVText.row($0) }.joined()
    }
}
