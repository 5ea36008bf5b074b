extension OccupationDemand {
    /// A demand profile from its figures, for renderer tests and fixtures
    /// built by hand (the analysis builds them from a `LaborMarket`).
    public init(soc: SOCCode, title: String, area: Area, employment: Reported<Int>, employmentNote: String? = nil,
                annualWages: WagePercentiles, hasAreaEstimate: Bool = true, areaAllOccupationsMedianWage: Reported<Double>,
                wageRelativeToAreaMedian: Double?, projectedGrowthPercent: Reported<Double>, nationalAnnualOpenings: Reported<Int>,
                nationalEmployment: Reported<Int>, areaAnnualOpeningsEstimate: Double?, areaAnnualOpeningsNote: String? = nil,
                typicalEntryEducation: String?, projectionMedianWage: Reported<Int>, projectionWageYear: Int?,
                highDemand: HighDemandStatus, oewsLine: Int?, projectionLine: Int?) {
        self.soc = soc
        self.title = title
        self.area = area
        self.employment = employment
        self.employmentNote = employmentNote
        self.annualWages = annualWages
        self.hasAreaEstimate = hasAreaEstimate
        self.areaAllOccupationsMedianWage = areaAllOccupationsMedianWage
        self.wageRelativeToAreaMedian = wageRelativeToAreaMedian
        self.projectedGrowthPercent = projectedGrowthPercent
        self.nationalAnnualOpenings = nationalAnnualOpenings
        self.nationalEmployment = nationalEmployment
        self.areaAnnualOpeningsEstimate = areaAnnualOpeningsEstimate
        self.areaAnnualOpeningsNote = areaAnnualOpeningsNote
        self.typicalEntryEducation = typicalEntryEducation
        self.projectionMedianWage = projectionMedianWage
        self.projectionWageYear = projectionWageYear
        self.highDemand = highDemand
        self.oewsLine = oewsLine
        self.projectionLine = projectionLine
    }
}
