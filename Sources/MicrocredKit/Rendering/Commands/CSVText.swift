import MicrocredCore
import Foundation

/// RFC 4180 CSV output.
///
/// Cells are neutralised against spreadsheet formula injection as OWASP
/// recommends: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, and is not a plain number, gets a leading `'` so that
/// spreadsheet programs show it as text instead of running it
/// (docs/robustness.md). Negative numbers such as `-5.2` are left as they are.
public enum CSVText {
    /// One field, neutralised, and quoted when it holds a comma, quote, or line break.
    public static func field(_ raw: String) -> String {
        var text = raw
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !NumericText.isPlainDecimal(text) {
            text = "'" + text
        }
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
