/// The NCES CIP 2020 ↔ SOC 2018 crosswalk, as distributed.
public struct CrosswalkData: Sendable {
    /// Every row, placeholders included, in file order.
    public var links: [CrosswalkLink]
    public var report: LoadReport

    /// The rows for `cip`, in file order.
    public func links(for cip: CIPCode) -> [CrosswalkLink] { links.filter { $0.cip == cip } }

    public init(links: [CrosswalkLink], report: LoadReport) {
        self.links = links
        self.report = report
    }
}
