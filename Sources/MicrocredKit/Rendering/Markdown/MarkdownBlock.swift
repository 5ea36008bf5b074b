/// One block of a Markdown document. Blocks are separated by a blank line.
public indirect enum MarkdownBlock: Sendable, Hashable {
    /// `#`…`######` and the heading's text.
    case heading(level: Int, MarkdownText)
    /// A paragraph; `.lineBreak` starts a new source line inside it.
    case paragraph(MarkdownText)
    /// `- item` lines.
    case bulletList([MarkdownText])
    /// `1. item` lines.
    case orderedList([MarkdownText])
    case table(MarkdownTable)
    /// A fenced code block; the content is shown literally.
    case codeBlock(language: String?, String)
    /// A fenced `mermaid` block.
    case mermaid(MermaidDiagram)
    /// `> ` before every line of the blocks inside.
    case blockQuote([MarkdownBlock])
    /// Markup written as is (one block, no escaping).
    case raw(String)
}
