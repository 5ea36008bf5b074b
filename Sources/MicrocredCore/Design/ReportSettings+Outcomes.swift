import Foundation

/// A target or threshold of report-settings.yaml with where it comes from.
public struct SourcedValue: Sendable, Hashable, Decodable {
    public var value: Double
    /// Months the target is measured over, where it has one.
    public var months: Int?
    /// Where the figure comes from (a publication, a rule, or a planning judgement said as such).
    public var source: String

    public init(value: Double, months: Int? = nil, source: String) {
        self.value = value
        self.months = months
        self.source = source
    }
}

extension ReportSettings {
    /// Evaluation targets that do not come from Workforce Pell (`outcomes` in
    /// report-settings.yaml; docs/reports.md, "KPIs"). Workforce Pell's
    /// statutory thresholds (design-rules.yaml) are the targets only where
    /// Workforce Pell applies.
    public struct Outcomes: Sendable, Hashable, Decodable {
        public var effectiveDate: String
        /// Share of each cohort completing, when Workforce Pell does not apply.
        public var completionRate: SourcedValue
        /// Share of entry completers employed in an entry occupation, and within how many days (`months` unused).
        public var placementRate: SourcedValue
        public var placementDays: SourcedValue
        /// Upskill: share of completers promoted (a higher title or pay grade) within `months`.
        public var upskillPromotionRate: SourcedValue
        /// Certification preparation: share of completers who sit the exam and pass it at the first attempt.
        public var certificationPassRate: SourcedValue

        enum CodingKeys: String, CodingKey {
            case effectiveDate = "effective_date"
            case completionRate = "completion_rate"
            case placementRate = "placement_rate"
            case placementDays = "placement_days"
            case upskillPromotionRate = "upskill_promotion_rate"
            case certificationPassRate = "certification_pass_rate"
        }
    }

    /// Thresholds of the needs assessment's advice (`advice` in
    /// report-settings.yaml; docs/reports.md, "Recommendation").
    public struct Advice: Sendable, Hashable, Decodable {
        public var effectiveDate: String
        /// Entry wage below this share of the area's all-occupations median (OEWS 00-0000) is low pay.
        public var lowPayShareOfAreaMedian: SourcedValue
        /// Counted openings a year below this make a thin area (state figures are shown beside a metro's).
        public var thinAreaOpenings: SourcedValue

        enum CodingKeys: String, CodingKey {
            case effectiveDate = "effective_date"
            case lowPayShareOfAreaMedian = "low_pay_share_of_area_median"
            case thinAreaOpenings = "thin_area_openings"
        }
    }
}
