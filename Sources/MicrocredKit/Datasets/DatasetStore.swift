import MicrocredCore
import Foundation

/// A dataset resolved to one vintage and, if found, a file.
public struct ResolvedDataset: Sendable {
    public var entry: DatasetEntry
    public var vintage: DatasetVintage
    /// The file found on the data path, or nil.
    public var path: String?
    /// Every path tried, in order.
    public var searched: [String]
}

/// Loads datasets by id through the catalog and data path, once each, and
/// remembers which were used so that reports can cite them.
public final class DatasetStore {
    public let catalog: DatasetCatalog
    public let dataPath: DataPath
    /// Vintage choices: dataset id → vintage name; the key "*" applies to
    /// every dataset that has a vintage of that name.
    public let vintageChoices: [String: String]

    private var cache: [String: Any] = [:]
    /// Datasets loaded so far, in first-use order.
    public private(set) var used: [ResolvedDataset] = []

    public init(catalog: DatasetCatalog, dataPath: DataPath, vintageChoices: [String: String] = [:]) {
        self.catalog = catalog
        self.dataPath = dataPath
        self.vintageChoices = vintageChoices
    }

    /// Parses `--vintage` values: `ID=VINTAGE`, or a bare vintage name for
    /// every dataset that has it.
    public static func parseVintageChoices(_ values: [String], catalog: DatasetCatalog) throws -> [String: String] {
        var choices: [String: String] = [:]
        for value in values {
            if let eq = value.firstIndex(of: "="), catalog.entry(String(value[..<eq])) != nil {
                let id = String(value[..<eq])
                let name = String(value[value.index(after: eq)...])
                guard let entry = catalog.entry(id), entry.vintage(named: name) != nil else {
                    let known = catalog.entry(id)?.vintages.map(\.vintage).joined(separator: ", ") ?? ""
                    throw MicrocredError("dataset '\(id)' has no vintage '\(name)'", hint: "Its vintages: \(known). `microcred datasets list` shows them all")
                }
                choices[id] = name
            } else {
                guard catalog.datasets.contains(where: { $0.vintage(named: value) != nil }) else {
                    let all = Set(catalog.datasets.flatMap { $0.vintages.map(\.vintage) }).sorted().joined(separator: ", ")
                    throw MicrocredError("no dataset has a vintage named '\(value)'", hint: "Known vintages: \(all); or write ID=VINTAGE")
                }
                for entry in catalog.datasets where entry.vintage(named: value) != nil { choices[entry.id] = value }
            }
        }
        return choices
    }

    /// The vintage and file for `id`, without loading it.
    public func resolve(_ id: String, vintage: String? = nil) throws -> ResolvedDataset {
        guard let entry = catalog.entry(id) else {
            let ids = catalog.datasets.map(\.id).joined(separator: ", ")
            throw MicrocredError("\(catalog.path): no dataset '\(id)' in the catalog", hint: "Known datasets: \(ids)")
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
    public func require(_ id: String) throws -> ResolvedDataset {
        let resolved = try resolve(id)
        guard resolved.path != nil else { throw Self.missing(resolved) }
        return resolved
    }

    /// The message for a dataset whose file is not on the data path.
    public static func missing(_ resolved: ResolvedDataset) -> MicrocredError {
        let entry = resolved.entry
        let name = (resolved.vintage.file as NSString).lastPathComponent
        let places = resolved.searched.map { "  - \($0)" }.joined(separator: "\n")
        return MicrocredError(
            "dataset '\(entry.id)' (\(entry.title), \(resolved.vintage.vintage)) is missing: \(name) was not found. Looked in:\n\(places)",
            hint: "Download it from \(entry.sourceURL) and save it as \(name) in one of those folders, or point MICROCRED_DATA_PATH or --data at the folder that holds it")
    }

    private func cached<T>(_ key: String, _ make: () throws -> T) throws -> T {
        if let hit = cache[key] as? T { return hit }
        let value = try make()
        cache[key] = value
        return value
    }

    func isCached(_ key: String) -> Bool { cache[key] != nil }

    func store(_ key: String, _ value: Any) { cache[key] = value }

    func markUsedPublicly(_ resolved: ResolvedDataset) { markUsed(resolved) }

    private func markUsed(_ resolved: ResolvedDataset) {
        if !used.contains(where: { $0.entry.id == resolved.entry.id }) { used.append(resolved) }
    }

    /// Loads dataset `id` once with `load`, failing on any error in its
    /// report, and records it as used.
    private func loaded<T>(_ id: String, _ load: (String) -> T, report: (T) -> LoadReport) throws -> T {
        try cached(id) {
            let resolved = try require(id)
            let data = load(resolved.path ?? "")
            try report(data).throwIfErrors()
            markUsed(resolved)
            return data
        }
    }

    /// The OEWS file `id` (oews-national, oews-state or oews-all-areas).
    public func oews(_ id: String) throws -> OEWSData {
        try loaded(id, OEWSLoader.load(path:), report: \.report)
    }

    /// Employment Projections tables 1.2 and 1.10 joined.
    public func projections() throws -> EPData {
        try cached("ep") {
            let table = try require("ep-occupation")
            let openings = try require("ep-openings")
            let data = EPLoader.load(projectionsPath: table.path ?? "", openingsPath: openings.path)
            try data.report.throwIfErrors()
            if let report = data.openingsReport { try report.throwIfErrors() }
            markUsed(table)
            markUsed(openings)
            return data
        }
    }

    /// The CIP–SOC crosswalk.
    public func crosswalk() throws -> CrosswalkData {
        try loaded("cip-soc", CrosswalkLoader.load(path:), report: \.report)
    }

    /// The CIP 2020 code list.
    public func cipCodes() throws -> CIPCatalog {
        try loaded("cip-codes", CIPCodesLoader.load(path:), report: \.report)
    }

    /// O*NET Occupation Data.
    public func onetOccupations() throws -> ONetOccupations {
        try loaded("onet-occupations", ONetLoader.loadOccupations(path:), report: \.report)
    }

    /// O*NET Skills or Knowledge.
    public func onetRatings(_ domain: ONetDomain) throws -> ONetRatings {
        try loaded(domain == .skill ? "onet-skills" : "onet-knowledge", { ONetLoader.loadRatings(path: $0, domain: domain) }, report: \.report)
    }
}
