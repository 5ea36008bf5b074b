import MicrocredCore
import CSVStream
import Foundation

/// The result of checking one dataset file against its catalog entry.
public struct DatasetValidation: Sendable {
    public var id: DatasetID
    public var vintage: String
    public var path: String?
    /// Data rows read.
    public var rows: Int
    /// nil when the file was missing or the catalog gives no checksum.
    public var sha256Matches: Bool?
    public var sha256: String?
    public var quirks: Tally
    public var diagnostics: Diagnostics

    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// Loads datasets with their loaders and checks them against the catalog:
/// header, row count and checksum.
public enum DatasetValidator {
    /// Loads `path` as a file of dataset `entry`; the load report holds
    /// rows, quirks and problems.
    public static func load(_ entry: DatasetEntry, path: String, catalogDirectory: String) -> LoadReport {
        let reports = DatasetLoaders.validate(DatasetFile(path: path, entry: entry, catalogDirectory: catalogDirectory))
        var report = reports.first ?? LoadReport(file: path)
        for other in reports.dropFirst() { report.diagnostics.append(contentsOf: other.diagnostics) }
        return report
    }

    /// Validates one resolved dataset.
    public static func validate(_ resolved: ResolvedDataset, catalogDirectory: String, checksum: Bool = true) -> DatasetValidation {
        var result = DatasetValidation(id: resolved.entry.id, vintage: resolved.vintage.vintage, path: resolved.path,
                                       rows: 0, sha256Matches: nil, sha256: nil, quirks: Tally(), diagnostics: Diagnostics())
        guard let path = resolved.path else {
            result.diagnostics.error(DatasetResolver.missing(resolved).description)
            return result
        }
        let report = load(resolved.entry, path: path, catalogDirectory: catalogDirectory)
        result.rows = report.rows
        result.quirks = report.quirks
        result.diagnostics = report.diagnostics
        checkHeader(resolved.entry, path: path, into: &result.diagnostics)
        if let expected = resolved.vintage.rows, expected != report.rows, !report.diagnostics.hasErrors {
            result.diagnostics.warning("\(report.rows) data rows, but the catalog expects \(expected) for vintage \(resolved.vintage.vintage)", file: path)
        }
        if checksum, let digest = try? FileDigest.sha256(path: path) {
            result.sha256 = digest
            if let expected = resolved.vintage.sha256 {
                result.sha256Matches = expected.lowercased() == digest
                if result.sha256Matches == false {
                    result.diagnostics.warning("sha256 \(digest) differs from the catalog's \(expected): the file is not the release the catalog records", file: path)
                }
            }
        }
        return result
    }

    /// Warns when the header differs from the catalog's expected columns.
    static func checkHeader(_ entry: DatasetEntry, path: String, into diagnostics: inout Diagnostics) {
        let format: CSVFormat = entry.format == "tsv" ? .tsv : {
            var f = CSVFormat.csv
            f.strict = entry.kind != .cipCodes
            return f
        }()
        guard let reader = try? CSVReader(path: path, format: format) else { return }
        let missing = entry.columns.filter { reader.column($0) == nil }
        // IPEDS columns drift between years and the loaders find theirs by
        // name: only missing columns matter there.
        let drifts = entry.kind == .ipedsInstitutions || entry.kind == .ipedsCompletions
        let extra = drifts ? [] : reader.header.filter { !entry.columns.contains($0) }
        if !missing.isEmpty || !extra.isEmpty {
            var parts: [String] = []
            if !missing.isEmpty { parts.append("lacks " + missing.map { "'\($0)'" }.joined(separator: ", ")) }
            if !extra.isEmpty { parts.append("adds " + extra.map { "'\($0)'" }.joined(separator: ", ")) }
            diagnostics.warning("the header differs from the catalog's columns: it " + parts.joined(separator: " and "), file: path, line: 1)
        }
    }
}
