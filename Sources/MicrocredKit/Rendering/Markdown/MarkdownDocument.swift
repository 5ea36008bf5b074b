/// A Markdown document as blocks. Renderers build one and call `render`;
/// nothing else writes Markdown, so escaping is decided by the node kinds
/// (`MarkdownEscaping`), never by the caller.
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [MarkdownBlock]

    public init(_ blocks: [MarkdownBlock] = []) { self.blocks = blocks }

    public mutating func heading(_ level: Int, _ text: MarkdownText) { blocks.append(.heading(level: level, text)) }
    public mutating func paragraph(_ text: MarkdownText) { blocks.append(.paragraph(text)) }
    /// A bulleted list; nothing when `items` is empty.
    public mutating func bullets(_ items: [MarkdownText]) { if !items.isEmpty { blocks.append(.bulletList(items)) } }
    /// A numbered list; nothing when `items` is empty.
    public mutating func numbered(_ items: [MarkdownText]) { if !items.isEmpty { blocks.append(.orderedList(items)) } }
    public mutating func table(_ table: MarkdownTable) { blocks.append(.table(table)) }
    /// A Mermaid chart; nothing when it has no data.
    public mutating func mermaid(_ diagram: MermaidDiagram) { if diagram.hasData { blocks.append(.mermaid(diagram)) } }
    public mutating func quote(_ blocks: [MarkdownBlock]) { self.blocks.append(.blockQuote(blocks)) }
    public mutating func quote(_ text: MarkdownText) { blocks.append(.blockQuote([.paragraph(text)])) }
    public mutating func append(_ other: MarkdownDocument) { blocks += other.blocks }

    public static func + (lhs: MarkdownDocument, rhs: MarkdownDocument) -> MarkdownDocument { MarkdownDocument(lhs.blocks + rhs.blocks) }

    /// The document's Markdown: blocks separated by one blank line, a final newline.
    public func render() -> String {
        blocks.map(Self.render).joined(separator: "\n")
    }

    static func render(_ block: MarkdownBlock) -> String {
        func inline(_ text: MarkdownText, inTable: Bool = false) -> String {
            MarkdownEscaping.inline(text.nodes, context: .init(inTable: inTable, atBlockStart: !inTable))
        }
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: min(6, max(1, level))) + " " + inline(text) + "\n"
        case .paragraph(let text):
            return inline(text) + "\n"
        case .bulletList(let items):
            return items.map { "- " + inline($0) + "\n" }.joined()
        case .orderedList(let items):
            return items.enumerated().map { "\($0.offset + 1). " + inline($0.element) + "\n" }.joined()
        case .table(let table):
            let columns = table.header.count
            func row(_ cells: [MarkdownText]) -> String {
                let padded = cells + Array(repeating: MarkdownText([]), count: max(0, columns - cells.count))
                return "| " + padded.map { inline($0, inTable: true) }.joined(separator: " | ") + " |\n"
            }
            var out = row(table.header)
            let rules = (0..<columns).map { i -> String in
                switch i < table.alignments.count ? table.alignments[i] : .none {
                case .none: return "---"
                case .left: return ":---"
                case .center: return ":---:"
                case .right: return "---:"
                }
            }
            out += "|" + rules.map { " \($0) " }.joined(separator: "|") + "|\n"
            for cells in table.rows { out += row(cells) }
            return out
        case .codeBlock(let language, let code):
            let fence = MarkdownEscaping.codeFence(for: code)
            return fence + (language ?? "") + "\n" + code + (code.hasSuffix("\n") || code.isEmpty ? "" : "\n") + fence + "\n"
        case .mermaid(let diagram):
            return render(.codeBlock(language: "mermaid", diagram.source))
        case .blockQuote(let inner):
            let text = MarkdownDocument(inner).render()
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .map { $0.isEmpty ? ">\n" : "> " + $0 + "\n" }.joined()
        case .raw(let markup):
            return markup.hasSuffix("\n") ? markup : markup + "\n"
        }
    }
}
