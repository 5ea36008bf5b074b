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
    /// O*NET Job Zones (entry reachability) and Technology Skills (competencies), when loaded.
    public var jobZones: ONetJobZones? = nil
    public var technology: ONetTechnologySkills? = nil

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
    ///   - method: how to count the jobs a completer can get (reachability,
    ///     tailoring); nil counts every linked occupation.
    public static func analyze(programs: [CIPProgram], area: Area, inputs: AlignmentInputs,
                               weights: ScoringWeights, highDemand: HighDemandRule,
                               method: CompleterMethod? = nil) throws -> DisciplineAlignment {
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
        // Tailoring: the proposal's removals and additions (docs/analysis.md).
        let defaultSlots = slotOrder
        var removed: [RemovedOccupation] = []
        var addedReason: [Int: String] = [:]
        if let tailoring = method?.tailoring {
            for change in tailoring.remove {
                let target = crosswalk.rollup.resolve(change.soc).to.flatMap { market.slot(of: $0) }
                guard let t = target, slotOrder.contains(t) else {
                    diagnostics.warning("occupations.remove: \(change.written) is not among the crosswalk's occupations for these CIP codes; nothing removed")
                    continue
                }
                slotOrder.removeAll { $0 == t }
                removed.append(RemovedOccupation(change: change, title: market.titles[t]))
            }
            for change in tailoring.add {
                guard let t = crosswalk.rollup.resolve(change.soc).to.flatMap({ market.slot(of: $0) }) else {
                    diagnostics.warning("occupations.add: \(change.written) has no OEWS or EP estimates; it cannot be added")
                    continue
                }
                if !slotOrder.contains(t) { slotOrder.append(t) }
                addedReason[t] = change.reason
            }
        }
        let fitTable = weights.educationFit
        var occupations: [AlignedOccupation] = []
        var sums = ComponentSums()
        let areaMedian = market.allOccupationsMedianWage(area: a)
        var unknownEducation = Set<String>()
        func addToSums(_ sums: inout ComponentSums, _ demand: OccupationDemand, slot s: Int, fit: Double?) {
            sums.add(openings: demand.countedOpenings ?? .nan, median: market.medianWage(area: a, occupation: s),
                     areaMedian: areaMedian, wageCap: weights.wage.cap, growth: market.growthPercent(occupation: s),
                     highDemand: demand.highDemand.isHighDemand, educationFit: fit ?? .nan)
        }
        var demandOf: [Int: (OccupationDemand, Double?, OccupationReach?)] = [:]
        func profile(_ s: Int) -> (OccupationDemand, Double?, OccupationReach?) {
            if let known = demandOf[s] { return known }
            let demand = OccupationDemand(market: market, area: a, occupation: s, rule: highDemand)
            var fit: Double? = nil
            if let label = demand.typicalEntryEducation {
                fit = fitTable[label]
                if fit == nil { unknownEducation.insert(label) }
            }
            let value = (demand, fit, method?.reach(market: market, occupation: s))
            demandOf[s] = value
            return value
        }
        var fallbacks = 0
        for s in slotOrder {
            let (demand, fit, reach) = profile(s)
            let counts = reach.map { method?.counts($0.reach) ?? true } ?? true
            if counts {
                if demand.areaAnnualOpeningsEstimate == nil {
                    if demand.fallbackOpeningsEstimate != nil {
                        fallbacks += 1
                        diagnostics.warning("\(demand.soc) \(demand.title): area employment not released (**); its openings are a labelled fallback estimate (\(Figures.decimal(demand.fallbackOpeningsEstimate ?? 0, places: 1))/yr from \(demand.fallbackOpeningsNote ?? "the containing area"))")
                    } else {
                        diagnostics.warning("\(demand.soc) \(demand.title): area openings \(demand.areaAnnualOpeningsNote ?? "not estimated"); it is listed but does not count in the score")
                    }
                }
                addToSums(&sums, demand, slot: s, fit: fit)
            }
            occupations.append(AlignedOccupation(demand: demand, links: linksBySlot[s] ?? [], educationFit: fit, reach: reach,
                                                 counts: counts, addedReason: addedReason[s]))
        }
        var summary: MethodSummary? = nil
        if let method {
            var defaultSums = ComponentSums()
            var defaultCount = 0
            if !method.tailoring.isEmpty {
                for s in defaultSlots {
                    let (demand, fit, reach) = profile(s)
                    guard reach.map({ method.counts($0.reach) }) ?? true else { continue }
                    defaultCount += 1
                    addToSums(&defaultSums, demand, slot: s, fit: fit)
                }
            }
            let counted = occupations.filter(\.counts)
            var employmentSum = 0.0, employmentKnown = 0, suppressed = 0
            for o in counted {
                if let e = o.demand.employment.value { employmentSum += Double(e); employmentKnown += 1 } else { suppressed += 1 }
            }
            let withOpenings = counted.filter { $0.demand.countedOpenings != nil }
            var insufficientReason: String? = nil
            if counted.isEmpty {
                insufficientReason = method.profile.purpose == .entry
                    ? "no linked occupation is reachable at entry by a completer of this credential (see the career path)"
                    : "every linked occupation is excluded"
            } else if withOpenings.isEmpty {
                insufficientReason = "no counted occupation has an area openings figure, direct or fallback, in \(area.title)"
            }
            let reference = market.allOccupationsOpeningsEstimate(area: a)
            summary = MethodSummary(
                profile: method.profile, rulesFile: method.rules.file, rulesEffectiveDate: method.rules.effectiveDate,
                entryWagePercentile: method.rules.entryWagePercentile, added: method.tailoring.add, removed: removed,
                defaultScore: method.tailoring.isEmpty ? nil : AlignmentScorer.score(defaultSums, reference: reference, weights: weights),
                defaultOccupationCount: method.tailoring.isEmpty ? nil : defaultCount,
                defaultCountedOpenings: method.tailoring.isEmpty ? nil : defaultSums.openings,
                marketEmployment: employmentKnown > 0 ? employmentSum : nil, marketEmploymentSuppressed: suppressed,
                insufficientAreaData: insufficientReason != nil, insufficientReason: insufficientReason)
            if let insufficientReason { diagnostics.warning("insufficient area data: \(insufficientReason); no score or recommendation is given") }
            // Residual codes carrying more than half of the linked occupations' openings.
            let total = occupations.reduce(0.0) { $0 + ($1.demand.countedOpenings ?? 0) }
            let residual = occupations.filter(\.isGeneric).reduce(0.0) { $0 + ($1.demand.countedOpenings ?? 0) }
            if total > 0, residual / total > 0.5 {
                let names = occupations.filter(\.isGeneric).map { "\($0.demand.soc) \($0.demand.title)" }.joined(separator: ", ")
                diagnostics.warning("residual \"All Other\" codes carry \(Figures.decimal(residual / total * 100, places: 0))% of the linked occupations' openings (\(names)); these describe broad residual groups, not the jobs this credential leads to. Tailor the list with occupations.add / occupations.remove")
            }
        }
        _ = fallbacks
        for label in unknownEducation.sorted() {
            diagnostics.warning("typical entry education '\(label)' is not in the education_fit table of the scoring weights; those occupations are left out of the education-fit component")
        }
        occupations.sort { l, r in
            let lo = l.demand.countedOpenings ?? -1, ro = r.demand.countedOpenings ?? -1
            return lo != ro ? lo > ro : l.demand.soc < r.demand.soc
        }
        let reference = market.allOccupationsOpeningsEstimate(area: a)
        let score = AlignmentScorer.score(sums, reference: reference, weights: weights)

        // Adjacency and competencies.
        var adjacent: [AdjacentOccupation] = []
        var skills: [Competency] = [], knowledge: [Competency] = []
        var focus: CompetencyFocus? = nil
        var unrated: [SOCCode] = []
        if let profiles = inputs.profiles {
            let basis = method == nil ? occupations : occupations.filter(\.counts)
            let linked = basis.map { market.slot(of: $0.demand.soc) ?? -1 }.filter { $0 >= 0 }
            let weightsOf = basis.filter { market.slot(of: $0.demand.soc) != nil }.map { $0.demand.countedOpenings ?? .nan }
            let missing = basis.filter { o in market.slot(of: o.demand.soc).map { !profiles.hasProfile($0) } ?? true }
            unrated = missing.map(\.demand.soc)
            for o in missing { diagnostics.note("\(o.demand.soc) \(o.demand.title) has no O*NET skill or knowledge ratings; it is left out of competencies and adjacency") }
            if let centroid = profiles.centroid(linked, weights: weightsOf) {
                adjacent = SkillAdjacency.find(centroid: centroid, linked: Set(linked + occupations.compactMap { market.slot(of: $0.demand.soc) }), market: market, area: a, profiles: profiles,
                                               rule: highDemand, settings: weights.adjacency)
                (skills, knowledge) = CompetencyAnalyzer.competencies(slots: linked, weights: weightsOf, profiles: profiles,
                                                                      settings: weights.competencies)
            } else if !linked.isEmpty {
                diagnostics.warning("no linked occupation has O*NET ratings; competencies and adjacent occupations cannot be computed")
            }
            // Technology skills do not need ratings; general skills need at least one rated occupation.
            focus = CompetencyFocusAnalyzer.focus(basis: basis.map(\.demand.soc), slots: linked, weights: weightsOf, market: market,
                                                  profiles: profiles, technology: inputs.technology, settings: weights.competencies)
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
        var result = DisciplineAlignment(
            programs: programs, area: context, occupations: occupations, score: score, adjacent: adjacent,
            skills: skills, knowledge: knowledge, rollups: rollups, diagnostics: diagnostics, sources: inputs.sources,
            highDemandLabel: highDemand.label, weights: weights,
            vintageNote: "Area employment and wages: OEWS (area file). Growth and national openings: EP \(market.ep.decadeLabel). EP's own median wages are \(wageYear) and are not mixed with OEWS wages.",
            projectionWageYear: market.ep.wageYear, method: summary)
        result.focus = focus
        result.unratedOccupations = unrated
        return result
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
