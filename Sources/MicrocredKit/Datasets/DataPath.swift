import MicrocredCore
import Foundation

/// The folders datasets are looked up in, in order: the catalog's own
/// folder (`datasets/`), each folder of `$MICROCRED_DATA_PATH`
/// (colon-separated), then each `--data DIR`.
public struct DataPath: Sendable {
    public struct Root: Sendable, Hashable {
        /// Where the folder came from, for messages.
        public var origin: String
        public var directory: String
    }

    public var roots: [Root]

    public init(roots: [Root]) { self.roots = roots }

    public init(catalogDirectory: String, environment: [String: String], dataDirectories: [String]) {
        var roots = [Root(origin: "the catalog's folder", directory: catalogDirectory.isEmpty ? "." : catalogDirectory)]
        for dir in (environment["MICROCRED_DATA_PATH"] ?? "").split(separator: ":") where !dir.isEmpty {
            roots.append(Root(origin: "MICROCRED_DATA_PATH", directory: String(dir)))
        }
        for dir in dataDirectories { roots.append(Root(origin: "--data", directory: dir)) }
        self.roots = roots
    }

    /// The first existing file for `relative`: under each root, the path as
    /// given, then its last component. Also every path tried.
    public func locate(_ relative: String) -> (path: String?, searched: [String]) {
        var searched: [String] = []
        if relative.hasPrefix("/") {
            return (FileManager.default.fileExists(atPath: relative) ? relative : nil, [relative])
        }
        let name = (relative as NSString).lastPathComponent
        for root in roots {
            for candidate in Set([relative, name]).sorted(by: { $0.count > $1.count }) {
                let path = (root.directory as NSString).appendingPathComponent(candidate)
                searched.append(path)
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                    return (path, searched)
                }
            }
        }
        return (nil, searched)
    }
}
