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
        var doc = ReportBlocks.header("Microcredential proposal", inputs)
        doc.heading(2, "Summary")
        doc.paragraph("\(strong: "Recommendation: \(recommendation.decision.rawValue).") " + (recommendation.reasons.first.map(MarkdownText.text) ?? ""))
        var rows: [[MarkdownText]] = [
            ["alignment score", "\(Figures.fixed(a.score.value, places: 1)) / 100 (docs/scoring.md)"],
            ["linked occupations", "\(a.occupations.count), about \(Figures.integer(Int(inputs.totalAreaOpenings.rounded()))) estimated openings a year in \(a.area.area.title)"],
        ]
        if let share = inputs.highDemandShare { rows.append(["openings in high-demand occupations", "\(Figures.fixed(share * 100, places: 0) + "%")"]) }
        if let wage = inputs.weightedMedianWage { rows.append(["median wage of linked occupations (openings-weighted)", "\(Figures.dollarsAndCents(wage.rounded())) (\(inputs.oewsLabel))"]) }
        rows.append(["credential", "recommended \(d.credentialType.recommended.rawValue); proposed \(p.credential.rawValue)"])
        rows.append(["level", "recommended \(d.level.recommended.rawValue); proposed \(p.level.rawValue)"])
        rows.append(["length", "\(p.hours.description), \(Figures.fixed(p.weeks, places: 0)) weeks, \(p.creditBearing ? "credit-bearing" : "non-credit")"])
        rows.append(["financial aid", d.financialAid.map { "\($0.name): \($0.result.label)" }.joined(separator: "; ")])
        doc.table(MarkdownTable(["measure", "finding"], rows))
        let top = a.occupations.prefix(5)
        if !top.isEmpty {
            doc.paragraph("Top linked occupations by estimated area openings:")
            doc.table(OccupationRow.markdownTable(top.map(OccupationRow.init), [.soc, .title, .areaOpenings, .medianWage, .highDemand]))
        }
        doc.heading(2, "Reports")
        doc.bullets([
            "\(link: "Needs assessment", url: NeedsAssessmentReport.fileName): demand, linked occupations, adjacent opportunities, learners, employers, data limits, recommendation.",
            "\(link: "Design and development", url: DesignDevelopmentReport.fileName): competencies by band, credential type and level, hours, stacking, assessment, advisory board.",
            "\(link: "Implementation", url: ImplementationReport.fileName): admission, approval, financial aid, prior learning, transcript, marketing, launch timeline.",
            "\(link: "Evaluation", url: EvaluationReport.fileName): KPIs and their sources, review cadence, triggers, federal outcome thresholds.",
        ])
        if !inputs.validated.warnings.isEmpty {
            doc.heading(2, "Proposal warnings")
            doc.bullets(inputs.validated.warnings.map { .text($0.message) })
        }
        doc.append(ReportBlocks.sources(inputs))
        return doc.render()
    }
}
