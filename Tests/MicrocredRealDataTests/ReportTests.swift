import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The four framework reports for the example proposals, on real data.
///
/// Golden files are the committed `reports/<proposal>/` folders. To record
/// new ones run `MICROCRED_RECORD_REPORTS=1 swift test --filter ReportTests`
/// (or scripts/regenerate-reports.sh): the run writes them and then fails, so
/// recording is always a deliberate act.
final class ReportTests: XCTestCase {
    static let examples = ["cloud-networking-badge", "data-science-graduate-certificate", "medical-coding-cpe"]

    static var asOf: CalendarDate {
        let text = (try? String(contentsOf: RealData.root.appendingPathComponent("reports/as-of"), encoding: .utf8)) ?? ""
        return CalendarDate(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? CalendarDate(year: 2026, month: 11, day: 29)!
    }

    // Guarded by the tests running serially (or by `lock` where there is one).

    nonisolated(unsafe) static var cache: [String: (ProposalEvaluation, ReportSet)] = [:]

    /// Inputs and rendered reports for an example, computed once per run.
    func generate(_ name: String) throws -> (ProposalEvaluation, ReportSet) {
        if let hit = Self.cache[name] { return hit }
        let path = RealData.root.appendingPathComponent("examples/\(name).yaml").path
        let inputs = try ReportGenerator.prepare(proposalPath: path, store: try RealData.store(), asOf: Self.asOf)
        let result = (inputs, ReportGenerator.render(inputs))
        Self.cache[name] = result
        return result
    }

    func file(_ set: ReportSet, _ name: String) -> String {
        set.files.first { $0.name == name }?.contents ?? ""
    }

    /// Every generated file against `reports/<proposal>/` (GoldenFile: a
    /// unified diff on mismatch; MICROCRED_RECORD_REPORTS=1 records and fails).
    func testGoldenReports() throws {
        for name in Self.examples {
            let (_, set) = try generate(name)
            let folder = RealData.root.appendingPathComponent("reports/\(name)")
            for (fileName, contents) in set.files {
                GoldenFile.assertMatches(contents, golden: folder.appendingPathComponent(fileName), name: "reports/\(name)/\(fileName)")
            }
        }
    }

    func testEveryReportHasItsSections() throws {
        let required: [String: [String]] = [
            NeedsAssessmentReport.fileName: ["## Discipline and area", "## Alignment score", "## Linked occupations", "## Skill-adjacent opportunities",
                                            "## Target learners", "## Employer and industry engagement", "## What the data cannot show", "## Recommendation"],
            DesignDevelopmentReport.fileName: ["## Competencies by achievement band", "## Credential type and level", "## Credit or clock hours",
                                               "## Stacking pathway", "## Academic credit or continuing education", "## Assessment design", "## Advisory board plan"],
            ImplementationReport.fileName: ["## Enrolment and admission", "## Approval path", "## Financial aid", "## Prior learning and military credit",
                                            "## Transcript and credential tracking", "## Marketing plan", "## Launch timeline"],
            EvaluationReport.fileName: ["## Key performance indicators", "## Review cadence", "## Triggers for revision or sunset", "## Federal outcome thresholds"],
            ReportIndex.fileName: ["## Summary", "## Reports"],
        ]
        for name in Self.examples {
            let (inputs, set) = try generate(name)
            XCTAssertEqual(set.files.map(\.name), [ReportIndex.fileName, NeedsAssessmentReport.fileName, DesignDevelopmentReport.fileName,
                                                   ImplementationReport.fileName, EvaluationReport.fileName])
            for (fileName, contents) in set.files {
                for heading in required[fileName] ?? [] {
                    XCTAssertTrue(contents.contains("\n" + heading + "\n"), "\(name)/\(fileName) lacks \(heading)")
                }
                // Header: proposal, area, as-of date and vintages; Sources at the end.
                XCTAssertTrue(contents.contains("| As of | \(Self.asOf) |"), "\(name)/\(fileName)")
                XCTAssertTrue(contents.contains("| Area | \(MarkdownEscaping.text(inputs.alignment.area.area.title))"), "\(name)/\(fileName)")
                XCTAssertTrue(contents.contains("oews-"), "\(name)/\(fileName)")
                XCTAssertTrue(contents.contains("\n## Sources\n"), "\(name)/\(fileName)")
                XCTAssertTrue(contents.contains("BLS.gov cannot vouch for the data or analyses derived from these data"), "\(name)/\(fileName)")
                XCTAssertTrue(contents.contains("used under the CC BY 4.0 license"), "\(name)/\(fileName)")
                if fileName != ReportIndex.fileName {
                    XCTAssertTrue(contents.contains("```mermaid\n"), "\(name)/\(fileName) has no Mermaid chart")
                }
            }
        }
    }

    /// The example: a 9-credit, 12-week undergraduate badge.
    func testBadgeFinancialAidTable() throws {
        let (inputs, set) = try generate("cloud-networking-badge")
        XCTAssertEqual(inputs.proposal.hours, .credit(9, .semester))
        XCTAssertEqual(inputs.proposal.weeks, 12)
        let results = Dictionary(uniqueKeysWithValues: inputs.design.financialAid.map { ($0.program, $0.result) })
        XCTAssertEqual(results[.titleIV], .no)
        XCTAssertEqual(results[.pell], .no)
        XCTAssertEqual(results[.workforcePell], .conditional)
        XCTAssertEqual(results[.gainfulEmployment], .notApplicable)
        let implementation = file(set, ImplementationReport.fileName)
        XCTAssertTrue(implementation.contains("| Title IV program length | **no** |"))
        XCTAssertTrue(implementation.contains("| Workforce Pell | **conditional** |"))
        XCTAssertTrue(implementation.contains("| Gainful employment | **not applicable** |"))
        XCTAssertTrue(implementation.contains("34 CFR 668.8"))
        XCTAssertTrue(implementation.contains("P.L. 119-21 §83002"))
    }

    /// Figures in the reports are the datasets' figures.
    func testFiguresComeFromTheData() throws {
        let (inputs, set) = try generate("cloud-networking-badge")
        let needs = file(set, NeedsAssessmentReport.fileName)
        // Georgia's all-occupations median wage (OEWS May 2025, 00-0000 row).
        XCTAssertTrue(needs.contains("median annual wage $48,170"))
        // 15-1212 Information Security Analysts in Georgia: OEWS employment and EP growth and openings.
        let row = try XCTUnwrap(needs.components(separatedBy: "\n").last { $0.hasPrefix("| 15-1212 | Information Security Analysts |") })
        let market = try RealData.store().oews("oews-state").estimates.first { $0.area == AreaCode(kind: .state, code: 13) && $0.occupation == SOCCode("15-1212") }
        XCTAssertTrue(row.contains("| \(Figures.integer(try XCTUnwrap(market?.employment.value))) |"), row)
        let ep = try XCTUnwrap(try RealData.store().projections().projection(SOCCode("15-1212")!))
        XCTAssertTrue(row.contains("| \(Figures.fixed(try XCTUnwrap(ep.growthPercent.value), places: 1))% |"), row)
        XCTAssertTrue(row.contains("| \(Figures.integer(try XCTUnwrap(ep.annualOpenings.value))) |"), row)
        // The score shown is the analysis's score, and its components add up to it.
        XCTAssertTrue(needs.contains("**\(Figures.fixed(inputs.alignment.score.value, places: 1)) out of 100.**"))
        let weights = inputs.alignment.score.components.reduce(0) { $0 + $1.weight }
        let total = inputs.alignment.score.components.reduce(0) { $0 + 100 * $1.weight * $1.normalized / weights }
        // Components are shown to 4 decimals and the score to 1: they agree to within 0.05 + 0.005.
        XCTAssertEqual(total, inputs.alignment.score.value, accuracy: 0.055)
        // The evaluation's earnings target is the openings-weighted entry wage (p25) of the occupations completers can enter.
        let wage = try XCTUnwrap(inputs.entryWage)
        XCTAssertTrue(file(set, EvaluationReport.fileName).contains("≥ \(Figures.dollarsAndCents((wage / 100).rounded() * 100)) a year"))
    }

    func testMetroAreaAndNonCreditExamples() throws {
        let (metro, metroSet) = try generate("data-science-graduate-certificate")
        XCTAssertEqual(metro.alignment.area.area.code, AreaCode(kind: .metro, code: 12060))
        XCTAssertTrue(metro.sources.contains { $0.id == .oewsAllAreas })
        XCTAssertTrue(file(metroSet, NeedsAssessmentReport.fileName).contains("Atlanta-Sandy Springs-Roswell, GA"))
        let (cpe, cpeSet) = try generate("medical-coding-cpe")
        XCTAssertFalse(cpe.proposal.creditBearing)
        XCTAssertTrue(file(cpeSet, DesignDevelopmentReport.fileName).contains("continuing and professional education (non-credit)"))
        XCTAssertTrue(file(cpeSet, DesignDevelopmentReport.fileName).contains("prior-learning"))
    }

    func testRenderingIsDeterministic() throws {
        let (inputs, set) = try generate("cloud-networking-badge")
        let again = ReportGenerator.render(inputs)
        XCTAssertEqual(set.files.map(\.contents), again.files.map(\.contents))
        let fresh = try ReportGenerator.prepare(proposalPath: RealData.root.appendingPathComponent("examples/cloud-networking-badge.yaml").path,
                                                store: try RealData.store(), asOf: Self.asOf)
        XCTAssertEqual(ReportGenerator.render(fresh).files.map(\.contents), set.files.map(\.contents))
    }

    /// Tables render as tables in cmark-gfm, and data text stays text.
    func testReportsAreValidGitHubMarkdown() throws {
        guard let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            XCTFail("cmark-gfm is not installed; scripts/test.sh installs it (apt-get install cmark-gfm)")
            return
        }
        for name in Self.examples {
            let (_, set) = try generate(name)
            for (fileName, contents) in set.files {
                let html = try CMark.run(cmark, ["-e", "table", "--unsafe"], input: contents)
                let separators = contents.components(separatedBy: "\n").filter { $0.hasPrefix("| ---") }.count
                XCTAssertEqual(html.components(separatedBy: "<table>").count - 1, separators, "\(name)/\(fileName): a table did not render")
                XCTAssertFalse(html.contains("<script"), "\(name)/\(fileName)")
            }
        }
    }

    /// Text from a proposal is escaped: pipes, asterisks and HTML stay literal.
    func testProposalTextIsEscaped() throws {
        let (inputs, _) = try generate("cloud-networking-badge")
        var hostile = inputs
        hostile.validated.proposal.title = "Networks | *Bold* <script>alert(1)</script> # not a heading"
        hostile.validated.proposal.employerPartners = [EmployerPartner(name: "A|B <b>Corp</b>", role: "_advisor_")]
        let set = ReportGenerator.render(hostile)
        guard let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            XCTFail("cmark-gfm is not installed")
            return
        }
        for (fileName, contents) in set.files {
            let html = try CMark.run(cmark, ["-e", "table", "--unsafe"], input: contents)
            XCTAssertFalse(html.contains("<script>"), fileName)
            XCTAssertFalse(html.contains("<em>Bold</em>"), fileName)
            XCTAssertTrue(html.contains("Networks | *Bold* &lt;script&gt;"), fileName)
        }
        let needs = set.files.first { $0.name == NeedsAssessmentReport.fileName }?.contents ?? ""
        XCTAssertTrue(needs.contains("| A\\|B \\<b\\>Corp\\</b\\> | \\_advisor\\_ |"))
    }
}

/// The recommendation and evaluation plan, decided from the inputs.
final class ReportDecisionTests: XCTestCase {
    func inputs() throws -> ProposalEvaluation {
        let path = RealData.root.appendingPathComponent("examples/cloud-networking-badge.yaml").path
        return try ReportGenerator.prepare(proposalPath: path, store: try RealData.store(), asOf: ReportTests.asOf)
    }

    func testRecommendationThresholds() throws {
        var base = try inputs()
        // 45.1 with no entry occupation high-demand: between the thresholds.
        XCTAssertEqual(Recommendation.decide(base).decision, .revise)
        base.alignment.score.value = 50
        XCTAssertEqual(Recommendation.decide(base).decision, .revise)
        base.alignment.score.value = 20
        let low = Recommendation.decide(base)
        XCTAssertEqual(low.decision, .reconsider)
        XCTAssertTrue(low.reasons[0].contains("below the 35"), low.reasons[0])
        var noEmployers = try inputs()
        noEmployers.validated.proposal.employerPartners = []
        noEmployers.validated.proposal.advisoryBoard = []
        let revise = Recommendation.decide(noEmployers)
        XCTAssertEqual(revise.decision, .revise)
        XCTAssertTrue(revise.reasons.contains { $0.contains("No employer partner") })
        var noData = try inputs()
        noData.alignment.occupations = []
        XCTAssertEqual(Recommendation.decide(noData).decision, .insufficientData)
    }

    func testKPIsAndTimeline() throws {
        let base = try inputs()
        let kpis = EvaluationPlanner.kpis(base)
        XCTAssertEqual(kpis.first { $0.name == "Enrolment" }?.target, "≥ 24 learners a cohort (80% of the planned 30)")
        XCTAssertEqual(kpis.first { $0.name == "Completion" }?.target, "≥ 70% of each cohort")
        let earnings = try XCTUnwrap(kpis.first { $0.name == "Completers' median earnings" })
        XCTAssertTrue(earnings.basis.contains("OEWS May 2025"))
        XCTAssertTrue(kpis.contains { $0.name == "Stacking into the degree" })
        let timeline = EvaluationPlanner.timeline(base)
        XCTAssertEqual(timeline.first?.month, "2026-06")   // the advisory board, 14 months before Fall 2027 (August)
        XCTAssertTrue(timeline.first?.step.hasPrefix("Convene the advisory board") ?? false)
        XCTAssertEqual(timeline.first { $0.step.hasPrefix("Submit for approval") }?.month, "2026-08")
        XCTAssertEqual(timeline.first { $0.step.hasPrefix("First term") }?.month, "2027-08")
        XCTAssertEqual(timeline.last?.month, "2028-08")
        var noStart = base
        noStart.validated.proposal.startTerm = nil
        XCTAssertTrue(EvaluationPlanner.timeline(noStart).isEmpty)
    }
}
