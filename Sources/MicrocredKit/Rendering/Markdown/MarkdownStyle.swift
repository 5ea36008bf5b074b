/// How a document writes data text and table rules. Reports and command
/// output escaped differently before there was one document model; each
/// keeps its bytes through `MarkdownStyle` until they share one rule.
public struct MarkdownStyle: Sendable, Hashable {
    public enum TextEscaping: Sendable, Hashable {
        /// Markdown punctuation backslash-escaped, `&` as `&amp;`, line breaks as spaces.
        case backslash
        /// `&`, `<`, `>` as entities, `|` escaped, a leading `#` escaped.
        case htmlEntities
    }

    public enum TableRule: Sendable, Hashable {
        /// `| --- | ---: |`
        case spaced
        /// `|---|---:|`
        case compact
    }

    public var textEscaping: TextEscaping
    public var tableRule: TableRule

    /// The four reports, the reports index and `datasets diff`.
    public static let report = MarkdownStyle(textEscaping: .backslash, tableRule: .spaced)
    /// `--format markdown` of the analysis commands.
    public static let commandOutput = MarkdownStyle(textEscaping: .htmlEntities, tableRule: .compact)
}
