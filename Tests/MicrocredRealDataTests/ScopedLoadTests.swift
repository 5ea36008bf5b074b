import XCTest
import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// A scoped load (a metro's rows of the OEWS all-areas file, an area's rows
/// of an IPEDS completions file) keeps exactly what a full load keeps for
/// those rows, with record lines unchanged; only the rows out of scope go.
final class ScopedLoadTests: XCTestCase {
    func testOEWSMetroScopeKeepsTheNationStatesAndTheMetroAsTheFullLoadReadsThem() throws {
        let path = try RealData.path("oews-all-areas")
        let full = OEWSLoader.load(path: path)
        let scope = OEWSAreaScope(metros: [10500])
        let scoped = OEWSLoader.load(path: path, scope: scope)
        XCTAssertFalse(scoped.report.diagnostics.hasErrors)
        // Every area stays in the directory, in file order.
        XCTAssertEqual(scoped.areas.map(\.code), full.areas.map(\.code))
        XCTAssertEqual(scoped.areas.map(\.title), full.areas.map(\.title))
        XCTAssertEqual(scoped.report.rows, full.report.rows)
        let kept = full.estimates.filter { scope.keeps($0.area.kind, number: Int($0.area.code)) }
        XCTAssertEqual(scoped.estimates.count, kept.count)
        XCTAssertLessThan(kept.count, full.estimates.count / 4, "most rows of the file are other metros'")
        for (a, b) in zip(scoped.estimates, kept) {
            XCTAssertEqual(a.area, b.area)
            XCTAssertEqual(a.occupation, b.occupation)
            XCTAssertEqual(a.line, b.line)
            XCTAssertTrue(a.hasSameFigures(as: b), "\(a.area) \(a.occupation) line \(a.line)")
        }
        XCTAssertTrue(scoped.estimates.contains { $0.area == AreaCode(kind: .metro, code: 10500) })
        XCTAssertFalse(scoped.estimates.contains { $0.area == AreaCode(kind: .metro, code: 12060) })
        XCTAssertEqual(scoped.report.quirks["rows of metro areas outside the scope (not kept)"], full.estimates.count - kept.count)
    }

    func testCompletionsAreaScopeKeepsTheAreasRowsAndTheUnplacedOnes() throws {
        let hd = IPEDSInstitutionsLoader.load(path: try RealData.path("ipeds-institutions"))
        let path = try RealData.path("ipeds-completions")
        let full = IPEDSCompletionsLoader.load(path: path)
        let area = SupplyArea(kind: .state, code: "GA", name: "Georgia")
        let scope = IPEDSInstitutionScope(area: area, directory: hd)
        let scoped = IPEDSCompletionsLoader.load(path: path, scope: scope)
        XCTAssertFalse(scoped.report.diagnostics.hasErrors)
        XCTAssertEqual(scoped.report.rows, full.report.rows)
        let kept = full.records.filter { scope.keeps($0.unitID.value) }
        XCTAssertEqual(scoped.records, kept)
        XCTAssertLessThan(kept.count, full.records.count / 10)
        // Supply figures from either load are the same.
        let year = { (c: IPEDSCompletions) in IPEDSYear(vintage: "2023–24", surveyYear: 2024, completions: c, institutionsVintage: "2024–25", institutions: hd) }
        let a = AreaCompletions(years: [year(full)], area: area, detail: [])
        let b = AreaCompletions(years: [year(scoped)], area: area, detail: [])
        let cip = try XCTUnwrap(CIPCode("51.3801"))
        for level in IPEDSAwardLevel.allCases {
            XCTAssertEqual(a.count(year: 0, cip: cip, level: level), b.count(year: 0, cip: cip, level: level), "\(level)")
        }
        XCTAssertEqual(b.count(year: 0, cip: cip, level: .bachelor), 3_480)
        XCTAssertEqual(a.unplacedRows, b.unplacedRows)
        XCTAssertEqual(a.missingTotals, b.missingTotals)
    }
}
