import MicrocredCore
import Foundation

/// Renders `evaluation.md`: KPIs with data-derived targets and their
/// sources, the review cadence, triggers for revision or sunset, and the
/// federal outcome thresholds that apply.
public enum EvaluationReport {
    public static let fileName = "evaluation.md"

    public static func render(_ inputs: ProposalEvaluation) -> String {
        var out = ReportBlocks.header("Evaluation", inputs)
        out += kpis(inputs)
        out += cadence(inputs)
        out += triggers(inputs)
        out += federal(inputs)
        out += ReportBlocks.sources(inputs)
        return out
    }

    static func kpis(_ inputs: ProposalEvaluation) -> String {
        let list = inputs.kpis
        var out = "## Key performance indicators\n\n"
        out += "Targets come from the data, the federal rules, or the project's settings, as the basis column says.\n\n"
        out += Markdown.table(["KPI", "target", "basis of the target", "data source"],
                              list.map { [Markdown.escape($0.name), Markdown.escape($0.target), Markdown.escape($0.basis), Markdown.escape($0.dataSource)] })
        var labels: [String] = [], values: [Double] = []
        if let target = inputs.weightedMedianWage { labels.append("earnings target"); values.append(target) }
        if let areaMedian = inputs.alignment.area.allOccupationsMedianWage.value { labels.append("area median, all jobs"); values.append(areaMedian) }
        labels.append("150% poverty line"); values.append(inputs.rules.workforcePell.earningsFloor.value)
        if values.count > 1 {
            out += "\nEarnings benchmarks for completers (dollars a year; \(Markdown.escape(inputs.oewsLabel)) and the \(inputs.rules.workforcePell.earningsFloorYear) poverty guideline):\n\n"
            out += ReportBlocks.barChart(title: "Earnings benchmarks", labels: labels, values: values, yLabel: "dollars a year")
        }
        return out + "\n"
    }

    static func cadence(_ inputs: ProposalEvaluation) -> String {
        let e = inputs.settings.evaluation
        var out = "## Review cadence\n\n"
        out += "- Review the KPIs every \(e.reviewCadenceMonths) months, after each cohort's completion and placement data are in.\n"
        out += "- Each year, load the new OEWS, Employment Projections and O\\*NET releases (`microcred datasets add`), read what changed (`microcred datasets diff`), and re-run `microcred report` on this proposal.\n"
        out += "- Review the design rules when their review date passes (rules reviewed \(Markdown.escape(inputs.design.rulesReviewed))), and whenever federal aid rules change.\n"
        if let first = inputs.timeline.last { out += "- First review: \(first.month).\n" }
        return out + "\n"
    }

    static func triggers(_ inputs: ProposalEvaluation) -> String {
        let e = inputs.settings.evaluation
        let r = inputs.settings.recommendation
        let wp = inputs.rules.workforcePell
        var items = [
            "Revise when completion falls below \(Figures.fixed(wp.completionRate.value * 100, places: 0))% or placement below \(Figures.fixed(wp.placementRate.value * 100, places: 0))% in a review.",
            "Start a sunset review after \(e.sunsetAfterMissedReviews) reviews in a row below target on enrolment or completion.",
            "Revise the competencies when the new O*NET release changes the top skills or their bands.",
            "Reconsider the credential if the alignment score falls below \(Figures.fixed(r.reconsiderBelowScore, places: 0)) on new data, or if the linked occupations leave the high-demand list.",
        ]
        if inputs.proposal.financialAidSought.contains(.workforcePell) {
            items.append("Workforce Pell eligibility is lost if the outcome thresholds below are missed; check them before each award year.")
        }
        return "## Triggers for revision or sunset\n\n" + Markdown.bullets(items.map(Markdown.escape)) + "\n"
    }

    static func federal(_ inputs: ProposalEvaluation) -> String {
        let wp = inputs.rules.workforcePell
        let ge = inputs.rules.gainfulEmployment
        let aid = inputs.design.financialAid
        func result(_ program: AidProgram) -> String { aid.first { $0.program == program }?.result.label ?? "—" }
        var out = "## Federal outcome thresholds\n\n"
        out += "Thresholds that apply if the credential takes part in the aid program (its determination is in the implementation report).\n\n"
        let rows: [[String]] = [
            ["Workforce Pell", "completion rate", "≥ \(Figures.fixed(wp.completionRate.value * 100, places: 0))%", result(.workforcePell), Markdown.escape(wp.completionRate.citation.description)],
            ["Workforce Pell", "job placement", "≥ \(Figures.fixed(wp.placementRate.value * 100, places: 0))% within \(Figures.fixed(wp.placementDays.value, places: 0)) days", result(.workforcePell), Markdown.escape(wp.placementRate.citation.description)],
            ["Workforce Pell", "value-added earnings", "median earnings − \(Figures.dollarsAndCents(wp.earningsFloor.value)) ≥ tuition and fees", result(.workforcePell), Markdown.escape(wp.earningsFloor.citation.description)],
            ["Gainful employment", "debt-to-earnings", "annual payment ≤ \(Figures.fixed(ge.annualDebtToEarningsMaxPercent.value, places: 0))% of earnings or ≤ \(Figures.fixed(ge.discretionaryDebtToEarningsMaxPercent.value, places: 0))% of discretionary earnings", result(.gainfulEmployment), Markdown.escape(ge.annualDebtToEarningsMaxPercent.citation.description)],
            ["Gainful employment", "earnings premium", Markdown.escape(ge.earningsPremium.text), result(.gainfulEmployment), Markdown.escape(ge.earningsPremium.citation.description)],
        ]
        out += Markdown.table(["program", "measure", "threshold", "determination", "source"], rows)
        return out + "\n"
    }
}
