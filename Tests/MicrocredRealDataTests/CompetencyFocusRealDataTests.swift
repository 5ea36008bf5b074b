import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Issue 10's remainder on real data: competencies that say what to teach
/// (general basic skills once, technology skills, the proposer's own
/// competencies matched), unrated occupations named, the upskill KPI, and
/// the high-demand rules side by side in `high-demand derive`.
final class CompetencyFocusRealDataTests: XCTestCase {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

    func evaluate(_ example: String) throws -> ProposalEvaluation {
        let path = RealData.root.appendingPathComponent("examples/\(example).yaml").path
        return try RealData.store().evaluate(proposalPath: path, asOf: Self.asOf)
    }

    func testCloudBadgeAssessmentIsNotHeadedByGenericBasicSkills() throws {
        let evaluation = try evaluate("cloud-networking-badge")
        let focus = try XCTUnwrap(evaluation.alignment.focus)
        let general = Set(focus.general.map(\.element.name))
        for name in ["Critical Thinking", "Reading Comprehension", "Active Listening"] {
            XCTAssertTrue(general.contains(name), "\(name) is shared by every counted occupation: \(general.sorted())")
            XCTAssertFalse(focus.skills.contains { $0.element.name == name }, name)
        }
        // Every general skill is an O*NET Basic Skill (2.A) every counted, rated occupation rates ≥ 3.
        XCTAssertTrue(focus.general.allSatisfy { $0.element.id.hasPrefix("2.A") })
        // The design report's assessment rows start with a specific skill and list the general ones once.
        let report = DesignDevelopmentReport.render(evaluation)
        let assessment = try XCTUnwrap(report.components(separatedBy: "## Assessment design").last)
        let rows = assessment.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| competency") && !$0.hasPrefix("| ---") }
        let first = try XCTUnwrap(rows.first)
        XCTAssertFalse(general.contains { first.hasPrefix("| \($0) |") }, String(first))
        XCTAssertEqual(rows.filter { $0.contains("| general |") }.count, 1)
        XCTAssertEqual(rows.filter { $0.contains("Critical Thinking") }.count, 1, "listed once, in the general row")
    }

    func testTechnologySkillsOfNetworkSupportSpecialists() throws {
        let evaluation = try evaluate("cloud-networking-badge")
        let focus = try XCTUnwrap(evaluation.alignment.focus)
        let soc = SOCCode("15-1231")!
        XCTAssertFalse(focus.technology.isEmpty)
        XCTAssertTrue(focus.technology.allSatisfy { $0.occupations.contains(soc) && ($0.hot || $0.inDemand) })
        XCTAssertLessThanOrEqual(focus.technology.count, try XCTUnwrap(focus.technologyRule.limit))
        // Each listed example is a row of the Technology Skills file for 15-1231 with the same flags.
        let store = try RealData.store()
        let technology = try XCTUnwrap(store.bundle([.onetTechnology]).technology)
        let items = technology.items(for: soc)
        XCTAssertGreaterThan(focus.technologyExamples, focus.technology.count)
        for listed in focus.technology {
            let row = try XCTUnwrap(items.first { $0.example == listed.example }, listed.example)
            XCTAssertEqual(row.hot, listed.hot, listed.example)
            XCTAssertEqual(row.inDemand, listed.inDemand, listed.example)
        }
        let report = DesignDevelopmentReport.render(evaluation)
        XCTAssertTrue(report.contains("### Technology skills"))
        XCTAssertTrue(report.contains("| \(try XCTUnwrap(focus.technology.first).example) |"))
    }

    func testProposerCompetenciesMatchedOrSaidPlainlyNotToMatch() throws {
        let evaluation = try evaluate("cloud-networking-badge")
        let matches = evaluation.proposerCompetencyMatches
        XCTAssertEqual(matches.map(\.text), evaluation.proposal.competencies)
        let troubleshoot = try XCTUnwrap(matches.first { $0.text.hasPrefix("Monitor and troubleshoot") })
        XCTAssertTrue(troubleshoot.matches.contains(CompetencyTerm(name: "Troubleshooting", kind: .skill)), "\(troubleshoot.matches)")
        let report = DesignDevelopmentReport.render(evaluation)
        for m in matches where m.matches.isEmpty {
            XCTAssertTrue(report.contains("| \(m.text) | **no match**"), m.text)
        }
    }

    func testUnratedOccupationIsNamedUnderWhatTheDataCannotShow() throws {
        // O*NET 29.x Skills and Knowledge carry no rows for 29-2072 Medical Records Specialists.
        let evaluation = try evaluate("medical-coding-cpe")
        let soc = SOCCode("29-2072")!
        XCTAssertTrue(evaluation.alignment.unratedOccupations.contains(soc))
        let store = try RealData.store()
        let skills = try XCTUnwrap(store.bundle([.onetSkills]).skills)
        XCTAssertFalse(skills.ratings.contains { $0.soc == soc }, "the data must really lack 29-2072")
        let report = NeedsAssessmentReport.render(evaluation)
        let limits = try XCTUnwrap(report.components(separatedBy: "## What the data cannot show").last)
        XCTAssertTrue(limits.contains("29-2072 Medical Records Specialists"), limits)
        // Technology skills need no ratings: the unrated occupations still list theirs.
        let focus = try XCTUnwrap(evaluation.alignment.focus)
        XCTAssertTrue(focus.general.isEmpty)
        XCTAssertTrue(focus.technology.contains { $0.occupations.contains(soc) })
    }

    func testUpskillPlacementKPIIsAttainmentAndWageGain() throws {
        let folder = try TemporaryDirectory()
        let source = try String(contentsOf: RealData.root.appendingPathComponent("examples/cloud-networking-badge.yaml"), encoding: .utf8)
        XCTAssertTrue(source.contains("purpose: entry"))
        let path = try folder.write("cloud-upskill.yaml", source.replacingOccurrences(of: "purpose: entry", with: "purpose: upskill"))
        let evaluation = try RealData.store().evaluate(proposalPath: path, asOf: Self.asOf)
        XCTAssertFalse(evaluation.kpis.contains { $0.name.hasPrefix("Placement") })
        XCTAssertFalse(evaluation.kpis.contains { $0.target.contains("within 180 days") }, "incumbent workers are not placed")
        XCTAssertTrue(evaluation.kpis.contains { $0.name == "Promotion of incumbent workers" })
        let kpi = try XCTUnwrap(evaluation.kpis.first { $0.name == "Wage gain of incumbent workers" })
        XCTAssertFalse(kpi.target.contains("can enter"), kpi.target)
        let gain = try XCTUnwrap(evaluation.settings.evaluation.upskillWageGainTarget)
        XCTAssertTrue(kpi.target.contains("\(Figures.fixed(gain * 100, places: 0))% of completers earn more"), kpi.target)
        let entry = try evaluate("cloud-networking-badge")
        XCTAssertTrue(entry.kpis.contains { $0.name == "Placement in entry occupations" && $0.target.contains("can enter") })
    }

    func testDerivedListCarriesEveryRulesVerdict() throws {
        let store = try RealData.store()
        let configuration = try store.configuration()
        let inputs = try store.alignmentInputs(for: "oews-state", profiles: false)
        let a = try XCTUnwrap(inputs.market.slot(of: AreaCode(kind: .state, code: 13)))
        let list = HighDemandDeriver.derive(market: inputs.market, area: a, criteria: configuration.criteria.value, includeAll: true)
        let row = try XCTUnwrap(list.rows.first { $0.soc.description == "15-1231" })
        XCTAssertEqual(row.panel.map(\.rule), [.scaleAware, .hotCareers, .brightOutlook, .concentration])
        XCTAssertEqual(row.panel.first { $0.rule == configuration.criteria.value.rule }?.met == true, row.isHighDemand)
        let csv = HighDemandRendering.csv(list)
        XCTAssertTrue(csv.split(separator: "\n").first?.hasSuffix("rule:scale-aware,rule:hot-careers,rule:bright-outlook,rule:concentration") == true)
    }
}
