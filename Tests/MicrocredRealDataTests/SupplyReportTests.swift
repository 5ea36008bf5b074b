import XCTest
import MicrocredCore
import MicrocredKit
import MicrocredTestSupport

/// The needs assessment's supply section on real data. The figures were
/// computed by hand from the raw IPEDS CSVs (Python's csv module, HD 2022 as
/// cp1252): first-major awards in CIP 51.0713 at AWLEVEL 20–21 at Georgia
/// institutions (each year's HD STABBR = GA) were 163, 144 and 170 in
/// 2021–22, 2022–23 and 2023–24, from 9 institutions in all.
final class SupplyReportTests: XCTestCase {
    func testMedicalCodingSupplyInGeorgia() throws {
        let path = RealData.root.appendingPathComponent("examples/medical-coding-cpe.yaml").path
        let evaluation = try RealData.store().evaluate(proposalPath: path, asOf: ReportTests.asOf)
        let supply = try XCTUnwrap(evaluation.supply, evaluation.supplyNote ?? "no supply")
        XCTAssertEqual(supply.competingAwards.levels.map(\.rawValue), [20, 21])
        XCTAssertEqual(supply.competing.byYear, [163, 144, 170])
        XCTAssertEqual(supply.competing.average, 159, accuracy: 1e-9)
        XCTAssertEqual(supply.competitors.count, 9)
        let gap = try XCTUnwrap(supply.gap)
        // Demand: only the entry occupations the evaluation counts.
        XCTAssertEqual(Set(gap.occupations.map(\.soc)), Set(evaluation.countedOccupations.map(\.demand.soc)))
        XCTAssertEqual(gap.band?.id, "somewhat-undersupplied")
        let text = NeedsAssessmentReport.render(evaluation)
        XCTAssertTrue(text.contains("## Supply and competition"))
        XCTAssertTrue(text.contains("| **Competing levels** | 163 | 144 | 170 | 159.0 |"), text)
    }
}
