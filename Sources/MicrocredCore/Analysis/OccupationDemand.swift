import Foundation

/// One occupation's demand in one area: OEWS employment and wages (the OEWS
/// release), EP growth and openings (the EP decade, national), the estimated area
/// openings, typical entry education and high-demand status.
///
/// Suppressed and top-coded figures stay `Reported` states, never 0.
public struct OccupationDemand: Sendable {
    public var soc: SOCCode
    public var title: String
    public var area: Area
    /// OEWS TOT_EMP in the area; `.notAvailable` when the area has no row.
    public var employment: Reported<Int>
    /// Why there is no employment figure, in words; nil when there is one.
    public var employmentNote: String?
    /// OEWS annual wage percentiles in the area.
    public var annualWages: WagePercentiles
    /// Whether the area publishes a row for this occupation at all.
    public var hasAreaEstimate: Bool
    /// The area's all-occupations (00-0000) median annual wage.
    public var areaAllOccupationsMedianWage: Reported<Double>
    /// Median ÷ area all-occupations median; nil when either is unknown or top-coded.
    public var wageRelativeToAreaMedian: Double?
    /// EP employment change over the projection decade, %.
    public var projectedGrowthPercent: Reported<Double>
    /// EP annual average openings, persons (national).
    public var nationalAnnualOpenings: Reported<Int>
    /// OEWS national employment, the denominator of the area share.
    public var nationalEmployment: Reported<Int>
    /// Estimated area annual openings (docs/analysis.md); nil when it cannot be estimated.
    public var areaAnnualOpeningsEstimate: Double?
    /// Why there is no estimate; nil when there is one.
    public var areaAnnualOpeningsNote: String?
    /// When area employment is suppressed (`**`): the containing area's
    /// estimated openings scaled by the area's share of its employment
    /// (docs/analysis.md); nil otherwise.
    public var fallbackOpeningsEstimate: Double?
    /// What the fallback is, in words; nil without one.
    public var fallbackOpeningsNote: String?
    /// OEWS LOC_QUOTIENT in the area (concentration vs the nation); nil when not published.
    public var locationQuotient: Double?
    /// EP typical education needed for entry.
    public var typicalEntryEducation: String?
    /// EP median annual wage of `projectionWageYear` (not the OEWS release's; shown apart).
    public var projectionMedianWage: Reported<Int>
    /// The year of EP's median wage column, read from the EP file's header.
    public var projectionWageYear: Int?
    public var highDemand: HighDemandStatus
    /// Lines of the source rows: OEWS (area file) and EP table 1.2.
    public var oewsLine: Int?
    public var projectionLine: Int?

    /// Builds the profile of occupation slot `o` in area slot `a`.
    public init(market: LaborMarket, area a: Int, occupation o: Int, rule: HighDemandRule) {
        soc = market.occupations[o]
        title = market.titles[o]
        area = market.areas[a]
        let estimate = market.estimate(area: a, occupation: o)
        hasAreaEstimate = estimate != nil
        employment = estimate?.employment ?? .notAvailable
        employmentNote = Self.employmentNote(market: market, area: a, occupation: o)
        annualWages = estimate?.annual ?? WagePercentiles(p10: .notAvailable, p25: .notAvailable, median: .notAvailable,
                                                          p75: .notAvailable, p90: .notAvailable)
        let total = market.totalEstimate(area: a)
        areaAllOccupationsMedianWage = total?.annual.median ?? .notAvailable
        if let median = annualWages.median.value, let areaMedian = areaAllOccupationsMedianWage.value, areaMedian > 0 {
            wageRelativeToAreaMedian = median / areaMedian
        }
        let projection = market.projections[o]
        projectedGrowthPercent = projection?.growthPercent ?? .notAvailable
        nationalAnnualOpenings = projection?.annualOpenings ?? .notAvailable
        let nationalEmp = market.nationalEmployment(occupation: o)
        nationalEmployment = nationalEmp.isFinite ? .value(Int(nationalEmp)) : .notAvailable
        let openings = market.areaOpeningsEstimate(area: a, occupation: o)
        if openings.isFinite {
            areaAnnualOpeningsEstimate = openings
        } else if projection?.annualOpenings.value == nil {
            areaAnnualOpeningsNote = "not estimated: EP publishes no national openings for this occupation"
        } else if !nationalEmp.isFinite || nationalEmp <= 0 {
            areaAnnualOpeningsNote = "not estimated: OEWS publishes no national employment for this occupation"
        } else {
            areaAnnualOpeningsNote = "not estimated: area employment " + (employmentNote ?? "not available")
        }
        if !openings.isFinite {
            let parent = market.parentSlot(of: a)
            let fallback = market.fallbackOpeningsEstimate(area: a, occupation: o, parent: parent)
            if fallback.isFinite {
                fallbackOpeningsEstimate = fallback
                fallbackOpeningsNote = market.fallbackLabel(area: a, occupation: o, parent: parent)
            }
        }
        locationQuotient = estimate?.locationQuotient
        typicalEntryEducation = projection?.typicalEducation
        projectionMedianWage = projection?.medianWage ?? .notAvailable
        projectionWageYear = market.ep.wageYear
        highDemand = rule.status(market: market, area: a, occupation: o)
        oewsLine = estimate.map { Int($0.line) }
        projectionLine = projection?.line
    }

    /// Why area employment is missing, or nil when it is published.
    static func employmentNote(market: LaborMarket, area a: Int, occupation o: Int) -> String? {
        guard let estimate = market.estimate(area: a, occupation: o) else {
            return "not published for this area (OEWS has no row)"
        }
        if estimate.employment.isValue { return nil }
        switch estimate.employment {
        case .notReleased: return "not released (**)"
        default: return estimate.employment.note()
        }
    }

    /// The openings figure that counts: the direct estimate, else the labelled fallback.
    public var countedOpenings: Double? { areaAnnualOpeningsEstimate ?? fallbackOpeningsEstimate }

    /// True when `countedOpenings` is the fallback.
    public var openingsAreFallback: Bool { areaAnnualOpeningsEstimate == nil && fallbackOpeningsEstimate != nil }

    /// The annual wage at OEWS percentile 10, 25 or 50.
    public func annualWage(percentile: Int) -> Reported<Double> {
        switch percentile {
        case 10: return annualWages.p10
        case 50: return annualWages.median
        default: return annualWages.p25
        }
    }

    /// When EP's median wages were measured (`EPData.wageLabel`).
    public var projectionWageLabel: String { EPData.wageLabel(year: projectionWageYear) }

    /// The median wage note for JSON (`top-coded …`, `not released`), nil for a value.
    public var medianAnnualWageNote: String? {
        if !hasAreaEstimate { return "not published for this area (OEWS has no row)" }
        return annualWages.median.note(format: { Figures.decimal($0, places: 0, grouped: false) })
    }
}
