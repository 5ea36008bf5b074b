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
        if settings.recommendation.reconsiderBelowScore > settings.recommendation.proceedMinScore {
            throw MicrocredError("recommendation.reconsider_below_score is above proceed_min_score", at: SourceLocation(file: path), hint: "Reconsider must be the lower threshold")
        }
        return settings
    }
}
