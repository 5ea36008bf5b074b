import Foundation
import MicrocredCore

/// A dataset resolved to one vintage and, if found, a file.
public struct ResolvedDataset: Sendable {
    public var entry: DatasetEntry
    public var vintage: DatasetVintage
    /// The file found on the data path, or nil.
    public var path: String?
    /// Every path tried, in order.
    public var searched: [String]

    public var id: DatasetID { entry.id }
}

/// A `--vintage` choice: `ID=VINTAGE`, or a bare vintage name for every
/// dataset that has one of that name.
public struct VintageSelection: Sendable, Hashable, CustomStringConvertible {
    public var dataset: DatasetID?
    public var vintage: String

    /// Parses `ID=VINTAGE` or a bare vintage name; nil when empty.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let eq = trimmed.firstIndex(of: "="), eq != trimmed.startIndex {
            dataset = DatasetID(String(trimmed[..<eq]).trimmingCharacters(in: .whitespaces))
            vintage = String(trimmed[trimmed.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        } else {
            dataset = nil
            vintage = trimmed
        }
        if vintage.isEmpty { return nil }
    }

    public var description: String { dataset.map { "\($0)=\(vintage)" } ?? vintage }
}

/// Resolves dataset ids to a vintage and a file through the catalog and the
/// data path. Immutable: it remembers nothing about what was loaded.
public struct DatasetResolver: Sendable {
    public let catalog: DatasetCatalog
    public let dataPath: DataPath
    /// The vintage chosen for each dataset (the newest when absent).
    public let vintageChoices: [DatasetID: String]

    public init(catalog: DatasetCatalog, dataPath: DataPath, vintageChoices: [DatasetID: String] = [:]) {
        self.catalog = catalog
        self.dataPath = dataPath
        self.vintageChoices = vintageChoices
    }

    /// The vintage choices `selections` make, checked against the catalog.
    public static func vintageChoices(_ selections: [VintageSelection], catalog: DatasetCatalog) throws -> [DatasetID: String] {
        var choices: [DatasetID: String] = [:]
        for selection in selections {
            if let id = selection.dataset, let entry = catalog.entry(id) {
                guard entry.vintage(named: selection.vintage) != nil else {
                    let known = entry.vintages.map(\.vintage).joined(separator: ", ")
                    throw MicrocredError("dataset '\(id)' has no vintage '\(selection.vintage)'", hint: "Its vintages: \(known). `microcred datasets list` shows them all")
                }
                choices[id] = selection.vintage
                continue
            }
            let name = selection.description
            guard catalog.datasets.contains(where: { $0.vintage(named: name) != nil }) else {
                let all = Set(catalog.datasets.flatMap { $0.vintages.map(\.vintage) }).sorted().joined(separator: ", ")
                throw MicrocredError("no dataset has a vintage named '\(name)'", hint: "Known vintages: \(all); or write ID=VINTAGE")
            }
            for entry in catalog.datasets where entry.vintage(named: name) != nil { choices[entry.id] = name }
        }
        return choices
    }

    /// The vintage and file for `id`, without loading it.
    public func resolve(_ id: DatasetID, vintage: String? = nil) throws -> ResolvedDataset {
        guard let entry = catalog.entry(id) else {
            let ids = catalog.datasets.map(\.id.rawValue).joined(separator: ", ")
            throw MicrocredError("no dataset '\(id)' in the catalog", at: SourceLocation(file: catalog.path), hint: "Known datasets: \(ids)")
        }
        let choice = vintage ?? vintageChoices[id]
        guard let vintage = entry.vintage(named: choice) else {
            throw MicrocredError("dataset '\(id)' has no vintage '\(choice ?? "")'",
                                 hint: "Its vintages: " + entry.vintages.map(\.vintage).joined(separator: ", "))
        }
        let (path, searched) = dataPath.locate(vintage.file)
        return ResolvedDataset(entry: entry, vintage: vintage, path: path, searched: searched)
    }

    /// The file for `id`; throws one message naming the dataset, where it
    /// was looked for, and where to download it.
    public func require(_ id: DatasetID) throws -> ResolvedDataset {
        let resolved = try resolve(id)
        guard resolved.path != nil else { throw Self.missing(resolved) }
        return resolved
    }

    /// Whether `id` is in the catalog and its file on the data path.
    public func isAvailable(_ id: DatasetID) -> Bool { (try? resolve(id))?.path != nil }

    /// The message for a dataset whose file is not on the data path.
    public static func missing(_ resolved: ResolvedDataset) -> MicrocredError {
        let entry = resolved.entry
        let name = (resolved.vintage.file as NSString).lastPathComponent
        let places = resolved.searched.map { "  - \($0)" }.joined(separator: "\n")
        return MicrocredError(
            "dataset '\(entry.id)' (\(entry.title), \(resolved.vintage.vintage)) is missing: \(name) was not found. Looked in:\n\(places)",
            hint: "Download it from \(entry.sourceURL) and save it as \(name) in one of those folders, or point MICROCRED_DATA_PATH or --data at the folder that holds it")
    }
}
