import Foundation
import XCTest
import MicrocredKit

/// Golden-file checks: generated text against a committed file, with a
/// unified diff of the whole file on mismatch.
///
/// Recording is a deliberate act: with `MICROCRED_RECORD_REPORTS=1` the
/// check writes the golden file (atomically) and then fails, so a run that
/// records never passes; run again without the variable to check.
public enum GoldenFile {
    public static let recordVariable = "MICROCRED_RECORD_REPORTS"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Fails unless `actual` equals the file at `golden` byte for byte; `name`
    /// is how the failure names the file (a path relative to the repository).
    public static func assertMatches(_ actual: String, golden: URL, name: String, file: StaticString = #filePath, line: UInt = #line) {
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(Data(actual.utf8), to: golden.path)
                XCTFail("recorded \(name); run again without \(recordVariable) to check it", file: file, line: line)
            } catch {
                XCTFail("cannot record \(name): \(error)", file: file, line: line)
            }
            return
        }
        guard let expectedData = FileManager.default.contents(atPath: golden.path) else {
            XCTFail("missing golden file \(name); record it with \(recordVariable)=1", file: file, line: line)
            return
        }
        guard expectedData != Data(actual.utf8) else { return }
        XCTFail("\(name) differs from the generated text (record with \(recordVariable)=1 or scripts/regenerate-reports.sh):\n"
                + unifiedDiff(expected: expectedData, actual: Data(actual.utf8), name: name), file: file, line: line)
    }

    /// `diff -u` of the whole expected and actual text, labelled with `name`.
    public static func unifiedDiff(expected: Data, actual: Data, name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-golden-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let a = dir.appendingPathComponent("expected"), b = dir.appendingPathComponent("actual")
            try expected.write(to: a)
            try actual.write(to: b)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["diff", "-u", "--label", "golden/" + name, "--label", "generated/" + name, a.path, b.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let text = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: text, as: UTF8.self)
        } catch {
            return "(no diff: \(error))"
        }
    }
}
