/// A GitHub-flavoured Markdown table: a header row, an alignment per
/// column, and rows of inline cells (short rows are padded).
public struct MarkdownTable: Sendable, Hashable {
    /// A column's alignment; `.none` leaves it to the viewer (left).
    public enum Alignment: Sendable, Hashable {
        case none, left, center, right
    }

    public var header: [MarkdownText]
    public var alignments: [Alignment]
    public var rows: [[MarkdownText]]

    public init(header: [MarkdownText], alignments: [Alignment], rows: [[MarkdownText]]) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    /// A table whose `rightAligned` columns hold numbers.
    public init(_ header: [MarkdownText], _ rows: [[MarkdownText]], rightAligned: Set<Int> = []) {
        self.init(header: header, alignments: header.indices.map { rightAligned.contains($0) ? .right : .none }, rows: rows)
    }

    /// The command-output table: every cell is data text.
    public init(_ table: OutputTable) {
        self.init(table.headers.map(MarkdownText.text), table.rows.map { $0.map(MarkdownText.text) }, rightAligned: table.rightAligned)
    }
}
