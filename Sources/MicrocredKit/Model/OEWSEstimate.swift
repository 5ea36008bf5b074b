/// One row of an OEWS cross-industry file: employment and wages for one
/// occupation in one area.
public struct OEWSEstimate: Sendable {
    public var area: AreaCode
    public var occupation: SOCCode
    public var group: OccupationGroup
    /// TOT_EMP, rounded by BLS; `**` when not released.
    public var employment: Reported<Int>
    /// EMP_PRSE: relative standard error of the employment estimate, %.
    public var employmentRSE: Double?
    /// JOBS_1000: jobs per 1,000 jobs in the area.
    public var jobsPerThousand: Double?
    /// LOC_QUOTIENT.
    public var locationQuotient: Double?
    public var hourlyMean: Reported<Double>
    public var annualMean: Reported<Double>
    /// H_PCT10, H_PCT25, H_MEDIAN, H_PCT75, H_PCT90.
    public var hourly: WagePercentiles
    /// A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90.
    public var annual: WagePercentiles
    /// ANNUAL=TRUE: only annual wages are published.
    public var annualOnly: Bool
    /// HOURLY=TRUE: only hourly wages are published.
    public var hourlyOnly: Bool
    /// The 1-based line of the row in its file, for tracing a figure back.
    public var line: Int32

    public init(area: AreaCode, occupation: SOCCode, group: OccupationGroup, employment: Reported<Int>,
                employmentRSE: Double?, jobsPerThousand: Double?, locationQuotient: Double?,
                hourlyMean: Reported<Double>, annualMean: Reported<Double>, hourly: WagePercentiles,
                annual: WagePercentiles, annualOnly: Bool, hourlyOnly: Bool, line: Int32) {
        self.area = area
        self.occupation = occupation
        self.group = group
        self.employment = employment
        self.employmentRSE = employmentRSE
        self.jobsPerThousand = jobsPerThousand
        self.locationQuotient = locationQuotient
        self.hourlyMean = hourlyMean
        self.annualMean = annualMean
        self.hourly = hourly
        self.annual = annual
        self.annualOnly = annualOnly
        self.hourlyOnly = hourlyOnly
        self.line = line
    }

    /// The annual median wage (A_MEDIAN).
    public var medianAnnualWage: Reported<Double> { annual.median }
}

/// Wages at the 10th, 25th, 50th, 75th and 90th percentiles.
public struct WagePercentiles: Sendable, Hashable {
    public var p10: Reported<Double>
    public var p25: Reported<Double>
    public var median: Reported<Double>
    public var p75: Reported<Double>
    public var p90: Reported<Double>

    public init(p10: Reported<Double>, p25: Reported<Double>, median: Reported<Double>,
                p75: Reported<Double>, p90: Reported<Double>) {
        self.p10 = p10
        self.p25 = p25
        self.median = median
        self.p75 = p75
        self.p90 = p90
    }

    /// In order: 10th, 25th, median, 75th, 90th.
    public var all: [Reported<Double>] { [p10, p25, median, p75, p90] }
}
