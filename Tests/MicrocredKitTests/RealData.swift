import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit

/// Access to the real datasets for tests: the project's catalog plus the
/// folders in MICROCRED_DATA_PATH (`.ci/run` sets it to ../shared/datasets).
/// A test that needs a missing dataset fails; it is never skipped.
enum RealData {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let catalogPath = root.appendingPathComponent("datasets/catalog.yaml").path

    static func catalog() throws -> DatasetCatalog { try DatasetCatalog.load(path: catalogPath) }

    /// A store over the real data, shared by all tests (datasets load once).
    static let shared: DatasetStore? = try? makeStore()

    static func makeStore() throws -> DatasetStore {
        let catalog = try catalog()
        var environment = ProcessInfo.processInfo.environment
        if environment["MICROCRED_DATA_PATH"] == nil {
            // Running `swift test` by hand from the project folder: use the
            // shared datasets beside the project if they are there.
            let beside = root.deletingLastPathComponent().appendingPathComponent("shared/datasets").path
            if FileManager.default.fileExists(atPath: beside) { environment["MICROCRED_DATA_PATH"] = beside }
        }
        return DatasetStore(catalog: catalog, dataPath: DataPath(catalogDirectory: catalog.directory,
                                                                environment: environment, dataDirectories: []))
    }

    /// The shared store, or a test failure explaining how to provide the data.
    static func store(file: StaticString = #filePath, line: UInt = #line) throws -> DatasetStore {
        guard let store = shared else {
            XCTFail("cannot read datasets/catalog.yaml", file: file, line: line)
            throw XCTSkip("unreachable")
        }
        return store
    }

    /// The path of dataset `id`, failing the test with the data-path message when missing.
    static func path(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let resolved = try store().resolve(id)
        guard let path = resolved.path else {
            let message = DatasetStore.missing(resolved).description + "\nSet MICROCRED_DATA_PATH to the folder of real datasets (../shared/datasets)."
            XCTFail(message, file: file, line: line)
            throw DatasetStore.missing(resolved)
        }
        return path
    }
}

/// Small synthetic files written to a temporary directory for one test.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
        return target.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
