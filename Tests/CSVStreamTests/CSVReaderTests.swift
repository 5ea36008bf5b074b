import XCTest
@testable import CSVStream

/// Tests of the libcsv-backed reader. Every input here is a small synthetic
/// file written to a temporary directory.
final class CSVReaderTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("csvstream-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = directory.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func readAll(_ path: String, format: CSVFormat = .csv) throws -> (header: [String], rows: [[String]], lines: [Int]) {
        let reader = try CSVReader(path: path, format: format)
        var rows: [[String]] = []
        var lines: [Int] = []
        try reader.forEach { record in
            rows.append(record.strings)
            lines.append(record.line)
        }
        return (reader.header, rows, lines)
    }

    func assertError(_ path: String, format: CSVFormat = .csv, _ expected: CSVError.Kind, line: Int? = nil,
                     file: StaticString = #filePath, sourceLine: UInt = #line) {
        do {
            _ = try readAll(path, format: format)
            XCTFail("expected \(expected), read without error", file: file, line: sourceLine)
        } catch let error as CSVError {
            XCTAssertEqual(error.kind, expected, file: file, line: sourceLine)
            if let line { XCTAssertEqual(error.location?.line, line, "\(error)", file: file, line: sourceLine) }
            XCTAssertTrue(error.description.hasPrefix(path), error.description, file: file, line: sourceLine)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: sourceLine)
        }
    }

    func testQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let path = write("quoted.csv", "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,2,3\n")
        let result = try readAll(path)
        XCTAssertEqual(result.header, ["a", "b", "c"])
        XCTAssertEqual(result.rows, [["x, y", "say \"hi\"", "two\nlines"], ["plain", "2", "3"]])
        XCTAssertEqual(result.lines, [2, 4])
    }

    func testCRLFAndBOMAndMissingFinalNewline() throws {
        let path = write("bom.csv", [0xEF, 0xBB, 0xBF] + Array("Code,Title\r\n01.0000,\"Ag, General.\"\r\n11.0701,CS".utf8))
        let reader = try CSVReader(path: path)
        XCTAssertEqual(reader.header, ["Code", "Title"])
        var rows: [[String]] = []
        try reader.forEach { rows.append($0.strings) }
        XCTAssertEqual(rows, [["01.0000", "Ag, General."], ["11.0701", "CS"]])
        XCTAssertTrue(reader.hadBOM)
        XCTAssertTrue(reader.sawCRLF)
        XCTAssertTrue(reader.missingFinalNewline)
        XCTAssertEqual(reader.recordCount, 3)
    }

    func testLeadingSpacesAreKept() throws {
        let path = write("indent.csv", "title,code\n    Top executives,11-1000\n")
        XCTAssertEqual(try readAll(path).rows, [["    Top executives", "11-1000"]])
    }

    func testTabSeparated() throws {
        let path = write("onet.txt", "O*NET-SOC Code\tTitle\tDescription\r\n15-1252.00\tSoftware Developers\tWrite, test \"code\".\r\n")
        let result = try readAll(path, format: .tsv)
        XCTAssertEqual(result.header, ["O*NET-SOC Code", "Title", "Description"])
        XCTAssertEqual(result.rows, [["15-1252.00", "Software Developers", "Write, test \"code\"."]])
    }

    func testFieldsByHeaderName() throws {
        let path = write("named.csv", "AREA,OCC_CODE,TOT_EMP\n13,15-1252,1000\n")
        let reader = try CSVReader(path: path)
        let indices = try reader.requireColumns(["TOT_EMP", "AREA"])
        XCTAssertEqual(indices, [2, 0])
        XCTAssertNil(reader.column("A_MEDIAN"))
        var values: [String] = []
        try reader.forEach { values.append($0.string(indices[0])) }
        XCTAssertEqual(values, ["1000"])
    }

    func testMissingColumnNamesItAndListsFound() throws {
        let path = write("missing.csv", "AREA,OCC_CODE\n13,15-1252\n")
        let reader = try CSVReader(path: path)
        XCTAssertThrowsError(try reader.requireColumns(["AREA", "TOT_EMP"])) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("'TOT_EMP'"), message)
            XCTAssertTrue(message.contains("columns found: AREA, OCC_CODE"), message)
        }
    }

    func testNonexistentFile() {
        assertError(directory.appendingPathComponent("nope.csv").path, .fileNotFound)
    }

    func testDirectoryIsNotAFile() {
        assertError(directory.path, .isDirectory)
    }

    func testEmptyFile() {
        assertError(write("empty.csv", ""), .emptyFile)
    }

    func testHeaderOnlyHasNoRecords() throws {
        let result = try readAll(write("header.csv", "a,b\n"))
        XCTAssertEqual(result.header, ["a", "b"])
        XCTAssertTrue(result.rows.isEmpty)
    }

    func testRaggedRowNamesCounts() {
        let path = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n")
        assertError(path, .wrongFieldCount(expected: 3, actual: 2), line: 3)
    }

    func testUnterminatedFinalQuote() {
        let path = write("unterminated.csv", "a,b\n1,2\n3,\"open\n")
        assertError(path, .unterminatedQuote, line: 3)
    }

    func testBadQuoting() {
        let path = write("badquote.csv", "a,b\n1,2\n3,\"x\"y\n")
        assertError(path, .badQuoting, line: 3)
    }

    func testInvalidUTF8() {
        let path = write("latin1.csv", Array("a,b\n1,".utf8) + [0x43, 0x61, 0x66, 0xE9] + Array("\n".utf8))
        assertError(path, .invalidUTF8(column: 1), line: 2)
    }

    func testValidMultibyteUTF8IsAccepted() throws {
        let path = write("utf8.csv", "title,change\n\"Employment change, 2024–34\",—\n")
        XCTAssertEqual(try readAll(path).rows, [["Employment change, 2024–34", "—"]])
    }

    func testNulByte() {
        let path = write("nul.csv", Array("a,b\n1,".utf8) + [0x32, 0x00, 0x33] + Array("\n".utf8))
        assertError(path, .nulByte, line: 2)
    }

    func testUTF16() {
        assertError(write("utf16.csv", [0xFF, 0xFE, 0x61, 0x00]), .utf16)
    }

    func testDuplicateHeader() {
        assertError(write("dup.csv", "a,b,a\n1,2,3\n"), .duplicateColumn("a"))
    }

    func testFieldTooLong() {
        let format = CSVFormat(chunkSize: 64, maxFieldBytes: 100)
        let path = write("long.csv", "a,b\n1,\"" + String(repeating: "x", count: 500) + "\"\n")
        assertError(path, format: format, .fieldTooLong(limit: 100), line: 2)
    }

    func testSmallChunksGiveSameResultAsLarge() throws {
        var text = "id,name,note\n"
        for i in 0..<200 { text += "\(i),\"n\(i), x\",\"line\nbreak \"\"\(i)\"\"\"\r\n" }
        let path = write("chunks.csv", text)
        let small = try readAll(path, format: CSVFormat(chunkSize: 17))
        let large = try readAll(path)
        XCTAssertEqual(small.rows, large.rows)
        XCTAssertEqual(small.lines, large.lines)
        XCTAssertEqual(small.rows.count, 200)
        XCTAssertEqual(small.lines[199], 2 + 199 * 2)
        XCTAssertEqual(small.rows[5], ["5", "n5, x", "line\nbreak \"5\""])
    }

    func testByteOffsetsPointAtRecordStart() throws {
        let path = write("offsets.csv", "a,b\n1,2\n\n33,44\n")
        let reader = try CSVReader(path: path)
        var marks: [(Int, Int, Int)] = []
        try reader.forEach { marks.append(($0.number, $0.line, $0.byteOffset)) }
        XCTAssertEqual(marks.map(\.0), [2, 3])
        XCTAssertEqual(marks.map(\.1), [2, 4])
        XCTAssertEqual(marks.map(\.2), [4, 9])
    }

    func testRawPassCountsRecordsAndFields() throws {
        let path = write("raw.csv", "a,b\n1,2\n3,4\n")
        let counts = try RawPass.run(path: path)
        XCTAssertEqual(counts.records, 3)
        XCTAssertEqual(counts.fields, 6)
        XCTAssertEqual(counts.bytes, 12)
    }
}
