import MicrocredCore
import Foundation

/// The needs assessment's sections on who can be hired: entry reachability,
/// the career path, wages a completer can expect, high demand rule by rule
/// and the tailored occupation list (docs/analysis.md). Renders only what
/// `ProposalEvaluation` decided.
enum CompleterReportSections {
    static func money(_ r: Reported<Double>) -> String { ReportBlocks.wage(r) }

    static func openings(_ d: OccupationDemand) -> String {
        guard let e = d.countedOpenings else { return "not estimated" }
        return "≈ \(Figures.integer(Int(e.rounded())))" + (d.openingsAreFallback ? " (fallback)" : "")
    }

    /// "Who a completer can be hired as": the method, the classes and the wages.
    static func reachability(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        guard let m = inputs.alignment.method else { return doc }
        let a = inputs.alignment
        doc.heading(2, "Jobs a completer can get")
        let purpose = m.profile.purpose == .entry
            ? "The demand figures of this report (openings, wages, growth, high-demand share, score) count the entry occupations only; advancement occupations need more education or years of related experience than the credential and its admission requirement give, and are shown as the career path."
            : "The credential is for upskilling: the demand figures count every linked occupation that is not excluded, because learners already hold them."
        let intro = m.profile.explanation.prefix(1).uppercased() + m.profile.explanation.dropFirst()
        let rulesText = "Rules: \(m.rulesFile ?? "entry-reachability rules"), effective \(m.rulesEffectiveDate) (EP typical entry education, work experience in a related occupation and on-the-job training; O*NET Job Zones)."
        doc.paragraph("\(intro). Purpose: \(m.profile.purpose.rawValue)\(m.profile.purposeAssumed ? " (assumed: purpose not given)" : ""). \(purpose) \(rulesText)")
        let rows = a.occupations.map { o -> [MarkdownText] in
            let d = o.demand
            let why = (o.addedReason.map { "added by the proposal: \($0); " } ?? "") + (o.reach?.reason ?? "")
            return ["\(d.soc.description)", "\(d.title)", "\(o.reach?.reach.rawValue ?? "—")", "\(o.counts ? "yes" : "no")",
                    "\(money(d.annualWages.p10))", "\(money(d.annualWages.p25))", "\(money(d.annualWages.median))", "\(openings(d))", "\(why)"]
        }
        doc.table(MarkdownTable(["SOC", "occupation", "reach", "counts", "p10 wage", "p25 wage", "median wage", "openings/yr", "why"], rows,
                                rightAligned: [4, 5, 6, 7]))
        let entry = inputs.entryWage.map { Figures.dollarsAndCents($0.rounded()) } ?? "not published"
        let median = inputs.weightedMedianWage.map { Figures.dollarsAndCents($0.rounded()) } ?? "not published"
        doc.paragraph("\(strong: "Wages a completer can expect:") \(entry) a year, the openings-weighted \(inputs.entryWageLabel) (\(inputs.oewsLabel)) of the counted occupations; this entry wage is used wherever a figure stands for completers' earnings (KPIs, value-added earnings). The market median of the same occupations is \(median). The percentile is set by entry_wage_percentile in \(m.rulesFile ?? "the rules file").")
        if m.profile.purpose == .upskill {
            let size = m.marketEmployment.map { "\(Figures.integer(Int($0.rounded()))) workers hold the counted occupations in \(a.area.area.title) (\(inputs.oewsLabel))" }
                ?? "not known: \(inputs.oewsLabel) releases no employment for the counted occupations in \(a.area.area.title)"
            let tail = m.marketEmploymentSuppressed > 0 && m.marketEmployment != nil ? "; \(m.marketEmploymentSuppressed) occupation(s) with employment not released are not in that sum." : "."
            doc.paragraph("\(strong: "Market size (incumbent workers):") \(size)\(tail)")
        }
        let path = inputs.careerPath
        if !path.isEmpty {
            let list = path.map { "\($0.demand.soc) \($0.demand.title)" }.joined(separator: "; ")
            doc.paragraph("\(strong: "Career path") (advancement; not counted): \(list).")
        }
        let excluded = inputs.excludedOccupations
        if !excluded.isEmpty {
            let list = excluded.map { "\($0.demand.soc) \($0.demand.title)" }.joined(separator: "; ")
            doc.paragraph("\(strong: "Excluded:") \(list) (postsecondary teachers; list one under occupations.add to include it).")
        }
        if inputs.fallbackOpeningsCount > 0 {
            doc.paragraph("\(strong: "Fallback openings:") \(inputs.fallbackOpeningsCount) counted occupation(s) have area employment not released (**); their openings are the containing area's estimate scaled by this area's share of its employment, labelled \"fallback\" wherever shown (docs/analysis.md).")
        }
        if !m.added.isEmpty || !m.removed.isEmpty {
            doc.heading(3, "Tailored occupation list")
            var items: [MarkdownText] = m.added.map { "\(strong: "added") \($0.written) (counted as \($0.soc)): \($0.reason)" }
            items += m.removed.map { "\(strong: "removed") \($0.change.written) \($0.title): \($0.change.reason)" }
            doc.bullets(items)
            if let s = m.defaultScore {
                let tailored = m.insufficientAreaData ? "insufficient area data" : Figures.fixed(a.score.value, places: 1)
                doc.table(MarkdownTable(["occupation list", "counted occupations", "openings/yr", "score"], [
                    ["default crosswalk", "\(m.defaultOccupationCount ?? 0)", "\(Figures.integer(Int((m.defaultCountedOpenings ?? 0).rounded())))", "\(Figures.fixed(s.value, places: 1))"],
                    ["tailored (used)", "\(inputs.countedOccupations.count)", "\(Figures.integer(Int(inputs.totalAreaOpenings.rounded())))", "\(tailored)"],
                ], rightAligned: [1, 2, 3]))
            }
        }
        return doc
    }

    /// Each published high-demand rule side by side, with the one the score uses named.
    static func highDemandRules(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        let a = inputs.alignment
        guard let first = a.occupations.first, !first.demand.highDemand.panel.isEmpty else { return doc }
        let rules = first.demand.highDemand.panel.map(\.rule)
        doc.heading(3, "High demand, rule by rule")
        let state = a.area.area.code.kind == .metro ? " For a metro area, hot-careers is the state's verdict, shown beside the metro's own (scale-aware, concentration)." : ""
        doc.paragraph("The score and the recommendation use \(strong: "\(first.demand.highDemand.rule.title)") (score_rule in datasets/high-demand-criteria.yaml).\(state) yes / no / ? (a figure the rule needs is not published).")
        let rows = a.occupations.map { o -> [MarkdownText] in
            ["\(o.demand.soc.description)"] + o.demand.highDemand.panel.map { p in "\(p.met == true ? "yes" : (p.met == false ? "no" : "?"))" }
        }
        doc.table(MarkdownTable(["SOC"] + rules.map { "\($0.rawValue)" }, rows))
        return doc
    }

    /// Lines for "What the data cannot show".
    static func limits(_ inputs: ProposalEvaluation) -> [String] {
        var items: [String] = []
        let a = inputs.alignment
        let counted = inputs.countedOccupations
        if let rated = a.skills.map(\.occupations).max() {
            items.append("The competencies come from \(rated) of the \(counted.count) counted occupation(s) (O*NET rates the others under no code).")
        }
        items += unratedLimits(inputs)
        return items
    }
}
