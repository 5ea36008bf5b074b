import Foundation

/// A Standard Occupational Classification (SOC 2018) code, `NN-NNNN`.
///
/// Stored as the six digits in one integer, so that it is cheap to hash and
/// compare. It knows its major group (`15-0000`), minor group (`15-1200`)
/// and broad occupation (`15-1250`).
public struct SOCCode: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The six digits, e.g. 151252 for 15-1252.
    public let digits: Int32

    /// Creates a code from its six digits, e.g. 151252.
    public init?(digits: Int) {
        guard (0...999_999).contains(digits) else { return nil }
        self.digits = Int32(digits)
    }

    /// Parses `NN-NNNN` exactly; nil for anything else.
    public init?(_ text: String) {
        var copy = text
        guard let code = copy.withUTF8({ SOCCode(bytes: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = code
    }

    /// Parses `NN-NNNN` from raw bytes.
    @inlinable
    public init?(bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 7, bytes[2] == UInt8(ascii: "-") else { return nil }
        var value: Int32 = 0
        for i in 0..<7 where i != 2 {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            value = value * 10 + Int32(d)
        }
        digits = value
    }

    /// Parses an O*NET-SOC code such as `15-1252.00` or `15-1252.01`,
    /// returning the SOC code and the two-digit O*NET suffix.
    public static func parseONet(_ text: String) -> (soc: SOCCode, suffix: Int)? {
        guard text.count == 10 else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let suffix = Int(parts[1]),
              let soc = SOCCode(String(parts[0])) else { return nil }
        return (soc, suffix)
    }

    /// An O*NET-SOC code as a value: the SOC code and its two-digit suffix.
    public struct ONetKey: Hashable, Sendable {
        public var soc: SOCCode
        public var suffix: Int

        public init(soc: SOCCode, suffix: Int) {
            self.soc = soc
            self.suffix = suffix
        }
    }

    /// Parses an O*NET-SOC code such as `15-1252.00` from raw bytes.
    @inlinable
    public static func parseONet(bytes: UnsafeRawBufferPointer) -> (soc: SOCCode, suffix: Int)? {
        guard bytes.count == 10, bytes[7] == UInt8(ascii: "."),
              let soc = SOCCode(bytes: UnsafeRawBufferPointer(rebasing: bytes[0..<7])) else { return nil }
        let a = bytes[8] &- UInt8(ascii: "0"), b = bytes[9] &- UInt8(ascii: "0")
        guard a < 10, b < 10 else { return nil }
        return (soc, Int(a) * 10 + Int(b))
    }

    /// `15-0000`.
    public var majorGroup: SOCCode { SOCCode(unchecked: digits / 10_000 * 10_000) }
    /// `15-1200`.
    public var minorGroup: SOCCode { SOCCode(unchecked: digits / 100 * 100) }
    /// `15-1250`: the broad occupation, the code with its last digit zero.
    public var broadOccupation: SOCCode { SOCCode(unchecked: digits / 10 * 10) }
    /// The two-digit major group number, e.g. 15.
    public var majorGroupNumber: Int { Int(digits / 10_000) }
    /// `55-xxxx`: military occupations, which OEWS and EP do not estimate.
    public var isMilitary: Bool { majorGroupNumber == 55 }
    /// `99-9999`: the crosswalk's NO MATCH placeholder.
    public var isNoMatch: Bool { digits == 999_999 }
    /// `00-0000`: all occupations.
    public var isAllOccupations: Bool { digits == 0 }
    /// Codes ending in 9 are "All Other" residual occupations.
    public var isAllOther: Bool { digits % 10 == 9 }

    /// The crosswalk's placeholder for a program with no occupation.
    public static let noMatch = SOCCode(unchecked: 999_999)
    /// The all-occupations total.
    public static let allOccupations = SOCCode(unchecked: 0)

    init(unchecked digits: Int32) { self.digits = digits }

    public var description: String {
        let d = Int(digits)
        let major = d / 10_000
        let rest = d % 10_000
        return (major < 10 ? "0" : "") + String(major) + "-" + String(repeating: "0", count: 4 - String(rest).count) + String(rest)
    }

    public static func < (lhs: SOCCode, rhs: SOCCode) -> Bool { lhs.digits < rhs.digits }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = SOCCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a SOC code of the form NN-NNNN"))
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension SOCCode {
    /// Explains why `text` is not a SOC code, with a fix where one is likely.
    public static func problem(with text: String) -> String {
        if text.contains("\u{FEFF}") {
            return "'\(text.replacingOccurrences(of: "\u{FEFF}", with: ""))' is preceded by an invisible byte-order mark (U+FEFF), usually left by joining files; remove it"
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed != text, SOCCode(trimmed) != nil {
            return "'\(text)' has stray spaces; write '\(trimmed)'"
        }
        if text.hasPrefix("=\""), text.hasSuffix("\""), let inner = Optional(String(text.dropFirst(2).dropLast())), SOCCode(inner) != nil {
            return "'\(text)' is a spreadsheet formula; write the code itself, '\(inner)'"
        }
        if let parsed = parseONet(text) {
            return "'\(text)' is an O*NET-SOC code; the SOC code is '\(parsed.soc)'"
        }
        let digitsOnly = text.filter(\.isNumber)
        if digitsOnly.count == 6, digitsOnly.count == text.count, let code = SOCCode(digits: Int(digitsOnly) ?? -1) {
            return "'\(text)' lacks the hyphen; write '\(code)'"
        }
        return "'\(text)' is not a SOC code; SOC codes look like 15-1252"
    }
}
