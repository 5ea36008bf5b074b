import Foundation

/// The kind of area OEWS publishes estimates for (its AREA_TYPE).
public enum AreaKind: Int, Sendable, Codable, Comparable, CustomStringConvertible {
    case nation = 1
    case state = 2
    case metro = 4

    public static func < (lhs: AreaKind, rhs: AreaKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .nation: return "nation"
        case .state: return "state"
        case .metro: return "metropolitan area"
        }
    }
}

/// An OEWS area: the U.S. (`99`), a state or territory (its 2-digit FIPS
/// code, `13` for Georgia), or a metropolitan area (its 5-digit CBSA code,
/// `12060` for Atlanta).
public struct AreaCode: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let kind: AreaKind
    /// 99 for the U.S., the FIPS code of a state, the CBSA code of an MSA.
    public let code: Int32

    public init(kind: AreaKind, code: Int) {
        self.kind = kind
        self.code = Int32(code)
    }

    /// The United States.
    public static let nation = AreaCode(kind: .nation, code: 99)

    /// The code as OEWS writes it: `99`, `13`, `12060`.
    public var description: String {
        switch kind {
        case .nation: return "99"
        case .state: return code < 10 ? "0\(code)" : "\(code)"
        case .metro: return String(repeating: "0", count: max(0, 5 - String(code).count)) + String(code)
        }
    }

    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool {
        (lhs.kind, lhs.code) < (rhs.kind, rhs.code)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = Int(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an OEWS area code"))
        }
        if text == "99" { self = .nation } else if text.count <= 2 { self.init(kind: .state, code: code) } else { self.init(kind: .metro, code: code) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An area with its names, as OEWS lists it.
public struct Area: Hashable, Sendable {
    public let code: AreaCode
    /// AREA_TITLE, e.g. "Georgia" or "Atlanta-Sandy Springs-Roswell, GA".
    public let title: String
    /// PRIM_STATE: the postal code of the (primary) state, "US" for the nation.
    public let primaryState: String

    public init(code: AreaCode, title: String, primaryState: String) {
        self.code = code
        self.title = title
        self.primaryState = primaryState
    }

    /// How the area is written on the command line: `US`, `GA`, `12060`.
    public var commandLineName: String {
        switch code.kind {
        case .nation: return "US"
        case .state: return primaryState
        case .metro: return code.description
        }
    }
}
