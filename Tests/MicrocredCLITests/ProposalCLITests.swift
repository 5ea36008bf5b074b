import Foundation
import XCTest

/// End-to-end tests of `microcred init` and `microcred check`, running the built binary.
final class ProposalCLITests: XCTestCase {
    static let root = CLIRunner.root

    func microcred(_ arguments: [String], in directory: URL) throws -> CLIRunner.Run {
        try CLIRunner.run(arguments, in: directory)
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-cli-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testInitWritesAValidTemplateAndRefusesToOverwrite() throws {
        let dir = try temporaryDirectory()
        let first = try microcred(["init", "proposal.yaml"], in: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        let path = dir.appendingPathComponent("proposal.yaml").path
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.contains("credential: recommend"))

        try "edited\n".write(toFile: path, atomically: true, encoding: .utf8)
        let second = try microcred(["init", "proposal.yaml"], in: dir)
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("already exists"), second.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "edited\n")

        let forced = try microcred(["init", "proposal.yaml", "--force"], in: dir)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), written)
        // No temporary files left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["proposal.yaml"])

        let check = try microcred(["check", path, "--catalog", Self.root.appendingPathComponent("datasets/catalog.yaml").path], in: dir)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("OK"), check.stdout)
    }

    func testTenMistakesGiveTenLineNumberedMessagesAndNonZeroExit() throws {
        let dir = try temporaryDirectory()
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/proposals/synthetic-ten-mistakes.yaml"), encoding: .utf8)
        let path = dir.appendingPathComponent("synthetic-ten-mistakes.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try microcred(["check", path, "--catalog", Self.root.appendingPathComponent("datasets/catalog.yaml").path], in: dir)
        XCTAssertEqual(result.status, 1)
        let located = result.stderr.split(separator: "\n").filter {
            $0.hasPrefix(path + ":") && $0.contains(": error: ") && $0.dropFirst(path.count + 1).first?.isNumber == true
        }
        XCTAssertEqual(located.count, 10, result.stderr)
        XCTAssertTrue(result.stderr.contains("10 errors"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["synthetic-ten-mistakes.yaml"])
    }

    func testExamplesCheckWithDesignSummary() throws {
        let result = try microcred(["check", "examples/cloud-networking-badge.yaml", "--design"], in: Self.root)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Workforce Pell           conditional"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Title IV program length  no"), result.stdout)
    }

    func testMalformedRulesFileIsReportedWithLine() throws {
        let dir = try temporaryDirectory()
        let rules = dir.appendingPathComponent("synthetic-rules.yaml")
        try "schema: 1\neffective: July 2026\n".write(to: rules, atomically: true, encoding: .utf8)
        let result = try microcred(["check", "examples/cloud-networking-badge.yaml", "--rules", rules.path], in: Self.root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(rules.path + ":2:"), result.stderr)
    }
}
