import Foundation
import MicrocredCore

extension ProposalEvaluation {
    /// The proposal's own competencies matched to O*NET elements and the
    /// counted occupations' technology skills (`CompetencyMatcher`).
    public var proposerCompetencyMatches: [ProposerCompetencyMatch] {
        CompetencyMatcher.match(proposal.competencies, vocabulary: alignment.focus?.vocabulary ?? [])
    }
}

/// The parts of the design report that say what to teach: general basic
/// skills once, technology skills, the proposer's competencies mapped to
/// O*NET (docs/reports.md).
extension DesignDevelopmentReport {
    static func generalSkills(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        guard let focus = inputs.alignment.focus, !focus.general.isEmpty else { return doc }
        let rule = focus.generalRule
        let n = focus.ratedOccupations
        let who = rule.sharedShare >= 1
            ? (n == 1 ? "The one counted \("O*NET")-rated occupation rates" : "All \(n) counted \("O*NET")-rated occupations rate")
            : "At least \(Figures.fixed(rule.sharedShare * 100, places: 0))% of the \(n) counted \("O*NET")-rated occupations rate"
        doc.paragraph("\(strong: "General skills, listed once:") \(focus.general.map(\.element.name).joined(separator: ", ")). "
            + "\(who) each of these \("O*NET") Basic Skills at importance \(Figures.fixed(rule.minImportance, places: 1)) or more, so they do not say what this credential teaches. "
            + "They are left out of the skills table and the assessment rows and are assessed within the other assessments \(emphasis: "(rule: competencies.general in \(inputs.configurationFiles.scoringWeights); \(rule.source))").")
        return doc
    }

    static func technologySkills(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        guard let focus = inputs.alignment.focus else { return doc }
        doc.heading(3, "Technology skills")
        guard !focus.technology.isEmpty else {
            doc.paragraph(focus.technologyExamples == 0
                ? "\("O*NET") Technology Skills lists no software or tools for the counted occupations."
                : "None of the \(focus.technologyExamples) \("O*NET") Technology Skills examples of the counted occupations is flagged Hot Technology or In Demand.")
            return doc
        }
        doc.paragraph("Software and tools \("O*NET") Technology Skills lists for the counted occupations (\(focus.technologyExamples) distinct examples from \(focus.technologyOccupations) occupation(s)), "
            + (focus.technologyRule.flaggedOnly ? "only those flagged Hot Technology or In Demand, " : "")
            + "at most \(focus.technologyRule.limit), the ones more occupations list first \(emphasis: "(\(focus.technologyRule.source))"):")
        doc.table(MarkdownTable(["technology", "class", "hot", "in demand", "occupations listing it"], focus.technology.map {
            ["\($0.example)", "\($0.commodityTitle)", "\($0.hot ? "yes" : "—")", "\($0.inDemand ? "yes" : "—")",
             "\($0.occupations.map(\.description).joined(separator: ", "))"]
        }))
        return doc
    }

    static func proposerCompetencies(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        let matches = inputs.proposerCompetencyMatches
        guard !matches.isEmpty else { return doc }
        doc.heading(3, "The proposal's competencies against \("O*NET")")
        doc.paragraph("Each competency the faculty named, with the \("O*NET") skills, knowledge areas and technology skills of the counted occupations whose name appears in it (case-insensitive word match; docs/analysis.md):")
        doc.table(MarkdownTable(["proposal competency", "matches in \("O*NET")"], matches.map { m in
            ["\(m.text)", m.matches.isEmpty ? "\(strong: "no match"): check it with the advisory board"
                : "\(m.matches.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: "; "))"]
        }))
        let unmatched = matches.filter { $0.matches.isEmpty }
        if !unmatched.isEmpty {
            doc.paragraph("\(unmatched.count) of \(matches.count) do not match any \("O*NET") element or technology skill of the counted occupations; the data neither confirms nor contradicts them.")
        }
        return doc
    }

    /// The assessment rows: specific skills and knowledge, general ones once.
    static func assessmentRows(_ inputs: ProposalEvaluation) -> [[MarkdownText]] {
        let a = inputs.alignment
        let skills = a.focus?.skills ?? a.skills, knowledge = a.focus?.knowledge ?? a.knowledge
        var rows: [[MarkdownText]] = (Array(skills.prefix(6)) + Array(knowledge.prefix(4))).map {
            ["\($0.element.name)", "\($0.element.domain.rawValue)", "\($0.band?.rawValue ?? "not rated")", "\(evidence(for: $0.band))"]
        }
        if let general = a.focus?.general, !general.isEmpty {
            rows.append(["\(general.map(\.element.name).joined(separator: ", "))", "general", "—", "assessed within the rows above, not on its own"])
        }
        return rows
    }
}

extension CompleterReportSections {
    /// The counted occupations O*NET does not rate, by SOC and title.
    static func unratedLimits(_ inputs: ProposalEvaluation) -> [String] {
        let a = inputs.alignment
        guard !a.unratedOccupations.isEmpty else { return [] }
        let titles = Dictionary(a.occupations.map { ($0.demand.soc, $0.demand.title) }, uniquingKeysWith: { l, _ in l })
        let names = a.unratedOccupations.map { "\($0) \(titles[$0] ?? "")".trimmingCharacters(in: .whitespaces) }
        return ["O*NET publishes no Skills or Knowledge ratings for \(names.count) counted occupation(s), so they are left out of the competencies and adjacent occupations: \(names.joined(separator: "; "))."]
    }
}
