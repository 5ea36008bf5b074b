import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// IPEDS loaders on synthetic files: every quirk of the real files, and bad input.
final class IPEDSLoaderTests: XCTestCase {
    let hdHeader = "UNITID,INSTNM,CITY,STABBR,FIPS,CBSA,CBSATYPE,COUNTYCD,SECTOR,CONTROL\r\n"

    func testWindows1252NamesAreDecoded() throws {
        let dir = try TemporaryDirectory()
        var bytes = Array(hdHeader.utf8)
        // "Bayamón" (0xF3), “quoted” (0x93 0x94), and an en dash (0x96), in Windows-1252.
        bytes += Array("100001,Synthetic ".utf8) + [0x93] + Array("Quoted".utf8) + [0x94] + Array(" College ".utf8) + [0x96]
            + Array(" Main,Bayam".utf8) + [0xF3] + Array("n,PR,72,41980,1,72021,2,2\r\n".utf8)
        bytes += Array("100002,Plain College,Atlanta,GA,13,12060,1,13121,4,1\r\n".utf8)
        let path = try dir.write("synthetic-hd-cp1252.csv", Data(bytes))
        let data = IPEDSInstitutionsLoader.load(path: path)
        XCTAssertFalse(data.report.diagnostics.hasErrors, data.report.diagnostics.items.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(data.encoding, .windows1252)
        let first = try XCTUnwrap(data.institution(try XCTUnwrap(UnitID(100001))))
        XCTAssertEqual(first.name, "Synthetic \u{201C}Quoted\u{201D} College \u{2013} Main")
        XCTAssertEqual(first.city, "Bayamón")
        XCTAssertEqual(data.institution(try XCTUnwrap(UnitID(100002)))?.name, "Plain College")
    }

    func testUndefinedWindows1252ByteIsAnError() throws {
        let dir = try TemporaryDirectory()
        let bytes = Array(hdHeader.utf8) + Array("100001,Bad ".utf8) + [0x81] + Array(" Name,City,GA,13,12060,1,13121,4,1\r\n".utf8)
        let data = IPEDSInstitutionsLoader.load(path: try dir.write("synthetic-hd-undefined-byte.csv", Data(bytes)))
        XCTAssertTrue(data.report.diagnostics.hasErrors)
        XCTAssertEqual(data.report.diagnostics.items.first?.line, 2)
    }

    func testUTF8WithBOMAndBadBytesIsAnError() throws {
        let dir = try TemporaryDirectory()
        let good = [0xEF, 0xBB, 0xBF] + Array(hdHeader.utf8) + Array("100001,Bayamón Institute,Bayamón,PR,72,41980,1,72021,2,2\r\n".utf8)
        let ok = IPEDSInstitutionsLoader.load(path: try dir.write("synthetic-hd-bom.csv", Data(good)))
        XCTAssertFalse(ok.report.diagnostics.hasErrors)
        XCTAssertEqual(ok.encoding, .utf8)
        XCTAssertEqual(ok.institutions.first?.name, "Bayamón Institute")
        XCTAssertEqual(ok.report.quirks["UTF-8 byte-order mark"], 1)
        let bad = [0xEF, 0xBB, 0xBF] + Array(hdHeader.utf8) + Array("100001,Bayam".utf8) + [0xF3] + Array("n,City,PR,72,41980,1,72021,2,2\r\n".utf8)
        let report = IPEDSInstitutionsLoader.load(path: try dir.write("synthetic-hd-bom-cp1252.csv", Data(bad))).report
        XCTAssertTrue(report.diagnostics.hasErrors)
    }

    func testMissingDataCodesAreStatesNotNumbers() throws {
        let dir = try TemporaryDirectory()
        let text = hdHeader + "100001,No CBSA College,Town,GA,13,-2,-2,-1,9,-3\r\n" + "100002,Odd College,Town,GA,13,-7,1,13121,4,1\r\n"
        let data = IPEDSInstitutionsLoader.load(path: try dir.write("synthetic-hd-codes.csv", text))
        let first = try XCTUnwrap(data.institutions.first)
        XCTAssertEqual(first.cbsa, .notApplicable)
        XCTAssertNil(first.cbsa.value)
        XCTAssertEqual(first.county, .notReported)
        XCTAssertEqual(first.control, .notAvailable)
        XCTAssertEqual(InstitutionControl.label(first.control), "not available (-3)")
        XCTAssertEqual(data.report.quirks["CBSA not applicable (-2)"], 1)
        // -7 is no IPEDS code: an error on line 3, and the row is left out.
        XCTAssertEqual(data.report.diagnostics.errorCount, 1)
        XCTAssertEqual(data.report.diagnostics.items.first?.line, 3)
        XCTAssertEqual(data.institutions.count, 1)
        XCTAssertFalse(SupplyArea(kind: .metro, code: "12060", name: "Atlanta").contains(first))
    }

    func testDriftedColumnsAreFoundByName() throws {
        let dir = try TemporaryDirectory()
        // Columns reordered, UEIS instead of DUNS, no CBSATYPE or COUNTYCD.
        let text = "CONTROL,SECTOR,UEIS,CBSA,FIPS,STABBR,CITY,INSTNM,UNITID,C21BASIC\r\n" + "1,1,XYZ,12060,13,GA,Atlanta,Drifted Institute,100003,15\r\n"
        let data = IPEDSInstitutionsLoader.load(path: try dir.write("synthetic-hd-drift.csv", text))
        XCTAssertFalse(data.report.diagnostics.hasErrors)
        let row = try XCTUnwrap(data.institutions.first)
        XCTAssertEqual(row.name, "Drifted Institute")
        XCTAssertEqual(row.cbsa, .value(12060))
        XCTAssertEqual(row.cbsaType, .blank)
        let missing = IPEDSInstitutionsLoader.load(path: try dir.write("synthetic-hd-no-cbsa.csv", "UNITID,INSTNM,CITY,STABBR,FIPS,SECTOR,CONTROL\r\n100001,A,B,GA,13,1,1\r\n"))
        XCTAssertTrue(missing.report.diagnostics.items.contains { $0.message.contains("CBSA") })
    }

    func testSummaryRowsAreNeverAddedToSixDigitRows() throws {
        let dir = try TemporaryDirectory()
        let text = """
        UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT,CTOTALM,CTOTALW\r
        100001,51.3801,1,5,40,5,35\r
        100001,51.3901,1,5,10,2,8\r
        100001,51.38,1,5,40,5,35\r
        100001,51,1,5,50,7,43\r
        100001,99,1,5,50,7,43\r
        100001,51.3801,1,21,-2,-2,-2\r
        100001,99,1,21,0,0,0\r

        """
        let data = IPEDSCompletionsLoader.load(path: try dir.write("synthetic-c-summary.csv", text))
        XCTAssertFalse(data.report.diagnostics.hasErrors)
        XCTAssertEqual(data.records.count, 3)
        XCTAssertEqual(data.records.compactMap(\.total.value).reduce(0, +), 50)
        XCTAssertEqual(data.records.last?.total, .notApplicable)
        XCTAssertEqual(data.grandTotalRows, 2)
        XCTAssertEqual(data.familySubtotalRows, 1)
        XCTAssertEqual(data.seriesSubtotalRows, 1)
        XCTAssertEqual(data.majors, .firstOnly)
        XCTAssertEqual(data.layout, .subset)
        XCTAssertEqual(data.report.quirks["`99` totals that differ from their six-digit rows"], 0)
        // A `99` row that disagrees with its six-digit rows is a warning.
        let off = IPEDSCompletionsLoader.load(path: try dir.write("synthetic-c-off.csv", "UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT\r\n100001,51.3801,1,5,40\r\n100001,99,1,5,41\r\n"))
        XCTAssertEqual(off.report.diagnostics.warningCount, 1)
        XCTAssertEqual(off.report.diagnostics.items.first?.line, 3)
    }

    func testBadCompletionsRowsNameTheirLine() throws {
        let dir = try TemporaryDirectory()
        let text = "UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT\r\n100001,51.3801,1,9,4\r\n100001,5138.01,1,5,4\r\n100001,51.3801,3,5,4\r\n100001,51.3801,1,5,four\r\n"
        let data = IPEDSCompletionsLoader.load(path: try dir.write("synthetic-c-bad.csv", text))
        XCTAssertEqual(data.report.diagnostics.errorCount, 4)
        XCTAssertEqual(data.report.diagnostics.items.compactMap { $0.line }, [2, 3, 4, 5])
        XCTAssertTrue(data.report.diagnostics.items[0].message.contains("AWLEVEL"))
        XCTAssertTrue(data.records.isEmpty)
    }

    /// The full NCES layout: 64 columns, first and second majors.
    func testFullOfficialLayout() throws {
        let groups = ["CTOTAL", "CAIAN", "CASIA", "CBKAA", "CHISP", "CNHPI", "CWHIT", "C2MOR", "CUNKN", "CNRAL"]
        var columns = ["UNITID", "CIPCODE", "MAJORNUM", "AWLEVEL"]
        for g in groups { for s in ["T", "M", "W"] { columns += [g + s, "X" + g + s] } }
        XCTAssertEqual(columns.count, 64)
        func row(_ unit: Int, _ cip: String, _ major: Int, _ level: Int, _ total: Int) -> String {
            var cells = [String(unit), cip, String(major), String(level)]
            for (i, _) in groups.enumerated() { cells += i == 0 ? [String(total), "R", "0", "R", String(total), "R"] : ["0", "Z", "0", "Z", "0", "Z"] }
            return cells.joined(separator: ",") + "\r\n"
        }
        let text = columns.joined(separator: ",") + "\r\n" + row(100001, "51.3801", 1, 21, 12) + row(100001, "51.3801", 2, 21, 3)
            + row(100001, "99", 1, 21, 12) + row(100001, "99", 2, 21, 3)
        let dir = try TemporaryDirectory()
        let data = IPEDSCompletionsLoader.load(path: try dir.write("synthetic-c-full.csv", text))
        XCTAssertFalse(data.report.diagnostics.hasErrors, data.report.diagnostics.items.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(data.layout, .full)
        XCTAssertEqual(data.majors, .firstAndSecond)
        XCTAssertEqual(data.records.count, 2)
        XCTAssertEqual(data.records.first?.women, .value(12))
        // Supply counts first majors only, and says the second majors were left out.
        let hd = IPEDSInstitutionsLoader.load(path: try dir.write("synthetic-hd.csv", hdHeader + "100001,Synthetic College,Macon,GA,13,31420,1,13021,4,1\r\n"))
        let year = IPEDSYear(vintage: "2023–24", surveyYear: 2024, completions: data, institutionsVintage: "2024–25", institutions: hd)
        let area = AreaCompletions(years: [year], area: SupplyArea(kind: .state, code: "GA", name: "Georgia"), detail: [])
        XCTAssertEqual(area.count(year: 0, cip: try XCTUnwrap(CIPCode("51.3801")), level: .certificate12WeeksTo1Year), 12)
        XCTAssertEqual(area.secondMajorRowsLeftOut, [1])
    }

    func testExcelFormulaCIPCodes() {
        let text: [UInt8] = Array("=\"51.3801\"".utf8)
        text.withUnsafeBytes { XCTAssertEqual(IPEDSCompletionsLoader.kind(ofCIP: $0), .sixDigit(CIPCode("51.3801")!)) }
    }
}
