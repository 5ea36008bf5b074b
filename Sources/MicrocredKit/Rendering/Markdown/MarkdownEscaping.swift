import Foundation

/// The one place that decides how inline Markdown is written: by the node's
/// kind (`MarkdownInline`) and its position (start of a block, inside a
/// table cell). One rule for reports and command output.
public enum MarkdownEscaping {
    /// Where an inline run is written.
    public struct Context: Sendable, Hashable {
        /// Inside a table cell: pipes must be escaped even in code spans.
        public var inTable: Bool
        /// The run begins a block (a paragraph, list item or heading), where
        /// a leading `-`, `+`, `=` or `1.` would start a list or a heading.
        public var atBlockStart: Bool

        public init(inTable: Bool = false, atBlockStart: Bool = true) {
            self.inTable = inTable
            self.atBlockStart = atBlockStart
        }
    }

    /// An inline run as Markdown.
    public static func inline(_ nodes: [MarkdownInline], context: Context) -> String {
        var out = ""
        var context = context
        for node in nodes {
            out += inline(node, context: context)
            // A new source line can start a block just as a paragraph can.
            context.atBlockStart = node == .lineBreak
        }
        return out
    }

    static func inline(_ node: MarkdownInline, context: Context) -> String {
        var inner = context
        inner.atBlockStart = false
        switch node {
        case .text(let text): return self.text(text, atBlockStart: context.atBlockStart)
        case .raw(let markup): return markup
        case .code(let code): return codeSpan(code, inTable: context.inTable)
        case .strong(let nodes): return "**" + inline(nodes, context: inner) + "**"
        case .emphasis(let nodes): return "*" + inline(nodes, context: inner) + "*"
        case .link(let label, let url):
            // A link with a scheme other than http(s) or mailto (javascript:, data:, …) is shown as its label only.
            guard isSafeLinkTarget(url) else { return inline(label, context: context) }
            return "[" + inline(label, context: inner) + "](" + linkDestination(url) + ")"
        case .autolink(let url):
            // Only an http(s) URL of URL characters becomes a link; anything else is shown as text.
            guard isWebURL(url) else { return self.text(url, atBlockStart: context.atBlockStart) }
            return "<" + autolinkURL(url) + ">"
        case .lineBreak: return "\n"
        }
    }

    /// Data text, escaped so that it renders as itself, in reports and
    /// command output alike:
    /// - Markdown punctuation (`\\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `#` `~`) is
    ///   backslash-escaped, so no emphasis, link, code, HTML or table cell
    ///   boundary can start inside data; `&` becomes `&amp;` (no entities);
    /// - line breaks (also U+2028, U+2029) and tabs become spaces, other
    ///   control characters (NUL, ESC, C1 controls such as U+0085,
    ///   bidirectional overrides and isolates) are dropped;
    /// - at the start of a block, a list, heading-underline or thematic-break
    ///   marker (`-`, `+`, `=`, `1.`, `1)`) is escaped;
    /// - `://` and a word-initial `www.` are broken with a backslash so that
    ///   GFM does not turn a bare URL into a link (GFM still links bare
    ///   e-mail addresses: no escape stops that).
    public static func text(_ text: String, atBlockStart: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let ch = characters[i]
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~":
                out.append("\\")
                out.append(ch)
            case "&":
                out.append("&amp;")
            case "\n", "\r", "\r\n", "\t", "\u{2028}", "\u{2029}":
                out.append(" ")
            case ":" where i + 2 < characters.count && characters[i + 1] == "/" && characters[i + 2] == "/":
                out.append("\\:")
            case "." where i >= 3 && characters[(i - 3)..<i].map { $0.lowercased() }.joined() == "www"
                && (i == 3 || !(characters[i - 4].isLetter || characters[i - 4].isNumber)):
                out.append("\\.")
            default:
                if ch.unicodeScalars.allSatisfy({ Terminal.isUnsafe($0) }) { break }
                if ch.unicodeScalars.contains(where: { Terminal.isUnsafe($0) }) {
                    out.unicodeScalars.append(contentsOf: ch.unicodeScalars.filter { !Terminal.isUnsafe($0) })
                } else {
                    out.append(ch)
                }
            }
            i += 1
        }
        return atBlockStart ? escapingBlockMarker(out) : out
    }

    /// `out` with a leading block marker escaped: `-`, `+`, `=` or a number
    /// followed by `.` or `)`.
    static func escapingBlockMarker(_ out: String) -> String {
        guard let first = out.first else { return out }
        if first == "-" || first == "+" || first == "=" { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    /// A code span: a fence longer than any backtick run inside, line breaks
    /// as spaces, control characters dropped, and pipes escaped inside a table (GFM reads them first).
    static func codeSpan(_ code: String, inTable: Bool) -> String {
        var content = String(code.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" ? " " : $0 })
        if content.unicodeScalars.contains(where: { Terminal.isUnsafe($0) }) {
            content = String(String.UnicodeScalarView(content.unicodeScalars.filter { !Terminal.isUnsafe($0) }))
        }
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

    /// An `http://` or `https://` URL made of URL characters (and spaces,
    /// which are percent-encoded) only, at most 2,000 long: the only URLs
    /// written as links to the outside (a dataset's `source_url` from the
    /// catalog among them). Angle brackets, quotes and controls are refused.
    static func isWebURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), url.count > 8, url.count <= 2000 else { return false }
        return url.unicodeScalars.allSatisfy { $0 == " " || urlCharacters.contains($0) }
    }

    /// A link target: a web URL, a `mailto:` address, or a relative path (no scheme).
    static func isSafeLinkTarget(_ url: String) -> Bool {
        if isWebURL(url) { return true }
        let lower = url.lowercased()
        if lower.hasPrefix("mailto:") { return url.unicodeScalars.allSatisfy { urlCharacters.contains($0) } }
        // A scheme is letters, digits, `+`, `-`, `.` before the first `:`, ahead of any `/`, `?` or `#`.
        let head = url.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !head.contains(":") && !url.unicodeScalars.contains { Terminal.isUnsafe($0) }
    }

    static let urlCharacters = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")

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
