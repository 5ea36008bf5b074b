import Foundation

/// A dataset used by a report, with what the Sources section must say.
public struct ReportSource: Sendable, Hashable {
    public var id: DatasetID
    public var title: String
    public var publisher: String
    public var vintage: String
    public var url: String
    public var license: String
    public var attribution: String
    /// The vintage's age on the as-of date.
    public var age: DatasetAge?
    /// Set when the file read does not match the checksum the catalog records.
    public var checksumWarning: String? = nil


    public init(id: DatasetID, title: String, publisher: String, vintage: String, url: String, license: String, attribution: String, age: DatasetAge? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.vintage = vintage
        self.url = url
        self.license = license
        self.attribution = attribution
        self.age = age
    }
}

/// The settings files an evaluation read, as reports name them: a path under
/// the catalog's folder (`datasets/rules/design-rules.yaml`), a bare file
/// name for a file elsewhere, or "built-in defaults".
public struct ConfigurationFiles: Sendable, Hashable {
    public var designRules: String
    public var reportSettings: String
    public var scoringWeights: String
    public var highDemandCriteria: String

    public init(designRules: String, reportSettings: String, scoringWeights: String, highDemandCriteria: String) {
        self.designRules = designRules
        self.reportSettings = reportSettings
        self.scoringWeights = scoringWeights
        self.highDemandCriteria = highDemandCriteria
    }
}

/// Every result and decision of one proposal's evaluation, computed once:
/// the checked proposal, the alignment analysis, the design-rule assessment,
/// the recommendation, the KPIs and the launch timeline, with the settings
/// and datasets they rest on. Renderers only render it; they decide nothing.
public struct ProposalEvaluation: Sendable {
    public var validated: ValidatedProposal
    public var alignment: DisciplineAlignment
    public var design: DesignAssessment
    public var rules: DesignRules
    public var settings: ReportSettings
    public var sources: [ReportSource]
    public var asOf: CalendarDate
    /// The proposal file's name as shown in reports (no folders).
    public var proposalName: String
    /// The settings files read, for the Sources section.
    public var configurationFiles: ConfigurationFiles
    /// The supply side (IPEDS completions of the competing programs, the gap
    /// against the counted occupations' openings, the competitors); nil when
    /// the catalog has no IPEDS years, with the reason in `supplyNote`.
    public var supply: SupplyAnalysis?
    public var supplyNote: String?
    /// How many competitors the report lists (supply-settings.yaml).
    public var supplyTopCompetitors: Int
    /// For a metro, the state's figures for the same counted occupations (docs/reports.md, "Recommendation").
    public var stateComparison: AreaComparison?
    /// The needs assessment's bottom line.
    public private(set) var recommendation = Recommendation(decision: .reconsider, reasons: [])
    /// The evaluation plan's KPIs.
    public private(set) var kpis: [KPI] = []
    /// The marketing plan's messages.
    public private(set) var marketing: [MarketingMessage] = []
    /// The launch timeline, first step first.
    public private(set) var timeline: [Milestone] = []

    public init(validated: ValidatedProposal, alignment: DisciplineAlignment, design: DesignAssessment, rules: DesignRules,
                settings: ReportSettings, sources: [ReportSource], asOf: CalendarDate, proposalName: String,
                configurationFiles: ConfigurationFiles, supply: SupplyAnalysis? = nil, supplyNote: String? = nil,
                supplyTopCompetitors: Int = 10, stateComparison: AreaComparison? = nil) {
        self.stateComparison = stateComparison
        self.supply = supply
        self.supplyNote = supplyNote
        self.supplyTopCompetitors = supplyTopCompetitors
        self.validated = validated
        self.alignment = alignment
        self.design = design
        self.rules = rules
        self.settings = settings
        self.sources = sources
        self.asOf = asOf
        self.proposalName = proposalName
        self.configurationFiles = configurationFiles
        recommendation = Recommendation.decide(self)
        kpis = EvaluationPlanner.kpis(self)
        marketing = MarketingPlanner.messages(self)
        timeline = EvaluationPlanner.timeline(self)
    }

    public var proposal: Proposal { validated.proposal }

    /// The OEWS file of the proposal's area (its vintage is the catalog's).
    public var oewsSource: ReportSource? { sources.first { $0.id.rawValue.hasPrefix("oews-") && $0.id != .oewsNational } ?? sources.first { $0.id == .oewsNational } }
    public var projectionSource: ReportSource? { sources.first { $0.id == .epOccupation } }
    public var crosswalkSource: ReportSource? { sources.first { $0.id == .cipSOC } }

    /// Short source labels used beside figures.
    public var oewsLabel: String { oewsSource.map { "OEWS \($0.vintage)" } ?? "OEWS" }
    public var projectionLabel: String { projectionSource.map { "EP \($0.vintage)" } ?? "EP" }
    public var onetLabel: String { sources.first { $0.id == .onetSkills }.map { $0.vintage } ?? "O*NET" }

    /// The occupations the demand figures count: entry occupations for
    /// entry credentials, those learners hold for upskill ones (docs/analysis.md).
    public var countedOccupations: [AlignedOccupation] { alignment.occupations.filter(\.counts) }

    /// "entry occupations" or "occupations learners hold".
    public var proposalPurposeLabel: String { alignment.method?.profile.purpose == .upskill ? "occupations learners hold" : "entry occupations" }

    /// Linked occupations a completer cannot enter yet: the career path.
    public var careerPath: [AlignedOccupation] { alignment.occupations.filter { $0.reach?.reach == .advancement && !$0.counts } }

    /// Occupations left out by the rules (postsecondary teachers).
    public var excludedOccupations: [AlignedOccupation] { alignment.occupations.filter { $0.reach?.reach == .excluded } }

    /// True when the credential is for entry and no linked occupation is
    /// reachable at entry by its completers: a design problem, not a gap in
    /// the area's data (the recommendation says what to change).
    public var noEntryOccupation: Bool {
        guard let method = alignment.method, method.profile.purpose == .entry else { return false }
        return !alignment.occupations.isEmpty && countedOccupations.isEmpty
    }

    /// True when too little is known in the area to give a score and a recommendation.
    public var insufficientAreaData: Bool { (alignment.method?.insufficientAreaData ?? false) || occupationsWithOpenings.isEmpty }

    /// Counted occupations with an openings figure (direct or labelled fallback), most openings first.
    public var occupationsWithOpenings: [AlignedOccupation] {
        countedOccupations.filter { $0.demand.countedOpenings != nil }
    }

    /// Σ openings (direct or fallback) of the counted occupations.
    public var totalAreaOpenings: Double {
        countedOccupations.reduce(0) { $0 + ($1.demand.countedOpenings ?? 0) }
    }

    /// How many counted occupations' openings are fallback estimates.
    public var fallbackOpeningsCount: Int { countedOccupations.filter(\.demand.openingsAreFallback).count }

    /// Share of the counted openings in high-demand occupations; nil with no openings.
    public var highDemandShare: Double? {
        let total = totalAreaOpenings
        guard total > 0 else { return nil }
        let high = countedOccupations.filter(\.demand.highDemand.isHighDemand)
            .reduce(0) { $0 + ($1.demand.countedOpenings ?? 0) }
        return high / total
    }

    /// The openings-weighted median annual wage (OEWS) of the counted
    /// occupations that publish one: the market figure. Top-coded wages are
    /// left out (and counted in `topCodedWageCount`).
    public var weightedMedianWage: Double? { weightedWage(percentile: 50) }

    /// The wage percentile that stands for completers' earnings (p25 by default).
    public var entryWagePercentile: Int { alignment.method?.entryWagePercentile ?? 25 }

    /// The openings-weighted entry wage (`entryWagePercentile`) of the
    /// counted occupations: what completers can expect to earn.
    public var entryWage: Double? { weightedWage(percentile: entryWagePercentile) }

    /// "p25" style label of the entry wage.
    public var entryWageLabel: String { "p\(entryWagePercentile)" }

    func weightedWage(percentile: Int) -> Double? {
        var sum = 0.0, weight = 0.0
        for occupation in countedOccupations {
            guard let openings = occupation.demand.countedOpenings, openings > 0,
                  let wage = occupation.demand.annualWage(percentile: percentile).value else { continue }
            sum += openings * wage
            weight += openings
        }
        return weight > 0 ? sum / weight : nil
    }

    public var topCodedWageCount: Int {
        countedOccupations.filter { if case .topCoded = $0.demand.annualWages.median { return true } else { return false } }.count
    }

    /// The evidence the design rules need, from the alignment: each linked
    /// occupation's EP entry education, estimated area openings, OEWS median
    /// wage and (from `onetLevel`) a summary O*NET level.
    public static func designEvidence(_ alignment: DisciplineAlignment, onetLevel: (SOCCode) -> Double?,
                                      oewsLabel: String, projectionLabel: String, onetLabel: String) -> DesignEvidence {
        let percentile = alignment.method?.entryWagePercentile ?? 25
        let occupations = alignment.occupations.filter(\.counts).map { occupation in
            var e = OccupationEvidence(soc: occupation.demand.soc, title: occupation.demand.title,
                                       typicalEducation: occupation.demand.typicalEntryEducation,
                                       openingsWeight: occupation.demand.countedOpenings ?? 0,
                                       onetLevel: onetLevel(occupation.demand.soc),
                                       medianAnnualWage: occupation.demand.annualWages.median.value)
            e.entryAnnualWage = occupation.demand.annualWage(percentile: percentile).value
            e.highDemand = occupation.demand.highDemand.isHighDemand
            e.highDemandReason = occupation.demand.highDemand.reason
            return e
        }
        var evidence = DesignEvidence(occupations: occupations, educationSource: projectionLabel + ", typical education needed for entry",
                                      openingsSource: "estimated area annual openings (docs/analysis.md)", wageSource: oewsLabel,
                                      onetSource: onetLabel + " Skills and Knowledge")
        evidence.areaMedianWage = alignment.area.allOccupationsMedianWage.value
        evidence.entryWageLabel = "p\(percentile)"
        evidence.highDemandSource = alignment.highDemandLabel
        evidence.areaName = alignment.area.area.title
        return evidence
    }
}
