import MicrocredCore
import CSVStream
import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SHA-256 of a file, read in chunks. The file is opened through
/// `RegularFile`, so a FIFO or device is refused instead of blocking.
public enum FileDigest {
    public static func sha256(path: String) throws -> String {
        let fd: Int32
        do { fd = try RegularFile.open(path) } catch {
            throw MicrocredError("cannot compute the file's checksum: \(error.description)", at: SourceLocation(file: Terminal.safe(path)), hint: error.hint)
        }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw MicrocredError("cannot read the file to compute its checksum: \(String(cString: strerror(errno)))", at: SourceLocation(file: Terminal.safe(path)),
                                     hint: "Check the file's permissions")
            }
            if n == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
