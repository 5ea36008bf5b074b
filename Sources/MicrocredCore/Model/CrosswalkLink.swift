/// One row of the NCES CIP 2020 ↔ SOC 2018 crosswalk.
public struct CrosswalkLink: Sendable, Hashable {
    public var cip: CIPCode
    public var cipTitle: String
    /// `99-9999` for NO MATCH rows.
    public var soc: SOCCode
    public var socTitle: String
    public var line: Int

    public init(cip: CIPCode, cipTitle: String, soc: SOCCode, socTitle: String, line: Int) {
        self.cip = cip
        self.cipTitle = cipTitle
        self.soc = soc
        self.socTitle = socTitle
        self.line = line
    }

    /// True for the NO MATCH placeholders (SOC 99-9999 or CIP 99.9999).
    public var isPlaceholder: Bool { soc.isNoMatch || cip.isPlaceholder }
}
