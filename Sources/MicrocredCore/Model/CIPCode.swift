import Foundation

/// A six-digit Classification of Instructional Programs (CIP 2020) code,
/// `NN.NNNN`: one discipline.
///
/// It knows its two-digit family (`11`) and four-digit series (`11.07`).
public struct CIPCode: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The six digits, e.g. 110701 for 11.0701.
    public let digits: Int32

    /// Parses `NN.NNNN` exactly; nil for anything else.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[2] == UInt8(ascii: ".") else { return nil }
        var value: Int32 = 0
        for i in [0, 1, 3, 4, 5, 6] {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            value = value * 10 + Int32(d)
        }
        digits = value
    }

    init(unchecked digits: Int32) { self.digits = digits }

    /// The two-digit family number, e.g. 11.
    public var family: Int { Int(digits / 10_000) }
    /// The family as written, e.g. `11`.
    public var familyCode: String { description.prefix(2).description }
    /// The four-digit series as written, e.g. `11.07`.
    public var seriesCode: String { description.prefix(5).description }
    /// `99.9999`: the crosswalk's placeholder for an occupation with no program.
    public var isPlaceholder: Bool { digits == 999_999 }

    public var description: String {
        let d = Int(digits)
        let family = d / 10_000
        let rest = d % 10_000
        return (family < 10 ? "0" : "") + String(family) + "." + String(repeating: "0", count: 4 - String(rest).count) + String(rest)
    }

    public static func < (lhs: CIPCode, rhs: CIPCode) -> Bool { lhs.digits < rhs.digits }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = CIPCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: CIPCode.problem(with: text)))
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension CIPCode {
    /// Explains why `text` is not a six-digit CIP code, with a fix where one
    /// is likely (stray spaces, spreadsheet formulas, dropped zeros).
    public static func problem(with text: String) -> String {
        if text.contains("\u{FEFF}") {
            return "'\(text.replacingOccurrences(of: "\u{FEFF}", with: ""))' is preceded by an invisible byte-order mark (U+FEFF), usually left by joining files; remove it"
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed != text, CIPCode(trimmed) != nil {
            return "'\(text)' has stray spaces; write '\(trimmed)'"
        }
        if text.hasPrefix("=\""), text.hasSuffix("\""), CIPCode(String(text.dropFirst(2).dropLast())) != nil {
            return "'\(text)' is a spreadsheet formula; write the code itself, '\(text.dropFirst(2).dropLast())'"
        }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count <= 2, parts[1].count < 4, !parts[1].isEmpty,
           parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            let fixed = String(repeating: "0", count: 2 - parts[0].count) + parts[0] + "." + parts[1] + String(repeating: "0", count: 4 - parts[1].count)
            return "'\(text)' is not a six-digit CIP code; if a spreadsheet dropped its zeros it was '\(fixed)' (quote codes so they stay text)"
        }
        if parts.count == 2, parts[0].count == 1, parts[1].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            return "'\(text)' lost its leading zero; write '0\(trimmed)' (quote codes so they stay text)"
        }
        return "'\(text)' is not a CIP code; six-digit CIP 2020 codes look like 11.0701"
    }
}
