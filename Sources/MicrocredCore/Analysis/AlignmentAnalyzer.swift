import Foundation

/// The loaded, prepared data every alignment needs; build once, analyse many
/// disciplines and areas with it.
public struct AlignmentInputs: Sendable {
    public var market: LaborMarket
    public var crosswalk: DisciplineCrosswalk
    /// O*NET profiles; nil to skip adjacency and competencies.
    public var profiles: SkillProfiles?
    /// The datasets used, for citing.
    public var sources: [SourceCitation]

    public init(market: LaborMarket, crosswalk: DisciplineCrosswalk, profiles: SkillProfiles?, sources: [SourceCitation]) {
        self.market = market
        self.crosswalk = crosswalk
        self.profiles = profiles
        self.sources = sources
    }
}

/// Scores how well one or more disciplines (CIP codes) align with in-demand
/// occupations in an area. Pure: values in, `DisciplineAlignment` out.
public enum AlignmentAnalyzer {
    /// Analyses `programs` together in `area`.
    ///
    /// Occupations linked by several CIPs, or by several crosswalk codes that
    /// roll up to one published code, are counted once. The score, its
    /// components and their formulas are described in docs/scoring.md; the
    /// openings estimate, adjacency and competencies in docs/analysis.md.
    ///
    /// - Parameters:
    ///   - programs: validated CIP 2020 programs (see `DisciplineCrosswalk.validate`).
    ///   - area: an area of `inputs.market`.
    ///   - inputs: prepared data.
    ///   - weights: the scoring weights (`ScoringWeights.default` or a file).
    ///   - highDemand: derived criteria or an imported list.
    public static func analyze(programs: [CIPProgram], area: Area, inputs: AlignmentInputs,
                               weights: ScoringWeights, highDemand: HighDemandRule) throws -> DisciplineAlignment {
        let market = inputs.market
        let crosswalk = inputs.crosswalk
        guard let a = market.slot(of: area.code) else {
            throw MicrocredError("area \(area.commandLineName) (\(area.title)) is not in the loaded OEWS data")
        }
        var diagnostics = Diagnostics()
        var rollups: [SOCRollup] = []
        var linksBySlot: [Int: [DisciplineCrosswalk.Link]] = [:]
        var slotOrder: [Int] = []
        var seenPrograms = Set<CIPCode>()
        let programs = programs.filter { seenPrograms.insert($0.code).inserted }
        for program in programs {
            guard let position = crosswalk.position(of: program.code) else {
                diagnostics.warning("CIP \(program.code) (\(program.title)) has no rows in the CIP–SOC crosswalk; no occupation is linked to it")
                continue
            }
            let links = crosswalk.links[position]
            var publishedSlots: [Int] = []
            for link in links {
                switch link.rollup.kind {
                case .noMatch:
                    diagnostics.warning("CIP \(program.code) (\(program.title)) maps to NO MATCH (99-9999) in the crosswalk, line \(link.line): NCES links no occupation to it")
                case .military, .unpublished:
                    diagnostics.warning("CIP \(program.code): linked occupation \(link.soc) \(link.socTitle) is left out of the figures: \(link.rollup.explanation) (crosswalk line \(link.line))")
                case .aggregate, .broad:
                    if !rollups.contains(link.rollup) {
                        rollups.append(link.rollup)
                        diagnostics.note("CIP \(program.code): \(link.soc) \(link.socTitle): \(link.rollup.explanation)")
                    }
                case .published:
                    break
                }
                guard let to = link.rollup.to, let s = market.slot(of: to) else { continue }
                if linksBySlot[s] == nil { slotOrder.append(s) }
                linksBySlot[s, default: []].append(link)
                publishedSlots.append(s)
            }
            if !publishedSlots.isEmpty && publishedSlots.allSatisfy({ market.occupations[$0].isAllOther }) {
                diagnostics.warning("CIP \(program.code) (\(program.title)) links only to generic \"All Other\" occupations (codes ending in 9); its figures describe broad residual groups")
            }
        }
        let fitTable = weights.educationFit
        var occupations: [AlignedOccupation] = []
        var sums = ComponentSums()
        let areaMedian = market.allOccupationsMedianWage(area: a)
        var unknownEducation = Set<String>()
        for s in slotOrder {
            let demand = OccupationDemand(market: market, area: a, occupation: s, rule: highDemand)
            var fit: Double? = nil
            if let label = demand.typicalEntryEducation {
                fit = fitTable[label]
                if fit == nil { unknownEducation.insert(label) }
            }
            if demand.areaAnnualOpeningsEstimate == nil {
                diagnostics.warning("\(demand.soc) \(demand.title): area openings \(demand.areaAnnualOpeningsNote ?? "not estimated"); it is listed but does not count in the score")
            }
            sums.add(openings: market.areaOpeningsEstimate(area: a, occupation: s), median: market.medianWage(area: a, occupation: s),
                     areaMedian: areaMedian, wageCap: weights.wage.cap, growth: market.growthPercent(occupation: s),
                     highDemand: demand.highDemand.isHighDemand, educationFit: fit ?? .nan)
            occupations.append(AlignedOccupation(demand: demand, links: linksBySlot[s] ?? [], educationFit: fit))
        }
        for label in unknownEducation.sorted() {
            diagnostics.warning("typical entry education '\(label)' is not in the education_fit table of the scoring weights; those occupations are left out of the education-fit component")
        }
        occupations.sort { l, r in
            let lo = l.demand.areaAnnualOpeningsEstimate ?? -1, ro = r.demand.areaAnnualOpeningsEstimate ?? -1
            return lo != ro ? lo > ro : l.demand.soc < r.demand.soc
        }
        let reference = market.allOccupationsOpeningsEstimate(area: a)
        let score = AlignmentScorer.score(sums, reference: reference, weights: weights)

        // Adjacency and competencies.
        var adjacent: [AdjacentOccupation] = []
        var skills: [Competency] = [], knowledge: [Competency] = []
        if let profiles = inputs.profiles {
            let linked = occupations.map { market.slot(of: $0.demand.soc) ?? -1 }.filter { $0 >= 0 }
            let weightsOf = linked.map { market.areaOpeningsEstimate(area: a, occupation: $0) }
            let missing = occupations.filter { o in market.slot(of: o.demand.soc).map { !profiles.hasProfile($0) } ?? true }
            for o in missing { diagnostics.note("\(o.demand.soc) \(o.demand.title) has no O*NET skill or knowledge ratings; it is left out of competencies and adjacency") }
            if let centroid = profiles.centroid(linked, weights: weightsOf) {
                adjacent = SkillAdjacency.find(centroid: centroid, linked: Set(linked), market: market, area: a, profiles: profiles,
                                               rule: highDemand, settings: weights.adjacency)
                (skills, knowledge) = CompetencyAnalyzer.competencies(slots: linked, weights: weightsOf, profiles: profiles,
                                                                      settings: weights.competencies)
            } else if !linked.isEmpty {
                diagnostics.warning("no linked occupation has O*NET ratings; competencies and adjacent occupations cannot be computed")
            }
            if profiles.suppressedRatings > 0 {
                diagnostics.note("\(profiles.suppressedRatings) O*NET ratings marked Recommend Suppress were left out of skill profiles")
            }
        }
        let total = market.totalEstimate(area: a)
        let context = AreaContext(area: area, allOccupationsEmployment: total?.employment ?? .notAvailable,
                                  allOccupationsMedianWage: total?.annual.median ?? .notAvailable,
                                  allOccupationsOpeningsEstimate: reference.isFinite ? reference : nil,
                                  allOccupationsGrowthPercent: market.allOccupationsGrowth.isFinite ? market.allOccupationsGrowth : nil)
        let wageYear = market.ep.wageLabel
        return DisciplineAlignment(
            programs: programs, area: context, occupations: occupations, score: score, adjacent: adjacent,
            skills: skills, knowledge: knowledge, rollups: rollups, diagnostics: diagnostics, sources: inputs.sources,
            highDemandLabel: highDemand.label, weights: weights,
            vintageNote: "Area employment and wages: OEWS (area file). Growth and national openings: EP \(market.ep.decadeLabel). EP's own median wages are \(wageYear) and are not mixed with OEWS wages.",
            projectionWageYear: market.ep.wageYear)
    }
}

/// Finds skill-adjacent high-demand occupations (docs/analysis.md).
public enum SkillAdjacency {
    /// High-demand occupations in area slot `a`, not in `linked`, whose
    /// centred cosine similarity with `centroid` is at least the threshold;
    /// most similar first, at most `settings.limit`.
    public static func find(centroid: [Double], linked: Set<Int>, market: LaborMarket, area a: Int, profiles: SkillProfiles,
                            rule: HighDemandRule, settings: ScoringWeights.Adjacency) -> [AdjacentOccupation] {
        var found: [(Int, Double)] = []
        for o in market.occupations.indices where !linked.contains(o) {
            guard let vector = profiles.importance[o], market.estimate(area: a, occupation: o) != nil else { continue }
            let similarity = profiles.centredCosine(centroid, vector)
            guard similarity >= settings.threshold else { continue }
            found.append((o, similarity))
        }
        found.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let top = Set(profiles.topElements(centroid, count: 10))
        var result: [AdjacentOccupation] = []
        for (o, similarity) in found {
            let demand = OccupationDemand(market: market, area: a, occupation: o, rule: rule)
            guard demand.highDemand.isHighDemand else { continue }
            guard let vector = profiles.importance[o] else { continue }
            let shared = profiles.topElements(vector, count: 10).filter { top.contains($0) }.prefix(5).map { profiles.elements[$0].name }
            result.append(AdjacentOccupation(demand: demand, similarity: (similarity * 10_000).rounded() / 10_000, sharedTopSkills: Array(shared)))
            if result.count >= settings.limit { break }
        }
        return result
    }
}

/// Weights O*NET skills and knowledge by a discipline's occupations (docs/analysis.md).
public enum CompetencyAnalyzer {
    /// The top skills and knowledge areas by openings-weighted importance,
    /// each with its weighted level and band.
    public static func competencies(slots: [Int], weights: [Double], profiles: SkillProfiles,
                                    settings: ScoringWeights.Competencies) -> (skills: [Competency], knowledge: [Competency]) {
        let usable = zip(slots, weights).filter { profiles.importance[$0.0] != nil && $0.1.isFinite && $0.1 > 0 }
        let pairs = usable.isEmpty ? slots.filter { profiles.importance[$0] != nil }.map { ($0, 1.0) } : Array(usable)
        let m = profiles.elements.count
        var im = [Double](repeating: 0, count: m), imW = [Double](repeating: 0, count: m)
        var lv = [Double](repeating: 0, count: m), lvW = [Double](repeating: 0, count: m)
        var rated = [Int](repeating: 0, count: m)
        for (slot, w) in pairs {
            guard let i = profiles.importance[slot], let l = profiles.level[slot] else { continue }
            for e in 0..<m {
                if !i[e].isNaN { im[e] += w * i[e]; imW[e] += w; rated[e] += 1 }
                if !l[e].isNaN { lv[e] += w * l[e]; lvW[e] += w }
            }
        }
        var all: [Competency] = []
        for e in 0..<m where imW[e] > 0 {
            let level = lvW[e] > 0 ? (lv[e] / lvW[e] * 100).rounded() / 100 : nil
            let band: Competency.Band? = level.map { $0 >= settings.advancedFrom ? .advanced : ($0 >= settings.intermediateFrom ? .intermediate : .foundational) }
            all.append(Competency(element: profiles.elements[e], importance: (im[e] / imW[e] * 100).rounded() / 100,
                                  level: level, band: band, occupations: rated[e]))
        }
        func top(_ domain: ONetDomain) -> [Competency] {
            Array(all.filter { $0.element.domain == domain }
                .sorted { $0.importance != $1.importance ? $0.importance > $1.importance : $0.element.id < $1.element.id }
                .prefix(settings.limit))
        }
        return (top(.skill), top(.knowledge))
    }
}
