/// BLS Employment Projections: table 1.2 (projections and worker
/// characteristics) joined with table 1.10 (separations and openings).
public struct EPData: Sendable {
    /// Every occupation, summary rows included, in table 1.2's order.
    public var projections: [Projection]
    /// Index into `projections` by code.
    public var index: [SOCCode: Int]
    /// The projection decade, e.g. 2024 and 2034, read from the header.
    public var baseYear: Int?
    public var targetYear: Int?
    /// The year of the median wage column (EP wages lag OEWS by a year).
    public var wageYear: Int?
    public var report: LoadReport
    public var openingsReport: LoadReport?

    /// The projection for `code`, if EP publishes one.
    public func projection(_ code: SOCCode) -> Projection? { index[code].map { projections[$0] } }

    /// The decade as EP writes it: base year, en dash, the target year's last two digits.
    public var decadeLabel: String {
        guard let baseYear, let targetYear else { return "projection decade" }
        return "\(baseYear)–\(String(targetYear).suffix(2))"
    }

    /// "May <wage year>": EP's median wages are OEWS May estimates of `wageYear`.
    public var wageLabel: String { Self.wageLabel(year: wageYear) }

    public static func wageLabel(year: Int?) -> String { year.map { "May \($0)" } ?? "the EP base year" }

    public init(projections: [Projection], index: [SOCCode: Int], baseYear: Int? = nil, targetYear: Int? = nil, wageYear: Int? = nil, report: LoadReport, openingsReport: LoadReport? = nil) {
        self.projections = projections
        self.index = index
        self.baseYear = baseYear
        self.targetYear = targetYear
        self.wageYear = wageYear
        self.report = report
        self.openingsReport = openingsReport
    }
}
