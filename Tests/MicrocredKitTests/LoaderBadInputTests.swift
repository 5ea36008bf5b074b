import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Each bad input gets an error naming the file and line. Every file here is
/// a small synthetic file.
final class LoaderBadInputTests: XCTestCase {
    static let oewsHeader = OEWSLoader.columns.joined(separator: ",")
    static let goodRow = "13,Georgia,2,GA,15-1252,Software Developers,detailed,33330,3.2,7.0,0.92,62.55,130110,1.3,37.12,48.29,60.33,75.71,90.15,77210,100440,125480,157470,187510,,"

    func errors(_ report: LoadReport) -> [Diagnostic] { report.diagnostics.items.filter { $0.severity == .error } }

    func assertOneError(_ report: LoadReport, line: Int?, contains text: String, file: StaticString = #filePath, sourceLine: UInt = #line) {
        let found = errors(report)
        XCTAssertEqual(found.count, 1, "\(found)", file: file, line: sourceLine)
        guard let first = found.first else { return }
        XCTAssertEqual(first.line, line, first.description, file: file, line: sourceLine)
        XCTAssertEqual(first.file, report.file, file: file, line: sourceLine)
        XCTAssertTrue(first.message.contains(text), first.description, file: file, line: sourceLine)
        XCTAssertTrue(first.description.hasPrefix(report.file + (line.map { ":\($0)" } ?? "")), first.description, file: file, line: sourceLine)
    }

    func testNonexistentFile() throws {
        let dir = try TemporaryDirectory()
        let report = OEWSLoader.load(path: dir.path("synthetic-missing.csv")).report
        assertOneError(report, line: nil, contains: "file not found")
    }

    func testEmptyFile() throws {
        let dir = try TemporaryDirectory()
        let report = OEWSLoader.load(path: try dir.write("synthetic-empty.csv", "")).report
        assertOneError(report, line: nil, contains: "empty")
    }

    func testHeaderOnly() throws {
        let dir = try TemporaryDirectory()
        let report = OEWSLoader.load(path: try dir.write("synthetic-header-only.csv", Self.oewsHeader + "\n")).report
        assertOneError(report, line: 2, contains: "no data rows")
    }

    func testMissingRequiredColumnNamesItAndListsFound() throws {
        let dir = try TemporaryDirectory()
        let header = OEWSLoader.columns.filter { $0 != "TOT_EMP" }.joined(separator: ",")
        let report = OEWSLoader.load(path: try dir.write("synthetic-no-tot-emp.csv", header + "\n")).report
        assertOneError(report, line: 1, contains: "missing required column 'TOT_EMP'")
        XCTAssertTrue(errors(report)[0].message.contains("columns found: AREA, AREA_TITLE"))
    }

    func testRaggedRow() throws {
        let dir = try TemporaryDirectory()
        let text = Self.oewsHeader + "\n" + Self.goodRow + "\n" + "13,Georgia,2,GA,15-1252\n"
        let report = OEWSLoader.load(path: try dir.write("synthetic-ragged.csv", text)).report
        assertOneError(report, line: 3, contains: "expected 26 fields (as in the header) but found 5")
    }

    func testUnterminatedQuote() throws {
        let dir = try TemporaryDirectory()
        let text = "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n11.0701,Computer Science.,15-1252,Software Developers\n11.0701,\"Computer Science.,15-1211,Analysts\n"
        let report = CrosswalkLoader.load(path: try dir.write("synthetic-unterminated.csv", text)).report
        assertOneError(report, line: 3, contains: "never closed")
    }

    func testInvalidUTF8() throws {
        let dir = try TemporaryDirectory()
        var data = Data("CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n11.0701,Computer Science.,15-1252,Software D".utf8)
        data.append(0xE9)
        data.append(contentsOf: Array("veloppeurs\n".utf8))
        let report = CrosswalkLoader.load(path: try dir.write("synthetic-latin1.csv", data)).report
        assertOneError(report, line: 2, contains: "invalid UTF-8 in field 4")
    }

    func testSOCCodeInWrongFormat() throws {
        let dir = try TemporaryDirectory()
        let text = "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n11.0701,Computer Science.,151252,Software Developers\n"
        let report = CrosswalkLoader.load(path: try dir.write("synthetic-bad-soc.csv", text)).report
        assertOneError(report, line: 2, contains: "lacks the hyphen")
    }

    func testCIPCodeInWrongFormat() throws {
        let dir = try TemporaryDirectory()
        let text = "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n11.07,Computer Science.,15-1252,Software Developers\n"
        let report = CrosswalkLoader.load(path: try dir.write("synthetic-bad-cip.csv", text)).report
        assertOneError(report, line: 2, contains: "'11.0700'")
    }

    func testNegativeEmployment() throws {
        let dir = try TemporaryDirectory()
        let row = Self.goodRow.replacingOccurrences(of: ",33330,", with: ",-5,")
        let report = OEWSLoader.load(path: try dir.write("synthetic-negative.csv", Self.oewsHeader + "\n" + row + "\n")).report
        assertOneError(report, line: 2, contains: "TOT_EMP is negative")
    }

    func testNonNumericEmployment() throws {
        let dir = try TemporaryDirectory()
        let row = Self.goodRow.replacingOccurrences(of: ",33330,", with: ",about 30k,")
        let report = OEWSLoader.load(path: try dir.write("synthetic-text-employment.csv", Self.oewsHeader + "\n" + row + "\n")).report
        assertOneError(report, line: 2, contains: "TOT_EMP 'about 30k' is not a whole number")
    }

    func testGoodRowLoadsWithItsFigures() throws {
        let dir = try TemporaryDirectory()
        let data = OEWSLoader.load(path: try dir.write("synthetic-good.csv", Self.oewsHeader + "\n" + Self.goodRow + "\n"))
        XCTAssertTrue(errors(data.report).isEmpty)
        let row = try XCTUnwrap(data.estimates.first)
        XCTAssertEqual(row.employment, .value(33_330))
        XCTAssertEqual(row.hourly.median, .value(60.33))
        XCTAssertEqual(row.annual.p90, .value(187_510))
        XCTAssertEqual(row.locationQuotient, 0.92)
        XCTAssertEqual(row.line, 2)
    }

    func testEPBadWageAndDash() throws {
        let dir = try TemporaryDirectory()
        let header = "2024 National Employment Matrix title,2024 National Employment Matrix code,Occupation type,\"Employment, 2024\",\"Employment, 2034\",\"Employment change, numeric, 2024–34\",\"Employment change, percent, 2024–34\",\"Occupational openings, 2024–34 annual average\",\"Median annual wage, dollars, 2024[1]\",Typical education needed for entry,Work experience in a related occupation,Typical on-the-job training needed to attain competency in the occupation"
        let rows = [
            "  Synthetic managers,11-9999,Line item,10.5,11,0.5,4.8,1.2,>=$239,200,Bachelor's degree,None,None",
            "  Synthetic clerks,43-9999,Line item,—,11,0.5,4.8,1.2,about fifty,High school diploma or equivalent,None,None",
        ]
        // The unquoted ">=$239,200" splits into two fields: quote it as BLS's CSV does.
        let text = header + "\n" + rows[0].replacingOccurrences(of: ">=$239,200", with: "\">=$239,200\"") + "\n" + rows[1] + "\n"
        let ep = EPLoader.load(projectionsPath: try dir.write("synthetic-ep.csv", text), openingsPath: nil)
        let managers = try XCTUnwrap(ep.projection(SOCCode("11-9999")!))
        XCTAssertEqual(managers.medianWage, .topCoded(atLeast: 239_200))
        XCTAssertEqual(managers.employmentBase, .value(10_500))
        XCTAssertEqual(managers.depth, 1)
        assertOneError(ep.report, line: 3, contains: "median wage 'about fifty'")
    }
}
