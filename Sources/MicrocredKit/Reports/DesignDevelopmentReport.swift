import MicrocredCore
import Foundation

/// Renders `design-and-development.md`: competencies by achievement band,
/// credential type and level, hours, stacking, credit vs CPE, assessment
/// design and the advisory-board plan.
public enum DesignDevelopmentReport {
    public static let fileName = "design-and-development.md"

    /// How many skills and knowledge areas each table lists.
    static let competencyCount = 10

    public static func render(_ inputs: ProposalEvaluation) -> String {
        var out = ReportBlocks.header("Design and development", inputs)
        out += competencies(inputs)
        out += credential(inputs)
        out += hours(inputs)
        out += stacking(inputs)
        out += creditOrCPE(inputs)
        out += assessment(inputs)
        out += advisoryBoard(inputs)
        out += ReportBlocks.sources(inputs)
        return out
    }

    static func reasons(_ list: [DesignReason]) -> String {
        Markdown.bullets(list.map { reason in
            Markdown.escape(reason.text) + (reason.citation.map { " *(" + Markdown.escape($0.description) + ")*" } ?? "")
        })
    }

    static func competencies(_ inputs: ProposalEvaluation) -> String {
        let a = inputs.alignment
        var out = "## Competencies by achievement band\n\n"
        out += "The skills and knowledge areas most important across the linked occupations, each occupation weighted by its estimated area openings (\(Markdown.escape(inputs.onetLabel)); method and band cut-offs in docs/analysis.md). "
        out += "The band comes from the weighted O\\*NET level (0–7) the occupations require: it is the achievement level the credential's assessments should reach.\n\n"
        for (title, list) in [("Skills", a.skills), ("Knowledge", a.knowledge)] {
            let top = Array(list.prefix(competencyCount))
            out += "### \(title)\n\n"
            if top.isEmpty {
                out += "No O\\*NET ratings are available for the linked occupations.\n\n"
                continue
            }
            let rows = top.map { c -> [String] in
                [Markdown.escape(c.element.name), c.band?.rawValue ?? "not rated", Figures.fixed(c.importance, places: 2),
                 c.level.map { Figures.fixed($0, places: 2) } ?? "—", "\(c.occupations)"]
            }
            out += Markdown.table(["\(title.lowercased().dropLast(title == "Skills" ? 1 : 0))", "band", "importance (1–5)", "level (0–7)", "occupations rated"], rows, rightAligned: [2, 3, 4])
            out += "\n"
        }
        let charted = Array(a.skills.prefix(8))
        if !charted.isEmpty {
            out += "Weighted importance of the top skills (1 = not important, 5 = extremely important):\n\n"
            out += ReportBlocks.barChart(title: "Top skills by weighted importance", labels: charted.map { $0.element.name },
                                         values: charted.map { $0.importance * 20 }, yLabel: "importance × 20")
            out += "\n"
        }
        if !inputs.proposal.competencies.isEmpty {
            out += "Competencies the faculty named in the proposal, to be checked against the lists above with the advisory board:\n\n"
            out += Markdown.bullets(inputs.proposal.competencies.map(Markdown.escape)) + "\n"
        }
        return out
    }

    static func credential(_ inputs: ProposalEvaluation) -> String {
        let d = inputs.design
        var out = "## Credential type and level\n\n"
        let type = d.credentialType
        out += "**Recommended credential: \(type.recommended.rawValue).** "
        switch type.agreement {
        case .agrees: out += "The proposal asks for a \(type.proposed?.rawValue ?? "") and the evidence agrees.\n\n"
        case .differs: out += "The proposal asks for a \(type.proposed?.rawValue ?? ""); the evidence points to a \(type.recommended.rawValue) (see the reasons).\n\n"
        case .notStated: out += "The proposal leaves the choice to the rules.\n\n"
        }
        if type.institutionAward != type.recommended {
            out += "The credential prepares learners for an outside certification; the institution's own award for the coursework is a \(type.institutionAward.rawValue).\n\n"
        }
        out += reasons(type.reasons) + "\n"
        let level = d.level
        out += "**Recommended level: \(level.recommended.rawValue).** "
        out += level.matches ? "This matches the proposal.\n\n" : "**This differs from the proposal (\(level.proposed.rawValue)).**\n\n"
        out += reasons(level.reasons)
        if !d.entryEducation.isEmpty {
            out += "\n"
            out += Markdown.table(["typical entry education (\(Markdown.escape(inputs.projectionLabel)))", "est. area openings/yr", "share"],
                                  d.entryEducation.map { [Markdown.escape($0.label), "≈ " + Figures.integer(Int($0.openings.rounded())), Figures.fixed($0.share * 100, places: 1) + "%"] },
                                  rightAligned: [1, 2])
            out += "\n" + ReportBlocks.pieChart(title: "Entry education of the linked openings (%)", slices: d.entryEducation.map { ($0.label, $0.share * 100) })
        }
        return out + "\n"
    }

    static func hours(_ inputs: ProposalEvaluation) -> String {
        let p = inputs.proposal
        var out = "## Credit or clock hours\n\n"
        out += "- Length: \(Markdown.escape(p.hours.description)) over \(Figures.fixed(p.weeks, places: 0)) weeks, \(p.creditBearing ? "credit-bearing" : "non-credit").\n"
        out += "- Semester-hour equivalent used by the rules: \(Figures.fixed(inputs.design.credentialType.semesterHourEquivalent, places: 1)).\n"
        let badge = inputs.rules.credentialType.badgeBelowSemesterHours
        let certificate = inputs.rules.credentialType.undergraduateCertificateBelowSemesterHours
        out += "- A badge is usually under \(Figures.fixed(badge.value, places: 0)) semester hours *(\(Markdown.escape(badge.citation.description)))*; an undergraduate certificate is under \(Figures.fixed(certificate.value, places: 0)) *(\(Markdown.escape(certificate.citation.description)))*.\n\n"
        return out
    }

    static func stacking(_ inputs: ProposalEvaluation) -> String {
        let s = inputs.design.stacking
        var out = "## Stacking pathway\n\n"
        if let target = s.target {
            out += "Stacks into **\(Markdown.escape(target.program))** (\(target.award.rawValue)"
            if let title = inputs.validated.stackingProgramTitle, let cip = target.cip { out += ", CIP \(cip) \(Markdown.escape(title))" }
            out += ") via \(target.via.rawValue).\n\n"
            var rows: [[String]] = []
            if let applied = s.creditsApplied { rows.append(["credits applied to the degree", Figures.fixed(applied, places: 1)]) }
            if let notApplied = s.creditsNotApplied, notApplied > 0 { rows.append(["credits not applied", Figures.fixed(notApplied, places: 1)]) }
            if let remaining = s.creditsRemaining { rows.append(["credits still needed for the degree", Figures.fixed(remaining, places: 1)]) }
            if let requirement = target.requirement { rows.append(["requirement met", Markdown.escape(requirement)]) }
            if !rows.isEmpty { out += Markdown.table(["stacking", "value"], rows) + "\n" }
        } else {
            out += "The proposal names no degree the credential stacks into.\n\n"
        }
        if !s.missing.isEmpty {
            out += "Still to settle:\n\n" + Markdown.bullets(s.missing.map(Markdown.escape)) + "\n"
        }
        out += reasons(s.reasons) + "\n"
        return out
    }

    static func creditOrCPE(_ inputs: ProposalEvaluation) -> String {
        let s = inputs.design.stacking
        var out = "## Academic credit or continuing education\n\n"
        out += inputs.proposal.creditBearing
            ? "The credential is planned as **academic credit**: its courses carry credit on the transcript and can count toward a degree.\n\n"
            : "The credential is planned as **continuing and professional education (non-credit)**: it reaches a degree through prior-learning review once the learner enrols.\n\n"
        if !s.cpeFirstPath.isEmpty {
            out += "A continuing-education-first path for returning adults:\n\n"
            out += s.cpeFirstPath.enumerated().map { "\($0.offset + 1). \(Markdown.escape($0.element))" }.joined(separator: "\n") + "\n\n"
            out += "*(\(Markdown.escape(inputs.rules.stacking.cpeFirst.citation.description)))*\n\n"
        }
        return out
    }

    /// Evidence of mastery suited to each band (a microcred convention,
    /// docs/reports.md).
    static func evidence(for band: Competency.Band?) -> String {
        switch band {
        case .foundational: return "knowledge check and a guided lab with a checklist"
        case .intermediate: return "applied project or work-based scenario scored with a rubric"
        case .advanced: return "capstone performance assessment reviewed by an employer partner"
        case nil: return "to be set with the advisory board"
        }
    }

    static func assessment(_ inputs: ProposalEvaluation) -> String {
        let a = inputs.alignment
        var out = "## Assessment design\n\n"
        let list = Array(a.skills.prefix(6)) + Array(a.knowledge.prefix(4))
        guard !list.isEmpty else { return out + "No O\\*NET-rated competencies to assess; set them with the advisory board.\n\n" }
        out += "Each competency is assessed at its band; the kind of evidence follows the band (a convention described in docs/reports.md).\n\n"
        out += Markdown.table(["competency", "kind", "band", "evidence of mastery"],
                              list.map { [Markdown.escape($0.element.name), $0.element.domain.rawValue, $0.band?.rawValue ?? "not rated", evidence(for: $0.band)] })
        return out + "\n"
    }

    static func advisoryBoard(_ inputs: ProposalEvaluation) -> String {
        let p = inputs.proposal
        var out = "## Advisory board plan\n\n"
        out += "A board of practitioners, hiring employers and graduates of the program settles which competencies the credential teaches and the level at which each is assessed *(\(Markdown.escape(inputs.rules.approval.enrollment.citation.source.citation)))*.\n\n"
        if p.advisoryBoard.isEmpty {
            out += "> **Gap:** no member is named yet.\n\n"
        } else {
            out += Markdown.table(["member", "affiliation"], p.advisoryBoard.map { [Markdown.escape($0.name), Markdown.escape($0.affiliation ?? "—")] }) + "\n"
        }
        let top = topOccupationTitles(inputs)
        var steps = [
            "Recruit members from the employers of the top linked occupations" + (top.isEmpty ? "" : " (" + top + ")") + ", plus alumni and a current practitioner.",
            "Before design: review the competency tables above and set the band each competency is assessed at.",
            "During design: review assessments and rubrics for the advanced-band competencies.",
            "After each cohort: review the KPIs in the evaluation report and the year's data changes (microcred datasets diff).",
        ]
        if p.employerPartners.isEmpty { steps.append("Invite at least one employer partner to join; the needs assessment found none named.") }
        out += steps.enumerated().map { "\($0.offset + 1). \(Markdown.escape($0.element))" }.joined(separator: "\n") + "\n\n"
        return out
    }

    static func topOccupationTitles(_ inputs: ProposalEvaluation) -> String {
        inputs.occupationsWithOpenings.prefix(3).map { $0.demand.title }.joined(separator: "; ")
    }
}
