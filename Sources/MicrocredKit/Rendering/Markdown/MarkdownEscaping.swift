/// The one place that decides how inline Markdown is written: by the node's
/// kind (`MarkdownInline`), the position (start of a block, inside a table
/// cell) and the document's `MarkdownStyle`.
public enum MarkdownEscaping {
    /// Where an inline run is written.
    public struct Context: Sendable, Hashable {
        /// Inside a table cell: pipes must be escaped even in code spans.
        public var inTable: Bool
        /// The run begins a block (a paragraph, list item, heading or cell).
        public var atBlockStart: Bool

        public init(inTable: Bool = false, atBlockStart: Bool = true) {
            self.inTable = inTable
            self.atBlockStart = atBlockStart
        }
    }

    /// An inline run as Markdown.
    public static func inline(_ nodes: [MarkdownInline], style: MarkdownStyle, context: Context) -> String {
        var out = ""
        var context = context
        for node in nodes {
            out += inline(node, style: style, context: context)
            context.atBlockStart = false
        }
        return out
    }

    static func inline(_ node: MarkdownInline, style: MarkdownStyle, context: Context) -> String {
        switch node {
        case .text(let text): return self.text(text, style: style, atBlockStart: context.atBlockStart)
        case .raw(let markup): return markup
        case .code(let code): return codeSpan(code, inTable: context.inTable)
        case .strong(let inner): return "**" + inline(inner, style: style, context: context) + "**"
        case .emphasis(let inner): return "*" + inline(inner, style: style, context: context) + "*"
        case .link(let label, let url): return "[" + inline(label, style: style, context: context) + "](" + linkDestination(url) + ")"
        case .autolink(let url): return "<" + autolinkURL(url) + ">"
        case .lineBreak: return "\n"
        }
    }

    /// Data text, escaped so that it renders as itself.
    public static func text(_ text: String, style: MarkdownStyle, atBlockStart: Bool = false) -> String {
        switch style.textEscaping {
        case .backslash:
            var out = ""
            out.reserveCapacity(text.count)
            for ch in text {
                switch ch {
                case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~":
                    out.append("\\")
                    out.append(ch)
                case "&":
                    out.append("&amp;")
                case "\n", "\r", "\r\n", "\t":
                    out.append(" ")
                default:
                    out.append(ch)
                }
            }
            return out
        case .htmlEntities:
            var out = ""
            out.reserveCapacity(text.count)
            for ch in text {
                switch ch {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "|": out += "\\|"
                default: out.append(ch)
                }
            }
            return atBlockStart && out.hasPrefix("#") ? "\\" + out : out
        }
    }

    /// A code span: a fence longer than any backtick run inside, line breaks
    /// as spaces, and pipes escaped inside a table (GFM reads them first).
    static func codeSpan(_ code: String, inTable: Bool) -> String {
        var content = String(code.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        if inTable { content = content.replacingOccurrences(of: "|", with: "\\|") }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: content) + 1)
        let pad = content.hasPrefix("`") || content.hasSuffix("`")
            || (content.hasPrefix(" ") && content.hasSuffix(" ") && content.contains { $0 != " " })
        return fence + (pad ? " " + content + " " : content) + fence
    }

    /// The fence of a code block: at least three backticks, more than any run inside.
    static func codeFence(for content: String) -> String {
        String(repeating: "`", count: max(3, longestRun(of: "`", in: content) + 1))
    }

    static func longestRun(of mark: Character, in text: String) -> Int {
        var longest = 0, run = 0
        for ch in text {
            run = ch == mark ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// A link destination with spaces, parentheses and angle brackets percent-encoded.
    static func linkDestination(_ url: String) -> String {
        percentEncoding(url, [" ", "(", ")", "<", ">"])
    }

    /// An autolink's URL with spaces and angle brackets percent-encoded.
    static func autolinkURL(_ url: String) -> String {
        percentEncoding(url, [" ", "<", ">"])
    }

    static func percentEncoding(_ url: String, _ reserved: Set<Character>) -> String {
        var out = ""
        for ch in url {
            if reserved.contains(ch) || ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                for byte in String(ch).utf8 { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// Text safe inside a Mermaid quoted label: quotes become apostrophes,
    /// Mermaid punctuation and line breaks spaces; at most 60 characters.
    public static func mermaidLabel(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\"": out.append("'")
            case "\n", "\r", "\t": out.append(" ")
            case "#", ";", "`", "<", ">", "{", "}", "[", "]", ":", "|": out.append(" ")
            default: out.append(ch)
            }
        }
        return String(out.prefix(60))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
