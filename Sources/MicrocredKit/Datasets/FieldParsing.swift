import MicrocredCore
import Foundation

/// Byte-level parsing of the numbers and markers in dataset cells. Fields
/// arrive as bytes from CSVStream; only kept text becomes a `String`.
enum FieldParsing {
    /// True when `bytes` is exactly `text`.
    @inline(__always)
    static func equals(_ bytes: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        let p = text.utf8Start
        for i in 0..<bytes.count where bytes[i] != p[i] { return false }
        return true
    }

    /// The largest magnitude accepted for any figure: no count, wage or
    /// percentage in the published files comes near it, and sums of a whole
    /// file of such values stay far from overflow (docs/robustness.md).
    static let maxMagnitude: Double = 999_999_999_999
    static let maxIntegerDigits = 12

    /// A whole number, optionally negative, of at most 12 digits; nil if
    /// anything else is there.
    @inline(__always)
    static func integer(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard !bytes.isEmpty, bytes.count <= maxIntegerDigits + (bytes[0] == UInt8(ascii: "-") ? 1 : 0) else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") { negative = true; i = 1; guard bytes.count > 1 else { return nil } }
        var value = 0
        while i < bytes.count {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
            i += 1
        }
        return negative ? -value : value
    }

    /// A non-negative decimal with at most three decimals, in thousandths
    /// (`33.54` → 33540); nil for anything else.
    @inline(__always)
    static func thousandths(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        let n = bytes.count
        guard n > 0, n <= 18 else { return nil }
        var value: Int64 = 0
        var fraction = -1
        var wholeDigits = 0
        for i in 0..<n {
            let c = bytes[i]
            if c == UInt8(ascii: ".") {
                if fraction >= 0 { return nil }
                fraction = 0
                continue
            }
            let d = c &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            if fraction >= 0 {
                fraction += 1
                if fraction > 3 { return nil }
            } else {
                wholeDigits += 1
                if wholeDigits > maxIntegerDigits { return nil }
            }
            value = value * 10 + Int64(d)
        }
        if fraction == 0 && n == 1 { return nil }
        switch max(fraction, 0) {
        case 0: return value * 1000
        case 1: return value * 100
        case 2: return value * 10
        default: return value
        }
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10.0, Double($0)) }

    /// A decimal such as `33.54`, `-0.5` or `1e3`. Up to 15 significant
    /// digits are parsed exactly (one correctly rounded division, the same
    /// result as `strtod`); anything else falls back to `Double(String)`.
    @inline(__always)
    static func decimal(_ bytes: UnsafeRawBufferPointer) -> Double? {
        let n = bytes.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        var mantissa = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        while i < n {
            let c = bytes[i]
            if c == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
            } else {
                let d = c &- UInt8(ascii: "0")
                if d >= 10 { return slowDecimal(bytes) }
                mantissa = mantissa * 10 + Int(d)
                digits += 1
                if seenPoint { fraction += 1 }
                if digits > 15 { return slowDecimal(bytes) }
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        var value = Double(mantissa)
        if fraction > 0 { value /= powersOfTen[fraction] }
        guard value <= maxMagnitude else { return nil }
        return negative ? -value : value
    }

    private static func slowDecimal(_ bytes: UnsafeRawBufferPointer) -> Double? {
        let text = String(decoding: bytes, as: UTF8.self)
        // Reject hex, "inf", "nan" and other forms Double accepts, and
        // anything out of range.
        guard NumericText.isPlainDecimal(text), !text.contains("_"), let value = Double(text), value.isFinite,
              abs(value) <= maxMagnitude else { return nil }
        return value
    }

    /// A cell as text with surrounding spaces removed.
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> String {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Shows a cell in a message, shortened if long, control characters
    /// escaped; a number out of range says so.
    static func quote(_ bytes: UnsafeRawBufferPointer) -> String {
        let text = Terminal.safe(String(decoding: bytes.prefix(40), as: UTF8.self))
        var quoted = "'" + text + (bytes.count > 40 ? "…" : "") + "'"
        let full = String(decoding: bytes, as: UTF8.self)
        if NumericText.isPlainDecimal(full), !full.contains("_") {
            let value = Double(full) ?? .infinity
            let wholeDigits = full.drop(while: { $0 == "-" || $0 == "+" }).prefix(while: { $0 != "." && $0 != "e" && $0 != "E" }).count
            if !(abs(value) <= maxMagnitude) || wholeDigits > maxIntegerDigits {
                quoted += " (out of range: figures are at most 999,999,999,999)"
            }
        }
        return quoted
    }
}
