import Foundation

/// A dataset and vintage a result was computed from, for citing sources.
public struct SourceCitation: Sendable, Hashable, Codable {
    public var dataset: String
    public var vintage: String
    public var title: String

    public init(dataset: String, vintage: String, title: String) {
        self.dataset = dataset
        self.vintage = vintage
        self.title = title
    }
}

/// One occupation linked to a discipline, with its demand profile and how
/// the crosswalk linked it.
public struct AlignedOccupation: Sendable {
    public var demand: OccupationDemand
    /// The crosswalk rows that link it (several when codes rolled up or CIPs overlap).
    public var links: [DisciplineCrosswalk.Link]
    /// The education-fit value of its typical entry education; nil when not in the table.
    public var educationFit: Double?
    /// Entry, advancement or excluded, with the reason; nil when no method was applied.
    public var reach: OccupationReach? = nil
    /// Whether it counts in the demand figures (openings, wages, growth, high-demand share, score).
    public var counts: Bool = true
    /// The proposal's reason when it added this occupation to the crosswalk's.
    public var addedReason: String? = nil
    /// True for "All Other" (xx-xxx9) residual codes.
    public var isGeneric: Bool { demand.soc.isAllOther }
}

/// A high-demand occupation the crosswalk does not link to the discipline,
/// whose O*NET profile is close to the discipline's.
public struct AdjacentOccupation: Sendable {
    public var demand: OccupationDemand
    /// Centred cosine similarity with the discipline's profile, −1…1.
    public var similarity: Double
    /// Elements among the top importances of both profiles.
    public var sharedTopSkills: [String]
}

/// An O*NET skill or knowledge area weighted over a discipline's occupations.
public struct Competency: Sendable, Hashable, Codable {
    /// The achievement band of a level.
    public enum Band: String, Sendable, Hashable, Codable { case foundational, intermediate, advanced }

    public var element: SkillElement
    /// Openings-weighted mean importance (1–5).
    public var importance: Double
    /// Openings-weighted mean level (0–7); nil when no rated level remains.
    public var level: Double?
    public var band: Band?
    /// Linked occupations rated on it.
    public var occupations: Int
}

/// The area a result is for, with its all-occupations reference figures.
public struct AreaContext: Sendable {
    public var area: Area
    /// OEWS 00-0000 employment and median annual wage.
    public var allOccupationsEmployment: Reported<Int>
    public var allOccupationsMedianWage: Reported<Double>
    /// Estimated all-occupations annual openings (the openings component's reference).
    public var allOccupationsOpeningsEstimate: Double?
    /// EP all-occupations growth, %.
    public var allOccupationsGrowthPercent: Double?
}

/// Everything `microcred align` and the reports show for a discipline in an
/// area: linked occupations with demand profiles, the score and its
/// components, skill-adjacent occupations, competencies, diagnostics and sources.
public struct DisciplineAlignment: Sendable {
    /// The CIP programs analysed together.
    public var programs: [CIPProgram]
    public var area: AreaContext
    /// Linked occupations, each counted once, most estimated openings first.
    public var occupations: [AlignedOccupation]
    public var score: AlignmentScore
    public var adjacent: [AdjacentOccupation]
    public var skills: [Competency]
    public var knowledge: [Competency]
    /// Every roll-up of a crosswalk code to a published code.
    public var rollups: [SOCRollup]
    /// Warnings (NO MATCH, generic-only links, unpublished codes) and notes.
    public var diagnostics: Diagnostics
    public var sources: [SourceCitation]
    /// What decides high-demand status.
    public var highDemandLabel: String
    public var weights: ScoringWeights
    /// Which release each figure comes from, built from the EP file's decade and wage year.
    public var vintageNote: String
    /// The year of EP's median wage column, read from the EP file's header.
    public var projectionWageYear: Int? = nil
    /// The completer method applied (reachability, tailoring, fallbacks); nil without one.
    public var method: MethodSummary? = nil
    /// General basic skills, specific competencies and technology skills (CompetencyFocus.swift); nil without O*NET profiles.
    public var focus: CompetencyFocus? = nil
    /// Counted occupations O*NET gives no Skills or Knowledge ratings, in count order; left out of competencies and adjacency.
    public var unratedOccupations: [SOCCode] = []
}
