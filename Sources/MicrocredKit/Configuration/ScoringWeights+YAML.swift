import Foundation
import MicrocredCore
import Yams

extension ScoringWeights {
    /// Decodes and checks a parsed weights file; every problem names its line.
    public init(document: YAMLDocument) throws {
        let what = "scoring weights"
        try ConfigurationKeys.check(document, allowed: CodingKeys.allCases.map(\.rawValue), what: what)
        try ConfigurationKeys.check(document, allowed: Weights.CodingKeys.allCases.map(\.rawValue), under: ["weights"], what: what)
        try ConfigurationKeys.check(document, allowed: OpeningsScale.CodingKeys.allCases.map(\.rawValue), under: ["openings"], what: what)
        try ConfigurationKeys.check(document, allowed: LinearScale.CodingKeys.allCases.map(\.rawValue), under: ["wage"], what: what)
        try ConfigurationKeys.check(document, allowed: LinearScale.CodingKeys.allCases.map(\.rawValue), under: ["growth"], what: what)
        try ConfigurationKeys.check(document, allowed: Adjacency.CodingKeys.allCases.map(\.rawValue), under: ["adjacency"], what: what)
        try ConfigurationKeys.check(document, allowed: Competencies.CodingKeys.allCases.map(\.rawValue), under: ["competencies"], what: what)
        try ConfigurationKeys.check(document, allowed: GeneralSkillRule.CodingKeys.allCases.map(\.rawValue), under: ["competencies", "general"], what: what)
        try ConfigurationKeys.check(document, allowed: TechnologyListingRule.CodingKeys.allCases.map(\.rawValue), under: ["competencies", "technology"], what: what)
        self = try document.decode(ScoringWeights.self)
        func fail(_ path: [String], _ message: String) -> MicrocredError {
            MicrocredError("\(message)", at: document.location(path.map(AnyKey.init)), hint: "docs/scoring.md explains each setting")
        }
        let w = weights
        for (key, value) in [("openings", w.openings), ("wage", w.wage), ("growth", w.growth),
                             ("high_demand_share", w.highDemandShare), ("education_fit", w.educationFit)] where !(value >= 0 && value.isFinite) {
            throw fail(["weights", key], "the weight of \(key) must be a number of 0 or more")
        }
        // Weights are relative; a bound keeps their sum and products finite.
        for (key, value) in [("openings", w.openings), ("wage", w.wage), ("growth", w.growth),
                             ("high_demand_share", w.highDemandShare), ("education_fit", w.educationFit)] where value > 1000 {
            throw fail(["weights", key], "the weight of \(key) is \(Figures.plain(value)); weights are relative and must be at most 1000")
        }
        for (path, value) in [(["openings", "floor_share"], openings.floorShare), (["openings", "cap_share"], openings.capShare),
                              (["wage", "floor"], wage.floor), (["wage", "cap"], wage.cap),
                              (["growth", "floor"], growth.floor), (["growth", "cap"], growth.cap)] where !(abs(value) <= 1_000_000) {
            throw fail(path, "\(path.joined(separator: ".")) must be a number between -1,000,000 and 1,000,000")
        }
        if !(w.openings + w.wage + w.growth + w.highDemandShare + w.educationFit > 0) {
            throw fail(["weights"], "at least one weight must be above 0")
        }
        if !(openings.floorShare > 0 && openings.capShare > openings.floorShare) {
            throw fail(["openings"], "floor_share must be above 0 and cap_share above floor_share")
        }
        if !(wage.cap > wage.floor) { throw fail(["wage"], "cap must be above floor") }
        if !(growth.cap > growth.floor) { throw fail(["growth"], "cap must be above floor") }
        for (label, fit) in educationFit.sorted(by: { $0.key < $1.key }) where !(0...1).contains(fit) {
            throw fail(["education_fit", label], "the fit of '\(label)' must be between 0 and 1")
        }
        if !(-1...1).contains(adjacency.threshold) || adjacency.limit < 0 {
            throw fail(["adjacency"], "threshold must be between -1 and 1 and limit 0 or more")
        }
        if !(0...7).contains(competencies.intermediateFrom) || !(competencies.intermediateFrom...7).contains(competencies.advancedFrom) || competencies.limit < 0 {
            throw fail(["competencies"], "0 ≤ intermediate_from ≤ advanced_from ≤ 7 and limit 0 or more")
        }
        if let g = competencies.general, !((1...5).contains(g.minImportance) && (0...1).contains(g.sharedShare)) {
            throw fail(["competencies", "general"], "min_importance must be between 1 and 5 and shared_share between 0 and 1")
        }
        if let t = competencies.technology, t.limit < 0 { throw fail(["competencies", "technology"], "limit must be 0 or more") }
    }
}
