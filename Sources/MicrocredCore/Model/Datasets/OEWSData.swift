/// The rows of one OEWS cross-industry file (national, state or all areas).
public struct OEWSData: Sendable {
    public var estimates: [OEWSEstimate]
    /// Areas in file order.
    public var areas: [Area]
    /// OCC_TITLE of each code, as first seen.
    public var occupationTitles: [SOCCode: String]
    public var report: LoadReport

    public init(estimates: [OEWSEstimate], areas: [Area], occupationTitles: [SOCCode: String], report: LoadReport) {
        self.estimates = estimates
        self.areas = areas
        self.occupationTitles = occupationTitles
        self.report = report
    }
}
