import CSVStream
import XCTest

/// Limits that keep a hostile file from exhausting memory or blocking.
final class CSVLimitsTests: XCTestCase {
    func testMillionsOfCommasStopAtTheFieldCap() throws {
        let bytes = Array(("A,B\n" + String(repeating: ",", count: 2_000_000) + "\n").utf8)
        XCTAssertThrowsError(try CSVReader(bytes: bytes, name: "synthetic-commas.csv").forEach { _ in }) { error in
            guard let e = error as? CSVError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.kind, .tooManyFields(limit: 65_536))
            XCTAssertEqual(e.location?.line, 2)
            XCTAssertTrue(e.description.hasPrefix("synthetic-commas.csv:2: a record has more than 65536 fields"), e.description)
        }
    }

    func testAHugeRecordStopsAtTheByteCap() throws {
        var format = CSVFormat.csv
        format.maxRecordBytes = 1 << 20
        let field = String(repeating: "x", count: 60_000)
        let bytes = Array(("A,B\n" + Array(repeating: field, count: 40).joined(separator: ",") + "\n").utf8)
        XCTAssertThrowsError(try CSVReader(bytes: bytes, name: "synthetic-wide.csv", format: format).forEach { _ in }) { error in
            XCTAssertEqual((error as? CSVError)?.kind, .recordTooLong(limit: 1 << 20), "\(error)")
        }
    }

    func testNonRegularFilesAreRefusedWithoutBlocking() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csv-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("synthetic.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        for path in [fifo, "/dev/zero", "/dev/null"] {
            XCTAssertThrowsError(try CSVReader(path: path)) { error in
                guard case .notAFile(let what, _)? = (error as? CSVError)?.kind else { return XCTFail("\(path): \(error)") }
                XCTAssertTrue(what.contains("not a regular file"), what)
            }
        }
        XCTAssertThrowsError(try RegularFile.open("/etc/passwd\0.csv")) { XCTAssertEqual($0 as? RegularFile.Problem, .nulInPath) }
        XCTAssertEqual((try? CSVReader(path: dir.path)).map { _ in "opened" }, nil)
    }

    func testBOMlessUTF16IsReportedAsUTF16() throws {
        let bytes = Array("AREA,OCC_CODE\n13,15-1252\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertThrowsError(try CSVReader(bytes: bytes, name: "synthetic-utf16.csv")) { XCTAssertEqual(($0 as? CSVError)?.kind, .utf16) }
    }

    func testTheFirstLineOfANonCSVFileIsNotPrinted() throws {
        let reader = try CSVReader(bytes: Array("root:$y$secret:19000:0:99999:7:::\nx\n".utf8), name: "synthetic-shadow")
        XCTAssertThrowsError(try reader.requireColumns(["AREA"])) { error in
            XCTAssertFalse("\(error)".contains("secret"), "\(error)")
            XCTAssertTrue("\(error)".contains("its content is not shown"), "\(error)")
        }
    }
}
