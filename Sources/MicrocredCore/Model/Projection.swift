/// One occupation's row in the BLS Employment Projections tables 1.2 and
/// 1.10, with employment and openings converted from thousands to persons.
public struct Projection: Sendable {
    public var occupation: SOCCode
    /// The title without its indentation.
    public var title: String
    /// Depth in the hierarchy, from the title's leading spaces (0 to 4).
    public var depth: Int
    /// `Line item` rows are detailed occupations; `Summary` rows aggregate.
    public var isLineItem: Bool
    public var employmentBase: Reported<Int>
    public var employmentProjected: Reported<Int>
    public var employmentChange: Reported<Int>
    /// Percent change over the projection decade, e.g. 4.9.
    public var growthPercent: Reported<Double>
    /// Annual average openings over the decade, in persons.
    public var annualOpenings: Reported<Int>
    /// The median annual wage of the EP base year (a year before the OEWS release it ships beside).
    public var medianWage: Reported<Int>
    public var typicalEducation: String?
    public var workExperience: String?
    public var onTheJobTraining: String?
    /// Table 1.10: annual labour-force exits and occupational transfers, persons.
    public var laborForceExits: Reported<Int>
    public var occupationalTransfers: Reported<Int>
    /// The line of the row in table 1.2.
    public var line: Int

    public init(occupation: SOCCode, title: String, depth: Int, isLineItem: Bool,
                employmentBase: Reported<Int>, employmentProjected: Reported<Int>, employmentChange: Reported<Int>,
                growthPercent: Reported<Double>, annualOpenings: Reported<Int>, medianWage: Reported<Int>,
                typicalEducation: String?, workExperience: String?, onTheJobTraining: String?,
                laborForceExits: Reported<Int> = .notAvailable, occupationalTransfers: Reported<Int> = .notAvailable,
                line: Int) {
        self.occupation = occupation
        self.title = title
        self.depth = depth
        self.isLineItem = isLineItem
        self.employmentBase = employmentBase
        self.employmentProjected = employmentProjected
        self.employmentChange = employmentChange
        self.growthPercent = growthPercent
        self.annualOpenings = annualOpenings
        self.medianWage = medianWage
        self.typicalEducation = typicalEducation
        self.workExperience = workExperience
        self.onTheJobTraining = onTheJobTraining
        self.laborForceExits = laborForceExits
        self.occupationalTransfers = occupationalTransfers
        self.line = line
    }
}
