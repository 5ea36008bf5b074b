import MicrocredCore
import Foundation

/// Renders `evaluation.md`: KPIs with data-derived targets and their
/// sources, the review cadence, triggers for revision or sunset, and the
/// federal outcome thresholds that apply.
public enum EvaluationReport {
    public static let fileName = "evaluation.md"

    public static func render(_ inputs: ProposalEvaluation) -> String {
        var doc = ReportBlocks.header("Evaluation", inputs)
        doc.append(kpis(inputs))
        doc.append(cadence(inputs))
        doc.append(triggers(inputs))
        doc.append(federal(inputs))
        doc.append(ReportBlocks.sources(inputs))
        return doc.render()
    }

    static func kpis(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let list = inputs.kpis
        var doc = MarkdownDocument()
        doc.heading(2, "Key performance indicators")
        doc.paragraph("Targets come from the data, the federal rules, or the project's settings, as the basis column says.")
        doc.table(MarkdownTable(["KPI", "target", "basis of the target", "data source"],
                                list.map { ["\($0.name)", "\($0.target)", "\($0.basis)", "\($0.dataSource)"] }))
        var labels: [String] = [], values: [Double] = []
        if let target = inputs.entryWage { labels.append("entry wage (\(inputs.entryWageLabel))"); values.append(target) }
        if let areaMedian = inputs.alignment.area.allOccupationsMedianWage.value { labels.append("area median, all jobs"); values.append(areaMedian) }
        labels.append("150% poverty line"); values.append(inputs.rules.workforcePell.earningsFloor.value)
        if values.count > 1 {
            doc.paragraph("Earnings benchmarks for completers (dollars a year; \(inputs.oewsLabel) and the \(inputs.rules.workforcePell.earningsFloorYear) poverty guideline):")
            doc.mermaid(.bar(title: "Earnings benchmarks", labels: labels, values: values, yLabel: "dollars a year", line: nil))
        }
        return doc
    }

    static func cadence(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let e = inputs.settings.evaluation
        var doc = MarkdownDocument()
        doc.heading(2, "Review cadence")
        var items: [MarkdownText] = [
            "Review the KPIs every \(e.reviewCadenceMonths) months, after each cohort's completion and placement data are in.",
            "Each year, load the new OEWS, Employment Projections and \("O*NET") releases (\(code: "microcred datasets add")), read what changed (\(code: "microcred datasets diff")), and re-run \(code: "microcred report") on this proposal.",
            "Review the design rules when their review date passes (rules reviewed \(inputs.design.rulesReviewed)), and whenever federal aid rules change.",
        ]
        if let first = inputs.timeline.last { items.append("First review: \(first.month).") }
        doc.bullets(items)
        return doc
    }

    static func triggers(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let e = inputs.settings.evaluation
        let r = inputs.settings.recommendation
        let targets = EvaluationPlanner.outcomeTargets(inputs)
        let outcome = inputs.isUpskill ? "wage gain or promotion below its KPI target" : "placement below \(Figures.fixed(targets.placement * 100, places: 0))%"
        var items = [
            "Revise when completion falls below \(Figures.fixed(targets.completion * 100, places: 0))% or \(outcome) in a review.",
            "Start a sunset review after \(e.sunsetAfterMissedReviews) reviews in a row below target on enrolment or completion.",
            "Revise the competencies when the new O*NET release changes the top skills or their bands.",
            "Reconsider the credential if the alignment score falls below \(Figures.fixed(r.reconsiderBelowScore, places: 0)) on new data, or if the linked occupations leave the high-demand list.",
        ]
        if inputs.workforcePellApplies {
            items.append("Workforce Pell eligibility is lost if the outcome thresholds below are missed; check them before each award year.")
        }
        var doc = MarkdownDocument()
        doc.heading(2, "Triggers for revision or sunset")
        doc.bullets(items.map(MarkdownText.text))
        return doc
    }

    static func federal(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let wp = inputs.rules.workforcePell
        let ge = inputs.rules.gainfulEmployment
        let aid = inputs.design.financialAid
        func result(_ program: AidProgram) -> MarkdownText { .text(aid.first { $0.program == program }?.result.label ?? "—") }
        var doc = MarkdownDocument()
        doc.heading(2, "Federal outcome thresholds")
        doc.paragraph("Thresholds that apply if the credential takes part in the aid program (its determination is in the implementation report).")
        if let note = inputs.workforcePellNote { doc.paragraph("\(note).") }
        let workforcePell: [[MarkdownText]] = !inputs.workforcePellApplies ? [] : [
            ["Workforce Pell", "completion rate", "≥ \(Figures.fixed(wp.completionRate.value * 100, places: 0))%", result(.workforcePell), "\(wp.completionRate.citation.description)"],
            ["Workforce Pell", "job placement", "≥ \(Figures.fixed(wp.placementRate.value * 100, places: 0))% within \(Figures.fixed(wp.placementDays.value, places: 0)) days", result(.workforcePell), "\(wp.placementRate.citation.description)"],
            ["Workforce Pell", "value-added earnings", "median earnings − \(Figures.dollarsAndCents(wp.earningsFloor.value)) ≥ tuition and fees", result(.workforcePell), "\(wp.earningsFloor.citation.description)"],
        ]
        let rows: [[MarkdownText]] = workforcePell + [
            ["Gainful employment", "debt-to-earnings", "annual payment ≤ \(Figures.fixed(ge.annualDebtToEarningsMaxPercent.value, places: 0))% of earnings or ≤ \(Figures.fixed(ge.discretionaryDebtToEarningsMaxPercent.value, places: 0))% of discretionary earnings", result(.gainfulEmployment), "\(ge.annualDebtToEarningsMaxPercent.citation.description)"],
            ["Gainful employment", "earnings premium", "\(ge.earningsPremium.text)", result(.gainfulEmployment), "\(ge.earningsPremium.citation.description)"],
        ]
        doc.table(MarkdownTable(["program", "measure", "threshold", "determination", "source"], rows))
        return doc
    }
}
