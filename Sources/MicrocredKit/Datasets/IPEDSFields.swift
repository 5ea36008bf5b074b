import Foundation
import MicrocredCore

/// Byte-level parsing of IPEDS cells.
enum IPEDSFields {
    /// A coded integer cell: a value, `-1`/`-2`/`-3`, or blank; nil when the
    /// cell is anything else (text, another negative number).
    @inline(__always)
    static func code(_ bytes: UnsafeRawBufferPointer) -> IPEDSReported<Int>? {
        if bytes.isEmpty { return .blank }
        if bytes[0] == 0x20 || bytes[bytes.count - 1] == 0x20 {
            // HD 2020–2022 pad one-digit FIPS codes with a space (` 1`).
            var start = 0, end = bytes.count
            while start < end && bytes[start] == 0x20 { start += 1 }
            while end > start && bytes[end - 1] == 0x20 { end -= 1 }
            return start == end ? .blank : code(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        }
        guard let n = FieldParsing.integer(bytes) else { return nil }
        switch n {
        case -1: return .notReported
        case -2: return .notApplicable
        case -3: return .notAvailable
        case ..<0: return nil
        default: return .value(n)
        }
    }

    /// The column index of the first of `names` the header has.
    static func column(_ names: [String], in header: [String: Int]) -> Int? {
        for name in names { if let i = header[name] { return i } }
        return nil
    }
}
