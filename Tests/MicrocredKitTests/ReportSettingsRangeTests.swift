import XCTest
import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The supply thresholds of datasets/report-settings.yaml are checked when
/// the file is read. Each case edits one line of the committed file
/// (synthetic variants written to a temporary folder).
final class ReportSettingsRangeTests: XCTestCase {
    static let committed = RealData.root.appendingPathComponent("datasets/report-settings.yaml").path
    var directory: TemporaryDirectory!

    override func setUpWithError() throws { directory = try TemporaryDirectory() }

    func variant(_ replace: String, with new: String) throws -> String {
        let text = try String(contentsOfFile: Self.committed, encoding: .utf8)
        XCTAssertTrue(text.contains(replace), "the committed file no longer has '\(replace)'")
        return try directory.write("synthetic-report-settings.yaml", text.replacingOccurrences(of: replace, with: new))
    }

    func assertRefused(_ replace: String, _ new: String, mentions: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = try variant(replace, with: new)
        XCTAssertThrowsError(try ReportSettings.load(path: path), file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(mentions), "\(error)", file: file, line: line)
        }
    }

    func testCommittedFileLoads() throws {
        let settings = try ReportSettings.load(path: Self.committed)
        XCTAssertEqual(settings.recommendation.supplyBlockingBands, ["oversupplied"])
    }

    func testSupplyThresholdsOutOfRangeAreRefused() throws {
        try assertRefused("supply_strong_demand_score: 75", "supply_strong_demand_score: 175", mentions: "supply_strong_demand_score is 175")
        try assertRefused("supply_many_competitors: 10", "supply_many_competitors: 0", mentions: "supply_many_competitors is 0")
        try assertRefused("supply_supporting_bands: [undersupplied, somewhat-undersupplied]",
                          "supply_supporting_bands: [undersupplied, oversupplied]", mentions: "'oversupplied' is both blocking and supporting")
    }

    func testABandTheSupplySettingsDoNotDefineIsRefused() throws {
        let settings = try ReportSettings.load(path: variant("supply_blocking_bands: [oversupplied]", with: "supply_blocking_bands: [crowded]"))
        let supply = Configured(try SupplySettings.load(path: RealData.root.appendingPathComponent("datasets/supply-settings.yaml").path),
                                file: "datasets/supply-settings.yaml")
        XCTAssertThrowsError(try settings.checkSupplyBands(against: supply, displayName: { $0 ?? "" })) { error in
            XCTAssertTrue("\(error)".contains("'crowded'"), "\(error)")
            XCTAssertTrue("\(error)".contains("undersupplied, somewhat-undersupplied, balanced"), "\(error)")
        }
        let committed = try ReportSettings.load(path: Self.committed)
        XCTAssertNoThrow(try committed.checkSupplyBands(against: supply, displayName: { $0 ?? "" }))
    }
}
