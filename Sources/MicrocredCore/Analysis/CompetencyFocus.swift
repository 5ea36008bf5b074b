import Foundation

/// Which O*NET skills every counted occupation shares, so assessment design
/// lists them once as general (docs/analysis.md, "Competencies that say what
/// to teach"). Thresholds live in datasets/scoring-weights.yaml.
public struct GeneralSkillRule: Sendable, Hashable, Codable {
    /// O*NET Content Model element-id prefixes the rule may mark general
    /// ("2.A": Basic Skills, content 2.A.1 and process 2.A.2).
    public var elementPrefixes: [String]
    /// Importance (1–5) an occupation must give the element to share it.
    public var minImportance: Double
    /// Share (0–1) of the counted, rated occupations that must share it (1: all).
    public var sharedShare: Double
    /// Where the thresholds come from.
    public var source: String
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case elementPrefixes = "element_prefixes", minImportance = "min_importance", sharedShare = "shared_share", source
    }
    public init(elementPrefixes: [String], minImportance: Double, sharedShare: Double, source: String) {
        self.elementPrefixes = elementPrefixes; self.minImportance = minImportance; self.sharedShare = sharedShare; self.source = source
    }
}

/// How many O*NET Technology Skills examples the competencies list.
public struct TechnologyListingRule: Sendable, Hashable, Codable {
    /// At most this many examples are listed.
    public var limit: Int
    /// List only examples O*NET flags Hot Technology or In Demand.
    public var flaggedOnly: Bool
    public var source: String
    public enum CodingKeys: String, CodingKey, CaseIterable { case limit, flaggedOnly = "flagged_only", source }
    public init(limit: Int, flaggedOnly: Bool, source: String) {
        self.limit = limit; self.flaggedOnly = flaggedOnly; self.source = source
    }
}

/// One O*NET Technology Skills example across the counted occupations.
public struct TechnologySkill: Sendable, Hashable, Codable {
    public var example: String
    public var commodityTitle: String
    /// O*NET Hot Technology flag (set when any listed occupation sets it).
    public var hot: Bool
    /// O*NET In Demand flag (set when any listed occupation sets it).
    public var inDemand: Bool
    /// The counted occupations that list it, in SOC order.
    public var occupations: [SOCCode]
}

/// A term a proposer's competency can be matched to: an O*NET element, a
/// technology example or a technology commodity title.
public struct CompetencyTerm: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case skill, knowledge, technology, technologyClass = "technology class" }
    public var name: String
    public var kind: Kind
}

/// One competency the proposal names, with the O*NET terms it matches.
public struct ProposerCompetencyMatch: Sendable, Hashable, Codable {
    public var text: String
    /// Matched terms, O*NET elements first, then by name; empty when none matches.
    public var matches: [CompetencyTerm]
}

/// The competencies that say what to teach: the general basic skills listed
/// once, the specific skills and knowledge, and technology skills.
public struct CompetencyFocus: Sendable, Hashable {
    /// Skills every counted occupation shares (under `generalRule`), by importance.
    public var general: [Competency]
    /// Top skills and knowledge areas without the general ones.
    public var skills: [Competency]
    public var knowledge: [Competency]
    /// Counted occupations with O*NET ratings (the general rule's base).
    public var ratedOccupations: Int
    /// Technology examples, most occupations listing first, then Hot, then In Demand, then name.
    public var technology: [TechnologySkill]
    /// Distinct examples the counted occupations list (before the limit and flag filter).
    public var technologyExamples: Int
    /// Counted occupations with Technology Skills examples.
    public var technologyOccupations: Int
    /// Every term a proposer's competency can match (not listed in output).
    public var vocabulary: [CompetencyTerm]
    public var generalRule: GeneralSkillRule
    public var technologyRule: TechnologyListingRule

    public func isGeneral(_ c: Competency) -> Bool { general.contains { $0.element.id == c.element.id } }
}

public enum CompetencyFocusAnalyzer {
    /// Builds the focus for the occupations in `slots` (their `socs`),
    /// from every competency of `all` (unlimited lists).
    public static func focus(slots: [Int], socs: [SOCCode], all: (skills: [Competency], knowledge: [Competency]),
                             profiles: SkillProfiles, technology: ONetTechnologySkills?, settings: ScoringWeights.Competencies,
                             general rule: GeneralSkillRule, listing: TechnologyListingRule) -> CompetencyFocus {
        let rated = slots.compactMap { profiles.importance[$0] }
        var general: [Competency] = []
        if !rated.isEmpty {
            for c in all.skills where rule.elementPrefixes.contains(where: { c.element.id.hasPrefix($0) }) {
                guard let e = profiles.elements.firstIndex(where: { $0.id == c.element.id }) else { continue }
                let sharing = rated.filter { !$0[e].isNaN && $0[e] >= rule.minImportance }.count
                if Double(sharing) >= rule.sharedShare * Double(rated.count) - 1e-9 { general.append(c) }
            }
        }
        let generalIDs = Set(general.map(\.element.id))
        let skills = Array(all.skills.filter { !generalIDs.contains($0.element.id) }.prefix(settings.limit))
        let knowledge = Array(all.knowledge.prefix(settings.limit))

        var bySOC: [String: (item: ONetTechnologySkills.Item, socs: Set<SOCCode>)] = [:]
        var withExamples = 0
        var vocabulary = profiles.elements.map { CompetencyTerm(name: $0.name, kind: $0.domain == .skill ? .skill : .knowledge) }
        var classes = Set<String>()
        for soc in Set(socs).sorted() {
            let items = technology?.items(for: soc) ?? []
            if !items.isEmpty { withExamples += 1 }
            for item in items {
                classes.insert(item.commodityTitle)
                if var entry = bySOC[item.example] {
                    entry.item.hot = entry.item.hot || item.hot
                    entry.item.inDemand = entry.item.inDemand || item.inDemand
                    entry.socs.insert(soc)
                    bySOC[item.example] = entry
                } else {
                    bySOC[item.example] = (item, [soc])
                }
            }
        }
        let listed = bySOC.values
            .map { TechnologySkill(example: $0.item.example, commodityTitle: $0.item.commodityTitle, hot: $0.item.hot,
                                   inDemand: $0.item.inDemand, occupations: $0.socs.sorted()) }
            .filter { !listing.flaggedOnly || $0.hot || $0.inDemand }
            .sorted { l, r in
                if l.occupations.count != r.occupations.count { return l.occupations.count > r.occupations.count }
                if l.hot != r.hot { return l.hot }
                if l.inDemand != r.inDemand { return l.inDemand }
                return l.example < r.example
            }
        vocabulary += bySOC.keys.sorted().map { CompetencyTerm(name: $0, kind: .technology) }
        vocabulary += classes.sorted().map { CompetencyTerm(name: $0, kind: .technologyClass) }
        return CompetencyFocus(general: general, skills: skills, knowledge: knowledge, ratedOccupations: rated.count,
                               technology: Array(listed.prefix(listing.limit)), technologyExamples: bySOC.count,
                               technologyOccupations: withExamples, vocabulary: vocabulary, generalRule: rule, technologyRule: listing)
    }
}

/// Matches a proposer's competencies to O*NET terms (docs/analysis.md):
/// a term matches when its words appear, in order and next to each other,
/// among the competency's words, ignoring case. Two words are the same when
/// equal, or when the shorter has at least `stemLength` letters and begins
/// the longer ("troubleshoot" ~ "troubleshooting", "network" ~ "networks").
public enum CompetencyMatcher {
    public static let stemLength = 5

    static func words(_ s: String) -> [String] {
        s.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }.map(String.init)
    }

    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= stemLength && long.hasPrefix(short)
    }

    public static func matches(_ text: String, term: String) -> Bool {
        let t = words(text), n = words(term)
        guard !n.isEmpty, n.count <= t.count else { return false }
        for start in 0...(t.count - n.count) where zip(t[start..<(start + n.count)], n).allSatisfy({ same($0, $1) }) {
            return true
        }
        return false
    }

    public static func match(_ competencies: [String], vocabulary: [CompetencyTerm]) -> [ProposerCompetencyMatch] {
        let order: [CompetencyTerm.Kind: Int] = [.skill: 0, .knowledge: 1, .technology: 2, .technologyClass: 3]
        return competencies.map { text in
            var seen = Set<CompetencyTerm>()
            let found = vocabulary.filter { matches(text, term: $0.name) && seen.insert($0).inserted }
                .sorted { (order[$0.kind] ?? 9, $0.name) < (order[$1.kind] ?? 9, $1.name) }
            return ProposerCompetencyMatch(text: text, matches: found)
        }
    }
}

extension CompetencyFocusAnalyzer {
    /// The focus of the counted occupations `basis` (their area `slots` and
    /// openings `weights`, as `CompetencyAnalyzer` takes them); nil when the
    /// weights file sets no general-skill rule.
    public static func focus(basis: [SOCCode], slots: [Int], weights: [Double], market: LaborMarket, profiles: SkillProfiles,
                             technology: ONetTechnologySkills?, settings: ScoringWeights.Competencies) -> CompetencyFocus? {
        guard let rule = settings.general else { return nil }
        var unlimited = settings
        unlimited.limit = profiles.elements.count
        let all = CompetencyAnalyzer.competencies(slots: slots, weights: weights, profiles: profiles, settings: unlimited)
        let listing = settings.technology ?? TechnologyListingRule(limit: 0, flaggedOnly: true, source: "")
        return focus(slots: slots, socs: basis, all: all, profiles: profiles, technology: technology, settings: settings,
                     general: rule, listing: listing)
    }
}
