import MicrocredCore

/// What `rank` shows of the supply side: the disciplines' supply and demand
/// (`DisciplineSupply`), with the bands and the competing award levels.
public struct RankSupply: Sendable {
    public let supply: DisciplineSupply
    public let settings: SupplySettings
    /// The counted occupations (the completer method's entry occupations), by slot.
    public let counts: [Bool]

    let bandFields: [[UInt8]]

    public init(supply: DisciplineSupply, settings: SupplySettings, counts: [Bool]) {
        self.supply = supply
        self.settings = settings
        self.counts = counts
        bandFields = settings.bands.map { Array(CSVText.field($0.id).utf8) }
    }

    /// One area's figures, ready to render.
    public struct Area: Sendable {
        public let figures: DisciplineSupply.AreaFigures
        public let settings: SupplySettings
        public let levels: [IPEDSAwardLevel]
        public let yearsAveraged: [String]
        /// Each band's id as a CSV field, in `settings.bands` order.
        let bandFields: [[UInt8]]
        var longestBandID: Int { bandFields.map(\.count).max() ?? 0 }

        /// The band of `ratio` as CSV bytes (empty when no band holds it).
        func bandID(_ ratio: Double) -> [UInt8] {
            settings.bandIndex(of: ratio).map { bandFields[$0] } ?? []
        }

        /// The method in one paragraph, for the table and the JSON.
        public var explanation: String {
            let levelsText = levels.map { String($0.rawValue) }.joined(separator: ", ")
            let years = yearsAveraged.count > 1 ? "\(yearsAveraged.first ?? "") to \(yearsAveraged.last ?? "") average" : (yearsAveraged.first ?? "")
            let bands = settings.bands.map { b in b.max.map { "≤ \(Figures.decimal($0, places: 2)) \(b.id)" } ?? "above: \(b.id)" }
            return "Supply: first-major IPEDS completions in the area at award levels \(levelsText) (\(years)). S/D: supply ÷ demand, the discipline's share of its entry occupations' openings (in the CSV and JSON), each occupation's openings shared across every CIP code linked to it in proportion to area completions (docs/supply.md). Bands: \(bands.joined(separator: ", ")) (\(settings.bandsSource))."
        }
    }

    /// The figures of market area slot `area`.
    public func area(_ area: Int, market: LaborMarket) -> Area {
        let counts = counts
        let figures = supply.figures(area: area, market: market, counts: { $0 < counts.count && counts[$0] })
        return Area(figures: figures, settings: settings, levels: supply.levels, yearsAveraged: supply.yearsAveraged,
                    bandFields: bandFields)
    }
}
