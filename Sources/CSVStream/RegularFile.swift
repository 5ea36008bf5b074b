#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way microcred opens an input file for reading.
///
/// Only regular files are accepted: a FIFO, a device, a socket or a folder
/// given as an input is refused with a message, never read (opening a FIFO
/// for reading blocks until a writer appears; a device like /dev/zero never
/// ends). The file is opened with `O_NONBLOCK` so that the open itself cannot
/// block, checked with `fstat` on the open descriptor (no race between the
/// check and the read), and then switched back to blocking reads. A path
/// containing a NUL byte is refused (the C library would silently cut it there).
public enum RegularFile {
    /// Why a path cannot be read as an input file.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound
        case isDirectory
        /// A FIFO, device, socket: named in words.
        case notRegular(String)
        case nulInPath
        case tooLarge(size: Int, limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .notFound: return "file not found"
            case .isDirectory: return "is a folder, not a file"
            case .notRegular(let what): return "is \(what), not a regular file; refusing to read it"
            case .nulInPath: return "the path contains a NUL byte"
            case .tooLarge(let size, let limit): return "is \(size) bytes; the limit for this kind of file is \(limit)"
            case .unreadable(let reason): return "cannot read the file: \(reason)"
            }
        }

        /// How to fix it.
        public var hint: String {
            switch self {
            case .notFound: return "Check the path"
            case .isDirectory: return "Give the path of a file inside it"
            case .notRegular: return "Give the path of an ordinary file (save the data to a file first)"
            case .nulInPath: return "Remove the NUL (\\0) from the path"
            case .tooLarge: return "Check that this is the right file"
            case .unreadable: return "Check the file's permissions"
            }
        }
    }

    /// What kind of file system object `mode` describes, in words.
    static func kindName(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }

    /// What is at `path` (not following a symbolic link) when it exists and
    /// is not a regular file, in words ("a symbolic link", "a FIFO (named
    /// pipe)", …); nil for a regular file or nothing.
    public static func nonRegularKind(atPath path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return kindName(st.st_mode)
    }

    /// Opens `path` for reading; the caller closes the descriptor.
    public static func open(_ path: String) throws(Problem) -> Int32 {
        if path.utf8.contains(0) { throw .nulInPath }
        if path.isEmpty { throw .notFound }
        #if canImport(Glibc)
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        #else
        let fd = Darwin.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        #endif
        if fd < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound }
            if code == EISDIR { throw .isDirectory }
            throw .unreadable(String(cString: strerror(code)))
        }
        var st = stat()
        if fstat(fd, &st) != 0 {
            let code = errno
            close(fd)
            throw .unreadable(String(cString: strerror(code)))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { close(fd); throw .isDirectory }
        if let what = kindName(st.st_mode) { close(fd); throw .notRegular(what) }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return fd
    }

    /// Checks that `path` can be opened as a regular file, without reading it.
    public static func check(_ path: String) throws(Problem) {
        let fd = try open(path)
        close(fd)
    }

    /// The whole file, refused when larger than `maxBytes`.
    public static func read(_ path: String, maxBytes: Int) throws(Problem) -> [UInt8] {
        let fd = try open(path)
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, Int(st.st_size) > maxBytes { throw .tooLarge(size: Int(st.st_size), limit: maxBytes) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
            // The file may have grown since fstat.
            if out.count > maxBytes { throw .tooLarge(size: out.count, limit: maxBytes) }
        }
        return out
    }
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}
