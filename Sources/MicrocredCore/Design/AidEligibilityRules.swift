import Foundation

/// The Pell eligibility facts a counsellor adds to the length rules, each
/// shown where the proposal makes it apply (docs/design-rules.md, "Pell
/// eligibility facts"); read from the `pell` section of the rules file.
public struct PellEligibilityFacts: Sendable, Hashable {
    /// Bachelor's-degree holders cannot receive Pell (nor Workforce Pell).
    public var bachelorHolders: RuleText
    /// `admission_requires` values whose admitted students all hold a bachelor's.
    public var bachelorAdmission: Threshold<[AdmissionRequirement]>
    /// High-school students without a diploma (dual enrolment) cannot receive Pell.
    public var highSchoolDiploma: RuleText
    /// A non-credit offering must first become an approved eligible program.
    public var eligibleProgram: RuleText

    public init(bachelorHolders: RuleText, bachelorAdmission: Threshold<[AdmissionRequirement]>, highSchoolDiploma: RuleText, eligibleProgram: RuleText) {
        self.bachelorHolders = bachelorHolders
        self.bachelorAdmission = bachelorAdmission
        self.highSchoolDiploma = highSchoolDiploma
        self.eligibleProgram = eligibleProgram
    }
}

/// Workforce Pell rules beyond length: stacking through prior learning, no
/// Pell at the same time, and how the state-approval evidence is read for
/// each linked entry occupation (the `workforce_pell` section).
public struct WorkforcePellEvidenceRules: Sendable, Hashable {
    public var priorLearningStacking: RuleText
    public var notWithPell: RuleText
    /// EP entry-education labels that count as high-skill.
    public var highSkillEntryEducation: Threshold<[String]>
    /// High-wage: the occupation's area median at least this multiple of the area's all-occupations median.
    public var highWageRatio: Threshold<Double>

    public init(priorLearningStacking: RuleText, notWithPell: RuleText, highSkillEntryEducation: Threshold<[String]>, highWageRatio: Threshold<Double>) {
        self.priorLearningStacking = priorLearningStacking
        self.notWithPell = notWithPell
        self.highSkillEntryEducation = highSkillEntryEducation
        self.highWageRatio = highWageRatio
    }
}

/// For one linked entry occupation: whether it is high-skill, high-wage or
/// in-demand, with the figures (the state's Workforce Pell approval needs
/// any one of them; the state decides).
public struct StateApprovalEvidence: Sendable, Hashable {
    public var soc: SOCCode
    public var title: String
    /// nil when EP has no entry education for it.
    public var highSkill: Bool?
    public var highSkillText: String
    /// nil when a wage figure is missing.
    public var highWage: Bool?
    public var highWageText: String
    /// nil when no high-demand status was supplied.
    public var inDemand: Bool?
    public var inDemandText: String

    /// True when at least one of the three is shown.
    public var supportsApproval: Bool { highSkill == true || highWage == true || inDemand == true }

    public init(soc: SOCCode, title: String, highSkill: Bool?, highSkillText: String, highWage: Bool?, highWageText: String,
                inDemand: Bool?, inDemandText: String) {
        self.soc = soc
        self.title = title
        self.highSkill = highSkill
        self.highSkillText = highSkillText
        self.highWage = highWage
        self.highWageText = highWageText
        self.inDemand = inDemand
        self.inDemandText = inDemandText
    }
}
