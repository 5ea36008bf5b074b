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
            ["alignment score", inputs.insufficientAreaData ? "insufficient area data" : "\(Figures.fixed(a.score.value, places: 1)) / 100 (docs/scoring.md)"],
            ["linked occupations", "\(a.occupations.count): \(inputs.countedOccupations.count) counted (\(inputs.proposalPurposeLabel)), \(inputs.careerPath.count) career path, \(inputs.excludedOccupations.count) excluded"],
            ["openings counted", "about \(Figures.integer(Int(inputs.totalAreaOpenings.rounded()))) estimated openings a year in \(a.area.area.title)" + (inputs.fallbackOpeningsCount > 0 ? " (\(inputs.fallbackOpeningsCount) fallback estimate(s))" : "")],
        ]
        if let share = inputs.highDemandShare { rows.append(["openings in high-demand occupations", "\(Figures.fixed(share * 100, places: 0) + "%")"]) }
        if let wage = inputs.entryWage { rows.append(["entry wage completers can expect (\(inputs.entryWageLabel), openings-weighted)", "\(Figures.dollarsAndCents(wage.rounded())) (\(inputs.oewsLabel))"]) }
        if let wage = inputs.weightedMedianWage { rows.append(["median wage of counted occupations (market figure)", "\(Figures.dollarsAndCents(wage.rounded())) (\(inputs.oewsLabel))"]) }
        if let rule = a.occupations.first?.demand.highDemand.rule { rows.append(["high-demand rule used", "\(rule.title) (datasets/high-demand-criteria.yaml)"]) }
        rows.append(["credential", "recommended \(d.credentialType.recommended.rawValue); proposed \(p.credential.rawValue)"])
        rows.append(["level", "recommended \(d.level.recommended.rawValue); proposed \(p.level.rawValue)"])
        rows.append(["length", "\(p.hours.description), \(Figures.fixed(p.weeks, places: 0)) weeks, \(p.creditBearing ? "credit-bearing" : "non-credit")"])
        rows.append(["financial aid", d.financialAid.map { "\($0.name): \($0.result.label)" }.joined(separator: "; ")])
        doc.table(MarkdownTable(["measure", "finding"], rows))
        let top = inputs.countedOccupations.prefix(5)
        if !top.isEmpty {
            doc.paragraph("Top counted occupations by estimated area openings:")
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
            // Each warning with its line in the proposal file (the location is data, never parsed from the message).
            doc.bullets(inputs.validated.warnings.map { w -> MarkdownText in
                guard let line = w.line else { return .text(w.message) }
                return "\(code: "\(inputs.proposalName):\(line)"): \(w.message)"
            })
        }
        doc.append(ReportBlocks.sources(inputs))
        return doc.render()
    }
}
