/// The outcome KPIs by purpose: an upskill credential's completers already
/// work, so the outcome is wage gain and promotion for incumbent workers,
/// not placement (docs/reports.md; targets in report-settings.yaml).
extension EvaluationPlanner {
    /// Completion and placement targets: Workforce Pell's statutory
    /// thresholds where it applies, report-settings `outcomes` otherwise.
    public struct OutcomeTargets: Sendable, Hashable {
        public var completion: Double
        public var completionBasis: String
        public var placement: Double
        public var placementDays: Double
        public var placementBasis: String
    }

    public static func outcomeTargets(_ inputs: ProposalEvaluation) -> OutcomeTargets {
        let wp = inputs.rules.workforcePell
        if inputs.workforcePellApplies {
            return OutcomeTargets(completion: wp.completionRate.value, completionBasis: "Workforce Pell completion threshold (\(wp.completionRate.citation))",
                                  placement: wp.placementRate.value, placementDays: wp.placementDays.value,
                                  placementBasis: "Workforce Pell placement threshold (\(wp.placementRate.citation))")
        }
        let o = inputs.settings.outcomes
        return OutcomeTargets(completion: o.completionRate.value, completionBasis: "report-settings outcomes.completion_rate: \(o.completionRate.source)",
                              placement: o.placementRate.value, placementDays: o.placementDays.value,
                              placementBasis: "report-settings outcomes.placement_rate and placement_days: \(o.placementRate.source)")
    }

    static func upskillKPIs(_ inputs: ProposalEvaluation) -> [KPI] {
        let e = inputs.settings.evaluation
        let held = inputs.countedOccupations.prefix(5).map { $0.demand.soc.description }.joined(separator: ", ")
        var kpis: [KPI] = []
        if let gain = e.upskillWageGainTarget, let months = e.upskillWageGainMonths {
            let benchmark = inputs.entryWage.map { "; the held occupations' openings-weighted \(inputs.entryWageLabel) in \(inputs.alignment.area.area.title) is \(Figures.dollarsAndCents(($0 / 100).rounded() * 100)) and their median \(inputs.weightedMedianWage.map { Figures.dollarsAndCents(($0 / 100).rounded() * 100) } ?? "not published") (\(inputs.oewsLabel))" } ?? ""
            kpis.append(KPI(name: "Wage gain of incumbent workers",
                            target: "≥ \(Figures.fixed(gain * 100, places: 0))% of completers earn more than before enrolment within \(months) months",
                            basis: "report-settings upskill_wage_gain_target and upskill_wage_gain_months (purpose: upskill)" + benchmark,
                            dataSource: "state unemployment-insurance wage records before and after enrolment, or employer verification"))
        }
        let promotion = inputs.settings.outcomes.upskillPromotionRate
        let within = promotion.months.map { " within \($0) months" } ?? ""
        kpis.append(KPI(name: "Promotion of incumbent workers",
                        target: "≥ \(Figures.fixed(promotion.value * 100, places: 0))% of completers promoted (a higher title, pay grade or role) in or beyond the occupations they hold (\(held))\(within)",
                        basis: "report-settings outcomes.upskill_promotion_rate: \(promotion.source)",
                        dataSource: "employer verification and completer survey"))
        return kpis
    }
}
