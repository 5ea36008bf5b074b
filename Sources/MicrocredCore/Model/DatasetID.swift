/// A dataset's identifier in the catalog (`datasets/catalog.yaml`), e.g.
/// `oews-state`. The datasets microcred's analyses rely on are static
/// members; a catalog may name others (high-demand lists, for instance).
public struct DatasetID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: DatasetID, rhs: DatasetID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// OEWS cross-industry estimates for the U.S.
    public static let oewsNational = DatasetID("oews-national")
    /// OEWS estimates for the states and territories.
    public static let oewsState = DatasetID("oews-state")
    /// OEWS estimates for the U.S., the states and the metropolitan areas together.
    public static let oewsAllAreas = DatasetID("oews-all-areas")
    /// Employment Projections, table 1.2 (projections and worker characteristics).
    public static let epOccupation = DatasetID("ep-occupation")
    /// Employment Projections, table 1.10 (separations and openings).
    public static let epOpenings = DatasetID("ep-openings")
    /// The NCES CIP 2020 ↔ SOC 2018 crosswalk.
    public static let cipSOC = DatasetID("cip-soc")
    /// The NCES CIP 2020 code list.
    public static let cipCodes = DatasetID("cip-codes")
    /// O*NET Occupation Data.
    public static let onetOccupations = DatasetID("onet-occupations")
    /// O*NET Skills.
    public static let onetSkills = DatasetID("onet-skills")
    /// O*NET Knowledge.
    public static let onetKnowledge = DatasetID("onet-knowledge")
    /// IPEDS Institutional Characteristics (HD), one vintage per year.
    public static let ipedsInstitutions = DatasetID("ipeds-institutions")
    /// IPEDS Completions by CIP and award level (C20xx_A), one vintage per academic year.
    public static let ipedsCompletions = DatasetID("ipeds-completions")

    /// The OEWS file that publishes areas of `kind`.
    public static func oews(for kind: AreaKind) -> DatasetID {
        switch kind {
        case .nation: return .oewsNational
        case .state: return .oewsState
        case .metro: return .oewsAllAreas
        }
    }
}
