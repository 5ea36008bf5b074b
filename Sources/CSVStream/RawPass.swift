import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare libcsv pass over a file: the floor against which `CSVReader` and
/// the loaders are benchmarked. It counts fields and records and keeps
/// nothing.
public enum RawPass {
    /// The counts a raw pass finds.
    public struct Counts: Sendable, Equatable {
        public var records: Int
        public var fields: Int
        public var bytes: Int
    }

    struct Tally {
        var records = 0
        var fields = 0
    }

    /// Parses `path` with libcsv in `chunkSize` reads and no per-field work.
    public static func run(path: String, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int = 1 << 16) throws -> Counts {
        let fd: Int32
        do { fd = try RegularFile.open(path) } catch {
            throw error == .notFound ? CSVError(.fileNotFound, file: path) : CSVError(.notAFile(error.description, hint: error.hint), file: path)
        }
        defer { close(fd) }
        var parser = csv_parser()
        guard csv_init(&parser, UInt8(CSV_STRICT) | UInt8(CSV_STRICT_FINI)) == 0 else {
            throw CSVError(.outOfMemory, file: path)
        }
        defer { csv_free(&parser) }
        csv_set_delim(&parser, delimiter)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var tally = Tally()
        var bytes = 0
        let cb1: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { _, _, ctx in
            ctx!.assumingMemoryBound(to: Tally.self).pointee.fields += 1
        }
        let cb2: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, ctx in
            ctx!.assumingMemoryBound(to: Tally.self).pointee.records += 1
        }
        while true {
            let n = read(fd, buffer, chunkSize)
            if n <= 0 { break }
            bytes += n
            if csv_parse(&parser, buffer, n, cb1, cb2, &tally) != n {
                throw CSVError(.badQuoting, file: path)
            }
        }
        if csv_fini(&parser, cb1, cb2, &tally) != 0 { throw CSVError(.unterminatedQuote, file: path) }
        return Counts(records: tally.records, fields: tally.fields, bytes: bytes)
    }
}
