import Foundation
import XCTest
import MicrocredCore
import MicrocredKit

/// Access to the real datasets for tests: the project's catalog plus the
/// folders in MICROCRED_DATA_PATH (`.ci/run` sets it to ../shared/datasets).
/// A test that needs a missing dataset fails; it is never skipped.
public enum RealData {
    /// The repository root, found from this file's path.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let catalogPath = root.appendingPathComponent("datasets/catalog.yaml").path

    public static func catalog() throws -> DatasetCatalog { try DatasetCatalog.load(path: catalogPath) }

    /// The real data, shared by all tests (each dataset loads once).
    public static let shared: RealDataStore? = try? RealDataStore(resolver: makeResolver())

    public static func makeResolver() throws -> DatasetResolver {
        let catalog = try catalog()
        var environment = ProcessInfo.processInfo.environment
        if environment["MICROCRED_DATA_PATH"] == nil {
            // Running `swift test` by hand from the project folder: use the
            // shared datasets beside the project if they are there.
            let beside = root.deletingLastPathComponent().appendingPathComponent("shared/datasets").path
            if FileManager.default.fileExists(atPath: beside) { environment["MICROCRED_DATA_PATH"] = beside }
        }
        return DatasetResolver(catalog: catalog, dataPath: DataPath(catalogDirectory: catalog.directory,
                                                                    environment: environment, dataDirectories: []))
    }

    /// The shared store, or a test failure explaining how to provide the data.
    public static func store(file: StaticString = #filePath, line: UInt = #line) throws -> RealDataStore {
        guard let store = shared else {
            XCTFail("cannot read datasets/catalog.yaml", file: file, line: line)
            throw XCTSkip("unreachable")
        }
        return store
    }

    /// The path of dataset `id`, failing the test with the data-path message when missing.
    public static func path(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let resolved = try store().resolver.resolve(DatasetID(id))
        guard let path = resolved.path else {
            let message = DatasetResolver.missing(resolved).description + "\nSet MICROCRED_DATA_PATH to the folder of real datasets (../shared/datasets)."
            XCTFail(message, file: file, line: line)
            throw DatasetResolver.missing(resolved)
        }
        return path
    }
}

/// The real datasets for tests, each loaded once through `DataBundle` and
/// kept for the whole run (tests share them across threads).
public final class RealDataStore: @unchecked Sendable {
    public let resolver: DatasetResolver
    private let lock = NSLock()
    private var bundles: [DatasetID: DataBundle] = [:]

    public init(resolver: DatasetResolver) { self.resolver = resolver }

    public var catalog: DatasetCatalog { resolver.catalog }
    public var dataPath: DataPath { resolver.dataPath }

    /// One bundle holding `ids`, each loaded at most once per test run.
    public func bundle(_ ids: [DatasetID]) throws -> DataBundle {
        var merged = DataBundle()
        for id in ids {
            lock.lock()
            let hit = bundles[id]
            lock.unlock()
            let one = try hit ?? DataBundle.load([id], resolver: resolver)
            lock.lock()
            bundles[id] = one
            lock.unlock()
            merged.merge(one)
        }
        return merged
    }

    public func oews(_ id: String) throws -> OEWSData { try bundle([DatasetID(id)]).oews(DatasetID(id)) }
    public func projections() throws -> EPData { try bundle([.epOccupation]).requireProjections() }
    public func crosswalk() throws -> CrosswalkData { try bundle([.cipSOC]).requireCrosswalk() }
    public func cipCodes() throws -> CIPCatalog { try bundle([.cipCodes]).requireCIPCodes() }
    public func onetOccupations() throws -> ONetOccupations { try XCTUnwrap(bundle([.onetOccupations]).onetOccupations) }
    public func onetRatings(_ domain: ONetDomain) throws -> ONetRatings {
        domain == .skill ? try XCTUnwrap(bundle([.onetSkills]).skills) : try XCTUnwrap(bundle([.onetKnowledge]).knowledge)
    }

    public func resolve(_ id: DatasetID) throws -> ResolvedDataset { try resolver.resolve(id) }

    public func configuration() throws -> RunConfiguration {
        try RunConfiguration.resolve(ConfigurationRequest(catalogPath: RealData.catalogPath,
                                                          environment: ["MICROCRED_DATA_PATH": resolver.dataPath.roots.map(\.directory).joined(separator: ":")]))
    }

    public func alignmentInputs(for dataset: String, profiles: Bool) throws -> AlignmentInputs {
        let id = DatasetID(dataset)
        return try bundle(DataBundle.alignmentDatasets(for: id, profiles: profiles))
            .alignmentInputs(for: id, aggregates: configuration().socAggregates.value)
    }

    /// The report pipeline's evaluation of `proposalPath`, on the shared data.
    public func evaluate(proposalPath: String, asOf: CalendarDate) throws -> ProposalEvaluation {
        let configuration = try configuration()
        let parsed = ReportPipeline.parse(proposalPath: proposalPath)
        let area = parsed.area?.spec
        let ids = DataBundle.referenceDatasets(for: area, resolver: resolver)
            + DataBundle.alignmentDatasets(for: area?.datasetID ?? .oewsState, profiles: true) + ReportPipeline.levelDatasets
        var merged = try bundle(ids)
        // The IPEDS years of the supply section, as ReportPipeline.load requests them.
        let settings = try configuration.supplySettings()
        let plan = try IPEDSPlan.resolve([], newest: settings.value.averageYears, catalog: configuration.catalog)
        merged.merge(try ipeds(plan))
        return try ReportPipeline.evaluate(parsed, proposalPath: proposalPath, bundle: merged, configuration: configuration, asOf: asOf)
    }

    private var ipedsCache: [IPEDSPlan: DataBundle] = [:]

    /// The IPEDS files of `plan`, loaded at most once per test run.
    public func ipeds(_ plan: IPEDSPlan) throws -> DataBundle {
        lock.lock()
        let hit = ipedsCache[plan]
        lock.unlock()
        if let hit { return hit }
        let loaded = try DataBundle.load(requests: plan.requests, resolver: resolver)
        lock.lock()
        ipedsCache[plan] = loaded
        lock.unlock()
        return loaded
    }
}

extension DataBundle {
    /// Adds what `other` holds (test helper for combining cached bundles).
    public mutating func merge(_ other: DataBundle) {
        oews.merge(other.oews) { a, _ in a }
        projections = projections ?? other.projections
        crosswalk = crosswalk ?? other.crosswalk
        cipCodes = cipCodes ?? other.cipCodes
        onetOccupations = onetOccupations ?? other.onetOccupations
        skills = skills ?? other.skills
        knowledge = knowledge ?? other.knowledge
        jobZones = jobZones ?? other.jobZones
        educationTraining = educationTraining ?? other.educationTraining
        technology = technology ?? other.technology
        highDemandLists.merge(other.highDemandLists) { a, _ in a }
        ipedsInstitutions.merge(other.ipedsInstitutions) { a, _ in a }
        ipedsCompletions.merge(other.ipedsCompletions) { a, _ in a }
        for item in other.provenance where !provenance.contains(where: { $0.id == item.id && $0.vintage.vintage == item.vintage.vintage }) { provenance.append(item) }
    }
}
