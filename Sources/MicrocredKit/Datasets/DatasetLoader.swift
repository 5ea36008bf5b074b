import Foundation
import MicrocredCore

/// A file of one dataset kind, ready to load.
public struct DatasetFile: Sendable {
    public var path: String
    public var entry: DatasetEntry
    /// The folder of the catalog (high-demand lists find their mapping there).
    public var catalogDirectory: String
    /// The companion dataset's file, for kinds read together with another
    /// (Employment Projections table 1.10 joins table 1.2); nil to load alone.
    public var companionPath: String?
    /// The catalog vintage the file is (kinds loaded in several vintages at
    /// once, IPEDS, keep it with their value); nil when loaded alone.
    public var vintage: String? = nil
    /// The rows to read, for the kinds that can read part of a file (nil: all).
    public var scope: DatasetScope? = nil
}

/// Loads one kind of dataset into its typed value. Loading never throws:
/// every problem is a located diagnostic in the value's load reports.
public protocol DatasetLoader: SendableMetatype {
    associatedtype Value: Sendable
    /// The catalog kind this loader reads.
    static var kind: DatasetKind { get }
    /// A dataset read together with this one, if any.
    static var companion: DatasetID? { get }
    static func load(_ file: DatasetFile) -> Value
    /// What loading found: rows, quirks and problems (one report per file read).
    static func reports(of value: Value) -> [LoadReport]
    /// Puts the value where a `DataBundle` keeps this kind.
    static func place(_ value: Value, as id: DatasetID, in bundle: inout DataBundle)
}

extension DatasetLoader {
    public static var companion: DatasetID? { nil }
}

/// OEWS cross-industry files (national, state, all areas).
public enum OEWSDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.oews
    public static func load(_ file: DatasetFile) -> OEWSData { OEWSLoader.load(path: file.path, areaKinds: OEWSAreaKinds.expected(for: file.entry.id), scope: file.scope?.oewsAreas) }
    public static func reports(of value: OEWSData) -> [LoadReport] { [value.report] }
    public static func place(_ value: OEWSData, as id: DatasetID, in bundle: inout DataBundle) { bundle.oews[id] = value }
}

/// Employment Projections table 1.2, joined with table 1.10 when its file is given.
public enum ProjectionsDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.epProjections
    public static let companion: DatasetID? = .epOpenings
    public static func load(_ file: DatasetFile) -> EPData { EPLoader.load(projectionsPath: file.path, openingsPath: file.companionPath) }
    public static func reports(of value: EPData) -> [LoadReport] { [value.report] + (value.openingsReport.map { [$0] } ?? []) }
    public static func place(_ value: EPData, as id: DatasetID, in bundle: inout DataBundle) { bundle.projections = value }
}

/// Employment Projections table 1.10 on its own: read only to validate it
/// (analyses read it joined to table 1.2).
public enum OpeningsDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.epOpenings
    public static func load(_ file: DatasetFile) -> LoadReport { EPLoader.loadOpeningsAlone(path: file.path) }
    public static func reports(of value: LoadReport) -> [LoadReport] { [value] }
    public static func place(_ value: LoadReport, as id: DatasetID, in bundle: inout DataBundle) {}
}

/// The CIP–SOC crosswalk.
public enum CrosswalkDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.cipSocCrosswalk
    public static func load(_ file: DatasetFile) -> CrosswalkData { CrosswalkLoader.load(path: file.path) }
    public static func reports(of value: CrosswalkData) -> [LoadReport] { [value.report] }
    public static func place(_ value: CrosswalkData, as id: DatasetID, in bundle: inout DataBundle) { bundle.crosswalk = value }
}

/// The CIP 2020 code list.
public enum CIPCodesDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.cipCodes
    public static func load(_ file: DatasetFile) -> CIPCatalog { CIPCodesLoader.load(path: file.path) }
    public static func reports(of value: CIPCatalog) -> [LoadReport] { [value.report] }
    public static func place(_ value: CIPCatalog, as id: DatasetID, in bundle: inout DataBundle) { bundle.cipCodes = value }
}

/// O*NET Occupation Data.
public enum ONetOccupationsDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.onetOccupations
    public static func load(_ file: DatasetFile) -> ONetOccupations { ONetLoader.loadOccupations(path: file.path) }
    public static func reports(of value: ONetOccupations) -> [LoadReport] { [value.report] }
    public static func place(_ value: ONetOccupations, as id: DatasetID, in bundle: inout DataBundle) { bundle.onetOccupations = value }
}

/// O*NET Skills.
public enum ONetSkillsDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.onetSkills
    public static func load(_ file: DatasetFile) -> ONetRatings { ONetLoader.loadRatings(path: file.path, domain: .skill) }
    public static func reports(of value: ONetRatings) -> [LoadReport] { [value.report] }
    public static func place(_ value: ONetRatings, as id: DatasetID, in bundle: inout DataBundle) { bundle.skills = value }
}

/// O*NET Knowledge.
public enum ONetKnowledgeDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.onetKnowledge
    public static func load(_ file: DatasetFile) -> ONetRatings { ONetLoader.loadRatings(path: file.path, domain: .knowledge) }
    public static func reports(of value: ONetRatings) -> [LoadReport] { [value.report] }
    public static func place(_ value: ONetRatings, as id: DatasetID, in bundle: inout DataBundle) { bundle.knowledge = value }
}

/// High-demand career lists, read through their column mapping.
public enum HighDemandListDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.highDemandList
    public static func load(_ file: DatasetFile) -> HighDemandListFile {
        HighDemandListFile.load(file.entry, path: file.path, catalogDirectory: file.catalogDirectory)
    }
    public static func reports(of value: HighDemandListFile) -> [LoadReport] { [value.report] }
    public static func place(_ value: HighDemandListFile, as id: DatasetID, in bundle: inout DataBundle) { bundle.highDemandLists[id] = value }
}

/// The one table from dataset kind to loader.
public enum DatasetLoaders {
    public static let all: [any DatasetLoader.Type] = [
        OEWSDatasetLoader.self, ProjectionsDatasetLoader.self, OpeningsDatasetLoader.self, CrosswalkDatasetLoader.self,
        CIPCodesDatasetLoader.self, ONetOccupationsDatasetLoader.self, ONetSkillsDatasetLoader.self,
        ONetKnowledgeDatasetLoader.self, HighDemandListDatasetLoader.self,
        IPEDSInstitutionsDatasetLoader.self, IPEDSCompletionsDatasetLoader.self,
        ONetJobZonesDatasetLoader.self, ONetEducationDatasetLoader.self, ONetEducationCategoriesDatasetLoader.self,
        ONetTechnologyDatasetLoader.self,
    ]

    /// The loader of `kind`.
    public static func loader(for kind: DatasetKind) -> any DatasetLoader.Type {
        guard let loader = all.first(where: { $0.kind == kind }) else {
            preconditionFailure("no loader registered for dataset kind \(kind.rawValue)")
        }
        return loader
    }

    /// Loads `file` with its kind's loader; the work to run and where its value goes.
    public static func job(for file: DatasetFile) -> LoadedDataset {
        func run<L: DatasetLoader>(_ loader: L.Type) -> LoadedDataset {
            let value = loader.load(file)
            let id = file.entry.id
            return LoadedDataset(reports: loader.reports(of: value), place: { bundle in loader.place(value, as: id, in: &bundle) })
        }
        return run(loader(for: file.entry.kind))
    }

    /// Loads `file` alone (no companion) and returns what was found, for validation.
    public static func validate(_ file: DatasetFile) -> [LoadReport] {
        var alone = file
        alone.companionPath = nil
        return job(for: alone).reports
    }
}

/// A loaded dataset's reports and the step that stores its value in a bundle.
public struct LoadedDataset: Sendable {
    public var reports: [LoadReport]
    public var place: @Sendable (inout DataBundle) -> Void
}
