import XCTest
@testable import CSVStream

/// Tests of `CSVReader.forEach(keepLine:)`, the unparsed skipping of lines a
/// scoped load does not need. Every input is a small synthetic file.
final class CSVLineFilterTests: XCTestCase {
    func read(_ text: String, chunkSize: Int = 1 << 16, keep: @escaping (String) -> Bool)
        throws -> (rows: [[String]], lines: [Int], numbers: [Int], skipped: Int, seen: [String]) {
        var format = CSVFormat.csv
        format.chunkSize = chunkSize
        let reader = try CSVReader(bytes: Array(text.utf8), name: "synthetic.csv", format: format)
        var rows: [[String]] = [], lines: [Int] = [], numbers: [Int] = []
        var seen: [String] = []
        try reader.forEach(keepLine: { bytes in
            let line = String(decoding: bytes, as: UTF8.self)
            seen.append(line)
            return keep(line)
        }) { record in
            rows.append(record.strings)
            lines.append(record.line)
            numbers.append(record.number)
        }
        return (rows, lines, numbers, reader.skippedRecords, seen)
    }

    func testTurnedDownLinesAreCountedAndLaterRecordsKeepTheirLines() throws {
        let text = "AREA,N\n1,a\n2,b\n1,c\n3,d\n"
        let r = try read(text) { !$0.hasPrefix("1,") }
        XCTAssertEqual(r.rows, [["2", "b"], ["3", "d"]])
        XCTAssertEqual(r.lines, [3, 5])
        XCTAssertEqual(r.numbers, [3, 5])
        XCTAssertEqual(r.skipped, 2)
        // The header never reaches the filter.
        XCTAssertFalse(r.seen.contains("AREA,N"))
    }

    func testAQuotedFieldOverSeveralLinesIsNeverCutByTheFilter() throws {
        // Line 2 opens a quote that closes on line 3: neither line is offered
        // to the filter, so the record is read whole even though the filter
        // turns everything down.
        let text = "A,B\n1,\"x\n2,y\"\n3,z\n"
        let r = try read(text) { _ in false }
        XCTAssertEqual(r.rows, [["1", "x\n2,y"]])
        XCTAssertEqual(r.lines, [2])
        XCTAssertEqual(r.skipped, 1)
        XCTAssertEqual(r.seen, ["3,z"])
    }

    func testBalancedQuotesAndCRLFLinesCanBeTurnedDown() throws {
        let text = "A,B\r\n\"1,5\",x\r\n2,\"y \"\"q\"\"\"\r\n3,z\r\n"
        let r = try read(text) { $0.hasPrefix("3") }
        XCTAssertEqual(r.rows, [["3", "z"]])
        XCTAssertEqual(r.lines, [4])
        XCTAssertEqual(r.seen, ["\"1,5\",x", "2,\"y \"\"q\"\"\"", "3,z"], "lines are offered without their CR LF")
    }

    func testALineAcrossTwoChunksIsParsedAndTheFilterStaysAnOptimisation() throws {
        var text = "K,V\n"
        for i in 0..<200 { text += "\(i % 3),value-\(i)\n" }
        let small = try read(text, chunkSize: 16) { $0.hasPrefix("1,") }
        let large = try read(text) { $0.hasPrefix("1,") }
        XCTAssertEqual(large.rows.count, 67)
        XCTAssertTrue(large.rows.allSatisfy { $0[0] == "1" })
        // A line split by a chunk boundary never reaches the filter: it is
        // parsed and delivered, so callers filter records too. Every kept
        // record is there, with its line, in order.
        let keptSmall = zip(small.rows, small.lines).filter { $0.0[0] == "1" }
        XCTAssertEqual(keptSmall.map(\.0), large.rows)
        XCTAssertEqual(keptSmall.map(\.1), large.lines)
        XCTAssertGreaterThan(small.rows.count, large.rows.count)
        XCTAssertEqual(small.skipped + small.rows.count, 200)
    }

    func testKeptRecordsAreStillChecked() throws {
        // A kept line with the wrong field count is an error as without a filter.
        let text = "A,B\n1,x\n2,y,extra\n"
        var format = CSVFormat.csv
        format.chunkSize = 64
        let reader = try CSVReader(bytes: Array(text.utf8), name: "synthetic.csv", format: format)
        XCTAssertThrowsError(try reader.forEach(keepLine: { _ in true }) { _ in }) { error in
            XCTAssertEqual((error as? CSVError)?.location?.line, 3)
        }
    }

    func testWithoutAFilterNothingIsSkipped() throws {
        let reader = try CSVReader(bytes: Array("A\n1\n2\n".utf8), name: "synthetic.csv")
        var n = 0
        try reader.forEach { _ in n += 1 }
        XCTAssertEqual(n, 2)
        XCTAssertEqual(reader.skippedRecords, 0)
    }
}
