import Foundation

/// An occupation's area openings, as the caller passes them to the gap,
/// with every CIP code the crosswalk links to it.
public struct OccupationOpenings: Sendable, Hashable, Codable {
    public var soc: SOCCode
    public var title: String
    /// Estimated annual openings in the area; nil when not estimated.
    public var annualOpenings: Double?
    /// Why there is no estimate.
    public var openingsNote: String?
    /// Every six-digit CIP code linked to the occupation (not only the proposal's).
    public var linkedCIPs: [CIPCode]

    public init(soc: SOCCode, title: String, annualOpenings: Double?, openingsNote: String?, linkedCIPs: [CIPCode]) {
        self.soc = soc
        self.title = title
        self.annualOpenings = annualOpenings
        self.openingsNote = openingsNote
        self.linkedCIPs = linkedCIPs
    }
}

/// How one occupation's openings are shared with the proposal's CIP codes.
public struct OccupationShare: Sendable, Hashable, Codable {
    public var soc: SOCCode
    public var title: String
    public var annualOpenings: Double?
    public var openingsNote: String?
    /// CIP codes linked to the occupation, and how many of them are the proposal's.
    public var linkedCIPCount: Int
    public var proposalCIPs: [CIPCode]
    /// Average area completions at competing levels of every linked CIP, and of the proposal's.
    public var linkedCompletions: Double
    public var proposalCompletions: Double
    /// `completions` (share by area completions) or `equal` (no linked CIP had completions).
    public var shareRule: String
    /// The proposal's share of the occupation's openings, 0–1.
    public var share: Double
    /// annualOpenings × share; nil without openings.
    public var sharedOpenings: Double?
    /// Every linked CIP's completions ÷ the occupation's openings: the
    /// occupation's own supply/demand ratio; nil without openings.
    public var occupationRatio: Double?
}

/// Openings against completions of competing programs in the area.
///
/// An occupation linked to many CIP codes is not counted once per CIP: its
/// openings are shared across every CIP linked to it, in proportion to
/// their area completions at the competing award levels (averaged over the
/// settings' years), or equally when none of them has completions. The
/// proposal's demand is the sum of its shares; its supply is its own CIP
/// codes' completions; the ratio is supply ÷ demand. For a proposal with one
/// CIP code and one occupation this is that occupation's ratio: every
/// linked program's completers against its openings.
public struct SupplyGap: Sendable, Hashable, Codable {
    public var occupations: [OccupationShare]
    /// Σ sharedOpenings.
    public var demand: Double
    /// The proposal's completions at competing levels, averaged.
    public var supply: Double
    public var ratio: Double?
    public var band: SupplyBand?
    /// Why there is no ratio, when there is none.
    public var ratioNote: String?
    /// The sharing rule, in words.
    public var sharingRule: String
    public var bandsSource: String
    public var averageYears: [String]
    /// Which occupations' openings are the demand, in words (e.g. "entry
    /// occupations of the completer method").
    public var occupationsCounted: String = "every occupation linked to the CIP codes"

    public static let sharingRuleText = "An occupation's openings are shared across every CIP code the crosswalk links to it, in proportion to their area completions at the competing award levels (equally when none has completions); the proposal's demand is the sum of its shares, so no opening is counted once per CIP."

    /// Computes the gap of `proposal` (its CIP codes) against `occupations`,
    /// with `completions` the average area completions at competing levels
    /// of every CIP (`AreaCompletions.averages`).
    public static func compute(occupations: [OccupationOpenings], proposal: [CIPCode], completions: [CIPCode: Double],
                               settings: SupplySettings, averageYears: [String]) -> SupplyGap {
        let mine = Set(proposal)
        var rows: [OccupationShare] = []
        for o in occupations.sorted(by: { $0.soc < $1.soc }) {
            let linked = Array(Set(o.linkedCIPs)).sorted()
            let ours = linked.filter(mine.contains)
            let all = linked.reduce(0.0) { $0 + (completions[$1] ?? 0) }
            let own = ours.reduce(0.0) { $0 + (completions[$1] ?? 0) }
            let rule: String, share: Double
            if all > 0 {
                rule = "completions"
                share = own / all
            } else {
                rule = "equal"
                share = linked.isEmpty ? 0 : Double(ours.count) / Double(linked.count)
            }
            rows.append(OccupationShare(soc: o.soc, title: o.title, annualOpenings: o.annualOpenings, openingsNote: o.openingsNote,
                                        linkedCIPCount: linked.count, proposalCIPs: ours, linkedCompletions: all, proposalCompletions: own,
                                        shareRule: rule, share: share, sharedOpenings: o.annualOpenings.map { $0 * share },
                                        occupationRatio: o.annualOpenings.flatMap { $0 > 0 ? all / $0 : nil }))
        }
        let demand = rows.reduce(0.0) { $0 + ($1.sharedOpenings ?? 0) }
        let supply = Set(proposal).reduce(0.0) { $0 + (completions[$1] ?? 0) }
        var ratio: Double? = nil, note: String? = nil
        if rows.isEmpty {
            note = "no ratio: no counted occupation is linked to these CIP codes"
        } else if rows.allSatisfy({ $0.annualOpenings == nil }) {
            note = "no ratio: none of the occupations has an estimate of area openings"
        } else if demand <= 0 {
            note = "no ratio: the occupations' shared openings are 0"
        } else {
            ratio = supply / demand
        }
        return SupplyGap(occupations: rows, demand: demand, supply: supply, ratio: ratio, band: ratio.flatMap(settings.band(of:)),
                         ratioNote: note, sharingRule: sharingRuleText, bandsSource: settings.bandsSource, averageYears: averageYears)
    }
}
