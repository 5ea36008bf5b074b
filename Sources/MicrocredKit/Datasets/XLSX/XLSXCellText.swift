import Foundation

/// Quotes a value for a message.
enum FieldQuote {
    static func quote(_ text: String) -> String {
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "'" + short + "'"
    }
}

/// The text of a numeric cell.
enum XLSXNumber {
    /// Whole numbers without a decimal point (`155495730`), other numbers in
    /// the shortest form that reads back to the same double (`40.27` for
    /// Excel's `40.270000000000003`); the stored text where that form would
    /// need an exponent.
    static func text(_ stored: String) -> String? {
        let trimmed = stored.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 {
            let whole = Int64(value)
            return whole == 0 ? "0" : String(whole)
        }
        let shortest = "\(value)"
        if shortest.contains("e") { return trimmed }
        return shortest
    }
}
