import Foundation

/// The needs assessment's bottom line.
public struct Recommendation: Sendable, Hashable {
    public enum Decision: String, Sendable, Hashable {
        case proceed, revise, reconsider
        /// Too little is known in the area to recommend anything (docs/reports.md).
        case insufficientData = "insufficient area data"
    }

    public var decision: Decision
    /// Each reason, with the figure and threshold behind it.
    public var reasons: [String]

    /// Decides from the alignment score, the high-demand share of openings,
    /// employer engagement and the design rules (thresholds in
    /// report-settings.yaml; method in docs/reports.md).
    ///
    /// - reconsider: score below `reconsider_below_score`, or no linked
    ///   occupation with an openings estimate;
    /// - proceed: score at least `proceed_min_score`, high-demand share at
    ///   least `min_high_demand_share`, employers or an advisory board named,
    ///   and the proposed level matches the evidence;
    /// - revise: everything in between.
    public static func decide(_ inputs: ProposalEvaluation) -> Recommendation {
        let settings = inputs.settings.recommendation
        let score = inputs.alignment.score.value
        var reasons: [String] = []
        let scoreText = Figures.fixed(score, places: 1)
        if inputs.noEntryOccupation {
            let file = inputs.alignment.method?.rulesFile ?? "datasets/rules/entry-reachability.yaml"
            let path = inputs.alignment.occupations.filter { !$0.counts }.prefix(3).map { "\($0.demand.soc) \($0.demand.title)" }
            return Recommendation(decision: .revise, reasons: [
                "No linked occupation is reachable at entry by a completer of this credential: each needs more education or related work experience than the credential and its admission requirement give (career path: \(path.joined(separator: "; "))), so no demand can be counted and no score is given (\(file)).",
                "Revise the design: require on admission the education the entry jobs ask for (admission_requires), make the credential long enough to count as a postsecondary award (credential_award in \(file)), offer it to people already in these jobs (purpose: upskill), or list under occupations: add, with a reason, the occupations it does prepare for.",
            ])
        }
        if inputs.insufficientAreaData {
            let why = inputs.alignment.method?.insufficientReason ?? "no counted occupation has an area openings figure"
            return Recommendation(decision: .insufficientData, reasons: [
                "Insufficient area data: \(why), so public data cannot show demand here; no score or recommendation is given.",
            ])
        }
        let demand = RecommendationEvidence.demandText(inputs)
        if score < settings.reconsiderBelowScore {
            reasons.append("The alignment score is \(scoreText), below the \(Figures.fixed(settings.reconsiderBelowScore, places: 0)) at which the discipline or area should be reconsidered: \(demand).")
            reasons += RecommendationEvidence.areaReasons(inputs)
            return Recommendation(decision: .reconsider, reasons: reasons)
        }
        var blockers: [String] = []
        if score >= settings.proceedMinScore {
            reasons.append("The alignment score is \(scoreText), at or above the \(Figures.fixed(settings.proceedMinScore, places: 0)) that supports proceeding: \(demand).")
        } else {
            blockers.append("The alignment score is \(scoreText), between \(Figures.fixed(settings.reconsiderBelowScore, places: 0)) and \(Figures.fixed(settings.proceedMinScore, places: 0)): demand is moderate; \(demand).")
        }
        if let share = inputs.highDemandShare {
            let text = Figures.fixed(share * 100, places: 0) + "%"
            let needed = "at least \(Figures.fixed(settings.minHighDemandShare * 100, places: 0))% needed"
            if share >= settings.minHighDemandShare {
                reasons.append("\(text) of the \(Figures.integer(Int(inputs.totalAreaOpenings.rounded()))) estimated openings a year of the \(inputs.proposalPurposeLabel) are in occupations high demand under the \(RecommendationEvidence.ruleTitle(inputs)) rule (\(needed)).")
            } else {
                blockers.append((share == 0 ? "None (0%)" : "Only \(text)") + " of the \(Figures.integer(Int(inputs.totalAreaOpenings.rounded()))) estimated openings a year of the \(inputs.proposalPurposeLabel) are in occupations high demand under the \(RecommendationEvidence.ruleTitle(inputs)) rule (\(needed)); \(RecommendationEvidence.highDemandAdvice(inputs)).")
            }
        }
        if let pay = inputs.payCheck {
            if pay.isLowPay { blockers.append(RecommendationEvidence.lowPayText(inputs, pay)) } else { reasons.append(RecommendationEvidence.payText(inputs, pay)) }
        }
        reasons += RecommendationEvidence.areaReasons(inputs)
        let supply = SupplyRecommendation.reasons(inputs, score: score)
        reasons += supply.reasons
        blockers += supply.blockers
        if inputs.proposal.employerPartners.isEmpty && inputs.proposal.advisoryBoard.isEmpty {
            blockers.append("No employer partner or advisory board member is named; engage employers before launch.")
        } else {
            reasons.append("\(inputs.proposal.employerPartners.count) employer partner(s) and \(inputs.proposal.advisoryBoard.count) advisory board member(s) are named.")
        }
        if !inputs.design.level.matches {
            blockers.append("The proposal is \(inputs.design.level.proposed.rawValue) but the linked occupations point to \(inputs.design.level.recommended.rawValue) level (see the design report).")
        }
        if blockers.isEmpty { return Recommendation(decision: .proceed, reasons: reasons) }
        return Recommendation(decision: .revise, reasons: blockers + reasons)
    }
}

/// One key performance indicator of the evaluation plan.
public struct KPI: Sendable, Hashable {
    public var name: String
    public var target: String
    /// Where the target comes from (a dataset figure, a federal rule, a setting).
    public var basis: String
    /// Where the institution gets the measured value.
    public var dataSource: String
}

/// A step of the launch timeline.
public struct Milestone: Sendable, Hashable {
    /// "2026-09" style month.
    public var month: String
    public var step: String
}

/// The evaluation plan's KPIs and the launch timeline, derived from the
/// data, the rules and report-settings.yaml.
public enum EvaluationPlanner {
    /// KPIs with targets; see docs/reports.md for each basis.
    public static func kpis(_ inputs: ProposalEvaluation) -> [KPI] {
        let settings = inputs.settings.evaluation
        let proposal = inputs.proposal
        let wp = inputs.rules.workforcePell
        var kpis: [KPI] = []
        // Workforce Pell thresholds are targets only where it applies (ProposalEvaluation.workforcePellApplies).
        if let target = proposal.enrollmentTarget {
            let fill = Int((Double(target) * settings.enrollmentFillTarget).rounded(.up))
            kpis.append(KPI(name: "Enrolment", target: "≥ \(fill) learners a cohort (\(Figures.fixed(settings.enrollmentFillTarget * 100, places: 0))% of the planned \(target))",
                            basis: "proposal's enrollment_target × report-settings enrollment_fill_target", dataSource: "student information system, census date"))
        } else {
            kpis.append(KPI(name: "Enrolment", target: "set after the first cohort (the proposal gives no enrollment_target)",
                            basis: "proposal", dataSource: "student information system, census date"))
        }
        let targets = outcomeTargets(inputs)
        kpis.append(KPI(name: inputs.isUpskill ? "Attainment (credential earned)" : "Completion",
                        target: "≥ \(Figures.fixed(targets.completion * 100, places: 0))% of each cohort", basis: targets.completionBasis,
                        dataSource: "student information system; credential-tracking system for badges"))
        if inputs.preparesForCertification {
            let pass = inputs.settings.outcomes.certificationPassRate
            kpis.append(KPI(name: "Certification exam pass rate",
                            target: "≥ \(Figures.fixed(pass.value * 100, places: 0))% of the completers who sit the \(inputs.certificationName) pass at the first attempt",
                            basis: "report-settings outcomes.certification_pass_rate: \(pass.source)",
                            dataSource: "the certifying body's score reports (released by the learners) or a completer survey"))
        }
        if inputs.isUpskill {
            kpis += upskillKPIs(inputs)
        } else {
            let linked = inputs.countedOccupations.prefix(5).map { $0.demand.soc.description }.joined(separator: ", ")
            kpis.append(KPI(name: "Placement in entry occupations",
                            target: "≥ \(Figures.fixed(targets.placement * 100, places: 0))% employed within \(Figures.fixed(targets.placementDays, places: 0)) days, in the occupations completers can enter (\(linked))",
                            basis: targets.placementBasis + "; occupations from the CIP–SOC crosswalk, entry occupations only",
                            dataSource: "completer survey and state unemployment-insurance wage records"))
            if let wage = inputs.entryWage {
                kpis.append(KPI(name: "Completers' median earnings", target: "≥ \(Figures.dollarsAndCents((wage / 100).rounded() * 100)) a year",
                                basis: "openings-weighted entry wage (\(inputs.entryWageLabel), OEWS annual wage percentile) of the occupations completers can enter in \(inputs.alignment.area.area.title), \(inputs.oewsLabel); the market median is \(inputs.weightedMedianWage.map { Figures.dollarsAndCents(($0 / 100).rounded() * 100) } ?? "not published")",
                                dataSource: "state unemployment-insurance wage records, one year after completion"))
            }
        }
        let floor = wp.earningsFloor.value
        let price = (proposal.tuition ?? 0) + (proposal.fees ?? 0)
        if price > 0, inputs.workforcePellApplies {
            kpis.append(KPI(name: "Value-added earnings", target: "completers' median earnings − \(Figures.dollarsAndCents(floor)) ≥ tuition and fees (\(Figures.dollarsAndCents(price)))",
                            basis: "Workforce Pell value-added earnings test (\(wp.earningsFloor.citation))", dataSource: "state wage records; bursar"))
        }
        if let stack = proposal.stacksInto {
            kpis.append(KPI(name: "Stacking into the degree", target: "≥ \(Figures.fixed(settings.stackingTarget * 100, places: 0))% of completers enrol in \(stack.program) within a year",
                            basis: "report-settings stacking_target", dataSource: "student information system, program enrolments"))
        }
        kpis.append(KPI(name: "Employer satisfaction", target: "≥ \(Figures.fixed(settings.employerSatisfactionTarget, places: 1)) on a 1–5 survey of partner employers and the advisory board",
                        basis: "report-settings employer_satisfaction_target", dataSource: "annual employer and advisory-board survey"))
        kpis.append(KPI(name: "Labor-market alignment", target: "alignment score stays ≥ \(Figures.fixed(inputs.settings.recommendation.reconsiderBelowScore, places: 0)) when the datasets are updated (now \(Figures.fixed(inputs.alignment.score.value, places: 1)))",
                        basis: "microcred alignment score (docs/scoring.md); report-settings reconsider_below_score", dataSource: "microcred report, re-run on each year's OEWS and EP release"))
        return kpis
    }

    /// The first day of a term, by season (a planning convention: Spring in
    /// January, Summer in May, Fall in August, Winter in January).
    static func startMonth(of term: AcademicTerm) -> (year: Int, month: Int) {
        switch term.season {
        case .winter: return (term.year, 1)
        case .spring: return (term.year, 1)
        case .summer: return (term.year, 5)
        case .fall: return (term.year, 8)
        }
    }

    /// The launch steps, counted back from `start_term` by the lead times in
    /// report-settings.yaml; empty without a start term.
    public static func timeline(_ inputs: ProposalEvaluation) -> [Milestone] {
        guard let term = inputs.proposal.startTerm else { return [] }
        let start = startMonth(of: term)
        let t = inputs.settings.timeline
        func month(before months: Int) -> String {
            let total = start.year * 12 + (start.month - 1) - months
            return String(format: "%04d-%02d", total / 12, total % 12 + 1)
        }
        var steps: [(Int, String)] = [
            (t.approvalSubmissionMonths, "Submit for approval (see the approval path)"),
            (t.advisoryBoardMonths, "Convene the advisory board; confirm competencies and assessments"),
            (t.curriculumCompleteMonths, "Courses, assessments and credential tracking ready"),
            (t.marketingStartMonths, "Start marketing to the target learners"),
            (t.applicationsOpenMonths, "Applications open"),
            (0, "First term: \(term)"),
        ]
        // Outside approvals go in with the institution's own; exams are arranged once the courses are ready.
        for finding in inputs.design.licensure {
            if finding.entry.kind.needsProgramApproval {
                steps.append((t.approvalSubmissionMonths, "Submit for outside approval: \(finding.entry.title), to \(finding.entry.approvedBy) (\(finding.entry.source.citation))"))
            }
            if let exam = finding.entry.exam {
                steps.append((t.curriculumCompleteMonths, "Arrange the exam for completers: \(exam)"))
            }
        }
        steps.sort { $0.0 > $1.0 }
        var milestones = steps.map { Milestone(month: month(before: $0.0), step: $0.1) }
        let review = inputs.settings.evaluation.reviewCadenceMonths
        milestones.append(Milestone(month: month(before: -review), step: "First annual review against the KPIs"))
        return milestones
    }
}
