import Foundation

/// Fixed-locale number formatting, so output is the same on every machine.
public enum Number {
    /// 100950 → "100,950".
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// +1,200 / -300 / 0.
    public static func signedGrouped(_ value: Int) -> String { (value > 0 ? "+" : "") + grouped(value) }

    /// Rounded to `places` decimals with a point, never a comma: 4.9, 12.35.
    public static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "—" }
        let rounded = (value * pow(10, Double(places))).rounded() / pow(10, Double(places))
        let text = String(format: "%.\(places)f", rounded == 0 ? 0 : rounded)
        return text
    }

    /// +1.2 / -0.4.
    public static func signedDecimal(_ value: Double, places: Int) -> String {
        let text = decimal(value, places: places)
        return value > 0 && text != decimal(0, places: places) ? "+" + text : text
    }

    /// 93550 → "$93,550"; cents shown only when present: 62.55 → "$62.55".
    public static func dollars(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let whole = Int(rounded.rounded(.towardZero))
        let cents = Int((abs(rounded - Double(whole)) * 100).rounded())
        let sign = rounded < 0 ? "-" : ""
        return sign + "$" + grouped(abs(whole)) + (cents == 0 ? "" : String(format: ".%02d", cents))
    }

    /// +$1,200 / -$300.
    public static func signedDollars(_ value: Double) -> String { (value > 0 ? "+" : "") + dollars(value) }
}
