import Foundation
import XCTest

/// End-to-end tests of `microcred init` and `microcred check`, running the built binary.
final class ProposalCLITests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder holding the built products (the test bundle sits beside the executable).
    static var products: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
        #else
        return Bundle.main.bundleURL
        #endif
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    func microcred(_ arguments: [String], in directory: URL) throws -> Run {
        let binary = Self.products.appendingPathComponent("microcred")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            XCTFail("microcred was not built at \(binary.path)")
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        // The binary runs in another folder, so a relative data path is made absolute.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let value = environment["MICROCRED_DATA_PATH"] {
            environment["MICROCRED_DATA_PATH"] = value.split(separator: ":").map {
                $0.hasPrefix("/") ? String($0) : here.appendingPathComponent(String($0)).standardized.path
            }.joined(separator: ":")
        } else {
            environment["MICROCRED_DATA_PATH"] = Self.root.deletingLastPathComponent().appendingPathComponent("shared/datasets").path
        }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
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
        let text = """
        # Synthetic proposal with ten deliberate mistakes (test fixture).
        title: Broken Proposal
        institution: Example State University
        cip: [11.0901, 43.0116]
        area: ZZ
        level: undergrad
        credential: badge
        credit_bearing: false
        credit_hours: 9
        weeks: twelve
        delivery: online
        target_population: [returning-adults]
        stacks_into: {program: "B.S. IT", cip: 11.0103, award: bachelor, credits_applied: 12}
        tution: 1800
        start_term: Autumn of 2027
        employer_partners: "Example Employer"

        """
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
