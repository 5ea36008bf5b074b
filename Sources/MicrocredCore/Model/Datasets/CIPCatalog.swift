/// NCES's CIPCode2020 file: six-digit codes with their titles, definitions
/// and what the 2020 revision did to them.
public struct CIPCatalog: Sendable {
    /// Six-digit entries in file order.
    public var programs: [CIPProgram]
    public var index: [CIPCode: Int]
    /// Family titles by two-digit family number (upper case in the file).
    public var familyTitles: [Int: String]
    /// Series titles by four-digit series, e.g. "11.07".
    public var seriesTitles: [String: String]
    public var report: LoadReport

    public func program(_ code: CIPCode) -> CIPProgram? { index[code].map { programs[$0] } }

    public init(programs: [CIPProgram], index: [CIPCode: Int], familyTitles: [Int: String], seriesTitles: [String: String], report: LoadReport) {
        self.programs = programs
        self.index = index
        self.familyTitles = familyTitles
        self.seriesTitles = seriesTitles
        self.report = report
    }
}
