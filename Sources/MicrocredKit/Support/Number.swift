import Foundation

/// Fixed-locale number formatting for reports and diffs, built on
/// `Figures` (the analysis outputs' formatter) so that both write numbers
/// the same way.
public enum Number {
    /// 100950 → "100,950".
    public static func grouped(_ value: Int) -> String { Figures.integer(value) }

    /// +1,200 / -300 / 0.
    public static func signedGrouped(_ value: Int) -> String { (value > 0 ? "+" : "") + grouped(value) }

    /// Rounded to `places` decimals with a point and no grouping: 4.9, 12.35.
    public static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "—" }
        return Figures.decimal(value, places: places, grouped: false)
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
