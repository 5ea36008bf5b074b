import MicrocredCore
import Foundation

/// Renders the reports folder's `README.md`: a one-screen summary with the
/// recommendation and links to the four reports.
public enum ReportIndex {
    public static let fileName = "README.md"

    public static func render(_ inputs: ProposalEvaluation) -> String {
        let recommendation = inputs.recommendation
        let p = inputs.proposal
        let a = inputs.alignment
        let d = inputs.design
        var out = ReportBlocks.header("Microcredential proposal", inputs)
        out += "## Summary\n\n"
        out += "**Recommendation: \(recommendation.decision.rawValue).** " + (recommendation.reasons.first.map(Markdown.escape) ?? "") + "\n\n"
        var rows: [[String]] = [
            ["alignment score", "\(Figures.fixed(a.score.value, places: 1)) / 100 (docs/scoring.md)"],
            ["linked occupations", "\(a.occupations.count), about \(Figures.integer(Int(inputs.totalAreaOpenings.rounded()))) estimated openings a year in \(Markdown.escape(a.area.area.title))"],
        ]
        if let share = inputs.highDemandShare { rows.append(["openings in high-demand occupations", Figures.fixed(share * 100, places: 0) + "%"]) }
        if let wage = inputs.weightedMedianWage { rows.append(["median wage of linked occupations (openings-weighted)", Figures.dollarsAndCents(wage.rounded()) + " (" + Markdown.escape(inputs.oewsLabel) + ")"]) }
        rows.append(["credential", "recommended \(d.credentialType.recommended.rawValue); proposed \(p.credential.rawValue)"])
        rows.append(["level", "recommended \(d.level.recommended.rawValue); proposed \(p.level.rawValue)"])
        rows.append(["length", "\(Markdown.escape(p.hours.description)), \(Figures.fixed(p.weeks, places: 0)) weeks, \(p.creditBearing ? "credit-bearing" : "non-credit")"])
        rows.append(["financial aid", d.financialAid.map { "\(Markdown.escape($0.name)): \($0.result.label)" }.joined(separator: "; ")])
        out += Markdown.table(["measure", "finding"], rows) + "\n"
        let top = a.occupations.prefix(5)
        if !top.isEmpty {
            out += "Top linked occupations by estimated area openings:\n\n"
            out += Markdown.table(["SOC", "occupation", "area openings/yr (est.)", "median wage", "high demand"], top.map {
                [$0.demand.soc.description, Markdown.escape($0.demand.title), ReportBlocks.estimate($0.demand.areaAnnualOpeningsEstimate, note: $0.demand.areaAnnualOpeningsNote),
                 ReportBlocks.wage($0.demand.annualWages.median), $0.demand.highDemand.isHighDemand ? "yes" : "no"]
            }, rightAligned: [2, 3]) + "\n"
        }
        out += "## Reports\n\n"
        out += Markdown.bullets([
            "[Needs assessment](\(NeedsAssessmentReport.fileName)): demand, linked occupations, adjacent opportunities, learners, employers, data limits, recommendation.",
            "[Design and development](\(DesignDevelopmentReport.fileName)): competencies by band, credential type and level, hours, stacking, assessment, advisory board.",
            "[Implementation](\(ImplementationReport.fileName)): admission, approval, financial aid, prior learning, transcript, marketing, launch timeline.",
            "[Evaluation](\(EvaluationReport.fileName)): KPIs and their sources, review cadence, triggers, federal outcome thresholds.",
        ]) + "\n"
        if !inputs.validated.warnings.isEmpty {
            out += "## Proposal warnings\n\n" + Markdown.bullets(inputs.validated.warnings.map { Markdown.escape($0.message) }) + "\n"
        }
        out += ReportBlocks.sources(inputs)
        return out
    }
}
