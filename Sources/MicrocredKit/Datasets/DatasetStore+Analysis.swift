import MicrocredCore
import Foundation
import Dispatch

extension DatasetStore {
    /// The SOC aggregates file beside the catalog (datasets/soc-aggregates.yaml).
    public func socAggregateRules() throws -> SOCAggregateRules {
        let path = (catalog.directory as NSString).appendingPathComponent("soc-aggregates.yaml")
        return try SOCAggregateRules(document: YAMLDocument.load(path: path, what: "SOC aggregates file"))
    }

    /// The datasets loaded so far, for citing.
    public func citations() -> [SourceCitation] {
        used.map { SourceCitation(dataset: $0.entry.id, vintage: $0.vintage.vintage, title: $0.entry.title) }
    }

    /// The OEWS files that publish areas of `areaDataset` (from
    /// `AreaResolver.datasetID`), national figures included.
    public func oewsFiles(for areaDataset: String) throws -> [OEWSData] {
        switch areaDataset {
        case "oews-national": return [try oews("oews-national")]
        case "oews-state": return [try oews("oews-national"), try oews("oews-state")]
        default: return [try oews(areaDataset)]
        }
    }

    /// OEWS and EP joined for areas of `areaDataset`.
    public func laborMarket(for areaDataset: String) throws -> LaborMarket {
        LaborMarket(oews: try oewsFiles(for: areaDataset), projections: try projections())
    }

    /// Everything an alignment needs for areas of `areaDataset`; O*NET
    /// skills and knowledge only when `profiles` is true.
    public func alignmentInputs(for areaDataset: String, profiles: Bool) throws -> AlignmentInputs {
        let market = try laborMarket(for: areaDataset)
        let crosswalk = DisciplineCrosswalk(crosswalk: try self.crosswalk(), catalog: try cipCodes(), market: market,
                                            rules: try socAggregateRules())
        var skillProfiles: SkillProfiles? = nil
        if profiles {
            skillProfiles = SkillProfiles(ratings: [try onetRatings(.skill), try onetRatings(.knowledge)], market: market,
                                          rollup: crosswalk.rollup)
        }
        return AlignmentInputs(market: market, crosswalk: crosswalk, profiles: skillProfiles, sources: citations())
    }
}

extension DatasetStore {
    /// As `alignmentInputs(for:profiles:)` without O*NET, but reads the OEWS
    /// file on a second thread while the EP, crosswalk and CIP files load on
    /// this one (for `rank --area all`). The OEWS file is not kept in the
    /// store's cache; it is cited first in `sources`.
    public func alignmentInputsLoadingConcurrently(for areaDataset: String) throws -> AlignmentInputs {
        let resolved = try require(areaDataset)
        guard let path = resolved.path else { throw Self.missing(resolved) }
        let box = LoadBox()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            box.set(OEWSLoader.load(path: path))
        }
        let projections: EPData, crosswalk: CrosswalkData, codes: CIPCatalog, rules: SOCAggregateRules
        do {
            projections = try self.projections()
            crosswalk = try self.crosswalk()
            codes = try cipCodes()
            rules = try socAggregateRules()
        } catch {
            group.wait()
            throw error
        }
        group.wait()
        guard let oews = box.value else { throw MicrocredError("\(path): the OEWS file could not be read") }
        try oews.report.throwIfErrors()
        var files = [oews]
        if areaDataset != "oews-all-areas" && areaDataset != "oews-national" { files.insert(try self.oews("oews-national"), at: 0) }
        let market = LaborMarket(oews: files, projections: projections)
        let prepared = DisciplineCrosswalk(crosswalk: crosswalk, catalog: codes, market: market, rules: rules)
        let sources = [SourceCitation(dataset: resolved.entry.id, vintage: resolved.vintage.vintage, title: resolved.entry.title)]
            + citations().filter { $0.dataset != resolved.entry.id }
        return AlignmentInputs(market: market, crosswalk: prepared, profiles: nil, sources: sources)
    }
}

/// Hands a loaded file from a worker thread back to the caller.
private final class LoadBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: OEWSData?

    func set(_ value: OEWSData) {
        lock.lock()
        stored = value
        lock.unlock()
    }

    var value: OEWSData? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
