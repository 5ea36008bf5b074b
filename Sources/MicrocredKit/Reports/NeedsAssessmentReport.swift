import MicrocredCore
import Foundation

/// Renders `needs-assessment.md`: workforce demand, linked occupations,
/// adjacent opportunities, learners, employers, data limits and the
/// recommendation.
public enum NeedsAssessmentReport {
    public static let fileName = "needs-assessment.md"

    public static func render(_ inputs: ProposalEvaluation) -> String {
        var doc = ReportBlocks.header("Needs assessment", inputs)
        doc.append(discipline(inputs))
        doc.append(score(inputs))
        doc.append(CompleterReportSections.reachability(inputs))
        doc.append(occupations(inputs))
        doc.append(CompleterReportSections.highDemandRules(inputs))
        doc.append(SupplyReportSection.render(inputs))
        doc.append(adjacent(inputs))
        doc.append(learners(inputs))
        doc.append(employers(inputs))
        doc.append(limits(inputs))
        doc.append(recommendation(inputs))
        doc.append(ReportBlocks.sources(inputs))
        return doc.render()
    }

    static func discipline(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let a = inputs.alignment
        var doc = MarkdownDocument()
        doc.heading(2, "Discipline and area")
        var items: [MarkdownText] = a.programs.map { program in
            let file = inputs.sources.first { $0.id == .cipCodes }.map { "\($0.id), \($0.vintage)" } ?? DatasetID.cipCodes.description
            return "\(strong: "CIP \(program.code)") \(program.title) (\(file), line \(program.line))"
        }
        let area = a.area
        items.append("\(strong: "Area:") \(area.area.title), \(area.area.code.kind) (OEWS area code \(area.area.code)). "
            + "All occupations: employment \(ReportBlocks.employment(area.allOccupationsEmployment)), median annual wage \(ReportBlocks.wage(area.allOccupationsMedianWage)) (\(inputs.oewsLabel), 00-0000 row).")
        items.append("\(strong: "Figures:") \(a.vintageNote.hasSuffix(".") ? String(a.vintageNote.dropLast()) : a.vintageNote).")
        items.append("\(strong: "High-demand status:") \(a.highDemandLabel).")
        doc.bullets(items)
        return doc
    }

    static func score(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let score = inputs.alignment.score
        let totalWeight = score.components.reduce(0) { $0 + $1.weight }
        var doc = MarkdownDocument()
        doc.heading(2, "Alignment score")
        if inputs.noEntryOccupation {
            doc.paragraph("\(strong: "No entry occupation.") \(inputs.alignment.method?.insufficientReason ?? "No linked occupation is reachable at entry"); no score is given (see Recommendation). The components below are shown for reference only.")
        } else if inputs.insufficientAreaData {
            doc.paragraph("\(strong: "Insufficient area data.") \(inputs.alignment.method?.insufficientReason ?? "No counted occupation has an area openings figure"); no score is given. The components below are shown for reference only.")
        } else {
        doc.paragraph("\(strong: "\(Figures.fixed(score.value, places: 1)) out of 100.") "
            + "The score is 100 × Σ(weight × normalised value) ÷ Σ weights over the components below; docs/scoring.md explains each formula so the score can be recomputed by hand.")
        }
        let rows = score.components.map { c -> [MarkdownText] in
            let raw = c.raw.map { Figures.fixed($0, places: 3) } ?? "—"
            let contribution = totalWeight > 0 ? 100 * c.weight * c.normalized / totalWeight : 0
            return ["\(c.name)", "\(raw + (c.unit.isEmpty ? "" : " " + c.unit))", "\(Figures.fixed(c.normalized, places: 3))",
                    "\(Figures.fixed(c.weight, places: 2))", "\(Figures.fixed(contribution, places: 1))", "\(c.note ?? c.formula)"]
        }
        doc.table(MarkdownTable(["component", "raw value", "normalised (0–1)", "weight", "points", "formula or note"], rows, rightAligned: [2, 3, 4]))
        return doc
    }

    static func occupations(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let a = inputs.alignment
        let areaName = a.area.area.commandLineName
        var doc = MarkdownDocument()
        doc.heading(2, "Linked occupations")
        guard !a.occupations.isEmpty else {
            doc.paragraph("The CIP–SOC crosswalk links no published occupation to this discipline.")
            return doc
        }
        doc.paragraph("\(a.occupations.count) occupations are linked to the discipline by the CIP–SOC crosswalk (each counted once). "
            + "Employment and wages: \(inputs.oewsLabel) for \(a.area.area.title); growth, national openings and entry education: \(inputs.projectionLabel) (national); area openings: estimated (docs/analysis.md).")
        doc.table(OccupationRow.markdownTable(a.occupations.map(OccupationRow.init), [.soc, .title, .employment, .medianWage, .wageRatio, .growth,
                                                                                    .nationalOpenings, .areaOpenings, .entryEducation, .highDemand],
                                              area: areaName))
        doc.paragraph("Why each occupation is or is not high-demand, and the rows its figures come from:")
        let oewsFile = inputs.oewsSource?.id.rawValue ?? "oews"
        let traces = a.occupations.map { o -> [MarkdownText] in
            let d = o.demand
            let crosswalkLines = o.links.map { "\($0.line)" + ($0.soc != d.soc ? " (\($0.soc) rolled up)" : "") }.joined(separator: ", ")
            return ["\(d.soc.description)", "\(d.highDemand.reason)",
                    "\(d.oewsLine.map { "\(oewsFile) line \($0)" } ?? "no \(oewsFile) row")",
                    "\(d.projectionLine.map { "\(DatasetID.epOccupation) line \($0)" } ?? "no EP row")",
                    "\(o.links.isEmpty ? "no \(DatasetID.cipSOC) row: added by the proposal (occupations: add)" : "\(DatasetID.cipSOC) line \(crosswalkLines)")"]
        }
        doc.table(MarkdownTable(["SOC", "high-demand reason", "OEWS row", "EP row", "crosswalk rows"], traces))
        let charted = inputs.occupationsWithOpenings.prefix(10)
        if !charted.isEmpty {
            doc.paragraph("Estimated area annual openings of the counted occupations (most first; fallback estimates included and labelled above):")
            doc.mermaid(.bar(title: "Estimated annual openings, \(a.area.area.title)", labels: charted.map { $0.demand.soc.description },
                             values: charted.map { $0.demand.countedOpenings ?? 0 }, yLabel: "openings a year", line: nil))
        }
        let waged = a.occupations.filter { $0.demand.annualWages.median.value != nil }.prefix(10)
        if let areaMedian = a.area.allOccupationsMedianWage.value, !waged.isEmpty {
            doc.paragraph("Median annual wage of each linked occupation (bars) against the area's all-occupations median of \(Figures.dollarsAndCents(areaMedian)) (line), \(inputs.oewsLabel):")
            doc.mermaid(.bar(title: "Median annual wage vs area median", labels: waged.map { $0.demand.soc.description },
                             values: waged.map { $0.demand.annualWages.median.value ?? 0 }, yLabel: "dollars a year", line: areaMedian))
        }
        return doc
    }

    static func adjacent(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        doc.heading(2, "Skill-adjacent opportunities")
        let adjacent = inputs.alignment.adjacent
        guard !adjacent.isEmpty else {
            doc.paragraph("No high-demand occupation outside the crosswalk links is close enough in \("O*NET") skills and knowledge (threshold in docs/analysis.md).")
            return doc
        }
        doc.paragraph("High-demand occupations the crosswalk does not link to this discipline, but whose \("O*NET") skill and knowledge profile (\(inputs.onetLabel)) is close to the linked occupations'. A microcredential could bridge graduates to them.")
        doc.table(OccupationRow.markdownTable(adjacent.map(OccupationRow.init), [.soc, .title, .similarity, .sharedTopSkills, .areaOpenings, .medianWage]))
        return doc
    }

    static func learners(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let p = inputs.proposal
        var doc = MarkdownDocument()
        doc.heading(2, "Target learners")
        doc.bullets(p.targetPopulation.map { "\(TargetLearners.describe($0))" })
        if let prerequisites = p.prerequisites { doc.paragraph("Prerequisites: \(prerequisites).") }
        var delivery: MarkdownText = "Delivery: \(p.delivery.rawValue), \(p.hours.description) over \(Figures.fixed(p.weeks, places: 0)) weeks"
        delivery += (p.schedule.map { "; \($0)" } ?? "") + "."
        if let target = p.enrollmentTarget { delivery += MarkdownText([.lineBreak]) + "Planned enrolment: \(target) a cohort (from the proposal)." }
        doc.paragraph(delivery)
        let shares = inputs.design.entryEducation
        if !shares.isEmpty {
            doc.paragraph("Typical entry education of the linked occupations, weighted by estimated area openings (\(inputs.projectionLabel)): "
                + shares.map { "\($0.label) \(Figures.fixed($0.share * 100, places: 0))%" }.joined(separator: ", ") + ".")
        }
        return doc
    }

    static func employers(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let p = inputs.proposal
        var doc = MarkdownDocument()
        doc.heading(2, "Employer and industry engagement")
        if p.employerPartners.isEmpty && p.advisoryBoard.isEmpty {
            doc.quote("\(strong: "Gap:") the proposal names no employer partner and no advisory board. Needs assessments should show industry partners who confirm the demand and the skills; name at least one before the committee reviews this proposal.")
            return doc
        }
        if p.employerPartners.isEmpty {
            doc.quote("\(strong: "Gap:") no employer partner is named (an advisory board is).")
        } else {
            doc.table(MarkdownTable(["employer partner", "role"], p.employerPartners.map { ["\($0.name)", "\($0.role ?? "—")"] }))
        }
        if !p.advisoryBoard.isEmpty {
            doc.table(MarkdownTable(["advisory board member", "affiliation"], p.advisoryBoard.map { ["\($0.name)", "\($0.affiliation ?? "—")"] }))
        } else {
            doc.quote("\(strong: "Gap:") no advisory board is named; the design report proposes one.")
        }
        return doc
    }

    static func limits(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let a = inputs.alignment
        var items: [String] = []
        let suppressedEmployment = a.occupations.filter { !$0.demand.employment.isValue }
        if !suppressedEmployment.isEmpty {
            items.append("Area employment is not available for " + suppressedEmployment.map { "\($0.demand.soc) (\($0.demand.employmentNote ?? $0.demand.employment.note() ?? "not available"))" }.joined(separator: ", ") + "; their area openings are not estimated directly. Where OEWS publishes the row but not its employment (**), a labelled fallback estimate stands in; otherwise the occupation does not count in the score's openings.")
        }
        items += CompleterReportSections.limits(inputs)
        let suppressedWages = a.occupations.filter { !$0.demand.annualWages.median.isValue }
        if !suppressedWages.isEmpty {
            items.append("The median wage is not a published figure for " + suppressedWages.map { "\($0.demand.soc) (\($0.demand.annualWages.median.note() ?? "not available"))" }.joined(separator: ", ") + ". Top-coded wages count at the wage cap in the score; they are never read as 0.")
        }
        for diagnostic in a.diagnostics.items where diagnostic.severity != .note {
            items.append(diagnostic.message)
        }
        let rolled = a.rollups.filter { $0.kind == .aggregate || $0.kind == .broad }
        if !rolled.isEmpty {
            items.append("Crosswalk codes finer than OEWS and EP publish were rolled up: " + rolled.map { "\($0.from) → \($0.to.map(\.description) ?? "—")" }.joined(separator: ", ") + " (datasets/soc-aggregates.yaml).")
        }
        if a.area.area.code.kind != .nation {
            items.append("Growth and openings are national Employment Projections (\(inputs.projectionLabel)); they are used as a proxy for \(a.area.area.title), and area openings are an estimate (national openings × the area's share of national employment in the occupation).")
        }
        let epWages = EPData.wageLabel(year: a.projectionWageYear)
        items.append("EP's median wages describe \(epWages) and OEWS's \(inputs.oewsSource?.vintage ?? "the OEWS release"); this report uses OEWS wages for the area and does not mix the two.")
        items.append("The crosswalk links programs to occupations by content, not by where graduates work; public data do not show non-credit learners or incumbent workers, nor job postings" + (inputs.supply == nil ? ", and this report shows no completions." : "; completions are IPEDS first majors, counted at the institution (see Supply and competition)."))
        // Data-age warnings are in the header's "Data age" block, once per file.
        var doc = MarkdownDocument()
        doc.heading(2, "What the data cannot show")
        doc.bullets(items.map(MarkdownText.text))
        return doc
    }

    static func recommendation(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let r = inputs.recommendation
        var doc = MarkdownDocument()
        doc.heading(2, "Recommendation")
        doc.paragraph("\(strong: "\(r.decision.rawValue.capitalized).")")
        doc.bullets(r.reasons.map(MarkdownText.text))
        if let state = inputs.stateComparison, !state.rows.isEmpty {
            let metro = inputs.alignment.area.area.title
            doc.paragraph("The \(inputs.proposalPurposeLabel) in \(metro) and in \(state.area.title) (estimated openings a year; high demand under each area's own figures, \(inputs.oewsLabel), \(inputs.projectionLabel)):")
            let rows = state.rows.map { row -> [MarkdownText] in
                let here = inputs.countedOccupations.first { $0.demand.soc == row.soc }?.demand
                return ["\(row.soc.description)", "\(row.title)",
                        "\(ReportBlocks.estimate(here?.countedOpenings, note: here?.areaAnnualOpeningsNote))", "\(here.map { $0.highDemand.isHighDemand ? "yes" : "no" } ?? "—")",
                        "\(ReportBlocks.estimate(row.openings, note: "not published"))", "\(row.highDemand ? "yes" : "no")"]
            }
            doc.table(MarkdownTable(["SOC", "title", "\(metro) openings", "high demand", "\(state.area.title) openings", "high demand"], rows, rightAligned: [2, 4]))
        }
        doc.paragraph("Thresholds: proceed at a score of \(Figures.fixed(inputs.settings.recommendation.proceedMinScore, places: 0)) or more with at least \(Figures.fixed(inputs.settings.recommendation.minHighDemandShare * 100, places: 0))% of openings in high-demand occupations; reconsider below \(Figures.fixed(inputs.settings.recommendation.reconsiderBelowScore, places: 0))\(supplyThresholds(inputs.settings.recommendation)); low pay below \(Figures.fixed(inputs.settings.advice.lowPayShareOfAreaMedian.value * 100, places: 0))% of the area's all-occupations median; a thin area under \(Figures.integer(Int(inputs.settings.advice.thinAreaOpenings.value.rounded()))) counted openings a year (datasets/report-settings.yaml, advice effective \(inputs.settings.advice.effectiveDate)).")
        return doc
    }

    static func supplyThresholds(_ r: ReportSettings.Recommendation) -> String {
        guard let bands = r.supplyBlockingBands, !bands.isEmpty else { return "" }
        let strong = r.supplyStrongDemandScore.map { " unless the score is \(Figures.fixed($0, places: 0)) or more" } ?? ""
        return "; a supply/demand ratio in the \(bands.joined(separator: " or ")) band keeps a proceed from standing\(strong)"
    }
}

/// Plain descriptions of the learner groups a proposal can target.
enum TargetLearners {
    static func describe(_ population: TargetPopulation) -> String {
        switch population {
        case .returningAdults: return "Returning adults: upskilling or finishing a degree around work and family."
        case .currentStudents: return "Current students: adding a job-ready credential alongside a degree."
        case .incumbentWorkers: return "Incumbent workers: employees whose employers need new skills."
        case .careerChangers: return "Career changers: entering the field from another occupation."
        case .veterans: return "Veterans and service members: translating military training into civilian credentials."
        case .dualEnrollment: return "Dual-enrolment high-school students."
        case .alumni: return "Alumni returning to update their skills."
        case .bachelorHolders: return "Bachelor's-degree holders: adding a focused credential to a degree they already have."
        }
    }
}
