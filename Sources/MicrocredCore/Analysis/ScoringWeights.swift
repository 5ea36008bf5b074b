import Foundation


/// The alignment score's weights and normalisation bounds, the education-fit
/// table, and the adjacency and competency settings, read from
/// datasets/scoring-weights.yaml. docs/scoring.md explains every value.
public struct ScoringWeights: Sendable, Hashable, Codable {
    /// Component weights; any non-negative numbers (the score divides by their sum).
    public struct Weights: Sendable, Hashable, Codable {
        public var openings: Double
        public var wage: Double
        public var growth: Double
        public var highDemandShare: Double
        public var educationFit: Double

        public enum CodingKeys: String, CodingKey, CaseIterable {
            case openings, wage, growth
            case highDemandShare = "high_demand_share"
            case educationFit = "education_fit"
        }
    }

    /// Openings are scored by their share of all area openings, on a log scale.
    public struct OpeningsScale: Sendable, Hashable, Codable {
        /// Share scoring 0 (e.g. 0.0001 = 1 in 10,000 area openings).
        public var floorShare: Double
        /// Share scoring 1 (e.g. 0.01 = 1 in 100).
        public var capShare: Double
        public enum CodingKeys: String, CodingKey, CaseIterable { case floorShare = "floor_share", capShare = "cap_share" }
    }

    /// A linear scale: `floor` scores 0, `cap` scores 1.
    public struct LinearScale: Sendable, Hashable, Codable {
        public var floor: Double
        public var cap: Double
        public enum CodingKeys: String, CodingKey, CaseIterable { case floor, cap }
    }

    /// Skill-adjacent occupations.
    public struct Adjacency: Sendable, Hashable, Codable {
        /// Minimum centred cosine similarity to be listed.
        public var threshold: Double
        /// At most this many are listed.
        public var limit: Int
        public enum CodingKeys: String, CodingKey, CaseIterable { case threshold, limit }
    }

    /// Competency bands on the O*NET level scale (0–7).
    public struct Competencies: Sendable, Hashable, Codable {
        /// Levels below this are foundational.
        public var intermediateFrom: Double
        /// Levels at or above this are advanced.
        public var advancedFrom: Double
        /// Skills and knowledge areas listed, each.
        public var limit: Int
        /// Basic skills listed once as general (CompetencyFocus.swift); nil: none.
        public var general: GeneralSkillRule? = nil
        /// Technology Skills listing; nil: none.
        public var technology: TechnologyListingRule? = nil
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case intermediateFrom = "intermediate_from", advancedFrom = "advanced_from", limit, general, technology
        }
    }

    public var weights: Weights
    public var openings: OpeningsScale
    /// Openings-weighted median wage ÷ area all-occupations median.
    public var wage: LinearScale
    /// Openings-weighted EP growth, %.
    public var growth: LinearScale
    /// EP typical entry education → fit (0–1) for a microcredential.
    public var educationFit: [String: Double]
    public var adjacency: Adjacency
    public var competencies: Competencies

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case weights, openings, wage, growth
        case educationFit = "education_fit"
        case adjacency, competencies
    }

    /// The defaults, identical to datasets/scoring-weights.yaml (a test checks).
    public static let `default` = ScoringWeights(
        weights: Weights(openings: 0.30, wage: 0.25, growth: 0.20, highDemandShare: 0.15, educationFit: 0.10),
        openings: OpeningsScale(floorShare: 0.0001, capShare: 0.01),
        wage: LinearScale(floor: 0.75, cap: 2.0),
        growth: LinearScale(floor: -5, cap: 15),
        educationFit: [
            "No formal educational credential": 0.5,
            "High school diploma or equivalent": 0.75,
            "Some college, no degree": 1.0,
            "Postsecondary nondegree award": 1.0,
            "Associate's degree": 1.0,
            "Bachelor's degree": 0.75,
            "Master's degree": 0.5,
            "Doctoral or professional degree": 0.25,
        ],
        adjacency: Adjacency(threshold: 0.6, limit: 10),
        competencies: Competencies(intermediateFrom: 3.0, advancedFrom: 4.5, limit: 10,
                                   general: GeneralSkillRule(elementPrefixes: ["2.A"], minImportance: 3.0, sharedShare: 1.0,
                                                             source: generalSkillSource),
                                   technology: TechnologyListingRule(limit: 15, flaggedOnly: true, source: technologySource)))
    static let generalSkillSource = "O*NET Content Model, 2.A Basic Skills (https://www.onetcenter.org/content.html); O*NET importance scale, 3 = Important (https://www.onetonline.org/help/online/scales)"
    static let technologySource = "O*NET 29.3 Technology Skills, Hot Technology and In Demand flags (https://www.onetcenter.org/dictionary/29.3/excel/technology_skills.html)"

    public init(weights: Weights, openings: OpeningsScale, wage: LinearScale, growth: LinearScale,
                educationFit: [String: Double], adjacency: Adjacency, competencies: Competencies) {
        self.weights = weights
        self.openings = openings
        self.wage = wage
        self.growth = growth
        self.educationFit = educationFit
        self.adjacency = adjacency
        self.competencies = competencies
    }
}
