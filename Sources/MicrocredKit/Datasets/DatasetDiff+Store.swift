import MicrocredCore
import Foundation

extension DatasetDiffer {
    /// Loads vintages `from` and `to` of dataset `datasetID` and compares them.
    /// For Employment Projections, tables 1.2 and 1.10 of the same vintage
    /// name are read together.
    public static func compare(resolver: DatasetResolver, dataset: DatasetID, from: String, to: String, area: AreaQuery?,
                               thresholds: DiffThresholds) throws -> DatasetDiff {
        let datasetID = dataset.rawValue
        let old = try resolver.resolve(dataset, vintage: from)
        let new = try resolver.resolve(dataset, vintage: to)
        guard let oldPath = old.path else { throw DatasetResolver.missing(old) }
        guard let newPath = new.path else { throw DatasetResolver.missing(new) }
        if area != nil && old.entry.kind != .oews {
            throw MicrocredError("--area applies to OEWS datasets only; \(datasetID) is national", hint: "Leave out --area")
        }
        switch old.entry.kind {
        case .oews:
            let a = OEWSLoader.load(path: oldPath), b = OEWSLoader.load(path: newPath)
            try a.report.throwIfErrors()
            try b.report.throwIfErrors()
            var areaCode: AreaCode? = nil
            if let area {
                guard let match = area.find(in: b.areas + a.areas) else {
                    throw MicrocredError("area '\(area)' is not in either vintage of \(datasetID)",
                                         hint: "Use " + AreaQuery.spellings + ", found in the file")
                }
                areaCode = match.code
            }
            return oews(a, b, area: areaCode, thresholds: thresholds, datasetID: datasetID, from: from, to: to)
        case .epProjections, .epOpenings:
            func load(_ r: ResolvedDataset) throws -> EPData {
                let partnerID: DatasetID = r.entry.kind == .epProjections ? .epOpenings : .epOccupation
                let partner = try? resolver.resolve(partnerID, vintage: r.vintage.vintage)
                let table12 = r.entry.kind == .epProjections ? r.path : partner?.path
                let table110 = r.entry.kind == .epOpenings ? r.path : partner?.path
                guard let table12 else {
                    throw MicrocredError("comparing \(r.entry.id) needs table 1.2 (ep-occupation) of vintage '\(r.vintage.vintage)'",
                                         hint: "Add it with `microcred datasets add FILE --dataset ep-occupation --vintage \"\(r.vintage.vintage)\"`")
                }
                let data = EPLoader.load(projectionsPath: table12, openingsPath: table110)
                try data.report.throwIfErrors()
                return data
            }
            return projections(try load(old), try load(new), thresholds: thresholds, datasetID: datasetID, from: from, to: to)
        case .cipSocCrosswalk:
            let a = CrosswalkLoader.load(path: oldPath), b = CrosswalkLoader.load(path: newPath)
            try a.report.throwIfErrors()
            try b.report.throwIfErrors()
            return crosswalk(a, b, datasetID: datasetID, from: from, to: to)
        case .highDemandList:
            let a = HighDemandListFile.load(old.entry, path: oldPath, catalogDirectory: resolver.catalog.directory)
            let b = HighDemandListFile.load(new.entry, path: newPath, catalogDirectory: resolver.catalog.directory)
            try a.report.throwIfErrors()
            try b.report.throwIfErrors()
            return occupationLists(a.occupations, b.occupations, datasetID: datasetID, from: from, to: to)
        default:
            throw MicrocredError("diff does not compare \(old.entry.kind.rawValue) datasets",
                                 hint: "It compares OEWS, Employment Projections, crosswalk and high-demand-list vintages")
        }
    }
}
