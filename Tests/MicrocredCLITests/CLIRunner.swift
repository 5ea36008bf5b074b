import Foundation
import XCTest

/// Runs the built `microcred` binary for end-to-end tests.
enum CLIRunner {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    final class Marker {}

    /// The built binary: $MICROCRED_BINARY, else beside the test bundle
    /// (SwiftPM puts every product of a build in one folder, e.g.
    /// .build/debug/microcred beside .build/debug/microcredPackageTests.xctest).
    static func binary(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["MICROCRED_BINARY"] { candidates.append(URL(fileURLWithPath: explicit)) }
        candidates.append(Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("microcred"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("microcred"))
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("microcred"))
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            XCTFail("cannot find the microcred binary; looked at: " + candidates.map(\.path).joined(separator: ", ")
                    + ". Build it (swift build --build-tests) or set MICROCRED_BINARY", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return found
    }

    struct Run {
        var status: Int32
        /// True when the process was killed by a signal (a trap or crash).
        var signaled = false
        var stdout: String
        var stderr: String
        /// Both streams, for matching messages wherever they were printed.
        var output: String { stdout + stderr }
    }

    /// The data path for the child process, made absolute.
    static var dataPath: String {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let value = ProcessInfo.processInfo.environment["MICROCRED_DATA_PATH"] {
            return value.split(separator: ":").map {
                $0.hasPrefix("/") ? String($0) : here.appendingPathComponent(String($0)).standardized.path
            }.joined(separator: ":")
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared/datasets").path
    }

    /// Runs `microcred arguments` in `directory` (default: the repository root),
    /// with `environment` set over the data path (a nil value unsets a variable).
    static func run(_ arguments: [String], in directory: URL? = nil, environment overrides: [String: String?] = [:],
                    file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        let binary = try binary(file: file, line: line)
        // Output goes to files, not pipes, so a large stream cannot block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        var environment = ProcessInfo.processInfo.environment
        environment["MICROCRED_DATA_PATH"] = dataPath
        for (name, value) in overrides { environment[name] = value }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   signaled: process.terminationReason == .uncaughtSignal,
                   stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
