import Foundation

extension SupplyOccupations {
    /// The occupations linked to `cips` that the completer method counts
    /// (`counts(slot)`: entry occupations for entry credentials), with their
    /// area openings and every CIP code linked to them. The gap sets
    /// openings of these occupations only against completions.
    public static func counted(to cips: [CIPCode], crosswalk: DisciplineCrosswalk, market: LaborMarket, area: Int,
                               counts: (Int) -> Bool) -> [OccupationOpenings] {
        linked(to: cips, crosswalk: crosswalk, market: market, area: area).filter { o in
            market.slot(of: o.soc).map(counts) ?? false
        }
    }
}

extension SupplyAnalysis {
    /// The whole supply side of `programs` in one area: completions of the
    /// competing award levels, the gap against `occupations` (described by
    /// `occupationsCounted`, e.g. "entry occupations") and the competitors.
    public static func evaluate(years: [IPEDSYear], area: SupplyArea, programs: [(code: CIPCode, title: String)],
                                competing: CompetingAwards, settings: SupplySettings, occupations: [OccupationOpenings],
                                occupationsCounted: String) -> SupplyAnalysis {
        var competing = competing
        competing.levels.sort()
        let codes = programs.map(\.code)
        let completions = AreaCompletions(years: years, area: area, detail: codes)
        let averages = completions.averages(levels: competing.levels, averageYears: settings.averageYears)
        var gap = SupplyGap.compute(occupations: occupations, proposal: codes, completions: averages, settings: settings,
                                    averageYears: Array(completions.years.suffix(settings.averageYears)))
        gap.occupationsCounted = occupationsCounted
        return build(completions: completions, years: years, cips: programs, competing: competing, settings: settings, gap: gap)
    }
}
