import Foundation

/// Supply against demand for every discipline in every area, for `rank`:
/// the same gap as `SupplyGap` (an occupation's openings shared across every
/// CIP code linked to it, in proportion to area completions at the competing
/// award levels, equally when none has completions), computed for all CIP
/// codes of all areas at once.
///
/// Built once from the loaded IPEDS years: each year's first-major six-digit
/// completions at `levels` are placed by that year's HD file in the nation,
/// their state and their metro area, then averaged over the newest
/// `averageYears` years. Per area, `figures` is then a pass over the
/// crosswalk's links.
public struct DisciplineSupply: Sendable {
    /// The figures of one area, by position in `DisciplineCrosswalk.cips`.
    public struct AreaFigures: Sendable {
        /// Average completions at the competing levels; 0 when none were reported.
        public var supply: [Double]
        /// The discipline's share of the counted occupations' openings; nil
        /// when none of its counted occupations has an openings estimate.
        public var demand: [Double?]

        /// supply ÷ demand, or nil when there is no positive demand.
        public func ratio(_ position: Int) -> Double? {
            guard let d = demand[position], d > 0 else { return nil }
            return supply[position] / d
        }
    }

    public let crosswalk: DisciplineCrosswalk
    public let levels: [IPEDSAwardLevel]
    /// The completions vintages averaged, oldest first.
    public let yearsAveraged: [String]
    /// Per market area slot: CIP position → average completions.
    let completions: [[Int32: Double]]
    /// Per occupation slot: the CIP positions linked to it.
    let linkedPositions: [[Int32]]

    public init(years: [IPEDSYear], levels: [IPEDSAwardLevel], averageYears: Int, crosswalk: DisciplineCrosswalk, market: LaborMarket) {
        self.crosswalk = crosswalk
        self.levels = levels
        let chosen = Array(years.suffix(max(1, averageYears)))
        yearsAveraged = chosen.map(\.vintage)
        // Area slots by the keys institutions are placed with.
        var nation: Int? = nil
        var byState: [String: Int] = [:], byMetro: [Int: Int] = [:]
        for (slot, area) in market.areas.enumerated() {
            switch area.code.kind {
            case .nation: nation = slot
            case .state: byState[area.primaryState] = slot
            case .metro: byMetro[Int(area.code.code)] = slot
            }
        }
        var wanted = [Bool](repeating: false, count: 32)
        for level in levels where level.rawValue < 32 { wanted[level.rawValue] = true }
        var sums = [[Int32: Int]](repeating: [:], count: market.areas.count)
        var positions: [Int32: Int32] = [:]
        for year in chosen {
            // UNITID → the area slots the institution counts in.
            var placed: [Int32: [Int]] = [:]
            for institution in year.institutions.institutions {
                var slots: [Int] = []
                if let n = nation, SupplyArea(kind: .nation, code: "US", name: "").contains(institution) { slots.append(n) }
                if let s = byState[institution.state] { slots.append(s) }
                if let cbsa = institution.cbsa.value, let m = byMetro[cbsa] { slots.append(m) }
                if !slots.isEmpty { placed[institution.unitID.value] = slots }
            }
            for r in year.completions.records where r.majorNumber == 1 && r.totalRaw >= 0 && wanted[r.awardLevel.rawValue] {
                guard let slots = placed[r.unitID.value] else { continue }
                let position: Int32
                if let known = positions[r.cip.digits] {
                    position = known
                } else {
                    position = crosswalk.position(of: r.cip).map(Int32.init) ?? -1
                    positions[r.cip.digits] = position
                }
                guard position >= 0 else { continue }
                for s in slots { sums[s][position, default: 0] += Int(r.totalRaw) }
            }
        }
        let n = Double(max(1, chosen.count))
        completions = sums.map { $0.mapValues { Double($0) / n } }
        var linked = [[Int32]](repeating: [], count: market.occupations.count)
        for i in crosswalk.cips.indices {
            for k in Int(crosswalk.slotStart[i])..<Int(crosswalk.slotStart[i + 1]) {
                let o = Int(crosswalk.slots[k])
                if o >= 0 && o < linked.count && linked[o].last != Int32(i) { linked[o].append(Int32(i)) }
            }
        }
        linkedPositions = linked
    }

    /// Supply and demand of every discipline in area slot `area`, with
    /// demand from the occupations `counts` accepts (the completer method's
    /// entry occupations) and their openings estimates.
    public func figures(area: Int, market: LaborMarket, counts: (Int) -> Bool) -> AreaFigures {
        let count = crosswalk.cips.count
        let own = area < completions.count ? completions[area] : [:]
        var supply = [Double](repeating: 0, count: count)
        for (p, v) in own where Int(p) < count { supply[Int(p)] = v }
        var demand = [Double?](repeating: nil, count: count)
        for (o, linked) in linkedPositions.enumerated() where !linked.isEmpty && counts(o) {
            let openings = market.areaOpeningsEstimate(area: area, occupation: o)
            guard openings.isFinite else { continue }
            let total = linked.reduce(0.0) { $0 + supply[Int($1)] }
            for p in linked {
                let share = total > 0 ? supply[Int(p)] / total : 1 / Double(linked.count)
                demand[Int(p)] = (demand[Int(p)] ?? 0) + openings * share
            }
        }
        return AreaFigures(supply: supply, demand: demand)
    }
}
