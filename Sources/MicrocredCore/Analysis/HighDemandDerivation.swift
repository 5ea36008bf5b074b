/// A high-demand list derived from public data with `HighDemandCriteria`:
/// every criterion's value and pass/fail for each occupation of an area.
/// Derived from public data; not an official list.
public struct DerivedHighDemandList: Sendable {
    /// One occupation with its checks.
    public struct Row: Sendable {
        public var soc: SOCCode
        public var title: String
        public var isHighDemand: Bool
        public var checks: [CriterionCheck]
        public var reason: String
        public var areaAnnualOpeningsEstimate: Double?
        public var medianAnnualWage: Reported<Double>
        public var projectedGrowthPercent: Reported<Double>
        /// Every published rule's verdict, side by side (HighDemandRules).
        public var panel: [RuleOutcome] = []
    }

    /// "derived from public data; not an official list".
    public static let label = "derived from public data; not an official list"

    public var area: Area
    public var criteria: HighDemandCriteria
    /// The all-occupations growth % and area median wage the thresholds use.
    public var allOccupationsGrowth: Double
    public var areaAllOccupationsMedianWage: Double
    /// High-demand rows first (most openings first), then the rest when asked for.
    public var rows: [Row]
    /// Occupations evaluated (those with an OEWS row in the area).
    public var evaluated: Int

    /// The list as `HighDemandList` entries (qualifying rows only).
    public var list: HighDemandList {
        HighDemandList(name: criteria.name, date: nil,
                       entries: rows.filter(\.isHighDemand).map { .init(soc: $0.soc, title: $0.title, region: area.title, listedCode: nil, line: nil) },
                       isDerived: true, diagnostics: Diagnostics())
    }
}

/// Derives a high-demand list for one area.
public enum HighDemandDeriver {
    /// Evaluates every occupation with an OEWS row in area slot `a`. When
    /// `includeAll` is false only qualifying occupations are kept.
    public static func derive(market: LaborMarket, area a: Int, criteria: HighDemandCriteria, includeAll: Bool) -> DerivedHighDemandList {
        let rule = HighDemandRule(.derived(criteria))
        var rows: [DerivedHighDemandList.Row] = []
        var evaluated = 0
        for o in market.occupations.indices {
            guard let estimate = market.estimate(area: a, occupation: o) else { continue }
            evaluated += 1
            let status = rule.status(market: market, area: a, occupation: o)
            if !includeAll && !status.isHighDemand { continue }
            let openings = market.areaOpeningsEstimate(area: a, occupation: o)
            rows.append(.init(soc: market.occupations[o], title: market.titles[o], isHighDemand: status.isHighDemand,
                              checks: status.checks, reason: status.reason,
                              areaAnnualOpeningsEstimate: openings.isFinite ? openings : nil,
                              medianAnnualWage: estimate.annual.median,
                              projectedGrowthPercent: market.projections[o]?.growthPercent ?? .notAvailable, panel: status.panel))
        }
        rows.sort { l, r in
            if l.isHighDemand != r.isHighDemand { return l.isHighDemand }
            let lo = l.areaAnnualOpeningsEstimate ?? -1, ro = r.areaAnnualOpeningsEstimate ?? -1
            if lo != ro { return lo > ro }
            return l.soc < r.soc
        }
        return DerivedHighDemandList(area: market.areas[a], criteria: criteria, allOccupationsGrowth: market.allOccupationsGrowth,
                                     areaAllOccupationsMedianWage: market.allOccupationsMedianWage(area: a), rows: rows, evaluated: evaluated)
    }
}
