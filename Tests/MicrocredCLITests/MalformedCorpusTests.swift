import Foundation
import XCTest

/// Every case of Tests/Fixtures/malformed (all synthetic) must give a
/// specific message and a non-zero exit, never a crash.
final class MalformedCorpusTests: XCTestCase {
    static let folder = CLIRunner.root.appendingPathComponent("Tests/Fixtures/malformed")

    struct Case {
        var file: String
        var target: String
        var expected: String
    }

    static func cases() throws -> [Case] {
        let text = try String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: parts[0], target: parts.count > 1 ? parts[1] : "", expected: parts.count > 2 ? parts[2] : "")
        }
    }

    /// A catalog whose only dataset is `id` (copied from the real catalog)
    /// pointing at `file`.
    func catalog(for id: String, file: String, in dir: URL) throws -> String {
        let text = try String(contentsOf: CLIRunner.root.appendingPathComponent("datasets/catalog.yaml"), encoding: .utf8)
        guard let start = text.range(of: "  - id: \(id)\n") else { throw CocoaError(.fileReadCorruptFile) }
        let rest = text[start.lowerBound...]
        let end = rest.dropFirst(4).range(of: "\n  - id: ")?.lowerBound ?? rest.endIndex
        var entry = String(rest[..<end])
        if !entry.hasSuffix("\n") { entry += "\n" }
        // Point the newest vintage at the case file, with no checksum or row count.
        var lines = entry.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines = lines.filter { !$0.hasPrefix("        sha256:") && !$0.hasPrefix("        rows:") }
        lines = lines.map { $0.hasPrefix("        file:") ? "        file: \"\(file)\"" : $0 }
        let path = dir.appendingPathComponent("catalog.yaml")
        try ("# synthetic catalog for one malformed case\ndatasets:\n" + lines.joined(separator: "\n")).write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    func check(_ testCase: Case, path: String, dir: URL) throws {
        let run: CLIRunner.Run
        switch testCase.target {
        case "proposal":
            run = try CLIRunner.run(["check", path])
        case "weights":
            run = try CLIRunner.run(["align", "--cip", "11.0701", "--area", "GA", "--no-skills", "--weights", path])
        case "criteria":
            run = try CLIRunner.run(["high-demand", "derive", "--area", "GA", "--criteria", path])
        default:
            run = try CLIRunner.run(["datasets", "validate", testCase.target, "--catalog", try catalog(for: testCase.target, file: path, in: dir)])
        }
        XCTAssertNotEqual(run.status, 0, "\(testCase.file): exit 0\n\(run.output)")
        XCTAssertFalse(run.signaled, "\(testCase.file): killed by signal \(run.status)\n\(run.output)")
        XCTAssertLessThan(run.status, 64, "\(testCase.file): abnormal exit (crash?) \(run.status)\n\(run.output)")
        XCTAssertTrue(run.output.contains(testCase.expected), "\(testCase.file): expected “\(testCase.expected)” in:\n\(run.output)")
        XCTAssertTrue(run.output.contains((path as NSString).lastPathComponent), "\(testCase.file): the message does not name the file:\n\(run.output)")
    }

    func testCorpusHasAtLeastFortyCases() throws {
        XCTAssertGreaterThanOrEqual(try Self.cases().count, 40)
    }

    func testEveryCaseFailsWithItsMessage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for testCase in try Self.cases() {
            try check(testCase, path: Self.folder.appendingPathComponent(testCase.file).path, dir: dir)
        }
    }

    /// Cases too large to keep in git are generated here.
    func testGeneratedLargeCases() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let header = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY\n"
        let bigField = dir.appendingPathComponent("synthetic-oews-1mb-field.csv")
        try (header + "13,Georgia,2,GA,15-1252,\"" + String(repeating: "x", count: 1 << 20) + "\",detailed,1,,,,,,,,,,,,,,,,,,\n")
            .write(to: bigField, atomically: true, encoding: .utf8)
        try check(Case(file: bigField.lastPathComponent, target: "oews-state", expected: "a field is longer than 65536 bytes"), path: bigField.path, dir: dir)

        let wide = dir.appendingPathComponent("synthetic-oews-10000-columns.csv")
        let columns = (1...10_000).map { "C\($0)" }.joined(separator: ",")
        try (columns + "\n" + (1...10_000).map(String.init).joined(separator: ",") + "\n").write(to: wide, atomically: true, encoding: .utf8)
        try check(Case(file: wide.lastPathComponent, target: "oews-state", expected: "(10000 in all)"), path: wide.path, dir: dir)
    }
}
