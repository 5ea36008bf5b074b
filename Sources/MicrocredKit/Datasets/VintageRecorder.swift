import MicrocredCore
import Foundation

/// Adds a new vintage of a dataset to the catalog after checking the file
/// with that dataset's loader. A file that fails is not added and the
/// catalog is left untouched.
public enum VintageRecorder {
    /// What `add` found and recorded.
    public struct Outcome: Sendable {
        public var vintage: DatasetVintage
        public var report: LoadReport
        /// Header differences and other warnings.
        public var warnings: [Diagnostic]
        public var catalog: DatasetCatalog
    }

    /// The reference month read from a vintage name such as "May 2026" or
    /// "2025–35"; nil when the name does not say.
    public static func referenceDate(fromVintage name: String) -> String? {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let year = words.compactMap { Int($0) }.first { (1900...2200).contains($0) }
        guard let year else { return nil }
        let month = words.compactMap { word in months.firstIndex { $0.hasPrefix(word) && word.count >= 3 } }.first
        return String(format: "%04d-%02d", year, (month ?? 0) + 1)
    }

    /// Checks `file` as dataset `id` and returns the catalog with the new vintage; writes nothing.
    public static func add(file: String, datasetID id: DatasetID, vintageName: String, referenceDate: String?, note: String?,
                           catalog: DatasetCatalog, dataPath: DataPath) throws -> Outcome {
        guard let index = catalog.datasets.firstIndex(where: { $0.id == id }) else {
            throw MicrocredError("no dataset '\(id)' in \(catalog.path)", hint: "Known datasets: " + catalog.datasets.map(\.id.rawValue).joined(separator: ", "))
        }
        let entry = catalog.datasets[index]
        try CatalogWriter.checkText(vintageName, what: "--vintage")
        if let note { try CatalogWriter.checkText(note, what: "--note") }
        try InputFile.check(file, what: "dataset file")
        if entry.vintage(named: vintageName) != nil {
            throw MicrocredError("dataset '\(id)' already has a vintage named '\(vintageName)'", hint: "Choose another name, or edit datasets/catalog.yaml to replace it")
        }
        guard let reference = referenceDate ?? Self.referenceDate(fromVintage: vintageName) else {
            throw MicrocredError("cannot tell the reference month from the vintage name '\(vintageName)'", hint: "Pass --reference-date YYYY-MM")
        }
        let probe = DatasetVintage(vintage: vintageName, referenceDate: reference, file: file, sha256: nil, rows: nil, note: note)
        guard probe.referenceMonth != nil else {
            throw MicrocredError("reference date '\(reference)' is not of the form YYYY-MM", hint: "e.g. --reference-date 2026-05")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir), !isDir.boolValue else {
            throw MicrocredError("file not found", at: SourceLocation(file: file), hint: "Give the path of the downloaded file")
        }
        let report = DatasetValidator.load(entry, path: file, catalogDirectory: catalog.directory)
        if report.diagnostics.hasErrors {
            throw MicrocredError("\(file) does not load as dataset '\(id)' (\(entry.kind.rawValue)); the catalog was not changed",
                                 hint: "Fix the file, or check that it is the right download (see docs/datasets.md)",
                                 diagnostics: Array(report.diagnostics.items.filter { $0.severity == .error }.prefix(30)))
        }
        var headerWarnings = Diagnostics()
        DatasetValidator.checkHeader(entry, path: file, into: &headerWarnings)
        let digest = try FileDigest.sha256(path: file)
        var vintage = probe
        vintage.file = recordedPath(for: file, dataPath: dataPath)
        vintage.sha256 = digest
        vintage.rows = report.rows
        var updated = catalog
        updated.datasets[index].vintages.append(vintage)
        return Outcome(vintage: vintage, report: report, warnings: headerWarnings.items + report.diagnostics.items.filter { $0.severity == .warning }, catalog: updated)
    }

    /// The path to record: relative to the first data-path folder that holds
    /// the file, else the path as given.
    static func recordedPath(for file: String, dataPath: DataPath) -> String {
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        for root in dataPath.roots {
            let base = URL(fileURLWithPath: root.directory).standardizedFileURL.path
            let prefix = base.hasSuffix("/") ? base : base + "/"
            if absolute.hasPrefix(prefix) { return String(absolute.dropFirst(prefix.count)) }
        }
        return file
    }
}
