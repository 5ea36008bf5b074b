import Foundation
import MicrocredCore

/// A dataset file whose bytes do not match the sha256 the catalog records
/// for its vintage: the file was changed, cut or replaced since it was
/// recorded, so its figures may not be the published ones.
public struct ChecksumMismatch: Sendable, Hashable {
    public var dataset: DatasetID
    public var vintage: String
    /// The file as the catalog names it (relative: no machine path).
    public var file: String
    public var expected: String
    /// The file's digest; nil when it could not be read to compute one.
    public var found: String?

    /// One line for a report's header and for messages.
    public var warning: String {
        let seen = found.map { "its sha256 is \($0.prefix(12))…, the catalog records \(expected.prefix(12))…" }
            ?? "its sha256 could not be computed (the catalog records \(expected.prefix(12))…)"
        return "\(dataset) (\(vintage)): \(file) does not match the catalog: \(seen). The file may have been edited or replaced; "
            + "its figures may not be the published ones. Download it again, or record it as a new vintage with `microcred datasets add`"
    }
}

/// Checks dataset files against the sha256 recorded in the catalog, while
/// they are loaded (`DataBundle.load` runs each check beside the loads).
///
/// Every file with a recorded digest is checked, the 44 MB all-areas OEWS
/// file included: SHA-256 reads it at several hundred MB/s on one core, so
/// the check costs a fraction of parsing it (docs/robustness.md has the
/// figures). A vintage without a recorded sha256 is not checked.
public enum ChecksumVerification {
    /// The files of `provenance` that have a recorded digest, each (dataset, vintage) once.
    static func checkable(_ provenance: [ResolvedDataset]) -> [ResolvedDataset] {
        var seen = Set<[String]>()
        return provenance.filter { resolved in
            guard let expected = resolved.vintage.sha256, !expected.isEmpty, resolved.path != nil else { return false }
            return seen.insert([resolved.id.rawValue, resolved.vintage.vintage]).inserted
        }
    }

    /// The mismatch of `resolved`'s file with its recorded digest, or nil when they agree.
    public static func check(_ resolved: ResolvedDataset) -> ChecksumMismatch? {
        guard let expected = resolved.vintage.sha256?.lowercased(), !expected.isEmpty, let path = resolved.path else { return nil }
        let found = try? FileDigest.sha256(path: path)
        if found == expected { return nil }
        return ChecksumMismatch(dataset: resolved.id, vintage: resolved.vintage.vintage, file: resolved.vintage.file,
                                expected: expected, found: found)
    }
}

/// Results of concurrent checksum checks, one slot per file.
///
/// `@unchecked Sendable` is safe: every access to `values` holds `lock`, and
/// the stored values are themselves `Sendable`.
final class ChecksumSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ChecksumMismatch?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: ChecksumMismatch?) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }

    /// The mismatches found, in slot order.
    var mismatches: [ChecksumMismatch] {
        lock.lock()
        defer { lock.unlock() }
        return values.compactMap { $0 }
    }
}
