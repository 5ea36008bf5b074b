import Foundation

/// What supply adds to the recommendation (thresholds in report-settings.yaml,
/// `recommendation.supply_*`; docs/reports.md): a blocking band (oversupplied)
/// keeps a proceed from standing unless the score shows strong demand; a
/// supporting band adds a reason; many competitors add a reason.
enum SupplyRecommendation {
    static func reasons(_ inputs: ProposalEvaluation, score: Double) -> (reasons: [String], blockers: [String]) {
        guard let supply = inputs.supply, let gap = supply.gap else { return ([], []) }
        let settings = inputs.settings.recommendation
        var reasons: [String] = [], blockers: [String] = []
        let area = supply.area.name
        if let ratio = gap.ratio, let band = gap.band {
            let figure = "The supply/demand ratio in \(area) is \(Figures.fixed(ratio, places: 2)) (\(Figures.fixed(gap.supply, places: 1)) competing completions a year against \(Figures.fixed(gap.demand, places: 1)) shared openings of \(gap.occupationsCounted)): \(band.label)"
            if settings.supplyBlockingBands?.contains(band.id) ?? false {
                if let strong = settings.supplyStrongDemandScore, score >= strong {
                    reasons.append(figure + "; the alignment score of \(Figures.fixed(score, places: 1)) is at or above the \(Figures.fixed(strong, places: 0)) of strong demand, so it does not stop a proceed, but the program must show what sets it apart from the competitors listed under Supply and competition.")
                } else {
                    let unless = settings.supplyStrongDemandScore.map { " (it would stand at a score of \(Figures.fixed($0, places: 0)) or more)" } ?? ""
                    blockers.append(figure + "; existing programs already award more completers than the openings take, so a proceed does not stand\(unless): show what sets this program apart, or narrow it to underserved occupations or learners.")
                }
            } else if settings.supplySupportingBands?.contains(band.id) ?? false {
                reasons.append(figure + ".")
            }
        }
        if let many = settings.supplyManyCompetitors, supply.competitors.count >= many {
            reasons.append("\(supply.competitors.count) institutions in \(area) already award these CIP codes at the competing levels (\(many) or more is a crowded field); see Supply and competition.")
        }
        return (reasons, blockers)
    }
}
