import MicrocredCore
import Foundation

/// Renders `implementation.md`: enrolment and admission, the approval path,
/// the financial-aid determination, prior learning, transcript and tracking,
/// marketing, and the launch timeline.
public enum ImplementationReport {
    public static let fileName = "implementation.md"

    public static func render(_ inputs: ProposalEvaluation) -> String {
        var out = ReportBlocks.header("Implementation", inputs)
        out += enrolment(inputs)
        out += approval(inputs)
        out += financialAid(inputs)
        out += priorLearning(inputs)
        out += transcript(inputs)
        out += marketing(inputs)
        out += timeline(inputs)
        out += ReportBlocks.sources(inputs)
        return out
    }

    static func cite(_ citation: RuleCitation) -> String { " *(" + Markdown.escape(citation.description) + ")*" }

    static func enrolment(_ inputs: ProposalEvaluation) -> String {
        let p = inputs.proposal
        var out = "## Enrolment and admission\n\n"
        out += Markdown.escape(inputs.rules.approval.enrollment.text.capitalizedFirst) + "." + cite(inputs.rules.approval.enrollment.citation) + "\n\n"
        var rows: [[String]] = [
            ["level", p.level.rawValue],
            ["delivery", Markdown.escape(p.delivery.rawValue) + (p.schedule.map { "; " + Markdown.escape($0) } ?? "")],
            ["length", "\(Markdown.escape(p.hours.description)) over \(Figures.fixed(p.weeks, places: 0)) weeks"],
        ]
        if let prerequisites = p.prerequisites { rows.append(["prerequisites", Markdown.escape(prerequisites)]) }
        if let target = p.enrollmentTarget { rows.append(["planned cohort", "\(target)"]) }
        if let tuition = p.tuition { rows.append(["tuition", Figures.dollarsAndCents(tuition) + (p.fees.map { " plus " + Figures.dollarsAndCents($0) + " fees" } ?? "")]) }
        if let term = p.startTerm { rows.append(["first term", term.description]) }
        out += Markdown.table(["item", "plan"], rows) + "\n"
        return out
    }

    static func approval(_ inputs: ProposalEvaluation) -> String {
        let plan = inputs.design.approval
        var out = "## Approval path\n\n"
        out += "**\(Markdown.escape(plan.route.capitalizedFirst)).**\n\n"
        out += Markdown.bullets(plan.reasons.map { Markdown.escape($0.text) + ($0.citation.map(cite) ?? "") }) + "\n"
        return out
    }

    static func financialAid(_ inputs: ProposalEvaluation) -> String {
        var out = "## Financial aid\n\n"
        out += "For \(Markdown.escape(inputs.proposal.hours.description)) over \(Figures.fixed(inputs.proposal.weeks, places: 0)) weeks at \(inputs.proposal.level.rawValue) level. Each determination cites its rule (datasets/rules/design-rules.yaml, effective \(Markdown.escape(inputs.design.rulesEffective))).\n\n"
        let rows = inputs.design.financialAid.map { aid -> [String] in
            [Markdown.escape(aid.name), "**\(aid.result.label)**",
             aid.reasons.map { Markdown.escape($0.text.capitalizedFirst) }.joined(separator: ". ") + ".",
             Markdown.escape(aid.citation.description)]
        }
        out += Markdown.table(["rule", "result", "reason", "source"], rows) + "\n"
        for aid in inputs.design.financialAid where !aid.conditions.isEmpty {
            out += "Conditions for **\(Markdown.escape(aid.name))**:\n\n"
            out += Markdown.table(["condition", "status", "source"], aid.conditions.map {
                [Markdown.escape($0.text), $0.status.rawValue.replacingOccurrences(of: "-", with: " "), $0.citation.map { Markdown.escape($0.description) } ?? "—"]
            }) + "\n"
        }
        return out
    }

    static func priorLearning(_ inputs: ProposalEvaluation) -> String {
        let p = inputs.proposal
        var out = "## Prior learning and military credit\n\n"
        out += "Learners can ask for their prior experience to be reviewed for course credit under the institution's established procedures; " + Markdown.escape(inputs.rules.stacking.military.text) + "." + cite(inputs.rules.stacking.military.citation) + "\n\n"
        guard let prior = p.priorLearning else {
            return out + "> The proposal does not say how prior learning will be credited; add a `prior_learning` section.\n\n"
        }
        var rows: [[String]] = [
            ["military training (ACE credit recommendations)", prior.aceMilitary ? "accepted" : "not planned"],
            ["portfolio review", prior.portfolio ? "accepted" : "not planned"],
            ["credit by examination", prior.creditByExam ? "accepted" : "not planned"],
        ]
        if !prior.industryCertifications.isEmpty {
            rows.append(["industry certifications accepted", prior.industryCertifications.map(Markdown.escape).joined(separator: ", ")])
        }
        out += Markdown.table(["route", "plan"], rows) + "\n"
        return out
    }

    static func transcript(_ inputs: ProposalEvaluation) -> String {
        let plan = inputs.design.approval
        var out = "## Transcript and credential tracking\n\n"
        out += Markdown.escape(plan.transcript.capitalizedFirst) + ".\n\n"
        if !plan.trackedOutside.isEmpty {
            out += "Tracked outside the transcript:\n\n" + Markdown.bullets(plan.trackedOutside.map(Markdown.escape)) + "\n"
        }
        return out
    }

    static func marketing(_ inputs: ProposalEvaluation) -> String {
        let p = inputs.proposal
        var out = "## Marketing plan\n\n"
        out += "Know the learners first, work with the employers who need the skills, and stress practical skills, career growth and schedule fit *(\(Markdown.escape(inputs.rules.approval.enrollment.citation.source.citation)))*.\n\n"
        let skills = inputs.alignment.skills.prefix(3).map(\.element.name)
        let top = inputs.occupationsWithOpenings.first
        var messages: [[String]] = []
        messages.append(["practical skills", skills.isEmpty ? "hands-on skills employers rate highly" : "Hands-on " + skills.joined(separator: ", ").lowercased(),
                         "top O\\*NET skills of the linked occupations (\(Markdown.escape(inputs.onetLabel)))"])
        if let top {
            let wage = top.demand.annualWages.median.value.map { ", median pay " + Figures.dollarsAndCents($0) } ?? ""
            messages.append(["career growth", Markdown.escape("About \(Figures.integer(Int((top.demand.areaAnnualOpeningsEstimate ?? 0).rounded()))) openings a year for \(top.demand.title.lowercased()) in \(inputs.alignment.area.area.title)\(wage)"),
                             "estimated area openings; \(Markdown.escape(inputs.oewsLabel)) wage"])
        }
        messages.append(["schedule fit", Markdown.escape("\(p.delivery.rawValue.capitalizedFirst), \(Figures.fixed(p.weeks, places: 0)) weeks" + (p.schedule.map { "; " + $0 } ?? "")), "proposal"])
        if let stack = p.stacksInto {
            messages.append(["a step toward a degree", Markdown.escape("Counts toward the \(stack.program)"), "proposal's stacking pathway"])
        }
        out += Markdown.table(["message", "what to say", "evidence"], messages) + "\n"
        var channels: [[String]] = p.targetPopulation.map { population in
            [Markdown.escape(population.rawValue), Markdown.escape(Channel.for(population))]
        }
        if !p.employerPartners.isEmpty {
            channels.append(["employers", "co-branded outreach with " + p.employerPartners.map { Markdown.escape($0.name) }.joined(separator: ", ")])
        }
        out += Markdown.table(["audience", "where to reach them"], channels) + "\n"
        return out
    }

    static func timeline(_ inputs: ProposalEvaluation) -> String {
        var out = "## Launch timeline\n\n"
        let milestones = inputs.timeline
        guard !milestones.isEmpty else { return out + "> Add `start_term` to the proposal to plan the launch.\n\n" }
        out += "Counted back from the first term by the lead times in datasets/report-settings.yaml.\n\n"
        out += Markdown.table(["month", "step"], milestones.map { [$0.month, Markdown.escape($0.step)] }) + "\n"
        out += ReportBlocks.timeline(title: "Launch of \(inputs.proposal.title)", events: milestones.map { ($0.month, $0.step) })
        return out + "\n"
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
        }
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
