import Foundation

/// One published source a rule comes from (a regulation, a statute, a
/// handbook section), as listed in the rules file.
public struct RuleSource: Sendable, Hashable {
    public var id: String
    /// How the source is cited, e.g. "34 CFR 668.8".
    public var citation: String
    public var title: String
    public var publisher: String
    public var url: String?
    /// The date the cited text took effect, `YYYY-MM-DD`.
    public var effective: String
    public var note: String?

    public init(id: String, citation: String, title: String, publisher: String, url: String? = nil, effective: String, note: String? = nil) {
        self.id = id
        self.citation = citation
        self.title = title
        self.publisher = publisher
        self.url = url
        self.effective = effective
        self.note = note
    }
}

/// A reference from a rule to its source, with an optional pinpoint.
public struct RuleCitation: Sendable, Hashable, CustomStringConvertible {
    public var source: RuleSource
    /// A section or paragraph within the source, e.g. "§668.8(d)(1)".
    public var pinpoint: String?

    public init(source: RuleSource, pinpoint: String? = nil) {
        self.source = source
        self.pinpoint = pinpoint
    }

    /// "34 CFR 668.8, §668.8(d)(1)" or just the citation.
    public var description: String {
        guard let pinpoint, !pinpoint.isEmpty else { return source.citation }
        return "\(source.citation), \(pinpoint)"
    }
}

/// A value from the rules file with its source.
public struct Threshold<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var citation: RuleCitation
    public var note: String?

    public init(value: Value, citation: RuleCitation, note: String? = nil) {
        self.value = value
        self.citation = citation
        self.note = note
    }
}

/// A statement of a rule in words with its source (paraphrased, never quoted).
public struct RuleText: Sendable, Hashable {
    public var text: String
    public var citation: RuleCitation

    public init(text: String, citation: RuleCitation) {
        self.text = text
        self.citation = citation
    }
}

/// A range of hours or weeks: at least `min`, and at most `max` or under `below`.
public struct RuleRange: Sendable, Hashable, CustomStringConvertible {
    public var min: Double
    /// Inclusive upper bound.
    public var max: Double?
    /// Exclusive upper bound.
    public var below: Double?
    public var citation: RuleCitation

    public init(min: Double, max: Double? = nil, below: Double? = nil, citation: RuleCitation) {
        self.min = min
        self.max = max
        self.below = below
        self.citation = citation
    }

    public func contains(_ value: Double) -> Bool {
        if value < min { return false }
        if let max, value > max { return false }
        if let below, value >= below { return false }
        return true
    }

    /// "150–599" or "4 to under 16".
    public var description: String {
        let lo = Figures.plain(min)
        if let max { return "\(lo)–\(Figures.plain(max))" }
        if let below { return "\(lo) to under \(Figures.plain(below))" }
        return "at least \(lo)"
    }
}

/// One Title IV program-length tier of 34 CFR 668.8.
public struct ProgramLengthTier: Sendable, Hashable {
    public var id: String
    public var citation: RuleCitation
    public var semesterHoursMin: Double?
    public var quarterHoursMin: Double?
    public var clockHoursMin: Double?
    public var clockHoursMax: Double?
    public var weeksMin: Double?
    /// The weeks minimum for clock-hour programs when it differs (34 CFR 668.3: 26 weeks, against 30 for credit hours).
    public var clockWeeksMin: Double? = nil
    /// True when the hours minimum is the institution's own full-time load for the period (a graduate academic year).
    public var fullTimeLoad: Bool = false
    /// The institution types the tier applies to as of right; empty means every type.
    public var institutionTypes: [InstitutionType] = []
    /// The condition a program at another (or an unstated) type must meet for the tier to apply.
    public var otherInstitutionsCondition: String? = nil
    public var levels: [AcademicLevel]
    /// `yes` or `conditional`: what meeting the tier means.
    public var result: AidResult
    /// The aid a program meeting the tier can carry (pell, loans).
    public var aid: [AidProgram]
    public var conditions: [String]

    public init(id: String, citation: RuleCitation, semesterHoursMin: Double? = nil, quarterHoursMin: Double? = nil,
                clockHoursMin: Double? = nil, clockHoursMax: Double? = nil, weeksMin: Double? = nil, levels: [AcademicLevel],
                result: AidResult, aid: [AidProgram], conditions: [String]) {
        self.id = id
        self.citation = citation
        self.semesterHoursMin = semesterHoursMin
        self.quarterHoursMin = quarterHoursMin
        self.clockHoursMin = clockHoursMin
        self.clockHoursMax = clockHoursMax
        self.weeksMin = weeksMin
        self.levels = levels
        self.result = result
        self.aid = aid
        self.conditions = conditions
    }

    /// The weeks minimum for the proposal's unit.
    public func weeksMinimum(for hours: ProgramHours) -> Double? {
        if case .clock = hours, let clockWeeksMin { return clockWeeksMin }
        return weeksMin
    }

    /// Whether the tier measures this unit (it has a minimum for it, or uses the full-time load of a credit-hour program).
    public func uses(_ hours: ProgramHours) -> Bool {
        if minimum(for: hours) != nil { return true }
        if fullTimeLoad, case .credit = hours { return true }
        return false
    }

    /// The tier's minimum for a unit, or nil when the tier does not use that unit.
    public func minimum(for hours: ProgramHours) -> Double? {
        switch hours {
        case .credit(_, .semester): return semesterHoursMin
        case .credit(_, .quarter): return quarterHoursMin
        case .clock: return clockHoursMin
        }
    }
}

/// The design rules: every threshold and statement the engine applies, each
/// with its source, as read from the rules file (datasets/rules/design-rules.yaml).
public struct DesignRules: Sendable {
    /// Thresholds and definitions for choosing badge, certificate or certification.
    public struct CredentialTypeRules: Sendable, Hashable {
        public var badge: RuleText
        public var certificate: RuleText
        public var certification: RuleText
        public var badgeBelowSemesterHours: Threshold<Double>
        public var undergraduateCertificateBelowSemesterHours: Threshold<Double>
        public var quarterHoursPerSemesterHour: Threshold<Double>
        public var clockHoursPerSemesterHour: Threshold<Double>
        public var nondegreeEntryEducation: Threshold<[String]>
        public var dominantShare: Threshold<Double>

        public func definition(_ type: CredentialType) -> RuleText {
            switch type {
            case .badge: return badge
            case .certificate: return certificate
            case .certification: return certification
            }
        }

        public init(badge: RuleText, certificate: RuleText, certification: RuleText, badgeBelowSemesterHours: Threshold<Double>, undergraduateCertificateBelowSemesterHours: Threshold<Double>, quarterHoursPerSemesterHour: Threshold<Double>, clockHoursPerSemesterHour: Threshold<Double>, nondegreeEntryEducation: Threshold<[String]>, dominantShare: Threshold<Double>) {
            self.badge = badge
            self.certificate = certificate
            self.certification = certification
            self.badgeBelowSemesterHours = badgeBelowSemesterHours
            self.undergraduateCertificateBelowSemesterHours = undergraduateCertificateBelowSemesterHours
            self.quarterHoursPerSemesterHour = quarterHoursPerSemesterHour
            self.clockHoursPerSemesterHour = clockHoursPerSemesterHour
            self.nondegreeEntryEducation = nondegreeEntryEducation
            self.dominantShare = dominantShare
        }
    }

    /// Thresholds for undergraduate versus graduate level: by construction
    /// (admission, stacking), then by three signals of what the skills need.
    public struct LevelRules: Sendable, Hashable {
        /// Admission requirements that make a credential post-baccalaureate.
        public var graduateAdmission: Threshold<[AdmissionRequirement]>
        /// Awards whose credits are graduate credits.
        public var graduateStackingAwards: Threshold<[AwardLevel]>
        public var graduateEntryEducation: Threshold<[String]>
        public var bachelorOrHigherEntryEducation: Threshold<[String]>
        /// The EP signal's share.
        public var graduateShare: Threshold<Double>
        /// O*NET Job Zone at which an occupation counts as needing graduate study (5).
        public var graduateJobZone: Threshold<Double>
        /// O*NET Job Zone at which an occupation counts as needing a bachelor's degree (4).
        public var bachelorJobZone: Threshold<Double>
        public var jobZoneShare: Threshold<Double>
        /// First O*NET RL category above a bachelor's degree (7).
        public var etePostBaccalaureateCategory: Threshold<Double>
        /// The O*NET RL category of a bachelor's degree (6).
        public var eteBachelorCategory: Threshold<Double>
        public var eteShare: Threshold<Double>
        /// How many signals must agree (all of them when fewer are available).
        public var signalsToAgree: Threshold<Double>
        public var principle: RuleText

        public init(graduateAdmission: Threshold<[AdmissionRequirement]>, graduateStackingAwards: Threshold<[AwardLevel]>,
                    graduateEntryEducation: Threshold<[String]>, bachelorOrHigherEntryEducation: Threshold<[String]>,
                    graduateShare: Threshold<Double>, graduateJobZone: Threshold<Double>, bachelorJobZone: Threshold<Double>,
                    jobZoneShare: Threshold<Double>, etePostBaccalaureateCategory: Threshold<Double>, eteBachelorCategory: Threshold<Double>,
                    eteShare: Threshold<Double>, signalsToAgree: Threshold<Double>, principle: RuleText) {
            self.graduateAdmission = graduateAdmission
            self.graduateStackingAwards = graduateStackingAwards
            self.graduateEntryEducation = graduateEntryEducation
            self.bachelorOrHigherEntryEducation = bachelorOrHigherEntryEducation
            self.graduateShare = graduateShare
            self.graduateJobZone = graduateJobZone
            self.bachelorJobZone = bachelorJobZone
            self.jobZoneShare = jobZoneShare
            self.etePostBaccalaureateCategory = etePostBaccalaureateCategory
            self.eteBachelorCategory = eteBachelorCategory
            self.eteShare = eteShare
            self.signalsToAgree = signalsToAgree
            self.principle = principle
        }
    }

    /// Pell Grant eligibility.
    public struct PellRules: Sendable, Hashable {
        public var levels: Threshold<[AcademicLevel]>
        public var lifetimeCapPercent: Threshold<Double>
        public var badgeBelowCreditHours: Threshold<Double>
        /// Bachelor's holders, dual enrolment, non-credit programs (nil in rules built without them).
        public var eligibility: PellEligibilityFacts? = nil

        public init(levels: Threshold<[AcademicLevel]>, lifetimeCapPercent: Threshold<Double>, badgeBelowCreditHours: Threshold<Double>) {
            self.levels = levels
            self.lifetimeCapPercent = lifetimeCapPercent
            self.badgeBelowCreditHours = badgeBelowCreditHours
        }
    }

    /// Workforce Pell eligibility and outcome conditions.
    public struct WorkforcePellRules: Sendable, Hashable {
        public var law: RuleCitation
        public var finalRule: RuleCitation
        public var firstAwardYearBegins: String
        public var clockHours: RuleRange
        public var semesterHours: RuleRange
        public var quarterHours: RuleRange
        public var weeks: RuleRange
        public var levels: Threshold<[AcademicLevel]>
        public var excludedDelivery: Threshold<[Delivery]>
        public var operatingMonths: Threshold<Double>
        public var completionRate: Threshold<Double>
        public var placementRate: Threshold<Double>
        public var placementDays: Threshold<Double>
        public var earningsFloor: Threshold<Double>
        /// The year of the poverty guideline behind `earningsFloor`.
        public var earningsFloorYear: Int
        public var stateApproval: RuleText
        public var stackable: RuleText
        /// Prior-learning stacking, no Pell at once, state-approval evidence (nil in rules built without them).
        public var evidence: WorkforcePellEvidenceRules? = nil

        /// The hour range for a proposal's unit.
        public func hoursRange(for hours: ProgramHours) -> RuleRange {
            switch hours {
            case .credit(_, .semester): return semesterHours
            case .credit(_, .quarter): return quarterHours
            case .clock: return clockHours
            }
        }

        public init(law: RuleCitation, finalRule: RuleCitation, firstAwardYearBegins: String, clockHours: RuleRange, semesterHours: RuleRange, quarterHours: RuleRange, weeks: RuleRange, levels: Threshold<[AcademicLevel]>, excludedDelivery: Threshold<[Delivery]>, operatingMonths: Threshold<Double>, completionRate: Threshold<Double>, placementRate: Threshold<Double>, placementDays: Threshold<Double>, earningsFloor: Threshold<Double>, earningsFloorYear: Int, stateApproval: RuleText, stackable: RuleText) {
            self.law = law
            self.finalRule = finalRule
            self.firstAwardYearBegins = firstAwardYearBegins
            self.clockHours = clockHours
            self.semesterHours = semesterHours
            self.quarterHours = quarterHours
            self.weeks = weeks
            self.levels = levels
            self.excludedDelivery = excludedDelivery
            self.operatingMonths = operatingMonths
            self.completionRate = completionRate
            self.placementRate = placementRate
            self.placementDays = placementDays
            self.earningsFloor = earningsFloor
            self.earningsFloorYear = earningsFloorYear
            self.stateApproval = stateApproval
            self.stackable = stackable
        }
    }

    /// Gainful Employment / Financial Value Transparency.
    public struct GainfulEmploymentRules: Sendable, Hashable {
        public var citation: RuleCitation
        public var appliesTo: Threshold<[CredentialType]>
        public var annualDebtToEarningsMaxPercent: Threshold<Double>
        public var discretionaryDebtToEarningsMaxPercent: Threshold<Double>
        public var earningsPremium: RuleText
        public var enrollmentNote: RuleText

        public init(citation: RuleCitation, appliesTo: Threshold<[CredentialType]>, annualDebtToEarningsMaxPercent: Threshold<Double>, discretionaryDebtToEarningsMaxPercent: Threshold<Double>, earningsPremium: RuleText, enrollmentNote: RuleText) {
            self.citation = citation
            self.appliesTo = appliesTo
            self.annualDebtToEarningsMaxPercent = annualDebtToEarningsMaxPercent
            self.discretionaryDebtToEarningsMaxPercent = discretionaryDebtToEarningsMaxPercent
            self.earningsPremium = earningsPremium
            self.enrollmentNote = enrollmentNote
        }
    }

    /// The approval path, transcript and tracking statements.
    public struct ApprovalRules: Sendable, Hashable {
        public var standaloneCertificate: RuleText
        public var transcript: RuleText
        public var tracking: RuleText
        public var enrollment: RuleText

        public init(standaloneCertificate: RuleText, transcript: RuleText, tracking: RuleText, enrollment: RuleText) {
            self.standaloneCertificate = standaloneCertificate
            self.transcript = transcript
            self.tracking = tracking
            self.enrollment = enrollment
        }
    }

    /// Stacking and prior-learning statements.
    public struct StackingRules: Sendable, Hashable {
        public var stackableDefinition: RuleText
        public var nonCreditRoute: RuleText
        public var cpeFirst: RuleText
        public var military: RuleText

        public init(stackableDefinition: RuleText, nonCreditRoute: RuleText, cpeFirst: RuleText, military: RuleText) {
            self.stackableDefinition = stackableDefinition
            self.nonCreditRoute = nonCreditRoute
            self.cpeFirst = cpeFirst
            self.military = military
        }
    }

    public var file: String
    public var schema: Int
    /// The date the rules describe, `YYYY-MM-DD`.
    public var effective: String
    /// When an analyst last checked the sources, `YYYY-MM-DD`.
    public var reviewed: String
    /// Sources in file order.
    public var sources: [RuleSource]
    public var credentialType: CredentialTypeRules
    public var level: LevelRules
    /// Title IV program-length tiers, checked in order.
    public var programLength: [ProgramLengthTier]
    public var pell: PellRules
    public var workforcePell: WorkforcePellRules
    public var gainfulEmployment: GainfulEmploymentRules
    public var approval: ApprovalRules
    public var stacking: StackingRules

    /// The source with `id`.
    public func source(_ id: String) -> RuleSource? { sources.first { $0.id == id } }

    /// The rules file's location under a catalog folder: `<datasets>/rules/design-rules.yaml`.
    public static func defaultPath(catalogDirectory: String) -> String {
        ((catalogDirectory as NSString).appendingPathComponent("rules") as NSString).appendingPathComponent("design-rules.yaml")
    }

    public init(file: String, schema: Int, effective: String, reviewed: String, sources: [RuleSource], credentialType: CredentialTypeRules, level: LevelRules, programLength: [ProgramLengthTier], pell: PellRules, workforcePell: WorkforcePellRules, gainfulEmployment: GainfulEmploymentRules, approval: ApprovalRules, stacking: StackingRules) {
        self.file = file
        self.schema = schema
        self.effective = effective
        self.reviewed = reviewed
        self.sources = sources
        self.credentialType = credentialType
        self.level = level
        self.programLength = programLength
        self.pell = pell
        self.workforcePell = workforcePell
        self.gainfulEmployment = gainfulEmployment
        self.approval = approval
        self.stacking = stacking
    }
}
