import MicrocredCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a set of generated files into an output folder safely.
///
/// - A path that is an existing file is refused.
/// - A non-empty folder that microcred did not write (it has no marker file)
///   is refused unless `force` is set; with `force` the files are added to it
///   one by one, each atomically, and nothing else in it is touched.
/// - Otherwise the files are written to a new folder beside the target, which
///   then replaces the target, so a failed run leaves the earlier folder intact.
/// - Every name must be a plain file name: no name can place a file outside
///   the folder.
public enum OutputDirectory {
    /// The marker microcred leaves in folders it writes.
    public static let markerName = ".microcred-output"

    /// A file name safe to create inside an output folder, made from any
    /// text (e.g. a proposal's title): letters, digits, `-`, `_` and `.`,
    /// never starting with `.`, never empty.
    public static func safeName(_ text: String, fallback: String = "output") -> String {
        var out = ""
        var lastDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == "." {
                out.unicodeScalars.append(scalar)
                lastDash = false
            } else if !lastDash && !out.isEmpty {
                out.append("-")
                lastDash = true
            }
        }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        out = out.replacingOccurrences(of: "..", with: ".")
        return out.isEmpty ? fallback : String(out.prefix(80))
    }

    static func checkName(_ name: String) throws {
        if name.isEmpty || name.contains("/") || name.contains("\\") || name == "." || name == ".." || name.hasPrefix(".") || name.contains("\0") {
            throw MicrocredError("refusing to write a file named '\(name)': output names must be plain file names",
                                 hint: "This is a bug in the caller; please report it")
        }
    }

    /// Writes `files` (name, contents) into `path`.
    public static func write(_ files: [(name: String, contents: String)], to path: String, force: Bool) throws {
        for file in files { try checkName(file.name) }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDir)
        if exists && !isDir.boolValue {
            throw MicrocredError("\(path) is an existing file, not a folder; refusing to replace it",
                                 hint: "Choose another --out folder")
        }
        let marker = (path as NSString).appendingPathComponent(markerName)
        if exists {
            let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? []
            let ours = fm.fileExists(atPath: marker)
            if !contents.isEmpty && !ours {
                guard force else {
                    throw MicrocredError("\(path) is a folder microcred did not write and it is not empty; refusing to write into it",
                                         hint: "Choose an empty or new folder, or pass --force to add the reports to it (other files are kept)")
                }
                for file in files {
                    try AtomicFile.write(Data(file.contents.utf8), to: (path as NSString).appendingPathComponent(file.name))
                }
                try AtomicFile.write(Data(markerText.utf8), to: marker)
                return
            }
        }
        // Build the whole folder beside the target, then swap it in.
        let parent = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        if !fm.fileExists(atPath: parent) {
            do {
                try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw MicrocredError("cannot create \(parent): \(error.localizedDescription)", hint: "Check the path and permissions")
            }
        }
        let base = (path as NSString).lastPathComponent
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = (parent as NSString).appendingPathComponent(".\(base).new-\(token)")
        let retired = (parent as NSString).appendingPathComponent(".\(base).old-\(token)")
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for file in files {
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(file.name)))
            }
            try Data(markerText.utf8).write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(markerName)))
        } catch {
            try? fm.removeItem(atPath: staging)
            throw MicrocredError("cannot write the output in \(parent): \(error.localizedDescription)", hint: "Check that the folder is writable")
        }
        if exists {
            guard rename(path, retired) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(atPath: staging)
                throw MicrocredError("cannot replace \(path): \(reason)", hint: "Check permissions")
            }
        }
        guard rename(staging, path) == 0 else {
            let reason = String(cString: strerror(errno))
            if exists { _ = rename(retired, path) }
            try? fm.removeItem(atPath: staging)
            throw MicrocredError("cannot move the new output into \(path): \(reason)", hint: "Check permissions")
        }
        if exists { try? fm.removeItem(atPath: retired) }
    }

    static let markerText = "This folder was written by microcred. `microcred report --out` may replace it as a whole.\n"
}
