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
        var doc = ReportBlocks.header("Design and development", inputs)
        doc.append(competencies(inputs))
        doc.append(credential(inputs))
        doc.append(hours(inputs))
        doc.append(LicensureReportSections.design(inputs))
        doc.append(stacking(inputs))
        doc.append(creditOrCPE(inputs))
        doc.append(assessment(inputs))
        doc.append(advisoryBoard(inputs))
        doc.append(ReportBlocks.sources(inputs))
        return doc.render()
    }

    static func reasons(_ list: [DesignReason]) -> [MarkdownText] {
        list.map { reason in
            "\(reason.text)" + (reason.citation.map { " \(emphasis: "(\($0.description))")" } ?? "")
        }
    }

    static func competencies(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let a = inputs.alignment
        var doc = MarkdownDocument()
        doc.heading(2, "Competencies by achievement band")
        doc.paragraph("The skills and knowledge areas most important across the linked occupations, each occupation weighted by its estimated area openings (\(inputs.onetLabel); method and band cut-offs in docs/analysis.md). "
            + "The band comes from the weighted \("O*NET") level (0–7) the occupations require: it is the achievement level the credential's assessments should reach.")
        doc.append(generalSkills(inputs))
        for (title, list) in [("Skills", a.focus?.skills ?? a.skills), ("Knowledge", a.focus?.knowledge ?? a.knowledge)] {
            let top = Array(list.prefix(competencyCount))
            doc.heading(3, "\(title)")
            if top.isEmpty {
                doc.paragraph("No \("O*NET") ratings are available for the linked occupations.")
                continue
            }
            let rows = top.map { c -> [MarkdownText] in
                ["\(c.element.name)", "\(c.band?.rawValue ?? "not rated")", "\(Figures.fixed(c.importance, places: 2))",
                 "\(c.level.map { Figures.fixed($0, places: 2) } ?? "—")", "\(c.occupations)"]
            }
            doc.table(MarkdownTable(["\(String(title.lowercased().dropLast(title == "Skills" ? 1 : 0)))", "band", "importance (1–5)", "level (0–7)", "occupations rated"], rows, rightAligned: [2, 3, 4]))
        }
        doc.append(technologySkills(inputs))
        let charted = Array((a.focus?.skills ?? a.skills).prefix(8))
        if !charted.isEmpty {
            doc.paragraph("Weighted importance of the top skills (1 = not important, 5 = extremely important):")
            doc.mermaid(.bar(title: "Top skills by weighted importance", labels: charted.map { $0.element.name },
                             values: charted.map { $0.importance * 20 }, yLabel: "importance × 20", line: nil))
        }
        doc.append(proposerCompetencies(inputs))
        return doc
    }

    static func credential(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let d = inputs.design
        var doc = MarkdownDocument()
        doc.heading(2, "Credential type and level")
        let type = d.credentialType
        var recommended: MarkdownText = "\(strong: "Recommended credential: \(type.recommended.rawValue).") "
        switch type.agreement {
        case .agrees: recommended += "The proposal asks for a \(type.proposed?.rawValue ?? "") and the evidence agrees."
        case .differs: recommended += "The proposal asks for a \(type.proposed?.rawValue ?? ""); the evidence points to a \(type.recommended.rawValue) (see the reasons)."
        case .notStated: recommended += "The proposal leaves the choice to the rules."
        }
        doc.paragraph(recommended)
        if type.institutionAward != type.recommended {
            doc.paragraph("The credential prepares learners for an outside certification; the institution's own award for the coursework is a \(type.institutionAward.rawValue).")
        }
        doc.bullets(reasons(type.reasons))
        let level = d.level
        doc.paragraph("\(strong: "Recommended level: \(level.recommended.rawValue).") "
            + (level.matches ? "This matches the proposal." : "\(strong: "This differs from the proposal (\(level.proposed.rawValue)).")"))
        doc.bullets(reasons(level.reasons))
        if !d.entryEducation.isEmpty {
            doc.table(MarkdownTable(["typical entry education (\(inputs.projectionLabel))", "est. area openings/yr", "share"],
                                    d.entryEducation.map { ["\($0.label)", "\("≈ " + Figures.integer(Int($0.openings.rounded())))", "\(Figures.fixed($0.share * 100, places: 1) + "%")"] },
                                    rightAligned: [1, 2]))
            doc.mermaid(.pie(title: "Entry education of the linked openings (%)", slices: d.entryEducation.map { .init($0.label, $0.share * 100) }))
        }
        return doc
    }

    static func hours(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let p = inputs.proposal
        var doc = MarkdownDocument()
        doc.heading(2, "Credit or clock hours")
        let badge = inputs.rules.credentialType.badgeBelowSemesterHours
        let certificate = inputs.rules.credentialType.undergraduateCertificateBelowSemesterHours
        doc.bullets([
            "Length: \(p.hours.description) over \(Figures.fixed(p.weeks, places: 0)) weeks, \(p.creditBearing ? "credit-bearing" : "non-credit").",
            "Semester-hour equivalent used by the rules: \(Figures.fixed(inputs.design.credentialType.semesterHourEquivalent, places: 1)).",
            "A badge is usually under \(Figures.fixed(badge.value, places: 0)) semester hours \(emphasis: "(\(badge.citation.description))"); an undergraduate certificate is under \(Figures.fixed(certificate.value, places: 0)) \(emphasis: "(\(certificate.citation.description))").",
        ])
        return doc
    }

    static func stacking(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let s = inputs.design.stacking
        var doc = MarkdownDocument()
        doc.heading(2, "Stacking pathway")
        if let target = s.target {
            var line: MarkdownText = "Stacks into \(strong: "\(target.program)") (\(target.award.rawValue)"
            if let title = inputs.validated.stackingProgramTitle, let cip = target.cip { line += ", CIP \(cip) \(title)" }
            line += ") via \(target.via.rawValue)."
            doc.paragraph(line)
            var rows: [[MarkdownText]] = []
            if let applied = s.creditsApplied { rows.append(["credits applied to the degree", "\(Figures.fixed(applied, places: 1))"]) }
            if let notApplied = s.creditsNotApplied, notApplied > 0 { rows.append(["credits not applied", "\(Figures.fixed(notApplied, places: 1))"]) }
            if let remaining = s.creditsRemaining { rows.append(["credits still needed for the degree", "\(Figures.fixed(remaining, places: 1))"]) }
            if let requirement = target.requirement { rows.append(["requirement met", "\(requirement)"]) }
            if !rows.isEmpty { doc.table(MarkdownTable(["stacking", "value"], rows)) }
        } else {
            doc.paragraph("The proposal names no degree the credential stacks into.")
        }
        if !s.missing.isEmpty {
            doc.paragraph("Still to settle:")
            doc.bullets(s.missing.map(MarkdownText.text))
        }
        doc.bullets(reasons(s.reasons))
        return doc
    }

    static func creditOrCPE(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let s = inputs.design.stacking
        var doc = MarkdownDocument()
        doc.heading(2, "Academic credit or continuing education")
        doc.paragraph(inputs.proposal.creditBearing
            ? "The credential is planned as \(strong: "academic credit"): its courses carry credit on the transcript and can count toward a degree."
            : "The credential is planned as \(strong: "continuing and professional education (non-credit)"): it reaches a degree through prior-learning review once the learner enrols.")
        if !s.cpeFirstPath.isEmpty {
            doc.paragraph("A continuing-education-first path for returning adults:")
            doc.numbered(s.cpeFirstPath.map(MarkdownText.text))
            doc.paragraph("\(emphasis: "(\(inputs.rules.stacking.cpeFirst.citation.description))")")
        }
        return doc
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

    static func assessment(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let a = inputs.alignment
        var doc = MarkdownDocument()
        doc.heading(2, "Assessment design")
        doc.append(certificationAssessment(inputs))
        let list = Array(a.skills.prefix(6)) + Array(a.knowledge.prefix(4))
        guard !list.isEmpty else {
            doc.paragraph("No \("O*NET")-rated competencies to assess; set them with the advisory board.")
            return doc
        }
        doc.paragraph("Each competency is assessed at its band; the kind of evidence follows the band (a convention described in docs/reports.md).")
        doc.table(MarkdownTable(["competency", "kind", "band", "evidence of mastery"], assessmentRows(inputs)))
        return doc
    }

    static func advisoryBoard(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let p = inputs.proposal
        var doc = MarkdownDocument()
        doc.heading(2, "Advisory board plan")
        doc.paragraph("A board of practitioners, hiring employers and graduates of the program settles which competencies the credential teaches and the level at which each is assessed \(emphasis: "(\(inputs.rules.approval.enrollment.citation.source.citation))").")
        if p.advisoryBoard.isEmpty {
            doc.quote("\(strong: "Gap:") no member is named yet.")
        } else {
            doc.table(MarkdownTable(["member", "affiliation"], p.advisoryBoard.map { ["\($0.name)", "\($0.affiliation ?? "—")"] }))
        }
        let top = topOccupationTitles(inputs)
        var steps = [
            "Recruit members from the employers of the top linked occupations" + (top.isEmpty ? "" : " (" + top + ")") + ", plus alumni and a current practitioner.",
            "Before design: review the competency tables above and set the band each competency is assessed at.",
            "During design: review assessments and rubrics for the advanced-band competencies.",
            "After each cohort: review the KPIs in the evaluation report and the year's data changes (microcred datasets diff).",
        ]
        if p.employerPartners.isEmpty { steps.append("Invite at least one employer partner to join; the needs assessment found none named.") }
        doc.numbered(steps.map(MarkdownText.text))
        return doc
    }

    static func topOccupationTitles(_ inputs: ProposalEvaluation) -> String {
        inputs.occupationsWithOpenings.prefix(3).map { $0.demand.title }.joined(separator: "; ")
    }
}
