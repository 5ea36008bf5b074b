import Foundation

/// How an analysis counts the jobs a completer can get: the reachability
/// rules, the completer's profile, O*NET Job Zones and the proposal's
/// changes to the crosswalk's occupations (docs/analysis.md).
public struct CompleterMethod: Sendable {
    public var rules: EntryReachabilityRules
    public var profile: CompleterProfile
    public var jobZones: ONetJobZones?
    public var tailoring: OccupationTailoring

    public init(rules: EntryReachabilityRules, profile: CompleterProfile, jobZones: ONetJobZones?, tailoring: OccupationTailoring = OccupationTailoring()) {
        self.rules = rules
        self.profile = profile
        self.jobZones = jobZones
        self.tailoring = tailoring
    }

    /// The reachability of occupation slot `o`.
    public func reach(market: LaborMarket, occupation o: Int) -> OccupationReach {
        let soc = market.occupations[o]
        return EntryReachability.classify(soc: soc, projection: market.projections[o], jobZone: jobZones?.zone(for: soc),
                                          profile: profile, rules: rules)
    }

    /// Whether an occupation of class `reach` counts in the demand figures:
    /// entry occupations for entry credentials; every occupation that is not
    /// excluded for upskill credentials (learners already hold them).
    public func counts(_ reach: ReachClass) -> Bool {
        profile.purpose == .entry ? reach == .entry : reach != .excluded
    }

    /// Per-slot "counts" mask for ranking (tailoring does not apply there).
    public func countsMask(market: LaborMarket) -> [Bool] {
        market.occupations.indices.map { counts(reach(market: market, occupation: $0).reach) }
    }
}

/// A crosswalk occupation the proposal removed, with its reason.
public struct RemovedOccupation: Sendable {
    public var change: OccupationChange
    public var title: String
}

/// What the method did for one analysis: the profile, the counts of each
/// class, and the default crosswalk result beside a tailored one.
public struct MethodSummary: Sendable {
    public var profile: CompleterProfile
    public var rulesFile: String?
    public var rulesEffectiveDate: String
    public var entryWagePercentile: Int
    /// Occupations added by the proposal (with reasons) and removed (with reasons).
    public var added: [OccupationChange]
    public var removed: [RemovedOccupation]
    /// The score and counted openings of the crosswalk's own occupations, when the proposal tailors them.
    public var defaultScore: AlignmentScore?
    public var defaultOccupationCount: Int?
    public var defaultCountedOpenings: Double?
    /// For upskill credentials: Σ area employment of the counted occupations
    /// (nil when none is published), and how many have suppressed employment.
    public var marketEmployment: Double?
    public var marketEmploymentSuppressed: Int
    /// True when too little is known in the area to score: no counted
    /// occupation has a direct or fallback openings figure.
    public var insufficientAreaData: Bool
    /// Why the data are insufficient, when they are.
    public var insufficientReason: String?
}
