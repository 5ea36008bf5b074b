import Foundation

/// One discipline's alignment in one area, as ranked.
public struct RankedDiscipline: Sendable, Hashable {
    /// Position in `DisciplineCrosswalk.cips`.
    public var position: Int32
    public var cip: CIPCode
    /// Unrounded score 0–100 (shown with one decimal).
    public var score: Double
    /// The score in tenths, rounded: what is shown and sorted on.
    public var scoreTenths: Int32
    /// Normalised components: openings, wage, growth, high-demand share, education fit.
    public var openings: Double, wage: Double, growth: Double, highDemandShare: Double, educationFit: Double
    /// Σ estimated area annual openings of the linked occupations.
    public var areaOpenings: Double
    /// Linked occupations with an openings estimate in the area.
    public var occupations: Int32
}

/// Ranks every valid CIP 2020 code with crosswalk links by alignment, in one
/// area or in all areas, with the same formula as `AlignmentAnalyzer`.
///
/// Built for scale: per-CIP occupation lists are prepared once
/// (`DisciplineCrosswalk`), per-area occupation figures are computed once per
/// area into dense arrays, and each (area, CIP) score is a loop over a few
/// integers. A discipline none of whose linked occupations has an openings
/// estimate in an area is not ranked there (`unscored` counts them).
public struct DisciplineRanker: Sendable {
    public let market: LaborMarket
    public let crosswalk: DisciplineCrosswalk
    public let weights: ScoringWeights
    public let rule: HighDemandRule
    let fit: [Double]
    let listMembers: [Bool]
    /// Occupations that count under the completer method (all without one).
    let counts: [Bool]

    public init(market: LaborMarket, crosswalk: DisciplineCrosswalk, weights: ScoringWeights, rule: HighDemandRule,
                method: CompleterMethod? = nil) {
        counts = method?.countsMask(market: market) ?? [Bool](repeating: true, count: market.occupations.count)
        self.market = market
        self.crosswalk = crosswalk
        self.weights = weights
        self.rule = rule
        fit = market.occupations.indices.map { o in market.typicalEducation(occupation: o).flatMap { weights.educationFit[$0] } ?? .nan }
        var members = [Bool](repeating: false, count: market.occupations.count)
        if case .list(let list) = rule.source {
            for entry in list.entries { if let s = market.slot(of: entry.soc) { members[s] = true } }
        }
        listMembers = members
    }

    /// The ranking in area slot `a`, best first (ties by CIP code), optionally
    /// only CIP family `family`; `unscored` counts disciplines left out.
    public func rank(area a: Int, family: Int? = nil) -> (ranked: [RankedDiscipline], unscored: Int) {
        let n = market.occupations.count
        var openings = [Double](repeating: .nan, count: n)
        var wage = [Double](repeating: .nan, count: n)
        var high = [Bool](repeating: false, count: n)
        let criteria = rule.criteria
        let scoreRule = rule.scoreRule
        let context = HighDemandAreaContext(market: market, area: a, criteria: criteria)
        let areaMedian = market.allOccupationsMedianWage(area: a)
        for o in 0..<n where counts[o] {
            let direct = market.areaOpeningsEstimate(area: a, occupation: o)
            openings[o] = direct.isFinite ? direct : market.fallbackOpeningsEstimate(area: a, occupation: o, parent: context.parent)
            wage[o] = market.medianWage(area: a, occupation: o)
            high[o] = HighDemandRules.meets(scoreRule, criteria: criteria, market: market, context: context, occupation: o, listMember: listMembers[o])
        }
        let reference = market.allOccupationsOpeningsEstimate(area: a)
        let cap = weights.wage.cap
        var ranked: [RankedDiscipline] = []
        ranked.reserveCapacity(crosswalk.cips.count)
        var unscored = 0
        crosswalk.slots.withUnsafeBufferPointer { slots in
            for i in 0..<crosswalk.cips.count {
                let cip = crosswalk.cips[i]
                if let family, cip.family != family { continue }
                var sums = ComponentSums()
                for k in Int(crosswalk.slotStart[i])..<Int(crosswalk.slotStart[i + 1]) {
                    let o = Int(slots[k])
                    sums.add(openings: openings[o], median: wage[o], areaMedian: areaMedian, wageCap: cap,
                             growth: market.growthPercent(occupation: o), highDemand: high[o], educationFit: fit[o])
                }
                guard sums.counted > 0 else { unscored += 1; continue }
                let e = AlignmentScorer.evaluate(sums, reference: reference, weights)
                ranked.append(RankedDiscipline(position: Int32(i), cip: cip, score: e.score,
                                               scoreTenths: Int32((e.score * 10).rounded()), openings: e.openings, wage: e.wage,
                                               growth: e.growth, highDemandShare: e.highDemand, educationFit: e.education,
                                               areaOpenings: sums.openings, occupations: Int32(sums.counted)))
            }
        }
        // Sort on the displayed (rounded) score so that ties read as ties.
        // Best first, ties by CIP code: sort small integer keys, then gather.
        var keys = [UInt64](repeating: 0, count: ranked.count)
        for (k, r) in ranked.enumerated() {
            keys[k] = UInt64(UInt32(Int32.max - r.scoreTenths)) << 40 | UInt64(UInt32(r.position)) << 20 | UInt64(k)
        }
        keys.sort()
        let sorted = keys.map { ranked[Int($0 & 0xFFFFF)] }
        return (sorted, unscored)
    }
}
