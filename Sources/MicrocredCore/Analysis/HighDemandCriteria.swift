import Foundation


/// The thresholds of a derived high-demand list ("Hot Careers" style), read
/// from datasets/high-demand-criteria.yaml (docs/analysis.md).
public struct HighDemandCriteria: Sendable, Hashable, Codable {
    /// A growth threshold: a fixed percent or the all-occupations rate.
    public enum GrowthThreshold: Sendable, Hashable, Codable {
        case allOccupations
        case percent(Double)

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .percent(number); return }
            let text = try container.decode(String.self)
            guard text == "all-occupations" else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "write a percent such as 3.1, or all-occupations")
            }
            self = .allOccupations
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .allOccupations: try container.encode("all-occupations")
            case .percent(let p): try container.encode(p)
            }
        }
    }

    /// The list's name, shown on every output.
    public var name: String
    /// Estimated area annual openings must be at least this.
    public var minimumAreaAnnualOpenings: Double
    /// EP national growth must be at least this.
    public var minimumGrowth: GrowthThreshold
    /// The area median wage must be at least this multiple of the area's
    /// all-occupations median (1.0: at or above it).
    public var minimumWageRatio: Double
    /// The rule the score uses; nil: scale-aware (see HighDemandRules.swift).
    public var scoreRule: HighDemandRuleName? = nil
    public var scaleAware: ScaleAware? = nil
    public var brightOutlook: BrightOutlook? = nil
    public var concentration: Concentration? = nil
    public var effectiveDate: String? = nil
    public var sources: [String]? = nil

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case minimumAreaAnnualOpenings = "minimum_area_annual_openings"
        case minimumGrowth = "minimum_growth_percent"
        case minimumWageRatio = "minimum_wage_ratio_to_area_median"
        case scoreRule = "score_rule", scaleAware = "scale_aware", brightOutlook = "bright_outlook", concentration
        case effectiveDate = "effective_date", sources
    }

    public init(name: String, minimumAreaAnnualOpenings: Double, minimumGrowth: GrowthThreshold, minimumWageRatio: Double) {
        self.name = name
        self.minimumAreaAnnualOpenings = minimumAreaAnnualOpenings
        self.minimumGrowth = minimumGrowth
        self.minimumWageRatio = minimumWageRatio
    }

    /// The defaults, identical to datasets/high-demand-criteria.yaml.
    public static let `default`: HighDemandCriteria = {
        var c = HighDemandCriteria(name: "Derived high-demand occupations",
                                   minimumAreaAnnualOpenings: 100, minimumGrowth: .allOccupations, minimumWageRatio: 1.0)
        c.scoreRule = .scaleAware
        c.scaleAware = ScaleAware(minimumShareOfAreaOpenings: 0.00017, minimumAnnualOpeningsFloor: 10)
        c.brightOutlook = BrightOutlook(minimumGrowthPercent: 10, minimumOpeningsOverDecade: 100_000)
        c.concentration = Concentration(minimumLocationQuotient: 1.2)
        c.effectiveDate = "2026-11-01"
        c.sources = [
            "Georgia Department of Labor, Hot Careers (fast job growth, high wages, at least 100 annual openings statewide)",
            "O*NET OnLine, Bright Outlook occupations: projected growth of 10% or more, or 100,000 or more openings over the projection period (https://www.onetonline.org/help/bright/)",
            "Lightcast, location quotient: 1.2 or more marks an occupation concentrated in a region",
        ]
        return c
    }()

    /// The growth threshold in percent, given the all-occupations rate.
    public func growthThreshold(allOccupations: Double) -> Double {
        switch minimumGrowth {
        case .allOccupations: return allOccupations
        case .percent(let p): return p
        }
    }
}

/// One criterion's value, threshold and outcome for one occupation.
public struct CriterionCheck: Sendable, Hashable, Codable {
    /// `areaAnnualOpenings`, `growthPercent` or `wageRatioToAreaMedian`.
    public var name: String
    /// The occupation's value; nil when unknown (suppressed or not published).
    public var value: Double?
    public var threshold: Double
    /// nil when the value is unknown (the occupation then does not qualify).
    public var passed: Bool?
    /// Why the value is unknown, or that it is top-coded.
    public var note: String?
}

/// Whether an occupation is high-demand in an area, and why.
public struct HighDemandStatus: Sendable, Hashable {
    public var isHighDemand: Bool
    /// A sentence: the list it is on, or each criterion against its threshold.
    public var reason: String
    /// The derived criteria's checks (empty when the status comes from an imported list).
    public var checks: [CriterionCheck]
    /// The rule that decided `isHighDemand`.
    public var rule: HighDemandRuleName = .scaleAware
    /// Every published rule's verdict side by side (docs/analysis.md).
    public var panel: [RuleOutcome] = []
}

/// Applies derived criteria or an imported list to occupations of an area.
public struct HighDemandRule: Sendable {
    public enum Source: Sendable {
        case derived(HighDemandCriteria)
        case list(HighDemandList)
    }

    public let source: Source

    public init(_ source: Source) { self.source = source }

    /// The label shown beside results.
    public var label: String {
        switch source {
        case .derived(let c): return "\(c.name) — derived from public data; not an official list"
        case .list(let l): return l.name + (l.date.map { " (\($0))" } ?? "")
        }
    }

    /// The criteria behind every rule (the derived file's, or its defaults beside a list).
    public var criteria: HighDemandCriteria {
        if case .derived(let c) = source { return c }
        return criteriaBesideList
    }

    /// The rule that decides high demand in scores.
    public var scoreRule: HighDemandRuleName {
        if case .derived(let c) = source { return c.rule }
        return .list
    }

    /// Criteria used for the side-by-side panel when the score uses a list.
    public var criteriaBesideList = HighDemandCriteria.default

    /// The imported list, when one decides.
    public var list: HighDemandList? {
        if case .list(let l) = source { return l }
        return nil
    }

    /// The status of occupation slot `o` in area slot `a`: decided by the
    /// score rule, with every rule's verdict beside it.
    public func status(market: LaborMarket, area a: Int, occupation o: Int) -> HighDemandStatus {
        let criteria = self.criteria
        let context = HighDemandAreaContext(market: market, area: a, criteria: criteria)
        let panel = HighDemandRules.panel(criteria: criteria, market: market, context: context, occupation: o, list: list)
        switch source {
        case .list(let list):
            let code = market.occupations[o]
            if let entry = list.entries.first(where: { $0.soc == code }) {
                return HighDemandStatus(isHighDemand: true, reason: "on \(list.name)" + (entry.region.map { " (region: \($0))" } ?? ""), checks: [],
                                        rule: .list, panel: panel)
            }
            return HighDemandStatus(isHighDemand: false, reason: "not on \(list.name)", checks: [], rule: .list, panel: panel)
        case .derived(let criteria):
            let rule = criteria.rule
            let checks = Self.checks(criteria, market: market, area: a, occupation: o, context: context)
            let decided = panel.first { $0.rule == rule } ?? HighDemandRules.outcome(rule, criteria: criteria, market: market, context: context, occupation: o, list: nil)
            let high = decided.met == true
            let reason = (high ? "meets " : "does not meet ") + rule.title + ": " + decided.detail
            return HighDemandStatus(isHighDemand: high, reason: reason, checks: checks, rule: rule, panel: panel)
        }
    }

    static func checks(_ criteria: HighDemandCriteria, market: LaborMarket, area a: Int, occupation o: Int,
                       context: HighDemandAreaContext) -> [CriterionCheck] {
        var checks: [CriterionCheck] = []
        let scaled = criteria.rule == .scaleAware
        let openings = scaled ? HighDemandRules.openings(market, context, o) : market.areaOpeningsEstimate(area: a, occupation: o)
        let openingsThreshold = scaled ? context.scaledOpeningsThreshold : criteria.minimumAreaAnnualOpenings
        let employmentNote = OccupationDemand.employmentNote(market: market, area: a, occupation: o)
        checks.append(CriterionCheck(name: "areaAnnualOpenings", value: openings.isFinite ? openings : nil,
                                     threshold: openingsThreshold,
                                     passed: openings.isFinite ? openings >= openingsThreshold : nil,
                                     note: openings.isFinite ? nil : "area openings cannot be estimated: \(employmentNote ?? "EP publishes no national openings")"))
        let growth = market.growthPercent(occupation: o)
        let growthThreshold = criteria.growthThreshold(allOccupations: market.allOccupationsGrowth)
        checks.append(CriterionCheck(name: "growthPercent", value: growth.isFinite ? growth : nil, threshold: growthThreshold,
                                     passed: growth.isFinite ? growth >= growthThreshold : nil,
                                     note: growth.isFinite ? nil : "EP publishes no projection"))
        let wage = market.medianWage(area: a, occupation: o)
        let areaMedian = market.allOccupationsMedianWage(area: a)
        let ratio = wage / areaMedian
        let note: String?
        if wage == .infinity { note = "median wage top-coded" }
        else if !wage.isFinite { note = "median wage " + (market.estimate(area: a, occupation: o)?.annual.median.note() ?? "not published for this area") }
        else if !areaMedian.isFinite { note = "area all-occupations median not available" }
        else { note = nil }
        let known = wage == .infinity ? areaMedian.isFinite : ratio.isFinite
        checks.append(CriterionCheck(name: "wageRatioToAreaMedian", value: ratio.isFinite ? (ratio * 10_000).rounded() / 10_000 : nil,
                                     threshold: criteria.minimumWageRatio,
                                     passed: known ? (wage == .infinity || ratio >= criteria.minimumWageRatio) : nil, note: note))
        return checks
    }

    static func describe(_ check: CriterionCheck) -> String {
        let value: String
        switch check.name {
        case "areaAnnualOpenings":
            value = check.value.map { "est. area openings \(Figures.decimal($0, places: 0))/yr" } ?? "est. area openings unknown"
            return value + (check.passed == nil ? " (\(check.note ?? ""))" : (check.passed == true ? " ≥ " : " < ") + Figures.decimal(check.threshold, places: 0))
        case "growthPercent":
            value = check.value.map { "growth \(Figures.decimal($0, places: 1))%" } ?? "growth unknown"
            return value + (check.passed == nil ? "" : (check.passed == true ? " ≥ " : " < ") + Figures.decimal(check.threshold, places: 1) + "%")
        default:
            if check.note == "median wage top-coded" { return "median wage top-coded (above area median)" }
            value = check.value.map { "wage \(Figures.decimal($0, places: 2))× area median" } ?? "wage vs area median unknown (\(check.note ?? ""))"
            return value + (check.passed == nil ? "" : (check.passed == true ? " ≥ " : " < ") + Figures.decimal(check.threshold, places: 2))
        }
    }
}
