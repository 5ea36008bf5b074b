import MicrocredCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader, or a crash, never sees half of one: the
/// bytes go to a temporary file in the same folder, which is then renamed
/// over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try data.write(to: temporary, options: [])
        } catch {
            throw MicrocredError("cannot write: \(error.localizedDescription)", at: SourceLocation(file: path), hint: "Check that the folder exists and is writable")
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw MicrocredError("cannot replace the file: \(reason)", at: SourceLocation(file: path), hint: "Check that the folder is writable")
        }
    }
}
