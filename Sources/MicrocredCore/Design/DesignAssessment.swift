import Foundation

/// What the linked occupations say, summarised for the design rules. The
/// report writer fills it from the analysis (crosswalk, EP, OEWS, O*NET).
public struct OccupationEvidence: Sendable, Hashable {
    public var soc: SOCCode
    public var title: String
    /// BLS EP "Typical education needed for entry", e.g. "Bachelor's degree"; nil when EP has no row.
    public var typicalEducation: String?
    /// The occupation's weight: annual openings (area estimate or national). Negative values count as 0.
    public var openingsWeight: Double
    /// A summary O*NET level (0–7) of the occupation's most important skills and knowledge, if computed.
    public var onetLevel: Double?
    /// The area median annual wage, if published (for the value-added earnings proxy).
    public var medianAnnualWage: Double?
    /// The area annual wage at the entry percentile (p25 by default, method part 1), if published.
    public var entryAnnualWage: Double? = nil
    /// Whether the high-demand rule in use counts it as high-demand, and why; nil when not supplied.
    public var highDemand: Bool? = nil
    public var highDemandReason: String? = nil
    /// The O*NET Job Zone (1–5), when O*NET rates the occupation (level rules).
    public var jobZone: Int? = nil
    /// O*NET Required Level of Education: percent of respondents by RL category (1–12), when rated (level rules).
    public var requiredEducation: [Int: Double]? = nil

    public init(soc: SOCCode, title: String, typicalEducation: String?, openingsWeight: Double, onetLevel: Double? = nil,
                medianAnnualWage: Double? = nil) {
        self.soc = soc
        self.title = title
        self.typicalEducation = typicalEducation
        self.openingsWeight = openingsWeight
        self.onetLevel = onetLevel
        self.medianAnnualWage = medianAnnualWage
    }
}

/// The linked occupations plus the names of the datasets their figures came
/// from, so that every reason can name its source.
public struct DesignEvidence: Sendable, Hashable {
    public var occupations: [OccupationEvidence]
    /// e.g. "EP <decade>, typical education needed for entry" (the vintage is the catalog's).
    public var educationSource: String
    /// e.g. "estimated area annual openings (docs/analysis.md)".
    public var openingsSource: String
    /// e.g. "OEWS <vintage>" (the catalog's vintage); nil when no wages were supplied.
    public var wageSource: String?
    /// e.g. "O*NET 29.2 Skills and Knowledge"; nil when no levels were supplied.
    public var onetSource: String?
    /// The area's all-occupations median annual wage (for the high-wage test), when published.
    public var areaMedianWage: Double? = nil
    /// "p25" style label of `OccupationEvidence.entryAnnualWage`.
    public var entryWageLabel: String = "p25"
    /// The high-demand rule or list behind `OccupationEvidence.highDemand`.
    public var highDemandSource: String? = nil
    /// The area's name, for sentences.
    public var areaName: String? = nil
    /// e.g. "O*NET 29.3 Job Zones"; nil when no zones were supplied.
    public var jobZoneSource: String? = nil
    /// e.g. "O*NET 29.3 Education, Training, and Experience"; nil when not supplied.
    public var requiredEducationSource: String? = nil

    public init(occupations: [OccupationEvidence], educationSource: String, openingsSource: String, wageSource: String? = nil, onetSource: String? = nil) {
        self.occupations = occupations
        self.educationSource = educationSource
        self.openingsSource = openingsSource
        self.wageSource = wageSource
        self.onetSource = onetSource
    }

    /// No linked occupations.
    public static let none = DesignEvidence(occupations: [], educationSource: "", openingsSource: "")
}

/// The answer to one financial-aid question.
public enum AidResult: String, Sendable, Hashable, CaseIterable {
    case yes, no, conditional
    case notApplicable = "not-applicable"

    /// "yes", "no", "conditional", "not applicable".
    public var label: String { self == .notApplicable ? "not applicable" : rawValue }
}

/// Whether one condition of an aid rule is met, as far as the proposal and data can tell.
public enum ConditionStatus: String, Sendable, Hashable {
    case met
    case unmet
    /// The data point to it being met; only outcomes after launch can confirm it.
    case likelyMet = "likely-met"
    case likelyUnmet = "likely-unmet"
    /// Only a later decision or measurement can tell.
    case toBeShown = "to-be-shown"
    /// The figures point both ways (e.g. met at the median wage, not at the entry wage).
    case uncertain
}

/// One reason behind a decision, with the rule it applies.
public struct DesignReason: Sendable, Hashable {
    public var text: String
    public var citation: RuleCitation?
    public init(_ text: String, _ citation: RuleCitation? = nil) { self.text = text; self.citation = citation }
}

/// One condition of an aid rule and how the proposal stands against it.
public struct AidCondition: Sendable, Hashable {
    public var text: String
    public var status: ConditionStatus
    public var citation: RuleCitation?
    public init(_ text: String, _ status: ConditionStatus, _ citation: RuleCitation? = nil) {
        self.text = text
        self.status = status
        self.citation = citation
    }
}

/// The share of linked openings whose occupations need one entry-education level.
public struct EntryEducationShare: Sendable, Hashable {
    /// The EP label, or "Not in EP" for occupations without a row.
    public var label: String
    public var openings: Double
    /// Of the openings with a known label, 0–1 (0 for "Not in EP").
    public var share: Double
}

/// Badge, certificate or certification, with the reasons.
public struct CredentialTypeDecision: Sendable, Hashable {
    public enum Agreement: String, Sendable, Hashable { case agrees, differs, notStated = "not-stated" }
    public var recommended: CredentialType
    /// What the institution itself awards: the same as `recommended`, or for a
    /// certification the badge or certificate that prepares for the outside exam.
    public var institutionAward: CredentialType
    /// The proposal's type, or nil for `credential: recommend`.
    public var proposed: CredentialType?
    public var agreement: Agreement
    /// The proposal's length in semester hours (converted as the rules file says when needed).
    public var semesterHourEquivalent: Double
    public var reasons: [DesignReason]
}

/// Undergraduate or graduate, with the reasons.
public struct LevelDecision: Sendable, Hashable {
    public var recommended: AcademicLevel
    public var proposed: AcademicLevel
    public var matches: Bool { recommended == proposed }
    /// Share of labelled openings needing a master's or doctoral degree (nil without evidence).
    public var graduateShare: Double?
    /// Share of labelled openings needing a bachelor's degree or higher.
    public var bachelorOrHigherShare: Double?
    /// Openings-weighted O*NET level, when supplied.
    public var onetLevel: Double?
    public var reasons: [DesignReason]
    /// What decided the level: the proposal's construction or the evidence.
    public var basis: LevelBasis = .noEvidence
    /// The signals of what the linked occupations' skills need (EP, Job Zone, required education), in that order.
    public var signals: [LevelSignal] = []
}

/// How the credential counts toward a degree, what is still unknown, and a
/// continuing-education-first path when one fits.
public struct StackingPlan: Sendable, Hashable {
    public var target: StackingTarget?
    /// Credits expected to count toward the target (from the proposal).
    public var creditsApplied: Double?
    /// Credits of the credential that do not count toward the target.
    public var creditsNotApplied: Double?
    /// Credits the target program still needs after these (when program_credits is given).
    public var creditsRemaining: Double?
    /// What the proposal does not yet say, each as a fix.
    public var missing: [String]
    /// The steps of the CPE-first path for returning adults, or empty when it does not fit.
    public var cpeFirstPath: [String]
    public var reasons: [DesignReason]
}

/// One row of the financial-aid table.
public struct AidDetermination: Sendable, Hashable {
    /// `titleIV`, `pell`, `workforcePell` or `gainfulEmployment`.
    public var program: AidProgram
    /// "Title IV program length", "Pell Grant", "Workforce Pell", "Gainful employment".
    public var name: String
    public var result: AidResult
    public var reasons: [DesignReason]
    public var conditions: [AidCondition]
    /// The main rule cited for the result.
    public var citation: RuleCitation
    /// Workforce Pell only: each linked entry occupation's high-skill, high-wage and in-demand evidence.
    public var stateApprovalEvidence: [StateApprovalEvidence] = []
}

/// How the credential is approved, recorded and tracked.
public struct ApprovalPlan: Sendable, Hashable {
    /// The approval route in one sentence.
    public var route: String
    /// What the academic transcript shows.
    public var transcript: String
    /// What the institution must record outside the transcript.
    public var trackedOutside: [String]
    public var reasons: [DesignReason]
}

/// Everything the design rules conclude about one proposal.
public struct DesignAssessment: Sendable, Hashable {
    public var credentialType: CredentialTypeDecision
    public var level: LevelDecision
    public var stacking: StackingPlan
    /// Title IV program length, Pell, Workforce Pell, gainful employment — in that order.
    public var financialAid: [AidDetermination]
    public var approval: ApprovalPlan
    /// Openings-weighted entry education of the linked occupations, largest first.
    public var entryEducation: [EntryEducationShare]
    /// The rules file's effective and review dates.
    public var rulesEffective: String
    public var rulesReviewed: String
    /// Every source cited anywhere above, in rules-file order (for a Sources section).
    public var sourcesCited: [RuleSource]
    /// Outside approvals and licensing exams the linked occupations or CIP codes call for (licensure.yaml).
    public var licensure: [LicensureFinding] = []
    /// The licensure rules file as reports name it ("" when none was read).
    public var licensureRulesFile: String = ""

    /// The aid row for `program`.
    public func aid(_ program: AidProgram) -> AidDetermination? { financialAid.first { $0.program == program } }
}
