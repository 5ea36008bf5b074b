import Foundation

/// Fixed, locale-independent number formatting for every analysis output:
/// `100,950`, `$93,550`, `4.9`.
public enum Figures {
    /// `x` with `places` decimals and thousands separators when `grouped`.
    public static func decimal(_ x: Double, places: Int, grouped: Bool = true) -> String {
        guard x.isFinite else { return x.isNaN ? "—" : (x > 0 ? "∞" : "-∞") }
        let scale = pow(10.0, Double(places))
        let scaled = (abs(x) * scale).rounded()
        let negative = x < 0 && scaled > 0
        let whole = (scaled / scale).rounded(.down)
        let fraction = scaled - whole * scale
        var text = integer(Int(whole), grouped: grouped)
        if places > 0 {
            let digits = String(Int(fraction))
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return negative ? "-" + text : text
    }

    /// A whole number with thousands separators.
    public static func integer(_ n: Int, grouped: Bool = true) -> String {
        let digits = String(abs(n))
        guard grouped, digits.count > 3 else { return (n < 0 ? "-" : "") + digits }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `$93,550`.
    public static func dollars(_ x: Double) -> String { "$" + decimal(x, places: 0) }

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
        return (x * scale).rounded() / scale
    }
}
