import CSVStream
import MicrocredCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader, or a crash, never sees half of one: the
/// bytes go to a temporary file in the same folder, which is then renamed
/// over the target.
///
/// Only a regular file (or nothing) at `path` is replaced: a symbolic link,
/// FIFO, device node, socket or folder there is refused, never swapped for a
/// regular file (as root, a rename over /dev/null would replace the device).
public enum AtomicFile {
    /// What is at `path` when it exists and is not a regular file, in words
    /// ("a symbolic link", "a FIFO (named pipe)", …); nil otherwise.
    public static func nonRegularKind(_ path: String) -> String? { RegularFile.nonRegularKind(atPath: path) }

    public static func write(_ data: Data, to path: String) throws {
        try write(data, to: path, check: nil)
    }

    /// Writes like `write(_:to:)`, calling `check` with the temporary file's
    /// path before the rename: if it throws, the target is left untouched.
    public static func write(_ data: Data, to path: String, check: ((String) throws -> Void)?) throws {
        if path.utf8.contains(0) {
            throw MicrocredError("cannot write a file whose path contains a NUL byte", hint: "Remove the NUL from the path")
        }
        if let what = nonRegularKind(path) {
            throw MicrocredError("is \(what); refusing to replace it with a regular file", at: SourceLocation(file: Terminal.safe(path)), hint: "Give the path of an ordinary file")
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try data.write(to: temporary, options: [])
        } catch {
            throw MicrocredError("cannot write: \(error.localizedDescription)", at: SourceLocation(file: path), hint: "Check that the folder exists and is writable")
        }
        if let check {
            do { try check(temporary.path) } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw MicrocredError("cannot replace the file: \(reason)", at: SourceLocation(file: path), hint: "Check that the folder is writable")
        }
    }
}
