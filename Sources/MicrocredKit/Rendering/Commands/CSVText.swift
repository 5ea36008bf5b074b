import MicrocredCore
import Foundation

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
