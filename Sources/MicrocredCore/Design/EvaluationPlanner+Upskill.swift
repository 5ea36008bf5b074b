/// The placement KPI of an upskill credential: its completers already work,
/// so the outcome is attainment in and wage gain for incumbent workers
/// (docs/reports.md; targets in report-settings.yaml and design-rules.yaml).
extension EvaluationPlanner {
    static func upskillAttainmentKPI(_ inputs: ProposalEvaluation, linked: String) -> KPI {
        let wp = inputs.rules.workforcePell
        let e = inputs.settings.evaluation
        var target = "≥ \(Figures.fixed(wp.placementRate.value * 100, places: 0))% of completers employed within \(Figures.fixed(wp.placementDays.value, places: 0)) days in the counted occupations they hold or advance into (\(linked))"
        var basis = "Workforce Pell placement threshold (\(wp.placementRate.citation)), applied to incumbent workers (purpose: upskill)"
        if let gain = e.upskillWageGainTarget, let months = e.upskillWageGainMonths {
            target += "; ≥ \(Figures.fixed(gain * 100, places: 0))% of completers earn more than before enrolment within \(months) months"
            basis += "; report-settings upskill_wage_gain_target and upskill_wage_gain_months"
        }
        return KPI(name: "Attainment and wage gain of incumbent workers", target: target, basis: basis,
                   dataSource: "completer survey, employer verification and state unemployment-insurance wage records before and after enrolment")
    }
}
