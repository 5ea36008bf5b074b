import Foundation

/// The published high-demand rules microcred can apply side by side
/// (datasets/high-demand-criteria.yaml names the one the score uses).
public enum HighDemandRuleName: String, Sendable, Hashable, Codable, CaseIterable {
    /// Openings at the area's own scale (a share of the area's openings, with a floor), growth and wage.
    case scaleAware = "scale-aware"
    /// Georgia DOL "Hot Careers": ≥ 100 openings statewide, fast growth, above-average wage (judged for the state).
    case hotCareers = "hot-careers"
    /// O*NET Bright Outlook: national growth ≥ 10% or ≥ 100,000 openings over the decade.
    case brightOutlook = "bright-outlook"
    /// Concentration: OEWS location quotient ≥ 1.2 (Lightcast's cut).
    case concentration
    /// Membership of an imported official list.
    case list

    /// How reports name the rule.
    public var title: String {
        switch self {
        case .scaleAware: return "scale-aware (share of the area's openings)"
        case .hotCareers: return "Georgia DOL Hot Careers style (statewide)"
        case .brightOutlook: return "O*NET Bright Outlook"
        case .concentration: return "concentration (location quotient)"
        case .list: return "imported official list"
        }
    }
}

/// One rule's verdict for one occupation.
public struct RuleOutcome: Sendable, Hashable, Codable {
    public var rule: HighDemandRuleName
    /// nil when a figure the rule needs is unknown (the occupation does not qualify).
    public var met: Bool?
    /// The figures against the thresholds, in words.
    public var detail: String
}

extension HighDemandCriteria {
    /// The scale-aware thresholds (docs/analysis.md, "High demand at the area's scale").
    public struct ScaleAware: Sendable, Hashable, Codable {
        /// Area openings must be at least this share of the area's estimated all-occupations openings…
        public var minimumShareOfAreaOpenings: Double
        /// …and at least this many a year.
        public var minimumAnnualOpeningsFloor: Double
        enum CodingKeys: String, CodingKey {
            case minimumShareOfAreaOpenings = "minimum_share_of_area_openings"
            case minimumAnnualOpeningsFloor = "minimum_annual_openings_floor"
        }
        public init(minimumShareOfAreaOpenings: Double, minimumAnnualOpeningsFloor: Double) {
            self.minimumShareOfAreaOpenings = minimumShareOfAreaOpenings
            self.minimumAnnualOpeningsFloor = minimumAnnualOpeningsFloor
        }
    }

    /// O*NET Bright Outlook's thresholds.
    public struct BrightOutlook: Sendable, Hashable, Codable {
        public var minimumGrowthPercent: Double
        public var minimumOpeningsOverDecade: Double
        enum CodingKeys: String, CodingKey {
            case minimumGrowthPercent = "minimum_growth_percent"
            case minimumOpeningsOverDecade = "minimum_openings_over_decade"
        }
        public init(minimumGrowthPercent: Double, minimumOpeningsOverDecade: Double) {
            self.minimumGrowthPercent = minimumGrowthPercent
            self.minimumOpeningsOverDecade = minimumOpeningsOverDecade
        }
    }

    /// The concentration threshold.
    public struct Concentration: Sendable, Hashable, Codable {
        public var minimumLocationQuotient: Double
        enum CodingKeys: String, CodingKey { case minimumLocationQuotient = "minimum_location_quotient" }
        public init(minimumLocationQuotient: Double) { self.minimumLocationQuotient = minimumLocationQuotient }
    }

    /// The rule the score uses (scale-aware when the file does not say).
    public var rule: HighDemandRuleName { scoreRule ?? .scaleAware }
    public var scaleAwareThresholds: ScaleAware { scaleAware ?? ScaleAware(minimumShareOfAreaOpenings: 0.00017, minimumAnnualOpeningsFloor: 10) }
    public var brightOutlookThresholds: BrightOutlook { brightOutlook ?? BrightOutlook(minimumGrowthPercent: 10, minimumOpeningsOverDecade: 100_000) }
    public var concentrationThresholds: Concentration { concentration ?? Concentration(minimumLocationQuotient: 1.2) }
}

/// Area-level figures every rule needs, computed once per area.
public struct HighDemandAreaContext: Sendable {
    public var area: Int
    /// The containing area (fallback openings).
    public var parent: Int?
    /// The state the area is in (itself for a state; nil for the nation or when not loaded).
    public var state: Int?
    public var areaOpeningsReference: Double
    /// max(floor, share × the area's all-occupations openings).
    public var scaledOpeningsThreshold: Double
    public var growthThreshold: Double
    public var decadeYears: Double

    public init(market: LaborMarket, area a: Int, criteria: HighDemandCriteria) {
        area = a
        parent = market.parentSlot(of: a)
        switch market.areas[a].code.kind {
        case .state: state = a
        case .metro: state = market.parentSlot(of: a).flatMap { market.areas[$0].code.kind == .state ? $0 : nil }
        case .nation: state = nil
        }
        areaOpeningsReference = market.allOccupationsOpeningsEstimate(area: a)
        let scale = criteria.scaleAwareThresholds
        let share = areaOpeningsReference.isFinite ? areaOpeningsReference * scale.minimumShareOfAreaOpenings : .nan
        scaledOpeningsThreshold = share.isFinite ? max(scale.minimumAnnualOpeningsFloor, (share * 10).rounded() / 10) : scale.minimumAnnualOpeningsFloor
        growthThreshold = criteria.growthThreshold(allOccupations: market.allOccupationsGrowth)
        let years = Double((market.ep.targetYear ?? 0) - (market.ep.baseYear ?? 0))
        decadeYears = years > 0 ? years : 10
    }
}

/// Applies each published rule to an occupation (docs/analysis.md).
public enum HighDemandRules {
    /// Openings that count for the scale-aware rule: direct, else the labelled fallback.
    @inline(__always)
    static func openings(_ market: LaborMarket, _ c: HighDemandAreaContext, _ o: Int) -> Double {
        let direct = market.areaOpeningsEstimate(area: c.area, occupation: o)
        return direct.isFinite ? direct : market.fallbackOpeningsEstimate(area: c.area, occupation: o, parent: c.parent)
    }

    /// Fast yes/no of `rule` (ranking); the same outcome as `outcome(...).met == true`.
    @inline(__always)
    public static func meets(_ rule: HighDemandRuleName, criteria: HighDemandCriteria, market: LaborMarket, context c: HighDemandAreaContext,
                             occupation o: Int, listMember: Bool) -> Bool {
        switch rule {
        case .list: return listMember
        case .scaleAware:
            let e = openings(market, c, o)
            guard e >= c.scaledOpeningsThreshold, market.growthPercent(occupation: o) >= c.growthThreshold else { return false }
            return market.medianWage(area: c.area, occupation: o) >= criteria.minimumWageRatio * market.allOccupationsMedianWage(area: c.area)
        case .hotCareers:
            guard let s = c.state else { return false }
            let e = market.areaOpeningsEstimate(area: s, occupation: o)
            guard e >= criteria.minimumAreaAnnualOpenings, market.growthPercent(occupation: o) >= c.growthThreshold else { return false }
            return market.medianWage(area: s, occupation: o) >= criteria.minimumWageRatio * market.allOccupationsMedianWage(area: s)
        case .brightOutlook:
            let b = criteria.brightOutlookThresholds
            return market.growthPercent(occupation: o) >= b.minimumGrowthPercent
                || market.nationalAnnualOpenings(occupation: o) * c.decadeYears >= b.minimumOpeningsOverDecade
        case .concentration:
            guard let lq = market.estimate(area: c.area, occupation: o)?.locationQuotient else { return false }
            return lq >= criteria.concentrationThresholds.minimumLocationQuotient
        }
    }

    /// Every rule's verdict with its figures, the list only when one is given.
    public static func panel(criteria: HighDemandCriteria, market: LaborMarket, context c: HighDemandAreaContext, occupation o: Int,
                             list: HighDemandList?) -> [RuleOutcome] {
        var rules: [HighDemandRuleName] = [.scaleAware, .hotCareers, .brightOutlook, .concentration]
        if list != nil { rules.append(.list) }
        return rules.map { outcome($0, criteria: criteria, market: market, context: c, occupation: o, list: list) }
    }

    public static func outcome(_ rule: HighDemandRuleName, criteria: HighDemandCriteria, market: LaborMarket, context c: HighDemandAreaContext,
                               occupation o: Int, list: HighDemandList?) -> RuleOutcome {
        let growth = market.growthPercent(occupation: o)
        func pct(_ v: Double) -> String { Figures.decimal(v, places: 1) + "%" }
        func wageText(_ area: Int) -> (Bool?, String) {
            let wage = market.medianWage(area: area, occupation: o), median = market.allOccupationsMedianWage(area: area)
            if wage == .infinity { return (median.isFinite ? true : nil, "median wage top-coded") }
            guard wage.isFinite, median.isFinite, median > 0 else { return (nil, "wage vs area median unknown") }
            let ratio = wage / median
            return (ratio >= criteria.minimumWageRatio, "wage \(Figures.decimal(ratio, places: 2))× median")
        }
        func combine(_ parts: [(Bool?, String)]) -> (Bool?, String) {
            let met: Bool? = parts.contains { $0.0 == false } ? false : (parts.contains { $0.0 == nil } ? nil : true)
            return (met, parts.map(\.1).joined(separator: "; "))
        }
        let growthPart: (Bool?, String) = growth.isFinite ? (growth >= c.growthThreshold, "growth \(pct(growth)) vs \(pct(c.growthThreshold))") : (nil, "growth unknown")
        switch rule {
        case .scaleAware:
            let direct = market.areaOpeningsEstimate(area: c.area, occupation: o)
            let e = openings(market, c, o)
            let label = direct.isFinite ? "est. openings" : "fallback openings"
            let openingsPart: (Bool?, String) = e.isFinite
                ? (e >= c.scaledOpeningsThreshold, "\(label) \(Figures.decimal(e, places: 0))/yr vs \(Figures.decimal(c.scaledOpeningsThreshold, places: 0)) (\(Figures.decimal(criteria.scaleAwareThresholds.minimumShareOfAreaOpenings * 100, places: 3))% of area openings, floor \(Figures.decimal(criteria.scaleAwareThresholds.minimumAnnualOpeningsFloor, places: 0)))")
                : (nil, "area openings unknown")
            let r = combine([openingsPart, growthPart, wageText(c.area)])
            return RuleOutcome(rule: rule, met: r.0, detail: r.1)
        case .hotCareers:
            guard let s = c.state else { return RuleOutcome(rule: rule, met: nil, detail: "applies to a state; no state for this area") }
            let e = market.areaOpeningsEstimate(area: s, occupation: o)
            let openingsPart: (Bool?, String) = e.isFinite
                ? (e >= criteria.minimumAreaAnnualOpenings, "\(market.areas[s].primaryState) est. openings \(Figures.decimal(e, places: 0))/yr vs \(Figures.decimal(criteria.minimumAreaAnnualOpenings, places: 0))")
                : (nil, "state openings unknown")
            let r = combine([openingsPart, growthPart, wageText(s)])
            return RuleOutcome(rule: rule, met: r.0, detail: r.1)
        case .brightOutlook:
            let b = criteria.brightOutlookThresholds
            let decade = market.nationalAnnualOpenings(occupation: o) * c.decadeYears
            guard growth.isFinite || decade.isFinite else { return RuleOutcome(rule: rule, met: nil, detail: "no EP projection") }
            let met = growth >= b.minimumGrowthPercent || decade >= b.minimumOpeningsOverDecade
            return RuleOutcome(rule: rule, met: met, detail: "growth \(growth.isFinite ? pct(growth) : "unknown") vs \(pct(b.minimumGrowthPercent)); U.S. openings over the decade \(decade.isFinite ? Figures.decimal(decade, places: 0) : "unknown") vs \(Figures.decimal(b.minimumOpeningsOverDecade, places: 0))")
        case .concentration:
            let min = criteria.concentrationThresholds.minimumLocationQuotient
            guard let lq = market.estimate(area: c.area, occupation: o)?.locationQuotient else {
                return RuleOutcome(rule: rule, met: nil, detail: "location quotient not published")
            }
            return RuleOutcome(rule: rule, met: lq >= min, detail: "LQ \(Figures.decimal(lq, places: 2)) vs \(Figures.decimal(min, places: 2))")
        case .list:
            guard let list else { return RuleOutcome(rule: rule, met: nil, detail: "no list given") }
            let on = list.entries.contains { $0.soc == market.occupations[o] }
            return RuleOutcome(rule: rule, met: on, detail: (on ? "on " : "not on ") + list.name)
        }
    }
}
