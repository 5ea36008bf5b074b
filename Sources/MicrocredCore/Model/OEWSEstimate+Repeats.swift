extension OEWSEstimate {
    /// True when `other` carries the same figures (employment, mean wages,
    /// jobs per 1,000): a repeated row that says nothing new. The OEWS loader
    /// counts such repeats and reports a repeat with different figures.
    public func hasSameFigures(as other: OEWSEstimate) -> Bool {
        packedEmployment == other.packedEmployment && packedAnnualMean == other.packedAnnualMean
            && packedHourlyMean == other.packedHourlyMean && packedJobs == other.packedJobs
    }
}
