import Foundation
import MicrocredCore

extension ReportSettings {
    /// `datasets/report-settings.yaml` beside the catalog.
    public static func defaultPath(catalogDirectory: String) -> String {
        (catalogDirectory as NSString).appendingPathComponent("report-settings.yaml")
    }
}

extension ReportSettings {
    /// Reads and checks a settings file; problems carry file:line:column.
    public static func load(path: String) throws -> ReportSettings {
        let document = try YAMLDocument.load(path: path, what: "report settings file")
        var settings = try document.decode(ReportSettings.self)
        settings.file = path
        let shares: [(String, Double)] = [
            ("recommendation.min_high_demand_share", settings.recommendation.minHighDemandShare),
            ("evaluation.enrollment_fill_target", settings.evaluation.enrollmentFillTarget),
            ("evaluation.stacking_target", settings.evaluation.stackingTarget),
            ("evaluation.upskill_wage_gain_target", settings.evaluation.upskillWageGainTarget ?? 0),
        ]
        for (name, value) in shares where !(0...1).contains(value) {
            throw MicrocredError("\(name) is \(value); it is a share between 0 and 1", at: SourceLocation(file: path), hint: "e.g. 0.25 for a quarter")
        }
        if let months = settings.evaluation.upskillWageGainMonths, months < 1 {
            throw MicrocredError("evaluation.upskill_wage_gain_months is \(months); it must be 1 or more", at: SourceLocation(file: path), hint: "e.g. 12 for a year")
        }
        if let score = settings.recommendation.supplyStrongDemandScore, !(0...100).contains(score) {
            throw MicrocredError("recommendation.supply_strong_demand_score is \(Figures.short(score)); it is an alignment score from 0 to 100",
                                 at: SourceLocation(file: path), hint: "e.g. 75, or remove it so that a blocking supply band always holds a proceed back")
        }
        if let many = settings.recommendation.supplyManyCompetitors, many < 1 {
            throw MicrocredError("recommendation.supply_many_competitors is \(many); it must be 1 or more", at: SourceLocation(file: path),
                                 hint: "e.g. 10 competing institutions")
        }
        let blocking = Set(settings.recommendation.supplyBlockingBands ?? []), supporting = Set(settings.recommendation.supplySupportingBands ?? [])
        if let both = blocking.intersection(supporting).sorted().first {
            throw MicrocredError("recommendation: supply band '\(both)' is both blocking and supporting", at: SourceLocation(file: path),
                                 hint: "List each band of datasets/supply-settings.yaml in one of supply_blocking_bands and supply_supporting_bands at most")
        }
        if settings.recommendation.reconsiderBelowScore > settings.recommendation.proceedMinScore {
            throw MicrocredError("recommendation.reconsider_below_score is above proceed_min_score", at: SourceLocation(file: path), hint: "Reconsider must be the lower threshold")
        }
        return settings
    }

    /// Checks that the supply bands the recommendation names are bands of
    /// the supply settings (two files, so checked where both are read).
    public func checkSupplyBands(against supply: Configured<SupplySettings>, displayName: (String?) -> String) throws {
        let known = Set(supply.value.bands.map(\.id))
        for (key, bands) in [("supply_blocking_bands", recommendation.supplyBlockingBands ?? []), ("supply_supporting_bands", recommendation.supplySupportingBands ?? [])] {
            for band in bands where !known.contains(band) {
                throw MicrocredError("recommendation.\(key) names supply band '\(band)', which \(displayName(supply.file)) does not define",
                                     at: SourceLocation(file: file),
                                     hint: "Use one of: " + supply.value.bands.map(\.id).joined(separator: ", "))
            }
        }
    }
}
