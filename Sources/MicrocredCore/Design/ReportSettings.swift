import Foundation

/// The project's planning judgements used by the reports (recommendation
/// thresholds, evaluation targets, launch lead times), read from
/// `datasets/report-settings.yaml`.
public struct ReportSettings: Sendable, Hashable, Decodable {
    public struct Recommendation: Sendable, Hashable, Decodable {
        public var proceedMinScore: Double
        public var reconsiderBelowScore: Double
        public var minHighDemandShare: Double
        /// Supply bands (supply-settings.yaml ids) that add a reason and keep
        /// a proceed from standing unless demand is strong; nil: none.
        public var supplyBlockingBands: [String]?
        /// The score at or above which demand is strong enough for a proceed
        /// to stand in a blocking supply band; nil: never.
        public var supplyStrongDemandScore: Double?
        /// Supply bands that add a supporting reason; nil: none.
        public var supplySupportingBands: [String]?
        /// Competitors at or above which a (non-blocking) reason names the crowded field; nil: never.
        public var supplyManyCompetitors: Int?

        enum CodingKeys: String, CodingKey {
            case proceedMinScore = "proceed_min_score"
            case reconsiderBelowScore = "reconsider_below_score"
            case minHighDemandShare = "min_high_demand_share"
            case supplyBlockingBands = "supply_blocking_bands"
            case supplyStrongDemandScore = "supply_strong_demand_score"
            case supplySupportingBands = "supply_supporting_bands"
            case supplyManyCompetitors = "supply_many_competitors"
        }
    }

    public struct Evaluation: Sendable, Hashable, Decodable {
        public var reviewCadenceMonths: Int
        public var enrollmentFillTarget: Double
        public var stackingTarget: Double
        public var employerSatisfactionTarget: Double
        public var sunsetAfterMissedReviews: Int
        /// Upskill credentials: share of incumbent-worker completers whose wage rises, and within how many months.
        public var upskillWageGainTarget: Double?
        public var upskillWageGainMonths: Int?

        enum CodingKeys: String, CodingKey {
            case reviewCadenceMonths = "review_cadence_months"
            case enrollmentFillTarget = "enrollment_fill_target"
            case stackingTarget = "stacking_target"
            case employerSatisfactionTarget = "employer_satisfaction_target"
            case sunsetAfterMissedReviews = "sunset_after_missed_reviews"
            case upskillWageGainTarget = "upskill_wage_gain_target"
            case upskillWageGainMonths = "upskill_wage_gain_months"
        }
    }

    public struct Timeline: Sendable, Hashable, Decodable {
        public var approvalSubmissionMonths: Int
        public var advisoryBoardMonths: Int
        public var curriculumCompleteMonths: Int
        public var marketingStartMonths: Int
        public var applicationsOpenMonths: Int

        enum CodingKeys: String, CodingKey {
            case approvalSubmissionMonths = "approval_submission_months"
            case advisoryBoardMonths = "advisory_board_months"
            case curriculumCompleteMonths = "curriculum_complete_months"
            case marketingStartMonths = "marketing_start_months"
            case applicationsOpenMonths = "applications_open_months"
        }
    }

    public var effectiveDate: String
    public var recommendation: Recommendation
    public var evaluation: Evaluation
    public var timeline: Timeline
    /// KPI targets beside Workforce Pell's (ReportSettings+Outcomes.swift).
    public var outcomes: Outcomes
    /// Low-pay and thin-area thresholds of the recommendation.
    public var advice: Advice
    /// The file read, for citing.
    public var file: String = ""

    enum CodingKeys: String, CodingKey {
        case effectiveDate = "effective_date"
        case recommendation, evaluation, timeline, outcomes, advice
    }

}
