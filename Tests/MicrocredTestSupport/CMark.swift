import Foundation
import XCTest

/// Renders Markdown with cmark-gfm, as GitHub would, to check report tables and escaping.
public enum CMark {
    public static func html(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        guard let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            XCTFail("cmark-gfm is not installed; scripts/test.sh installs it (apt-get install cmark-gfm)", file: file, line: line)
            return ""
        }
        return try run(cmark, ["-e", "table", "-e", "autolink", "-e", "strikethrough", "--unsafe"], input: markdown)
    }

    public static func run(_ tool: String, _ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-cmark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inURL = dir.appendingPathComponent("in.md"), outURL = dir.appendingPathComponent("out.html")
        try input.write(to: inURL, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        try process.run()
        process.waitUntilExit()
        return try String(contentsOf: outURL, encoding: .utf8)
    }
}
