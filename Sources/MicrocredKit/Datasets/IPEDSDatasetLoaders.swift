import Foundation
import MicrocredCore

/// IPEDS HD files, kept in the bundle by vintage (each year's completions
/// are placed by the HD of the same survey year: `DataBundle.ipedsYears`).
public enum IPEDSInstitutionsDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.ipedsInstitutions
    public static func load(_ file: DatasetFile) -> IPEDSInstitutions {
        var value = IPEDSInstitutionsLoader.load(path: file.path)
        value.vintage = file.vintage ?? ""
        return value
    }
    public static func reports(of value: IPEDSInstitutions) -> [LoadReport] { [value.report] }
    public static func place(_ value: IPEDSInstitutions, as id: DatasetID, in bundle: inout DataBundle) {
        bundle.ipedsInstitutions[value.vintage] = value
    }
}

/// IPEDS Completions files, kept in the bundle by vintage.
public enum IPEDSCompletionsDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.ipedsCompletions
    public static func load(_ file: DatasetFile) -> IPEDSCompletions {
        var value = IPEDSCompletionsLoader.load(path: file.path, scope: file.scope?.institutions)
        value.vintage = file.vintage ?? ""
        return value
    }
    public static func reports(of value: IPEDSCompletions) -> [LoadReport] { [value.report] }
    public static func place(_ value: IPEDSCompletions, as id: DatasetID, in bundle: inout DataBundle) {
        bundle.ipedsCompletions[value.vintage] = value
    }
}
