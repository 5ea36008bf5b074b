import Foundation
import MicrocredCore

extension DataBundle {
    /// The datasets an alignment for areas of `areaDataset` reads: the EP
    /// tables, the crosswalk, the CIP list, the area's OEWS file (with the
    /// national file beside the state file) and, with `profiles`, O*NET
    /// Skills and Knowledge.
    public static func alignmentDatasets(for areaDataset: DatasetID, profiles: Bool) -> [DatasetID] {
        var ids: [DatasetID] = [.cipCodes, .cipSOC, .epOccupation, .onetJobZones]
        if profiles { ids += [.onetSkills, .onetKnowledge, .onetTechnology] }
        return ids + oewsDatasets(for: areaDataset)
    }

    /// The OEWS files that publish areas of `areaDataset`, national figures included.
    public static func oewsDatasets(for areaDataset: DatasetID) -> [DatasetID] {
        areaDataset == .oewsState ? [.oewsNational, .oewsState] : [areaDataset]
    }

    /// OEWS and EP joined for areas of `areaDataset`.
    public func laborMarket(for areaDataset: DatasetID) throws -> LaborMarket {
        LaborMarket(oews: try Self.oewsDatasets(for: areaDataset).map { try oews($0) }, projections: try requireProjections())
    }

    /// Everything an alignment needs for areas of `areaDataset`; O*NET
    /// profiles when Skills and Knowledge were loaded.
    public func alignmentInputs(for areaDataset: DatasetID, aggregates: SOCAggregateRules) throws -> AlignmentInputs {
        let market = try laborMarket(for: areaDataset)
        let crosswalk = DisciplineCrosswalk(crosswalk: try requireCrosswalk(), catalog: try requireCIPCodes(), market: market,
                                            rules: aggregates)
        var profiles: SkillProfiles? = nil
        if let skills, let knowledge {
            profiles = SkillProfiles(ratings: [skills, knowledge], market: market, rollup: crosswalk.rollup)
        }
        var inputs = AlignmentInputs(market: market, crosswalk: crosswalk, profiles: profiles, sources: citations)
        inputs.jobZones = jobZones
        inputs.technology = technology
        return inputs
    }
}
