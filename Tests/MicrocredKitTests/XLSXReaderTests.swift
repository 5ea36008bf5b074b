import Foundation
import XCTest
import ZIPFoundation
import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The streaming xlsx reader on synthetic workbooks written by the test.
final class XLSXReaderTests: XCTestCase {
    var dir: TemporaryDirectory!
    override func setUpWithError() throws { dir = try TemporaryDirectory() }

    func path(_ name: String) -> URL { dir.url.appendingPathComponent(name) }

    func testCellKindsSparseRowsAndSheetByName() throws {
        let url = path("synthetic-kinds.xlsx")
        let rows = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r><rPh><t>x</t></rPh></is></c><c r="D1" t="b"><v>1</v></c></row>
        <row r="4"><c r="B4"><v>40.270000000000003</v></c><c r="C4"><v>155495730</v></c><c r="D4" t="b"><v>0</v></c><c r="E4" t="str"><v>*</v></c><c r="F4" s="3"/></row>
        <row><c t="s"><v>1</v></c><c><v>-0.5</v></c></row>
        """
        try SyntheticXLSX.workbook(url, sheets: [("Other", SyntheticXLSX.textRow(1, ["x", "y"])), ("Table 1.2", rows)],
                                   sharedStrings: ["shared A&B", "second"])
        let workbook = try XLSXWorkbook(path: url.path)
        XCTAssertEqual(workbook.sheetNames, ["Other", "Table 1.2"])
        let read = try workbook.rows(sheet: "Table 1.2")
        XCTAssertEqual(read, [
            XLSXRow(number: 1, cells: ["shared A&B", "inline", "", "TRUE"]),
            XLSXRow(number: 4, cells: ["", "40.27", "155495730", "FALSE", "*"]),
            XLSXRow(number: 5, cells: ["second", "-0.5"]),
        ])
        XCTAssertEqual(try workbook.rows(sheet: "Other"), [XLSXRow(number: 1, cells: ["x", "y"])])
    }

    func testMissingSheetListsTheSheets() throws {
        let url = path("synthetic-one-sheet.xlsx")
        try SyntheticXLSX.workbook(url, sheets: [("Data", SyntheticXLSX.textRow(1, ["a", "b"]))])
        XCTAssertThrowsError(try XLSXWorkbook(path: url.path).rows(sheet: "Table 1.2")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("no sheet named 'Table 1.2'"), text)
            XCTAssertTrue(text.contains("'Data'"), text)
        }
    }

    func testBadSharedStringNamesSheetAndCell() throws {
        let url = path("synthetic-bad-index.xlsx")
        try SyntheticXLSX.workbook(url, sheets: [("Table 1.2", "<row r=\"17\"><c r=\"C17\" t=\"s\"><v>9</v></c></row>")], sharedStrings: ["only"])
        XCTAssertThrowsError(try XLSXWorkbook(path: url.path).rows(sheet: "Table 1.2")) { error in
            let location = (error as? XLSXError)?.location
            XCTAssertEqual(location?.sheet, "Table 1.2")
            XCTAssertEqual(location?.line, 17)
            XCTAssertEqual(location?.column, 3)
            XCTAssertTrue("\(error)".contains("synthetic-bad-index.xlsx, Table 1.2!C17"), "\(error)")
        }
    }

    func testNotAZip() throws {
        let url = path("synthetic-not-a-zip.xlsx")
        try Data("AREA,OCC_CODE\n99,00-0000\n".utf8).write(to: url)
        XCTAssertThrowsError(try XLSXWorkbook(path: url.path)) { error in
            XCTAssertTrue("\(error)".contains("is not a zip archive"), "\(error)")
        }
    }

    func testTruncatedWorkbook() throws {
        let url = path("synthetic-full.xlsx")
        try SyntheticXLSX.workbook(url, sheets: [("Data", (1...200).map { SyntheticXLSX.textRow($0, ["row \($0)", "x"]) }.joined())])
        let data = try Data(contentsOf: url)
        let cut = path("synthetic-truncated.xlsx")
        try data.prefix(data.count / 2).write(to: cut)
        XCTAssertThrowsError(try XLSXWorkbook(path: cut.path).rows(sheet: "Data")) { error in
            XCTAssertTrue("\(error)".contains("truncated"), "\(error)")
        }
    }

    func testZipBombIsRefused() throws {
        let url = path("synthetic-bomb.xlsx")
        // 64 MB of one repeated row compresses to well under 1 MB.
        let row = "<row><c t=\"inlineStr\"><is><t>" + String(repeating: "0", count: 1000) + "</t></is></c></row>"
        var sheet = "<?xml version=\"1.0\"?><worksheet><sheetData>"
        sheet += String(repeating: row, count: 64 * 1024)
        sheet += "</sheetData></worksheet>"
        try SyntheticXLSX.workbook(url, sheets: [("Data", "")], rawSheet: sheet)
        let small = ExtractionLimits(maxEntryBytes: 1 << 30, maxRatio: 100, ratioFloorBytes: 8 << 20)
        XCTAssertThrowsError(try XLSXWorkbook(path: url.path, limits: small).rows(sheet: "Data")) { error in
            XCTAssertTrue("\(error)".contains("zip bomb"), "\(error)")
        }
        let capped = ExtractionLimits(maxEntryBytes: 4 << 20, maxRatio: 100_000, ratioFloorBytes: 1 << 40)
        XCTAssertThrowsError(try XLSXWorkbook(path: url.path, limits: capped).rows(sheet: "Data")) { error in
            XCTAssertTrue("\(error)".contains("limit 4194304 bytes"), "\(error)")
        }
    }

    func testEntityDeclarationsAreRefused() throws {
        let url = path("synthetic-entities.xlsx")
        let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <worksheet><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
        """
        try SyntheticXLSX.workbook(url, sheets: [("Data", "")], rawSheet: laughs)
        XCTAssertThrowsError(try XLSXWorkbook(path: url.path).rows(sheet: "Data")) { error in
            XCTAssertTrue("\(error)".contains("declares a DTD or entities"), "\(error)")
        }
    }

    func testMalformedXMLNamesTheLastCell() throws {
        let url = path("synthetic-malformed.xlsx")
        try SyntheticXLSX.workbook(url, sheets: [("Data", "")],
                                   rawSheet: "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></row></sheetData></worksheet>")
        XCTAssertThrowsError(try XLSXWorkbook(path: url.path).rows(sheet: "Data")) { error in
            XCTAssertTrue("\(error)".contains("not well-formed"), "\(error)")
            XCTAssertTrue("\(error)".contains("Data!B1"), "\(error)")
        }
    }

    func testNumberText() {
        XCTAssertEqual(XLSXNumber.text("40.270000000000003"), "40.27")
        XCTAssertEqual(XLSXNumber.text("8.1999999999999993"), "8.2")
        XCTAssertEqual(XLSXNumber.text("1E3"), "1000")
        XCTAssertEqual(XLSXNumber.text("1.5E-7"), "1.5E-7")
        XCTAssertNil(XLSXNumber.text("abc"))
    }

    /// The fast path for plain numbers gives what the Double round trip gives, or steps aside.
    func testPlainNumberTextAgreesWithTheRoundTrip() {
        let samples = ["0", "-0", "7", "155495730", "999999999999999", "1234567890123456", "40.27", "-0.5", "0.0001", "0.00001",
                       "0.05", "1.50", "00.5", "1.", ".5", "40.270000000000003", "123456789012.345", "1E3", "-12.125", "0.1234567890123456"]
        var checked = 0
        for sample in samples {
            let bytes = Array(sample.utf8)
            if let plain = XLSXNumber.plainText(bytes) {
                XCTAssertEqual(plain, XLSXNumber.text(sample), sample)
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 8)
        XCTAssertNil(XLSXNumber.plainText(Array("40.270000000000003".utf8)))
        XCTAssertNil(XLSXNumber.plainText(Array("0.00001".utf8)))
    }

    func testCellReference() {
        XCTAssertEqual(CellReference("AF1402"), CellReference(column: 32, row: 1402))
        XCTAssertEqual(CellReference(column: 16_384, row: 1).description, "XFD1")
        XCTAssertNil(CellReference("XFE1"))
        XCTAssertNil(CellReference("17"))
        XCTAssertNil(CellReference("a1"))
    }

    /// A loader's error inside a workbook is located in the sheet: its row, as data.
    func testLoaderErrorsAreLocatedAsSheetAndCell() throws {
        let url = path("synthetic-oews-bad-employment.xlsx")
        let header = OEWSLoader.columns
        var values = ["99", "U.S.", "1", "US", "15-1252", "Software Developers", "detailed", "lots"]
        values += Array(repeating: "1", count: header.count - values.count - 2) + ["", ""]
        try SyntheticXLSX.workbook(url, sheets: [("national_synthetic", SyntheticXLSX.textRow(1, header) + SyntheticXLSX.textRow(2, values))])
        let data = OEWSLoader.load(path: url.path)
        let messages = data.report.diagnostics.items.map(\.description)
        let located = try XCTUnwrap(data.report.diagnostics.items.first { $0.message.hasPrefix("TOT_EMP 'lots'") }, messages.joined(separator: "\n"))
        XCTAssertEqual(located.file, url.path)
        XCTAssertEqual(located.sheet, "national_synthetic")
        XCTAssertEqual(located.line, 2)
        XCTAssertTrue(located.description.hasPrefix("\(url.path), national_synthetic!2:2: error: TOT_EMP 'lots'"), located.description)
    }

    /// A CSV inside a zip (IPEDS's layout) is read by the loader too.
    func testZippedCSV() throws {
        var lines = "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\r\n"
        for i in 1...10 { lines += "11.01\(String(format: "%02d", i)),Synthetic program \(i).,15-125\(i % 10),Synthetic occupation \(i)\r\n" }
        let url = path("synthetic-crosswalk.zip")
        try SyntheticXLSX.zip(url, [("readme.txt", Data("not the data\n".utf8)), ("synthetic/crosswalk.csv", Data(lines.utf8))])
        let data = CrosswalkLoader.load(path: url.path)
        XCTAssertFalse(data.report.diagnostics.hasErrors, data.report.diagnostics.items.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(data.links.count, 10)
    }
}
