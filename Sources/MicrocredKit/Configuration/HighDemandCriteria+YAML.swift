import Foundation
import MicrocredCore
import Yams

extension HighDemandCriteria {
    /// Decodes and checks a parsed criteria file; problems name the line.
    public init(document: YAMLDocument) throws {
        try ConfigurationKeys.check(document, allowed: CodingKeys.allCases.map(\.rawValue), what: "high-demand criteria")
        self = try document.decode(HighDemandCriteria.self)
        if !(minimumAreaAnnualOpenings >= 0) {
            throw MicrocredError("minimum_area_annual_openings must be 0 or more", at: document.location([CodingKeys.minimumAreaAnnualOpenings]))
        }
        if !(minimumWageRatio >= 0) {
            throw MicrocredError("minimum_wage_ratio_to_area_median must be 0 or more", at: document.location([CodingKeys.minimumWageRatio]))
        }
    }
}
