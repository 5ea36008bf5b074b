import Dispatch
import Foundation
import MicrocredCore

/// The datasets one run reads, loaded once and concurrently, as typed values
/// with their provenance. A `Sendable` value: nothing in it changes after
/// `load` returns.
public struct DataBundle: Sendable {
    public var oews: [DatasetID: OEWSData] = [:]
    public var projections: EPData?
    public var crosswalk: CrosswalkData?
    public var cipCodes: CIPCatalog?
    public var onetOccupations: ONetOccupations?
    public var skills: ONetRatings?
    public var knowledge: ONetRatings?
    public var jobZones: ONetJobZones?
    public var educationTraining: ONetEducationTraining?
    public var technology: ONetTechnologySkills?
    public var highDemandLists: [DatasetID: HighDemandListFile] = [:]
    /// IPEDS HD files by vintage (`2024–25`).
    public var ipedsInstitutions: [String: IPEDSInstitutions] = [:]
    /// IPEDS Completions files by vintage (`2023–24`).
    public var ipedsCompletions: [String: IPEDSCompletions] = [:]
    /// Every dataset read, companions included, in catalog order.
    public var provenance: [ResolvedDataset] = []
    /// Files that do not match the sha256 the catalog records (checked while loading).
    public var checksumMismatches: [ChecksumMismatch] = []

    public init() {}

    /// Loads `ids` (and their companions) through `resolver`, each on its own
    /// core. A missing file or a load error is thrown in `ids` order, as one
    /// message naming the dataset.
    public static func load(_ ids: [DatasetID], resolver: DatasetResolver) throws -> DataBundle {
        try load(requests: ids.map { DatasetRequest($0) }, resolver: resolver)
    }

    /// As `load(_:resolver:)`, with a vintage chosen per request: several
    /// vintages of one dataset (IPEDS years) load side by side.
    public static func load(requests: [DatasetRequest], resolver: DatasetResolver) throws -> DataBundle {
        var bundle = DataBundle()
        try bundle.add(requests: requests, resolver: resolver)
        return bundle
    }

    /// Loads `requests` into this bundle, as `load(requests:resolver:)`
    /// does: for a second stage whose rows depend on a first (completions
    /// read for the institutions the HD files place in an area).
    public mutating func add(requests: [DatasetRequest], resolver: DatasetResolver) throws {
        var requested: [DatasetRequest] = []
        for request in requests where !requested.contains(request) { requested.append(request) }
        var files: [DatasetFile] = []
        var provenance: [ResolvedDataset] = []
        for request in requested {
            let resolved = try request.vintage.map { try resolver.resolve(request.id, vintage: $0) } ?? resolver.require(request.id)
            guard resolved.path != nil else { throw DatasetResolver.missing(resolved) }
            var file = DatasetFile(path: resolved.path ?? "", entry: resolved.entry, catalogDirectory: resolver.catalog.directory)
            if request.vintage != nil { file.vintage = resolved.vintage.vintage }
            file.scope = request.scope
            provenance.append(resolved)
            if let companion = DatasetLoaders.loader(for: resolved.entry.kind).companion {
                let partner = try resolver.require(companion)
                file.companionPath = partner.path
                provenance.append(partner)
            }
            files.append(file)
        }
        let results = LoadSlots(count: files.count)
        let jobs = files
        // The checksum checks run beside the loads, one file per iteration.
        let digests = ChecksumVerification.checkable(provenance)
        let checks = ChecksumSlots(count: digests.count)
        // Largest jobs first, so that the last job to start is a small one
        // and no core waits alone on a big file at the end (longest
        // processing time first). A full load costs about three times a
        // digest of the same bytes; a scoped load, which turns most lines
        // down unparsed, about one.
        func size(_ path: String?) -> Int {
            guard let path, let n = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int else { return 0 }
            return n
        }
        let order = (files.indices.map { (cost: (files[$0].scope == nil ? 3 : 1) * (size(files[$0].path) + size(files[$0].companionPath)), job: $0) }
                     + digests.indices.map { (cost: size(digests[$0].path), job: files.count + $0) })
            .sorted { $0.cost != $1.cost ? $0.cost > $1.cost : $0.job < $1.job }
            .map(\.job)
        DispatchQueue.concurrentPerform(iterations: order.count) { k in
            let i = order[k]
            if i < jobs.count {
                results.set(i, DatasetLoaders.job(for: jobs[i]))
            } else {
                checks.set(i - jobs.count, ChecksumVerification.check(digests[i - jobs.count]))
            }
        }
        for i in files.indices {
            guard let loaded = results.get(i) else { continue }
            for report in loaded.reports { try report.throwIfErrors() }
            loaded.place(&self)
        }
        let catalogOrder = Dictionary(resolver.catalog.datasets.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<DatasetRequest>()
        self.provenance = (self.provenance + provenance).filter { seen.insert(DatasetRequest($0.id, vintage: $0.vintage.vintage)).inserted }
            .sorted { (catalogOrder[$0.id] ?? .max, $0.vintage.referenceDate) < (catalogOrder[$1.id] ?? .max, $1.vintage.referenceDate) }
        checksumMismatches += checks.mismatches
    }

    /// The datasets read, for citing (catalog order).
    public var citations: [SourceCitation] {
        provenance.map { SourceCitation(dataset: $0.entry.id.rawValue, vintage: $0.vintage.vintage, title: $0.entry.title) }
    }

    /// The resolved dataset `id`, if it was read.
    public func resolved(_ id: DatasetID) -> ResolvedDataset? { provenance.first { $0.id == id } }

    // MARK: Typed access (a value that was not loaded is a programming error
    // in the caller's dataset list, reported as a message rather than a trap).

    public func oews(_ id: DatasetID) throws -> OEWSData {
        guard let data = oews[id] else { throw Self.notLoaded(id) }
        return data
    }

    public func requireProjections() throws -> EPData {
        guard let projections else { throw Self.notLoaded(.epOccupation) }
        return projections
    }

    public func requireCrosswalk() throws -> CrosswalkData {
        guard let crosswalk else { throw Self.notLoaded(.cipSOC) }
        return crosswalk
    }

    public func requireCIPCodes() throws -> CIPCatalog {
        guard let cipCodes else { throw Self.notLoaded(.cipCodes) }
        return cipCodes
    }

    static func notLoaded(_ id: DatasetID) -> MicrocredError {
        MicrocredError("internal error: dataset '\(id)' was needed but not loaded", hint: "Please report this with the command you ran")
    }
}

/// One dataset to load: its id and, when not the resolver's choice, a vintage.
public struct DatasetRequest: Sendable, Hashable {
    public var id: DatasetID
    public var vintage: String?
    /// The rows to read, for the kinds that can read part of a file (nil: all).
    public var scope: DatasetScope?

    public init(_ id: DatasetID, vintage: String? = nil, scope: DatasetScope? = nil) {
        self.id = id
        self.vintage = vintage
        self.scope = scope
    }
}

/// Results of concurrent loads, one slot per file.
///
/// `@unchecked Sendable` is safe: every access to `values` holds `lock`, and
/// the stored values are themselves `Sendable`.
private final class LoadSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [LoadedDataset?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: LoadedDataset) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }

    func get(_ i: Int) -> LoadedDataset? {
        lock.lock()
        defer { lock.unlock() }
        return values[i]
    }
}
