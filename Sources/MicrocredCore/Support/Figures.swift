import Foundation

/// The one number formatter: fixed, locale-independent text for every figure
/// microcred prints, in reports, command output and messages: `100,950`,
/// `$93,550`, `4.9`, `12%`.
///
/// Rounding is half away from zero. A value that is not finite prints as `—`
/// (it is not a figure). Values of any magnitude format without overflow:
/// digits are produced from the `Double` itself, never through `Int`.
public enum Figures {
    /// `x` with `places` decimals (0…15) and thousands separators when `grouped`.
    public static func decimal(_ x: Double, places: Int, grouped: Bool = true) -> String {
        guard x.isFinite else { return "—" }
        let places = min(max(places, 0), 15)
        let scale = pow(10.0, Double(places))
        let scaled = (abs(x) * scale).rounded()
        guard scaled.isFinite else {
            // So large that the decimals do not matter (and cannot be scaled).
            let whole = digits(of: abs(x).rounded(), grouped: grouped)
            return (x < 0 ? "-" : "") + whole + (places > 0 ? "." + String(repeating: "0", count: places) : "")
        }
        let whole = (scaled / scale).rounded(.down)
        let fraction = scaled - whole * scale
        var text = digits(of: whole, grouped: grouped)
        if places > 0 {
            let fractionDigits = digits(of: max(0, fraction), grouped: false)
            text += "." + String(repeating: "0", count: max(0, places - fractionDigits.count)) + fractionDigits
        }
        return (x < 0 && scaled > 0 ? "-" : "") + text
    }

    /// `x` with `places` decimals and no grouping: `4.9`, `12.35`.
    public static func fixed(_ x: Double, places: Int) -> String { decimal(x, places: places, grouped: false) }

    /// A whole number with thousands separators.
    public static func integer(_ n: Int, grouped: Bool = true) -> String {
        let digits = String(n.magnitude)
        return (n < 0 ? "-" : "") + (grouped ? group(digits) : digits)
    }

    /// `+1,200`, `-300`, `0`.
    public static func signedInteger(_ n: Int) -> String { (n > 0 ? "+" : "") + integer(n) }

    /// `+1.2`, `-0.4`, `0.0` (ungrouped).
    public static func signedDecimal(_ x: Double, places: Int) -> String {
        let text = decimal(x, places: places, grouped: false)
        return x > 0 && text != decimal(0, places: places, grouped: false) ? "+" + text : text
    }

    /// `$93,550` (whole dollars; `-$300` below zero).
    public static func dollars(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        let text = decimal(abs(x), places: 0)
        return (x < 0 && text != "0" ? "-$" : "$") + text
    }

    /// `$93,550`, with cents only when there are any: `$62.55`.
    public static func dollarsAndCents(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        let cents = decimal(abs(x), places: 2)
        let text = cents.hasSuffix(".00") ? String(cents.dropLast(3)) : cents
        return (x < 0 && text != "0" ? "-$" : "$") + text
    }

    /// `+$1,200`, `-$300`.
    public static func signedDollars(_ x: Double) -> String { (x > 0 ? "+" : "") + dollarsAndCents(x) }

    /// A share (0.12) as a whole percentage: `12%`.
    public static func percent(_ share: Double, places: Int = 0) -> String {
        guard share.isFinite else { return "—" }
        return decimal(share * 100, places: places, grouped: false) + "%"
    }

    /// A number as settings files write it: `24`, `0.5`, `1e-05` (no trailing `.0`).
    public static func plain(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        if x.rounded() == x, abs(x) < 1e15 { return String(Int(x)) }
        return String(x)
    }

    /// A number rounded to at most two decimals, written as `plain` does: `4`, `7.5`, `10.33`.
    public static func short(_ x: Double) -> String { plain((x * 100).rounded() / 100) }

    /// A reported wage: `$93,550`, or its note (`top-coded …`, `not released`).
    public static func wage(_ r: Reported<Double>) -> String {
        if let v = r.value { return dollars(v) }
        return r.note(format: { decimal($0, places: 0) }) ?? "—"
    }

    /// A reported count: `100,950`, or its note.
    public static func count(_ r: Reported<Int>) -> String {
        if let v = r.value { return integer(v) }
        return r.note() ?? "—"
    }

    /// `x` rounded to `places` decimals, for JSON; nil for non-finite values.
    public static func rounded(_ x: Double, _ places: Int) -> Double? {
        guard x.isFinite else { return nil }
        let scale = pow(10.0, Double(places))
        let value = (x * scale).rounded() / scale
        return value.isFinite ? value : x
    }

    /// The decimal digits of a whole, non-negative, finite `value`.
    private static func digits(of value: Double, grouped: Bool) -> String {
        let text: String
        if value < 9e15 {
            text = String(UInt64(value))
        } else {
            // Exact digits of a large double: printf of the integral value.
            text = String(format: "%.0f", value)
        }
        return grouped ? group(text) : text
    }

    private static func group(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
