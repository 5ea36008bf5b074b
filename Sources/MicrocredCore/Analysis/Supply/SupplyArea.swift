import Foundation

/// The area supply is counted in: the nation, a state (by HD's STABBR) or a
/// metropolitan area (by HD's CBSA).
public struct SupplyArea: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case nation, state, metro }
    public var kind: Kind
    /// `US`, a postal code (`GA`) or a CBSA code (`12060`).
    public var code: String
    public var name: String

    public init(kind: Kind, code: String, name: String) {
        self.kind = kind
        self.code = code
        self.name = name
    }

    /// The area of an OEWS area (same codes).
    public init(_ area: Area) {
        switch area.code.kind {
        case .nation: self.init(kind: .nation, code: "US", name: area.title)
        case .state: self.init(kind: .state, code: area.primaryState, name: area.title)
        case .metro: self.init(kind: .metro, code: area.code.description, name: area.title)
        }
    }

    /// Whether `institution` is in the area. The nation is the 50 states and
    /// DC (HD FIPS 1–56), as OEWS and EP count it: territories are left out.
    public func contains(_ institution: IPEDSInstitution) -> Bool {
        switch kind {
        case .nation: return institution.stateFIPS.value.map { (1...56).contains($0) } ?? false
        case .state: return institution.state == code
        case .metro: return institution.cbsa.value.map { String($0) == code || $0 == Int(code) } ?? false
        }
    }

    /// How institutions are placed in the area, for notes.
    public var rule: String {
        switch kind {
        case .nation: return "institutions in the 50 states and DC (HD FIPS 1–56; territories left out, as in OEWS and EP)"
        case .state: return "institutions whose HD STABBR is \(code)"
        case .metro: return "institutions whose HD CBSA is \(code)"
        }
    }
}
