import Foundation

/// How a person names an OEWS area, on the command line, in a proposal or in
/// `datasets diff`: one grammar everywhere.
///
/// - the nation: `US`, `USA`, `U.S.`, `nation` or `99`;
/// - a state or territory: its postal code (`GA`, PRIM_STATE) or FIPS code
///   (`13`, `013`);
/// - a metropolitan area: its 5-digit CBSA code (`12060`);
/// - any area by its exact AREA_TITLE, ignoring case
///   ("Atlanta-Sandy Springs-Roswell, GA").
public enum AreaQuery: Sendable, Hashable, CustomStringConvertible {
    case nation
    case statePostal(String)
    case stateFIPS(Int)
    case metro(Int)
    case title(String)

    /// The accepted spellings, for messages.
    public static let spellings = "US, a state postal code (GA) or FIPS code (13), a metro area's 5-digit CBSA code (12060), or an area's exact OEWS title"

    /// Parses `text`; nil when it is empty or is a number that is no area code.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        let upper = t.uppercased()
        if ["US", "USA", "U.S.", "NATION", "99"].contains(upper) { self = .nation; return }
        if t.count == 2, t.allSatisfy({ $0.isASCII && $0.isLetter }) { self = .statePostal(upper); return }
        if t.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let n = Int(t) else { return nil }
            if t.count <= 3, (1...98).contains(n) { self = .stateFIPS(n); return }
            if t.count == 5 { self = .metro(n); return }
            return nil
        }
        self = .title(t)
    }

    /// The kind of area the query names, when the spelling alone tells.
    public var kind: AreaKind? {
        switch self {
        case .nation: return .nation
        case .statePostal, .stateFIPS: return .state
        case .metro: return .metro
        case .title: return nil
        }
    }

    /// The OEWS dataset that publishes the area: the national file for the
    /// U.S., the state file for a state, the all-areas file for a metro area
    /// or a title.
    public var datasetID: DatasetID { kind.map(DatasetID.oews(for:)) ?? .oewsAllAreas }

    /// The area the query names among `areas`, or nil.
    public func find(in areas: [Area]) -> Area? {
        switch self {
        case .nation: return areas.first { $0.code.kind == .nation }
        case .statePostal(let postal): return areas.first { $0.code.kind == .state && $0.primaryState.uppercased() == postal }
        case .stateFIPS(let fips): return areas.first { $0.code.kind == .state && Int($0.code.code) == fips }
        case .metro(let cbsa): return areas.first { $0.code.kind == .metro && Int($0.code.code) == cbsa }
        case .title(let title):
            let lower = title.lowercased()
            return areas.first { $0.title.lowercased() == lower }
        }
    }

    /// As written back: `US`, `GA`, `13`, `12060`, or the title.
    public var description: String {
        switch self {
        case .nation: return "US"
        case .statePostal(let p): return p
        case .stateFIPS(let n): return n < 10 ? "0\(n)" : "\(n)"
        case .metro(let n): return String(repeating: "0", count: max(0, 5 - String(n).count)) + String(n)
        case .title(let t): return t
        }
    }
}
