import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// A SYNTHETIC ProposalEvaluation, built by hand for renderer tests: two
/// invented occupations in an invented area with invented figures and
/// vintages ("Synthetic 2099"). No dataset is read; only the committed
/// design rules and report settings (datasets/rules, datasets/report-settings.yaml)
/// are loaded, because the reports cite them. Never compare these figures
/// with real data.
enum SyntheticEvaluation {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Invalid: Error, CustomStringConvertible { var description: String }

    static func code<T>(_ value: T?, _ text: String) throws -> T {
        guard let value else { throw Invalid(description: "synthetic fixture: \(text) does not parse") }
        return value
    }

    /// The evaluation; `title`, `partner` and `skill` let escaping tests put hostile text in.
    static func make(title: String = "Synthetic Widget Analytics Badge", partner: String = "Synthetic Widgets Co.",
                     skill: String = "Synthetic Reasoning") throws -> ProposalEvaluation {
        let area = Area(code: AreaCode(kind: .state, code: 99), title: "Synthetic State", primaryState: "ZZ")
        let cip = try code(CIPCode("11.0901"), "11.0901")
        let first = try code(SOCCode("15-1212"), "15-1212"), second = try code(SOCCode("15-1244"), "15-1244")
        let wages = { (median: Double) in
            WagePercentiles(p10: .value(median * 0.6), p25: .value(median * 0.8), median: .value(median), p75: .value(median * 1.2), p90: .value(median * 1.5))
        }
        let analysts = OccupationDemand(
            soc: first, title: "Synthetic Analysts", area: area, employment: .value(1_200), annualWages: wages(90_000),
            areaAllOccupationsMedianWage: .value(50_000), wageRelativeToAreaMedian: 1.8, projectedGrowthPercent: .value(12.5),
            nationalAnnualOpenings: .value(10_000), nationalEmployment: .value(200_000), areaAnnualOpeningsEstimate: 60,
            typicalEntryEducation: "Bachelor's degree", projectionMedianWage: .value(88_000), projectionWageYear: 2098,
            highDemand: HighDemandStatus(isHighDemand: true, reason: "synthetic: passes every criterion", checks: []),
            oewsLine: 11, projectionLine: 21)
        let administrators = OccupationDemand(
            soc: second, title: "Synthetic Administrators", area: area, employment: .notReleased, employmentNote: "not released (**)",
            annualWages: WagePercentiles(p10: .value(40_000), p25: .value(50_000), median: .topCoded(atLeast: 239_200), p75: .notAvailable, p90: .notAvailable),
            areaAllOccupationsMedianWage: .value(50_000), wageRelativeToAreaMedian: nil, projectedGrowthPercent: .value(-1.0),
            nationalAnnualOpenings: .value(2_000), nationalEmployment: .value(100_000), areaAnnualOpeningsEstimate: nil,
            areaAnnualOpeningsNote: "not estimated: area employment not released (**)",
            typicalEntryEducation: nil, projectionMedianWage: .notAvailable, projectionWageYear: 2098,
            highDemand: HighDemandStatus(isHighDemand: false, reason: "synthetic: growth below the threshold", checks: []),
            oewsLine: 12, projectionLine: nil)
        let link = { (soc: SOCCode, line: Int) in
            DisciplineCrosswalk.Link(cip: cip, soc: soc, socTitle: "Synthetic", rollup: SOCRollup(from: soc, to: soc, kind: .published), line: line)
        }
        let element = SkillElement(id: "2.A.1.a", name: skill, domain: .skill)
        let alignment = DisciplineAlignment(
            programs: [CIPProgram(code: cip, title: "Synthetic Computer Science", action: .noChange, definition: "Synthetic.", replacedBy: [], line: 5)],
            area: AreaContext(area: area, allOccupationsEmployment: .value(1_000_000), allOccupationsMedianWage: .value(50_000),
                              allOccupationsOpeningsEstimate: 100_000, allOccupationsGrowthPercent: 3),
            occupations: [AlignedOccupation(demand: analysts, links: [link(first, 31)], educationFit: 1),
                          AlignedOccupation(demand: administrators, links: [link(second, 32)], educationFit: nil)],
            score: AlignmentScore(value: 61.5, components: [
                ScoreComponent(name: "openings", raw: 0.6, normalized: 0.5, weight: 1, unit: "per mille", parameters: [:], formula: "synthetic formula"),
                ScoreComponent(name: "wage", raw: nil, normalized: 0.73, weight: 1, unit: "", parameters: [:], formula: "synthetic", note: "synthetic note"),
            ]),
            adjacent: [AdjacentOccupation(demand: analysts, similarity: 0.91, sharedTopSkills: [skill])],
            skills: [Competency(element: element, importance: 4.1, level: 4.6, band: .intermediate, occupations: 2)],
            knowledge: [],
            rollups: [], diagnostics: Diagnostics(), sources: [SourceCitation(dataset: "oews-state", vintage: "Synthetic 2099", title: "Synthetic OEWS")],
            highDemandLabel: "synthetic high-demand criteria", weights: .default,
            vintageNote: "Synthetic vintages throughout.", projectionWageYear: 2098)
        let proposal = Proposal(file: "synthetic.yaml", title: title, institution: "Synthetic College", cip: [cip], area: .statePostal("ZZ"),
                                level: .undergraduate, credential: .badge, creditBearing: true, hours: .credit(9, .semester), weeks: 12,
                                delivery: .online, targetPopulation: [.returningAdults], employerPartners: [EmployerPartner(name: partner, role: "hiring")],
                                startTerm: AcademicTerm(season: .fall, year: 2099), competencies: [skill])
        let validated = ValidatedProposal(proposal: proposal, area: area, programs: [(cip, "Synthetic Computer Science")], warnings: [])
        let rules = try DesignRulesLoader.load(path: root.appendingPathComponent("datasets/rules/design-rules.yaml").path)
        let settings = try ReportSettings.load(path: root.appendingPathComponent("datasets/report-settings.yaml").path)
        let sources = [
            ReportSource(id: DatasetID("oews-state"), title: "Synthetic OEWS", publisher: "Synthetic Bureau", vintage: "Synthetic 2099",
                         url: "https://example.org/synthetic-oews", license: "synthetic licence", attribution: "Synthetic attribution."),
            ReportSource(id: DatasetID("ep-occupation"), title: "Synthetic EP", publisher: "Synthetic Bureau", vintage: "2098–08",
                         url: "https://example.org/synthetic-ep", license: "synthetic licence", attribution: "Synthetic attribution."),
        ]
        let evidence = ProposalEvaluation.designEvidence(alignment, onetLevel: { _ in 3.5 }, oewsLabel: "OEWS Synthetic 2099",
                                                         projectionLabel: "EP 2098–08", onetLabel: "Synthetic O*NET")
        let design = DesignRulesEngine.assess(proposal, rules: rules, evidence: evidence)
        return ProposalEvaluation(validated: validated, alignment: alignment, design: design, rules: rules, settings: settings,
                                  sources: sources, asOf: try code(CalendarDate("2099-12-01"), "2099-12-01"), proposalName: "synthetic.yaml",
                                  configurationFiles: ConfigurationFiles(designRules: "synthetic-rules.yaml", reportSettings: "synthetic-settings.yaml",
                                                                         scoringWeights: "built-in defaults", highDemandCriteria: "synthetic-criteria.yaml"))
    }
}
