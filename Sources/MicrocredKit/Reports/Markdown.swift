import MicrocredCore
import Foundation

/// GitHub-flavoured Markdown building blocks. All escaping of data text
/// happens here, in one place.
public enum Markdown {
    /// Escapes text taken from data or a proposal so that it renders as
    /// itself: Markdown punctuation, HTML and table pipes are backslash-escaped
    /// and line breaks become spaces.
    public static func escape(_ text: String) -> String {
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
    }

    /// A table. Cells are written as given: escape data text before passing
    /// it in (or use `escape: true`). `rightAligned` columns hold numbers.
    public static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = [], escape: Bool = false) -> String {
        func cells(_ row: [String]) -> String {
            "| " + row.map { escape ? Self.escape($0) : $0.replacingPipes() }.joined(separator: " | ") + " |"
        }
        var lines = [cells(header)]
        lines.append("|" + header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|")
        for row in rows { lines.append(cells(row + Array(repeating: "", count: max(0, header.count - row.count)))) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bulleted list.
    public static func bullets(_ items: [String]) -> String {
        items.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Escapes pipes that are not already escaped (for pre-formatted cells).
    func replacingPipes() -> String {
        var out = ""
        var previous: Character = " "
        for ch in self {
            if ch == "|" && previous != "\\" { out.append("\\") }
            if ch == "\n" { out.append(" "); previous = " "; continue }
            out.append(ch)
            previous = ch
        }
        return out
    }
}

/// RFC 4180 CSV output.
public enum CSVText {
    /// One field, quoted when it holds a comma, quote, or line break.
    public static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    /// One record with a trailing newline.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
