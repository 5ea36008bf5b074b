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

    /// Writes `files` (name, contents) into `path`. The proposal at
    /// `proposalPath` is recorded in the marker as a path relative to the
    /// output folder's parent (`../examples/x.yaml`: no machine paths), and a
    /// folder whose marker names a proposal at a different path is not
    /// replaced (two `x.yaml` in different folders share the default --out).
    /// Returns notices for the person running the command (e.g. a folder
    /// recovered after an interrupted run).
    @discardableResult
    public static func write(_ files: [(name: String, contents: String)], to requested: String, force: Bool,
                             proposalPath: String? = nil) throws -> [String] {
        for file in files { try checkName(file.name) }
        let fm = FileManager.default
        let shown = Terminal.safe(requested)
        let path = try resolve(requested)
        var notices: [String] = []
        let parent = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let owner = proposalPath.map { recordedPath(of: $0, relativeTo: parent) }
        let base = (path as NSString).lastPathComponent
        notices += recoverInterrupted(parent: parent, base: base, target: path)
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDir)
        if exists && !isDir.boolValue {
            throw MicrocredError("\(shown) is an existing file, not a folder; refusing to replace it",
                                 hint: "Choose another --out folder")
        }
        let marker = (path as NSString).appendingPathComponent(markerName)
        if exists {
            let contents: [String]
            do { contents = try fm.contentsOfDirectory(atPath: path) } catch {
                throw MicrocredError("cannot list the folder: \(error.localizedDescription)", at: SourceLocation(file: shown), hint: "Check the folder's permissions")
            }
            let ours = isMarkerFile(marker)
            if !contents.isEmpty && !ours {
                guard force else {
                    throw MicrocredError("\(shown) is a folder microcred did not write and it is not empty; refusing to write into it",
                                         hint: "Choose an empty or new folder, or pass --force to add the reports to it (other files are kept)")
                }
                // Add our files one by one. Files we did not add in an
                // earlier --force run are never overwritten, and no marker is
                // left: the folder stays the user's, never replaced as a whole.
                let addedList = (path as NSString).appendingPathComponent(addedName)
                let added = Set(((try? String(contentsOfFile: addedList, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init))
                let clashes = files.map(\.name).filter { contents.contains($0) && !added.contains($0) }
                if !clashes.isEmpty {
                    throw MicrocredError("\(shown) already holds \(clashes.joined(separator: ", ")), which microcred did not write; refusing to overwrite \(clashes.count == 1 ? "it" : "them")",
                                         hint: "Move \(clashes.count == 1 ? "that file" : "those files") away, or choose an empty or new --out folder")
                }
                for file in files {
                    try AtomicFile.write(Data(file.contents.utf8), to: (path as NSString).appendingPathComponent(file.name))
                }
                let names = Array(added.union(files.map(\.name))).sorted()
                try AtomicFile.write(Data((names.joined(separator: "\n") + "\n").utf8), to: addedList)
                return notices
            }
            if ours, let owner, let previous = markerOwner(marker), previous != owner {
                throw MicrocredError("\(shown) holds the reports of another proposal ('\(Terminal.safe(previous))', not '\(Terminal.safe(owner))', both relative to \(Terminal.safe(parent))); refusing to replace them",
                                     hint: "Give this proposal its own folder with --out, or delete \(shown) first")
            }
        }
        // Build the whole folder beside the target, then swap it in.
        var parentIsDir: ObjCBool = false
        if fm.fileExists(atPath: parent, isDirectory: &parentIsDir) {
            if !parentIsDir.boolValue {
                throw MicrocredError("\(Terminal.safe(parent)) is a file, not a folder", at: SourceLocation(file: shown), hint: "Choose an --out path inside a folder")
            }
        } else {
            do {
                try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw MicrocredError("cannot create the folder \(Terminal.safe(parent)): \(error.localizedDescription)", at: SourceLocation(file: shown),
                                     hint: "Check that every part of the path is a folder you can write to")
            }
        }
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = (parent as NSString).appendingPathComponent(".\(base).new-\(token)")
        let retired = (parent as NSString).appendingPathComponent(".\(base).old-\(token)")
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for file in files {
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(file.name)))
            }
            try Data(markerText(owner: owner).utf8).write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(markerName)))
        } catch {
            try? fm.removeItem(atPath: staging)
            throw MicrocredError("cannot write the output in \(Terminal.safe(parent)): \(error.localizedDescription)", at: SourceLocation(file: shown),
                                 hint: base.utf8.count > 200 ? "The folder name is too long; choose a shorter --out" : "Check that the folder is writable")
        }
        if exists {
            guard rename(path, retired) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(atPath: staging)
                throw MicrocredError("cannot move the earlier output aside: \(reason)", at: SourceLocation(file: shown), hint: "Check that \(Terminal.safe(parent)) is writable")
            }
        }
        guard rename(staging, path) == 0 else {
            let reason = String(cString: strerror(errno))
            if exists { _ = rename(retired, path) }
            try? fm.removeItem(atPath: staging)
            throw MicrocredError("cannot move the new output into place: \(reason)", at: SourceLocation(file: shown), hint: "Check that \(Terminal.safe(parent)) is writable")
        }
        if exists { try? fm.removeItem(atPath: retired) }
        return notices
    }

    /// The folder to write: `requested`, with a symbolic link followed to the
    /// folder it names (the link itself is never replaced). Refuses paths
    /// that cannot be an output folder.
    static func resolve(_ requested: String) throws -> String {
        let shown = Terminal.safe(requested)
        if requested.isEmpty || requested.utf8.contains(0) {
            throw MicrocredError("--out '\(shown)' is not a usable folder name", hint: "Give a folder name, e.g. --out reports/my-proposal")
        }
        var path = requested
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        var st = stat()
        if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
            guard let real = realpath(path, nil) else {
                throw MicrocredError("\(shown) is a symbolic link to a folder that does not exist", hint: "Create the folder it points to, or remove the link")
            }
            path = String(cString: real)
            free(real)
        }
        let last = (path as NSString).lastPathComponent
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if last == "." || last == ".." || path == "/" || target == "/" || cwd == target || cwd.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
            throw MicrocredError("--out \(shown) is the current folder or one that contains it; microcred replaces its output folder as a whole, so it cannot write there",
                                 hint: "Give a folder of its own, e.g. --out reports/my-proposal")
        }
        return path
    }

    /// Cleans up after a run that was killed between its two final renames:
    /// a missing target with a retired copy beside it gets the copy back;
    /// staging and retired folders of processes no longer running are removed.
    static func recoverInterrupted(parent: String, base: String, target: String) -> [String] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: parent) else { return [] }
        var notices: [String] = []
        for prefix in [".\(base).old-", ".\(base).new-"] {
            for name in names.sorted() where name.hasPrefix(prefix) {
                let token = name.dropFirst(prefix.count)
                guard let pid = Int32(token.split(separator: "-").first ?? ""), pid > 0 else { continue }
                if pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM) { continue } // still running
                let leftover = (parent as NSString).appendingPathComponent(name)
                if prefix.contains(".old-") && !fm.fileExists(atPath: target) && isMarkerFile((leftover as NSString).appendingPathComponent(markerName)) {
                    if rename(leftover, target) == 0 {
                        notices.append("note: \(Terminal.safe(target)) was missing after an interrupted run; restored the earlier output from \(Terminal.safe(name))")
                        continue
                    }
                }
                if (try? fm.removeItem(atPath: leftover)) != nil {
                    notices.append("note: removed \(Terminal.safe(name)), left in \(Terminal.safe(parent)) by an interrupted run")
                }
            }
        }
        return notices
    }

    /// True when `marker` is a regular file with microcred's marker text.
    static func isMarkerFile(_ marker: String) -> Bool {
        guard InputFile.isRegularFile(marker), let text = try? String(contentsOfFile: marker, encoding: .utf8) else { return false }
        return text.hasPrefix(markerFirstLine)
    }

    /// `path` relative to the folder `base` (both resolved against the current
    /// folder, symbolic links in existing parts followed), with `/` separators.
    static func recordedPath(of path: String, relativeTo base: String) -> String {
        func components(_ p: String) -> [String] {
            URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().pathComponents.filter { $0 != "/" }
        }
        let target = components(path), from = components(base)
        var common = 0
        while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let parts = up + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The proposal recorded in a marker, if any.
    static func markerOwner(_ marker: String) -> String? {
        guard let text = try? String(contentsOfFile: marker, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("proposal: ") { return String(line.dropFirst(10)) }
        return nil
    }

    /// Lists the files a `--force` run added to a folder it does not own.
    public static let addedName = ".microcred-added"

    static let markerFirstLine = "This folder was written by microcred."
    static func markerText(owner: String?) -> String {
        markerText + (owner.map { "proposal: \(Terminal.safe($0))\n" } ?? "")
    }

    static let markerText = "This folder was written by microcred. `microcred report --out` may replace it as a whole.\n"
}
