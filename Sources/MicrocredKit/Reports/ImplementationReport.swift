import MicrocredCore
import Foundation

/// Renders `implementation.md`: enrolment and admission, the approval path,
/// the financial-aid determination, prior learning, transcript and tracking,
/// marketing, and the launch timeline.
public enum ImplementationReport {
    public static let fileName = "implementation.md"

    public static func render(_ inputs: ProposalEvaluation) -> String {
        var doc = ReportBlocks.header("Implementation", inputs)
        doc.append(enrolment(inputs))
        doc.append(approval(inputs))
        doc.append(financialAid(inputs))
        doc.append(priorLearning(inputs))
        doc.append(transcript(inputs))
        doc.append(marketing(inputs))
        doc.append(timeline(inputs))
        doc.append(ReportBlocks.sources(inputs))
        return doc.render()
    }

    static func cite(_ citation: RuleCitation) -> MarkdownText { " \(emphasis: "(\(citation.description))")" }

    static func enrolment(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let p = inputs.proposal
        var doc = MarkdownDocument()
        doc.heading(2, "Enrolment and admission")
        doc.paragraph("\(inputs.rules.approval.enrollment.text.capitalizedFirstLetter)." + cite(inputs.rules.approval.enrollment.citation))
        var rows: [[MarkdownText]] = [
            ["level", "\(p.level.rawValue)"],
            ["delivery", "\(p.delivery.rawValue)" + (p.schedule.map { "; \($0)" } ?? "")],
            ["length", "\(p.hours.description) over \(Figures.fixed(p.weeks, places: 0)) weeks"],
        ]
        if let prerequisites = p.prerequisites { rows.append(["prerequisites", "\(prerequisites)"]) }
        if let target = p.enrollmentTarget { rows.append(["planned cohort", "\(target)"]) }
        if let tuition = p.tuition { rows.append(["tuition", "\(Figures.dollarsAndCents(tuition) + (p.fees.map { " plus " + Figures.dollarsAndCents($0) + " fees" } ?? ""))"]) }
        if let term = p.startTerm { rows.append(["first term", "\(term.description)"]) }
        doc.table(MarkdownTable(["item", "plan"], rows))
        return doc
    }

    static func approval(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let plan = inputs.design.approval
        var doc = MarkdownDocument()
        doc.heading(2, "Approval path")
        doc.paragraph("\(strong: "\(plan.route.capitalizedFirstLetter).")")
        doc.bullets(plan.reasons.map { "\($0.text)" + ($0.citation.map(cite) ?? "") })
        doc.append(LicensureReportSections.checklist(inputs))
        return doc
    }

    static func financialAid(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        doc.heading(2, "Financial aid")
        doc.paragraph("For \(inputs.proposal.hours.description) over \(Figures.fixed(inputs.proposal.weeks, places: 0)) weeks at \(inputs.proposal.level.rawValue) level. Each determination cites its rule (datasets/rules/design-rules.yaml, effective \(inputs.design.rulesEffective)).")
        let rows = inputs.design.financialAid.map { aid -> [MarkdownText] in
            ["\(aid.name)", "\(strong: "\(aid.result.label)")",
             "\(aid.reasons.map { $0.text.capitalizedFirstLetter }.joined(separator: ". ") + ".")",
             "\(aid.citation.description)"]
        }
        doc.table(MarkdownTable(["rule", "result", "reason", "source"], rows))
        for aid in inputs.design.financialAid where !aid.conditions.isEmpty {
            doc.paragraph("Conditions for \(strong: "\(aid.name)"):")
            doc.table(MarkdownTable(["condition", "status", "source"], aid.conditions.map {
                ["\($0.text)", "\($0.status.rawValue.replacingOccurrences(of: "-", with: " "))", "\($0.citation?.description ?? "—")"]
            }))
            if !aid.stateApprovalEvidence.isEmpty {
                doc.paragraph("State-approval evidence for each of the counted \(inputs.proposalPurposeLabel) (high-skill, high-wage or in-demand; any one suffices, and the state decides). High-skill and high-wage use microcred's thresholds (\(code: "high_skill_entry_education"), \(code: "high_wage_ratio_to_area_median") in the rules file; the state sets its own); in-demand is the occupation's status under \(inputs.alignment.highDemandLabel):")
                doc.table(MarkdownTable(["occupation", "high-skill", "high-wage", "in-demand"], aid.stateApprovalEvidence.map { e in
                    func cell(_ flag: Bool?, _ text: String) -> MarkdownText { "\(strong: flag.map { $0 ? "yes" : "no" } ?? "unknown"): \(text)" }
                    return ["\(e.soc) \(e.title)", cell(e.highSkill, e.highSkillText), cell(e.highWage, e.highWageText), cell(e.inDemand, e.inDemandText)]
                }))
            }
        }
        return doc
    }

    static func priorLearning(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let p = inputs.proposal
        var doc = MarkdownDocument()
        doc.heading(2, "Prior learning and military credit")
        doc.paragraph("Learners can ask for their prior experience to be reviewed for course credit under the institution's established procedures; \(inputs.rules.stacking.military.text)." + cite(inputs.rules.stacking.military.citation))
        guard let prior = p.priorLearning else {
            doc.quote("The proposal does not say how prior learning will be credited; add a \(code: "prior_learning") section.")
            return doc
        }
        var rows: [[MarkdownText]] = [
            ["military training (ACE credit recommendations)", prior.aceMilitary ? "accepted" : "not planned"],
            ["portfolio review", prior.portfolio ? "accepted" : "not planned"],
            ["credit by examination", prior.creditByExam ? "accepted" : "not planned"],
        ]
        if !prior.industryCertifications.isEmpty {
            rows.append(["industry certifications accepted", "\(prior.industryCertifications.joined(separator: ", "))"])
        }
        doc.table(MarkdownTable(["route", "plan"], rows))
        return doc
    }

    static func transcript(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let plan = inputs.design.approval
        var doc = MarkdownDocument()
        doc.heading(2, "Transcript and credential tracking")
        doc.paragraph("\(plan.transcript.capitalizedFirstLetter).")
        if !plan.trackedOutside.isEmpty {
            doc.paragraph("Tracked outside the transcript:")
            doc.bullets(plan.trackedOutside.map(MarkdownText.text))
        }
        return doc
    }

    static func marketing(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let p = inputs.proposal
        var doc = MarkdownDocument()
        doc.heading(2, "Marketing plan")
        doc.paragraph("Know the learners first, work with the employers who need the skills, and stress practical skills, career growth and schedule fit \(emphasis: "(\(inputs.rules.approval.enrollment.citation.source.citation))").")
        let messages: [[MarkdownText]] = inputs.marketing.map { ["\($0.topic)", "\($0.text)", "\($0.evidence)"] }
        doc.table(MarkdownTable(["message", "what to say", "evidence"], messages))
        var channels: [[MarkdownText]] = p.targetPopulation.map { population in
            ["\(population.rawValue)", "\(Channel.for(population))"]
        }
        if !p.employerPartners.isEmpty {
            channels.append(["employers", "co-branded outreach with " + p.employerPartners.map { "\($0.name)" }.joined(separator: ", ")])
        }
        doc.table(MarkdownTable(["audience", "where to reach them"], channels))
        return doc
    }

    static func timeline(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        doc.heading(2, "Launch timeline")
        let milestones = inputs.timeline
        guard !milestones.isEmpty else {
            doc.quote("Add \(code: "start_term") to the proposal to plan the launch.")
            return doc
        }
        doc.paragraph("Counted back from the first term by the lead times in datasets/report-settings.yaml.")
        if let fit = EvaluationPlanner.feasibility(inputs), !fit.fits {
            let steps = fit.pastSteps.map { "\($0.month) \($0.step)" }.joined(separator: "; ")
            let earliest = fit.earliestFeasibleTerm.map { " The earliest term that leaves every lead time is \($0)." } ?? ""
            doc.quote("**Warning:** as of \(inputs.asOf), \(fit.pastSteps.count) step\(fit.pastSteps.count == 1 ? " is" : "s are") already past: \(steps).\(earliest)")
        }
        doc.table(MarkdownTable(["month", "step"], milestones.map { ["\($0.month)", "\($0.step)"] }))
        doc.mermaid(.timeline(title: "Launch of \(inputs.proposal.title)", events: milestones.map { .init($0.month, $0.step) }))
        return doc
    }
}

/// Where each learner group is usually reached (a microcred convention).
enum Channel {
    static func `for`(_ population: TargetPopulation) -> String {
        switch population {
        case .returningAdults: return "adult-learner and continuing-education pages, evening information sessions, re-enrolment campaigns"
        case .currentStudents: return "advisers, degree-planning tools, department newsletters"
        case .incumbentWorkers: return "employer HR and training partners, tuition-assistance programs"
        case .careerChangers: return "workforce boards and career centres, professional associations"
        case .veterans: return "veterans' resource centre, military education offices"
        case .dualEnrollment: return "high-school counsellors and dual-enrolment coordinators"
        case .alumni: return "alumni association and alumni newsletters"
        case .bachelorHolders: return "employers' professional-development offices, professional associations, alumni networks"
        }
    }
}
