import MicrocredCore
import Foundation

/// Renders `needs-assessment.md`: workforce demand, linked occupations,
/// adjacent opportunities, learners, employers, data limits and the
/// recommendation.
public enum NeedsAssessmentReport {
    public static let fileName = "needs-assessment.md"

    public static func render(_ inputs: ProposalEvaluation) -> String {
        var out = ReportBlocks.header("Needs assessment", inputs)
        out += discipline(inputs)
        out += score(inputs)
        out += occupations(inputs)
        out += adjacent(inputs)
        out += learners(inputs)
        out += employers(inputs)
        out += limits(inputs)
        out += recommendation(inputs)
        out += ReportBlocks.sources(inputs)
        return out
    }

    static func discipline(_ inputs: ProposalEvaluation) -> String {
        let a = inputs.alignment
        var out = "## Discipline and area\n\n"
        for program in a.programs {
            out += "- **CIP \(program.code)** \(Markdown.escape(program.title)) (\(inputs.sources.first { $0.id == .cipCodes }.map { "cip-codes, \(Markdown.escape($0.vintage)), line \(program.line)" } ?? "CIP 2020"))\n"
        }
        let area = a.area
        out += "- **Area:** \(Markdown.escape(area.area.title)), \(area.area.code.kind) (OEWS area code \(area.area.code)). "
        out += "All occupations: employment \(ReportBlocks.employment(area.allOccupationsEmployment)), median annual wage \(ReportBlocks.wage(area.allOccupationsMedianWage)) (\(Markdown.escape(inputs.oewsLabel)), 00-0000 row).\n"
        out += "- **Figures:** \(Markdown.escape(a.vintageNote.hasSuffix(".") ? String(a.vintageNote.dropLast()) : a.vintageNote)).\n"
        out += "- **High-demand status:** \(Markdown.escape(a.highDemandLabel)).\n\n"
        return out
    }

    static func score(_ inputs: ProposalEvaluation) -> String {
        let score = inputs.alignment.score
        let totalWeight = score.components.reduce(0) { $0 + $1.weight }
        var out = "## Alignment score\n\n**\(Figures.fixed(score.value, places: 1)) out of 100.** "
        out += "The score is 100 × Σ(weight × normalised value) ÷ Σ weights over the components below; docs/scoring.md explains each formula so the score can be recomputed by hand.\n\n"
        let rows = score.components.map { c -> [String] in
            let raw = c.raw.map { Figures.fixed($0, places: 3) } ?? "—"
            let contribution = totalWeight > 0 ? 100 * c.weight * c.normalized / totalWeight : 0
            return [Markdown.escape(c.name), raw + (c.unit.isEmpty ? "" : " " + Markdown.escape(c.unit)), Figures.fixed(c.normalized, places: 3),
                    Figures.fixed(c.weight, places: 2), Figures.fixed(contribution, places: 1), Markdown.escape(c.note ?? c.formula)]
        }
        out += Markdown.table(["component", "raw value", "normalised (0–1)", "weight", "points", "formula or note"], rows, rightAligned: [2, 3, 4])
        return out + "\n"
    }

    static func occupations(_ inputs: ProposalEvaluation) -> String {
        let a = inputs.alignment
        let areaName = a.area.area.commandLineName
        var out = "## Linked occupations\n\n"
        guard !a.occupations.isEmpty else {
            return out + "The CIP–SOC crosswalk links no published occupation to this discipline.\n\n"
        }
        out += "\(a.occupations.count) occupations are linked to the discipline by the CIP–SOC crosswalk (each counted once). "
        out += "Employment and wages: \(Markdown.escape(inputs.oewsLabel)) for \(Markdown.escape(a.area.area.title)); growth, national openings and entry education: \(Markdown.escape(inputs.projectionLabel)) (national); area openings: estimated (docs/analysis.md).\n\n"
        let header = ["SOC", "occupation", "employment (\(areaName))", "median wage (\(areaName))", "÷ area median", "growth",
                      "national openings/yr", "area openings/yr (est.)", "entry education", "high demand"]
        let rows = a.occupations.map { o -> [String] in
            let d = o.demand
            return [d.soc.description, Markdown.escape(d.title), ReportBlocks.employment(d.employment), ReportBlocks.wage(d.annualWages.median),
                    ReportBlocks.ratio(d.wageRelativeToAreaMedian), ReportBlocks.percent(d.projectedGrowthPercent),
                    ReportBlocks.count(d.nationalAnnualOpenings), ReportBlocks.estimate(d.areaAnnualOpeningsEstimate, note: d.areaAnnualOpeningsNote),
                    Markdown.escape(d.typicalEntryEducation ?? "—"), d.highDemand.isHighDemand ? "yes" : "no"]
        }
        out += Markdown.table(header, rows, rightAligned: [2, 3, 4, 5, 6, 7])
        out += "\nWhy each occupation is or is not high-demand, and the rows its figures come from:\n\n"
        let oewsFile = inputs.oewsSource?.id.rawValue ?? "oews"
        let traces = a.occupations.map { o -> [String] in
            let d = o.demand
            let crosswalkLines = o.links.map { "\($0.line)" + ($0.soc != d.soc ? " (\($0.soc) rolled up)" : "") }.joined(separator: ", ")
            return [d.soc.description, Markdown.escape(d.highDemand.reason),
                    d.oewsLine.map { "\(oewsFile) line \($0)" } ?? "no \(oewsFile) row",
                    d.projectionLine.map { "ep-occupation line \($0)" } ?? "no EP row",
                    "cip-soc line " + crosswalkLines]
        }
        out += Markdown.table(["SOC", "high-demand reason", "OEWS row", "EP row", "crosswalk rows"], traces)
        let charted = inputs.occupationsWithOpenings.prefix(10)
        if !charted.isEmpty {
            out += "\nEstimated area annual openings of the linked occupations (most first):\n\n"
            out += ReportBlocks.barChart(title: "Estimated annual openings, \(a.area.area.title)", labels: charted.map { $0.demand.soc.description },
                                         values: charted.map { $0.demand.areaAnnualOpeningsEstimate ?? 0 }, yLabel: "openings a year")
        }
        let waged = a.occupations.filter { $0.demand.annualWages.median.value != nil }.prefix(10)
        if let areaMedian = a.area.allOccupationsMedianWage.value, !waged.isEmpty {
            out += "\nMedian annual wage of each linked occupation (bars) against the area's all-occupations median of \(Figures.dollarsAndCents(areaMedian)) (line), \(Markdown.escape(inputs.oewsLabel)):\n\n"
            out += ReportBlocks.barChart(title: "Median annual wage vs area median", labels: waged.map { $0.demand.soc.description },
                                         values: waged.map { $0.demand.annualWages.median.value ?? 0 }, yLabel: "dollars a year", line: areaMedian)
        }
        return out + "\n"
    }

    static func adjacent(_ inputs: ProposalEvaluation) -> String {
        var out = "## Skill-adjacent opportunities\n\n"
        let adjacent = inputs.alignment.adjacent
        guard !adjacent.isEmpty else {
            return out + "No high-demand occupation outside the crosswalk links is close enough in O\\*NET skills and knowledge (threshold in docs/analysis.md).\n\n"
        }
        out += "High-demand occupations the crosswalk does not link to this discipline, but whose O\\*NET skill and knowledge profile (\(Markdown.escape(inputs.onetLabel))) is close to the linked occupations'. A microcredential could bridge graduates to them.\n\n"
        let rows = adjacent.map { o -> [String] in
            [o.demand.soc.description, Markdown.escape(o.demand.title), Figures.fixed(o.similarity, places: 3),
             o.sharedTopSkills.map(Markdown.escape).joined(separator: ", "),
             ReportBlocks.estimate(o.demand.areaAnnualOpeningsEstimate, note: o.demand.areaAnnualOpeningsNote),
             ReportBlocks.wage(o.demand.annualWages.median)]
        }
        out += Markdown.table(["SOC", "occupation", "similarity", "shared top skills", "area openings/yr (est.)", "median wage"], rows, rightAligned: [2, 4, 5])
        return out + "\n"
    }

    static func learners(_ inputs: ProposalEvaluation) -> String {
        let p = inputs.proposal
        var out = "## Target learners\n\n"
        out += Markdown.bullets(p.targetPopulation.map { Markdown.escape(TargetLearners.describe($0)) })
        if let prerequisites = p.prerequisites { out += "\nPrerequisites: \(Markdown.escape(prerequisites)).\n" }
        out += "\nDelivery: \(Markdown.escape(p.delivery.rawValue)), \(Markdown.escape(p.hours.description)) over \(Figures.fixed(p.weeks, places: 0)) weeks"
        out += (p.schedule.map { "; " + Markdown.escape($0) } ?? "") + ".\n"
        if let target = p.enrollmentTarget { out += "Planned enrolment: \(target) a cohort (from the proposal).\n" }
        let shares = inputs.design.entryEducation
        if !shares.isEmpty {
            out += "\nTypical entry education of the linked occupations, weighted by estimated area openings (\(Markdown.escape(inputs.projectionLabel))): "
            out += shares.map { "\(Markdown.escape($0.label)) \(Figures.fixed($0.share * 100, places: 0))%" }.joined(separator: ", ") + ".\n"
        }
        return out + "\n"
    }

    static func employers(_ inputs: ProposalEvaluation) -> String {
        let p = inputs.proposal
        var out = "## Employer and industry engagement\n\n"
        if p.employerPartners.isEmpty && p.advisoryBoard.isEmpty {
            out += "> **Gap:** the proposal names no employer partner and no advisory board. Needs assessments should show industry partners who confirm the demand and the skills; name at least one before the committee reviews this proposal.\n\n"
            return out
        }
        if p.employerPartners.isEmpty {
            out += "> **Gap:** no employer partner is named (an advisory board is).\n\n"
        } else {
            out += Markdown.table(["employer partner", "role"], p.employerPartners.map { [Markdown.escape($0.name), Markdown.escape($0.role ?? "—")] })
            out += "\n"
        }
        if !p.advisoryBoard.isEmpty {
            out += Markdown.table(["advisory board member", "affiliation"], p.advisoryBoard.map { [Markdown.escape($0.name), Markdown.escape($0.affiliation ?? "—")] })
            out += "\n"
        } else {
            out += "> **Gap:** no advisory board is named; the design report proposes one.\n\n"
        }
        return out
    }

    static func limits(_ inputs: ProposalEvaluation) -> String {
        let a = inputs.alignment
        var items: [String] = []
        let suppressedEmployment = a.occupations.filter { !$0.demand.employment.isValue }
        if !suppressedEmployment.isEmpty {
            items.append("Area employment is not available for " + suppressedEmployment.map { "\($0.demand.soc) (\($0.demand.employmentNote ?? $0.demand.employment.note() ?? "not available"))" }.joined(separator: ", ") + "; their area openings are not estimated and they do not count in the score's openings.")
        }
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
        items.append("EP's median wages describe May 2024 and OEWS's May 2025; this report uses OEWS wages for the area and does not mix the two.")
        items.append("The crosswalk links programs to occupations by content, not by where graduates work; public data do not show completions, non-credit learners or incumbent workers, nor job postings.")
        for source in inputs.sources { if let warning = source.age?.warning { items.append(warning) } }
        return "## What the data cannot show\n\n" + Markdown.bullets(items.map(Markdown.escape)) + "\n"
    }

    static func recommendation(_ inputs: ProposalEvaluation) -> String {
        let r = inputs.recommendation
        var out = "## Recommendation\n\n**\(r.decision.rawValue.capitalized).**\n\n"
        out += Markdown.bullets(r.reasons.map(Markdown.escape))
        out += "\nThresholds: proceed at a score of \(Figures.fixed(inputs.settings.recommendation.proceedMinScore, places: 0)) or more with at least \(Figures.fixed(inputs.settings.recommendation.minHighDemandShare * 100, places: 0))% of openings in high-demand occupations; reconsider below \(Figures.fixed(inputs.settings.recommendation.reconsiderBelowScore, places: 0)) (datasets/report-settings.yaml).\n\n"
        return out
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
        }
    }
}
