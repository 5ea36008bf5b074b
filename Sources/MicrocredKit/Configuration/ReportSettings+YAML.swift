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
            ("outcomes.completion_rate.value", settings.outcomes.completionRate.value),
            ("outcomes.placement_rate.value", settings.outcomes.placementRate.value),
            ("outcomes.upskill_promotion_rate.value", settings.outcomes.upskillPromotionRate.value),
            ("outcomes.certification_pass_rate.value", settings.outcomes.certificationPassRate.value),
            ("advice.low_pay_share_of_area_median.value", settings.advice.lowPayShareOfAreaMedian.value),
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
        try checkOutcomes(settings, path: path)
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

extension ReportSettings {
    /// Day and month counts, the thin-area floor and every source of the
    /// `outcomes` and `advice` blocks (shares are checked with the others).
    static func checkOutcomes(_ settings: ReportSettings, path: String) throws {
        let o = settings.outcomes, a = settings.advice
        let days = o.placementDays.value
        if !(1...730).contains(days) {
            throw MicrocredError("outcomes.placement_days.value is \(days); it must be between 1 and 730 days", at: SourceLocation(file: path), hint: "e.g. 180")
        }
        if let months = o.upskillPromotionRate.months, !(1...120).contains(months) {
            throw MicrocredError("outcomes.upskill_promotion_rate.months is \(months); it must be between 1 and 120", at: SourceLocation(file: path), hint: "e.g. 24")
        }
        if !(a.thinAreaOpenings.value >= 0 && a.thinAreaOpenings.value.isFinite) {
            throw MicrocredError("advice.thin_area_openings.value is \(a.thinAreaOpenings.value); it must be 0 or more openings a year", at: SourceLocation(file: path), hint: "e.g. 100")
        }
        let sourced: [(String, SourcedValue)] = [
            ("outcomes.completion_rate", o.completionRate), ("outcomes.placement_rate", o.placementRate),
            ("outcomes.placement_days", o.placementDays), ("outcomes.upskill_promotion_rate", o.upskillPromotionRate),
            ("outcomes.certification_pass_rate", o.certificationPassRate),
            ("advice.low_pay_share_of_area_median", a.lowPayShareOfAreaMedian), ("advice.thin_area_openings", a.thinAreaOpenings),
        ]
        for (name, value) in sourced where value.source.trimmingCharacters(in: .whitespaces).isEmpty {
            throw MicrocredError("\(name).source is empty", at: SourceLocation(file: path), hint: "Say where the figure comes from, or that it is a planning judgement")
        }
        for (name, date) in [("outcomes.effective_date", o.effectiveDate), ("advice.effective_date", a.effectiveDate)] where CalendarDate(date) == nil {
            throw MicrocredError("\(name) is \"\(date)\"; it must be a date such as 2026-12-01", at: SourceLocation(file: path), hint: "Write the date the values took effect")
        }
    }
}
