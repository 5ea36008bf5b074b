import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

final class OutputDirectoryTests: XCTestCase {
    func testWritesNewFolderWithMarker() throws {
        let dir = try TemporaryDirectory()
        let out = dir.path("reports/example")
        try OutputDirectory.write([("a.md", "A\n"), ("b.md", "B\n")], to: out, force: false)
        XCTAssertEqual(try String(contentsOfFile: out + "/a.md", encoding: .utf8), "A\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/" + OutputDirectory.markerName))
        // Writing again replaces our own folder as a whole.
        try OutputDirectory.write([("a.md", "A2\n")], to: out, force: false)
        XCTAssertEqual(try String(contentsOfFile: out + "/a.md", encoding: .utf8), "A2\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/b.md"))
        // No staging or retired folders are left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path("reports")), ["example"])
    }

    func testRefusesExistingFile() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("notes.txt", "keep me\n")
        for force in [false, true] {
            XCTAssertThrowsError(try OutputDirectory.write([("a.md", "A")], to: file, force: force)) { error in
                XCTAssertTrue("\(error)".contains("is an existing file"), "\(error)")
            }
        }
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "keep me\n")
    }

    func testRefusesForeignNonEmptyFolderUnlessForced() throws {
        let dir = try TemporaryDirectory()
        try dir.write("thesis/chapter1.md", "mine\n")
        let out = dir.path("thesis")
        XCTAssertThrowsError(try OutputDirectory.write([("a.md", "A")], to: out, force: false)) { error in
            XCTAssertTrue("\(error)".contains("did not write"), "\(error)")
            XCTAssertTrue("\(error)".contains("--force"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/a.md"))
        try OutputDirectory.write([("a.md", "A")], to: out, force: true)
        XCTAssertEqual(try String(contentsOfFile: out + "/chapter1.md", encoding: .utf8), "mine\n")
        XCTAssertEqual(try String(contentsOfFile: out + "/a.md", encoding: .utf8), "A")
    }

    func testEmptyFolderIsUsed() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path("empty"), withIntermediateDirectories: true)
        try OutputDirectory.write([("a.md", "A")], to: dir.path("empty"), force: false)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.path("empty/a.md")))
    }

    func testNamesCannotEscapeTheFolder() throws {
        let dir = try TemporaryDirectory()
        for bad in ["../evil.md", "/etc/passwd", "sub/x.md", "..", ".hidden", ""] {
            XCTAssertThrowsError(try OutputDirectory.write([(bad, "x")], to: dir.path("out"), force: true), bad)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("evil.md")))
        XCTAssertEqual(OutputDirectory.safeName("../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(OutputDirectory.safeName("Cloud Infrastructure: Fundamentals!"), "cloud-infrastructure-fundamentals")
        XCTAssertEqual(OutputDirectory.safeName("...."), "output")
        XCTAssertEqual(OutputDirectory.safeName("a/../b"), "a-.-b".replacingOccurrences(of: "-.-", with: "-.-"))
    }
}
