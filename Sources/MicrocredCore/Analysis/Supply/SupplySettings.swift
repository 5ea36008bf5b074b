import Foundation

/// One band of the supply/demand ratio.
public struct SupplyBand: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    /// The highest ratio (rounded to two decimals) in the band; nil for the last.
    public var max: Double?

    public init(id: String, label: String, max: Double?) {
        self.id = id
        self.label = label
        self.max = max
    }
}

/// The supply side's settings (MicrocredKit reads `datasets/supply-settings.yaml`):
/// years averaged and the supply/demand bands, with their sources.
public struct SupplySettings: Sendable, Hashable, Codable {
    public var effectiveDate: String
    public var averageYears: Int
    public var averageSource: String
    public var bandsSource: String
    public var bands: [SupplyBand]
    /// How many competitors (most completions first) a report lists; nil: 10.
    public var reportTopCompetitors: Int?

    public init(effectiveDate: String, averageYears: Int, averageSource: String, bandsSource: String, bands: [SupplyBand]) {
        self.effectiveDate = effectiveDate
        self.averageYears = averageYears
        self.averageSource = averageSource
        self.bandsSource = bandsSource
        self.bands = bands
    }

    enum CodingKeys: String, CodingKey {
        case effectiveDate = "effective_date"
        case averageYears = "average_years"
        case averageSource = "average_source"
        case bandsSource = "bands_source"
        case bands = "supply_demand_bands"
        case reportTopCompetitors = "report_top_competitors"
    }

    /// The band of `ratio`: rounded to two decimals, the first band whose
    /// `max` it does not exceed.
    public func band(of ratio: Double) -> SupplyBand? {
        bandIndex(of: ratio).map { bands[$0] }
    }

    /// The position in `bands` of `ratio`'s band.
    public func bandIndex(of ratio: Double) -> Int? {
        guard ratio.isFinite else { return nil }
        let r = (ratio * 100).rounded() / 100
        return bands.firstIndex { $0.max.map { r <= $0 + 1e-9 } ?? true }
    }
}
