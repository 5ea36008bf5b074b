/// One piece of inline Markdown. The node's kind decides how its text is
/// written (`MarkdownEscaping` is the one place that decides): `.text` is data
/// and is escaped so that it renders as itself; `.raw` is markup written in
/// the code and is written as is.
public indirect enum MarkdownInline: Sendable, Hashable {
    /// Text from data or a proposal: escaped.
    case text(String)
    /// Markup written by microcred itself: written as is.
    case raw(String)
    /// A code span; the content is shown literally.
    case code(String)
    /// `**strong**` text.
    case strong([MarkdownInline])
    /// `*emphasised*` text.
    case emphasis([MarkdownInline])
    /// `[label](url)`.
    case link([MarkdownInline], url: String)
    /// `<url>`: a URL shown and linked as itself.
    case autolink(String)
    /// A line break inside a paragraph (a new source line, no blank line).
    case lineBreak
}
