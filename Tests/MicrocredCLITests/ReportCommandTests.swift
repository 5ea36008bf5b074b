import Foundation
import XCTest

/// End-to-end tests of `microcred report`, running the built binary.
final class ReportCommandTests: XCTestCase {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-report-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    let asOf = ["--as-of", "2026-11-29"]

    func testWritesFiveFilesAndTheSameBytesTwice() throws {
        let dir = try temporaryDirectory()
        let first = dir.appendingPathComponent("first"), second = dir.appendingPathComponent("second")
        let run1 = try CLIRunner.run(["report", "examples/cloud-networking-badge.yaml", "--out", first.path] + asOf)
        XCTAssertEqual(run1.status, 0, run1.output)
        let run2 = try CLIRunner.run(["report", "examples/cloud-networking-badge.yaml", "--out", second.path] + asOf)
        XCTAssertEqual(run2.status, 0, run2.output)
        let names = ["README.md", "design-and-development.md", "evaluation.md", "implementation.md", "needs-assessment.md"]
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: first.path).filter { !$0.hasPrefix(".") }.sorted(), names)
        for name in names {
            XCTAssertEqual(try Data(contentsOf: first.appendingPathComponent(name)), try Data(contentsOf: second.appendingPathComponent(name)), name)
        }
        XCTAssertTrue(run1.stdout.contains("recommendation: revise"), run1.stdout)
    }

    func testTenMistakesWriteNothing() throws {
        let dir = try temporaryDirectory()
        let proposal = CLIRunner.root.appendingPathComponent("Tests/Fixtures/proposals/synthetic-ten-mistakes.yaml").path
        let out = dir.appendingPathComponent("out")
        let run = try CLIRunner.run(["report", proposal, "--out", out.path] + asOf)
        XCTAssertEqual(run.status, 1, run.output)
        let located = run.stderr.split(separator: "\n").filter {
            $0.hasPrefix(proposal + ":") && $0.contains(": error: ") && $0.dropFirst(proposal.count + 1).first?.isNumber == true
        }
        XCTAssertEqual(located.count, 10, run.stderr)
        XCTAssertTrue(run.stderr.contains("nothing was written"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    func testFailedRunLeavesEarlierReportsIntact() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("out")
        XCTAssertEqual(try CLIRunner.run(["report", "examples/medical-coding-cpe.yaml", "--out", out.path] + asOf).status, 0)
        let before = try Data(contentsOf: out.appendingPathComponent("needs-assessment.md"))
        let broken = dir.appendingPathComponent("synthetic-broken.yaml")
        try "title: [unclosed\n".write(to: broken, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["report", broken.path, "--out", out.path] + asOf)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("synthetic-broken.yaml:"), run.stderr)
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("needs-assessment.md")), before)
    }

    func testRefusesFileAndForeignFolder() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("notes.txt")
        try "keep\n".write(to: file, atomically: true, encoding: .utf8)
        let onFile = try CLIRunner.run(["report", "examples/cloud-networking-badge.yaml", "--out", file.path] + asOf)
        XCTAssertEqual(onFile.status, 1)
        XCTAssertTrue(onFile.stderr.contains("is an existing file"), onFile.stderr)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "keep\n")

        let foreign = dir.appendingPathComponent("thesis")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "mine\n".write(to: foreign.appendingPathComponent("chapter.md"), atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["report", "examples/cloud-networking-badge.yaml", "--out", foreign.path] + asOf)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.stderr)
        let forced = try CLIRunner.run(["report", "examples/cloud-networking-badge.yaml", "--out", foreign.path, "--force"] + asOf)
        XCTAssertEqual(forced.status, 0, forced.output)
        XCTAssertEqual(try String(contentsOf: foreign.appendingPathComponent("chapter.md"), encoding: .utf8), "mine\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("evaluation.md").path))
    }

    func testBadAsOfDate() throws {
        let run = try CLIRunner.run(["report", "examples/cloud-networking-badge.yaml", "--as-of", "29/11/2026", "--out", "/nonexistent/x"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("YYYY-MM-DD"), run.stderr)
    }
}
