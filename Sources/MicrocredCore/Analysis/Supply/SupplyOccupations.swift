import Foundation

/// Occupations with their area openings and every CIP code linked to them,
/// for `SupplyGap`: for now the occupations the crosswalk links to the
/// proposal's CIP codes (a later change passes only entry occupations).
public enum SupplyOccupations {
    /// The occupations linked to `cips` in area slot `area`, each with its
    /// estimated annual openings (docs/analysis.md) and every CIP code the
    /// crosswalk links to it.
    public static func linked(to cips: [CIPCode], crosswalk: DisciplineCrosswalk, market: LaborMarket, area: Int) -> [OccupationOpenings] {
        var wanted: [Int32] = []
        var seen = Set<Int32>()
        for cip in cips {
            guard let i = crosswalk.position(of: cip) else { continue }
            for k in Int(crosswalk.slotStart[i])..<Int(crosswalk.slotStart[i + 1]) where seen.insert(crosswalk.slots[k]).inserted {
                wanted.append(crosswalk.slots[k])
            }
        }
        // Every CIP linked to each wanted occupation slot.
        var linked: [Int32: [CIPCode]] = [:]
        for (i, cip) in crosswalk.cips.enumerated() {
            for k in Int(crosswalk.slotStart[i])..<Int(crosswalk.slotStart[i + 1]) where seen.contains(crosswalk.slots[k]) {
                linked[crosswalk.slots[k], default: []].append(cip)
            }
        }
        return wanted.sorted().map { slot in
            let o = Int(slot)
            let openings = market.areaOpeningsEstimate(area: area, occupation: o)
            var note: String? = nil
            if !openings.isFinite {
                if !market.nationalAnnualOpenings(occupation: o).isFinite { note = "not estimated: EP publishes no national openings" }
                else if !market.employment(area: area, occupation: o).isFinite { note = "not estimated: OEWS publishes no area employment" }
                else { note = "not estimated: OEWS publishes no national employment" }
            }
            return OccupationOpenings(soc: market.occupations[o], title: market.titles[o], annualOpenings: openings.isFinite ? openings : nil,
                                      openingsNote: note, linkedCIPs: linked[slot] ?? [])
        }
    }
}
