import Foundation
import MicrocredCore
import Yams

extension HighDemandListMapping {
    /// Decodes and checks a parsed mapping file.
    public init(document: YAMLDocument) throws {
        try ConfigurationKeys.check(document, allowed: CodingKeys.allCases.map(\.rawValue), what: "high-demand list mapping")
        try ConfigurationKeys.check(document, allowed: ["soc", "title", "region"], under: ["columns"], what: "high-demand list mapping")
        self = try document.decode(HighDemandListMapping.self)
        if columns.soc == nil && columns.title == nil {
            throw MicrocredError("the mapping must name a 'soc' or a 'title' column", at: document.location([CodingKeys.columns]),
                                 hint: "e.g. columns: {soc: \"SOC Code\", title: \"Occupation\"}")
        }
        for role in ["soc", "title", "region"] {
            locations[role] = document.location([CodingKeys.columns, AnyKey(role)])
        }
    }
}
