/// One row of an OEWS cross-industry file: employment and wages for one
/// occupation in one area.
///
/// Figures are packed (see `PackedFigure`) and read through `Reported`
/// properties, so suppressed and top-coded cells are never 0.
public struct OEWSEstimate: Sendable {
    public var area: AreaCode
    public var occupation: SOCCode
    public var group: OccupationGroup
    /// ANNUAL=TRUE: only annual wages are published.
    public var annualOnly: Bool
    /// HOURLY=TRUE: only hourly wages are published.
    public var hourlyOnly: Bool
    /// The 1-based line of the row in its file, for tracing a figure back.
    public var line: Int32
    @usableFromInline var packedEmployment: PackedFigure
    @usableFromInline var packedRSE: PackedFigure
    @usableFromInline var packedJobs: PackedFigure
    @usableFromInline var packedLQ: PackedFigure
    @usableFromInline var packedHourlyMean: PackedFigure
    @usableFromInline var packedAnnualMean: PackedFigure
    /// H_PCT10, H_PCT25, H_MEDIAN, H_PCT75, H_PCT90.
    public var hourly: WagePercentiles
    /// A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90.
    public var annual: WagePercentiles

    public init(area: AreaCode, occupation: SOCCode, group: OccupationGroup, employment: Reported<Int>,
                employmentRSE: Double?, jobsPerThousand: Double?, locationQuotient: Double?,
                hourlyMean: Reported<Double>, annualMean: Reported<Double>, hourly: WagePercentiles,
                annual: WagePercentiles, annualOnly: Bool, hourlyOnly: Bool, line: Int32) {
        self.area = area
        self.occupation = occupation
        self.group = group
        self.packedEmployment = PackedFigure(count: employment)
        self.packedRSE = PackedFigure(decimal: employmentRSE.map { .value($0) } ?? .notAvailable)
        self.packedJobs = PackedFigure(decimal: jobsPerThousand.map { .value($0) } ?? .notAvailable)
        self.packedLQ = PackedFigure(decimal: locationQuotient.map { .value($0) } ?? .notAvailable)
        self.packedHourlyMean = PackedFigure(decimal: hourlyMean)
        self.packedAnnualMean = PackedFigure(decimal: annualMean)
        self.hourly = hourly
        self.annual = annual
        self.annualOnly = annualOnly
        self.hourlyOnly = hourlyOnly
        self.line = line
    }

    public init(area: AreaCode, occupation: SOCCode, group: OccupationGroup, line: Int32, annualOnly: Bool, hourlyOnly: Bool,
         packed: UnsafeBufferPointer<PackedFigure>) {
        self.area = area
        self.occupation = occupation
        self.group = group
        self.line = line
        self.annualOnly = annualOnly
        self.hourlyOnly = hourlyOnly
        packedEmployment = packed[0]
        packedRSE = packed[1]
        packedJobs = packed[2]
        packedLQ = packed[3]
        packedHourlyMean = packed[4]
        packedAnnualMean = packed[5]
        hourly = WagePercentiles(packed: packed[7], packed[8], packed[9], packed[10], packed[11])
        annual = WagePercentiles(packed: packed[12], packed[13], packed[14], packed[15], packed[16])
    }

    /// TOT_EMP, rounded by BLS; `**` when not released.
    @inlinable public var employment: Reported<Int> { packedEmployment.count }
    /// EMP_PRSE: relative standard error of the employment estimate, %.
    @inlinable public var employmentRSE: Double? { packedRSE.optionalDecimal }
    /// JOBS_1000: jobs per 1,000 jobs in the area.
    @inlinable public var jobsPerThousand: Double? { packedJobs.optionalDecimal }
    /// LOC_QUOTIENT.
    @inlinable public var locationQuotient: Double? { packedLQ.optionalDecimal }
    @inlinable public var hourlyMean: Reported<Double> { packedHourlyMean.decimal }
    @inlinable public var annualMean: Reported<Double> { packedAnnualMean.decimal }
    /// The annual median wage (A_MEDIAN).
    @inlinable public var medianAnnualWage: Reported<Double> { annual.median }
}

/// Wages at the 10th, 25th, 50th, 75th and 90th percentiles.
public struct WagePercentiles: Sendable, Hashable {
    @usableFromInline var packed: (PackedFigure, PackedFigure, PackedFigure, PackedFigure, PackedFigure)

    public init(p10: Reported<Double>, p25: Reported<Double>, median: Reported<Double>,
                p75: Reported<Double>, p90: Reported<Double>) {
        packed = (PackedFigure(decimal: p10), PackedFigure(decimal: p25), PackedFigure(decimal: median),
                  PackedFigure(decimal: p75), PackedFigure(decimal: p90))
    }

    public init(packed a: PackedFigure, _ b: PackedFigure, _ c: PackedFigure, _ d: PackedFigure, _ e: PackedFigure) {
        packed = (a, b, c, d, e)
    }

    @inlinable public var p10: Reported<Double> { packed.0.decimal }
    @inlinable public var p25: Reported<Double> { packed.1.decimal }
    @inlinable public var median: Reported<Double> { packed.2.decimal }
    @inlinable public var p75: Reported<Double> { packed.3.decimal }
    @inlinable public var p90: Reported<Double> { packed.4.decimal }

    /// In order: 10th, 25th, median, 75th, 90th.
    public var all: [Reported<Double>] { [p10, p25, median, p75, p90] }

    public static func == (lhs: WagePercentiles, rhs: WagePercentiles) -> Bool { lhs.all == rhs.all }
    public func hash(into hasher: inout Hasher) { hasher.combine(all) }
}
