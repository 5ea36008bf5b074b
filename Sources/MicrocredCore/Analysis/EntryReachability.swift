import Foundation

/// Whether a completer can be hired into a linked occupation.
public enum ReachClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// A completer of this credential (with its admission requirement) can be hired into it.
    case entry
    /// It needs more education or years of related experience than the credential gives: the career path.
    case advancement
    /// Left out by default (postsecondary teachers), unless the proposal adds it.
    case excluded
}

/// The rules of datasets/rules/entry-reachability.yaml (docs/analysis.md).
public struct EntryReachabilityRules: Sendable, Hashable, Codable {
    public struct CredentialAward: Sendable, Hashable, Codable {
        public var countsAs: String
        public var minSemesterHours: Double
        public var minQuarterHours: Double
        public var minClockHours: Double

        enum CodingKeys: String, CodingKey {
            case countsAs = "counts_as", minSemesterHours = "min_semester_hours"
            case minQuarterHours = "min_quarter_hours", minClockHours = "min_clock_hours"
        }
    }

    public struct Exclusion: Sendable, Hashable, Codable {
        public var socPrefix: String
        public var reason: String
        enum CodingKeys: String, CodingKey { case socPrefix = "soc_prefix", reason }
    }

    public struct DefaultProfile: Sendable, Hashable, Codable {
        public var level: AcademicLevel
        public var admissionRequires: AdmissionRequirement
        public var purpose: CredentialPurpose
        public var semesterHours: Double
        enum CodingKeys: String, CodingKey {
            case level, admissionRequires = "admission_requires", purpose, semesterHours = "semester_hours"
        }
    }

    public var effectiveDate: String
    public var sources: [String]
    public var educationLevels: [String]
    public var admissionLevels: [String: String]
    public var credentialAward: CredentialAward
    public var stretchLevels: Int
    public var workExperience: [String: ReachClass]
    public var onTheJobTraining: [String: ReachClass]
    public var jobZoneLevels: [Int: String]
    /// Job Zones from this one up override EP's entry education when above the reach.
    public var jobZoneCheckMinZone: Int
    public var excluded: [Exclusion]
    public var entryWagePercentile: Int
    public var defaultProfile: DefaultProfile
    /// The file it was read from, as shown in reports.
    public var file: String? = nil

    enum CodingKeys: String, CodingKey {
        case effectiveDate = "effective_date", sources, educationLevels = "education_levels", admissionLevels = "admission_levels"
        case credentialAward = "credential_award", stretchLevels = "stretch_levels", workExperience = "work_experience"
        case onTheJobTraining = "on_the_job_training", jobZoneLevels = "job_zone_levels", excluded
        case jobZoneCheckMinZone = "job_zone_check_min_zone"
        case entryWagePercentile = "entry_wage_percentile", defaultProfile = "default_profile"
    }

    /// The position of an EP education label, or nil when unknown.
    public func rank(_ label: String) -> Int? { educationLevels.firstIndex(of: label) }

    /// Problems a loader reports (unknown labels, a percentile OEWS does not publish).
    public func problems() -> [String] {
        var problems: [String] = []
        for requirement in AdmissionRequirement.allCases {
            guard let label = admissionLevels[requirement.rawValue] else { problems.append("admission_levels has no '\(requirement.rawValue)'"); continue }
            if rank(label) == nil { problems.append("admission_levels.\(requirement.rawValue) '\(label)' is not in education_levels") }
        }
        if rank(credentialAward.countsAs) == nil { problems.append("credential_award.counts_as '\(credentialAward.countsAs)' is not in education_levels") }
        for (zone, label) in jobZoneLevels.sorted(by: { $0.key < $1.key }) where rank(label) == nil {
            problems.append("job_zone_levels.\(zone) '\(label)' is not in education_levels")
        }
        if ![10, 25, 50].contains(entryWagePercentile) { problems.append("entry_wage_percentile is \(entryWagePercentile); use 10, 25 or 50 (OEWS publishes those)") }
        if stretchLevels < 0 { problems.append("stretch_levels is \(stretchLevels); use 0 or more") }
        return problems
    }
}

/// What a completer holds: the proposal's admission requirement and what the
/// credential counts as, and whether it is for entry or upskilling.
public struct CompleterProfile: Sendable, Hashable {
    public var admission: AdmissionRequirement
    public var purpose: CredentialPurpose
    /// True when admission or purpose were not given and a default was used.
    public var admissionAssumed: Bool
    public var purposeAssumed: Bool
    /// The EP level a completer holds (position in `education_levels`).
    public var heldLevel: Int
    public var heldLabel: String
    /// The highest EP typical entry education reached (held + stretch).
    public var reachLevel: Int
    public var reachLabel: String
    /// SOC codes the proposal adds (they are never excluded).
    public var added: Set<SOCCode>
    /// How the profile was found, in one sentence.
    public var explanation: String

    /// The profile of a proposal, with rules' defaults for what it leaves out.
    public init(proposal: Proposal, rules: EntryReachabilityRules) {
        let assumedAdmission: AdmissionRequirement = proposal.level == .graduate ? .bachelor : .highSchool
        var hours: (semester: Double, quarter: Double, clock: Double) = (0, 0, 0)
        switch proposal.hours {
        case .credit(let h, .semester): hours.semester = h
        case .credit(let h, .quarter): hours.quarter = h
        case .clock(let h): hours.clock = h
        }
        self.init(level: proposal.level, admission: proposal.admissionRequires ?? assumedAdmission, admissionAssumed: proposal.admissionRequires == nil,
                  purpose: proposal.purpose ?? .entry, purposeAssumed: proposal.purpose == nil, hours: hours,
                  added: Set(proposal.occupationTailoring.add.map(\.soc)), rules: rules)
    }

    /// The rules' default profile (analyses without a proposal).
    public init(defaultsOf rules: EntryReachabilityRules, admission: AdmissionRequirement? = nil, purpose: CredentialPurpose? = nil) {
        let d = rules.defaultProfile
        self.init(level: d.level, admission: admission ?? d.admissionRequires, admissionAssumed: admission == nil,
                  purpose: purpose ?? d.purpose, purposeAssumed: purpose == nil, hours: (d.semesterHours, 0, 0), added: [], rules: rules)
    }

    init(level: AcademicLevel, admission: AdmissionRequirement, admissionAssumed: Bool, purpose: CredentialPurpose, purposeAssumed: Bool,
         hours: (semester: Double, quarter: Double, clock: Double), added: Set<SOCCode>, rules: EntryReachabilityRules) {
        self.admission = admission
        self.purpose = purpose
        self.admissionAssumed = admissionAssumed
        self.purposeAssumed = purposeAssumed
        self.added = added
        let admissionLabel = rules.admissionLevels[admission.rawValue] ?? rules.educationLevels.first ?? ""
        var held = rules.rank(admissionLabel) ?? 0
        let award = rules.credentialAward
        let longEnough = hours.semester >= award.minSemesterHours && hours.semester > 0
            || hours.quarter >= award.minQuarterHours && hours.quarter > 0
            || hours.clock >= award.minClockHours && hours.clock > 0
        var how = "admission requires \(admissionLabel.lowercased())" + (admissionAssumed ? " (assumed: admission_requires not given)" : "")
        if level == .undergraduate, longEnough, let awardRank = rules.rank(award.countsAs), awardRank > held {
            held = awardRank
            how += "; the credential counts as a \(award.countsAs.lowercased())"
        }
        heldLevel = held
        heldLabel = rules.educationLevels.indices.contains(held) ? rules.educationLevels[held] : admissionLabel
        reachLevel = min(held + rules.stretchLevels, rules.educationLevels.count - 1)
        reachLabel = rules.educationLevels.indices.contains(reachLevel) ? rules.educationLevels[reachLevel] : heldLabel
        explanation = how + "; completers reach occupations whose typical entry education is at most \(reachLabel.lowercased()) (\(rules.stretchLevels) level(s) above what they hold)"
    }
}

/// One linked occupation's reachability, with the evidence and the reason.
public struct OccupationReach: Sendable, Hashable {
    public var reach: ReachClass
    /// One sentence: why, with the EP and O*NET figures.
    public var reason: String
    public var typicalEducation: String?
    public var workExperience: String?
    public var onTheJobTraining: String?
    /// O*NET Job Zone (1–5) and how specialties were combined.
    public var jobZone: Int?
    public var jobZoneRule: String?
}

/// Classifies linked occupations as entry, advancement or excluded
/// (docs/analysis.md, "Entry reachability").
public enum EntryReachability {
    public static func classify(soc: SOCCode, projection: Projection?, jobZone: ONetJobZones.Combined?,
                                profile: CompleterProfile, rules: EntryReachabilityRules) -> OccupationReach {
        let education = projection?.typicalEducation
        let experience = projection?.workExperience
        let training = projection?.onTheJobTraining
        var result = OccupationReach(reach: .entry, reason: "", typicalEducation: education, workExperience: experience,
                                     onTheJobTraining: training, jobZone: jobZone?.zone, jobZoneRule: jobZone?.rule)
        if !profile.added.contains(soc), let rule = rules.excluded.first(where: { soc.description.hasPrefix($0.socPrefix) }) {
            result.reach = .excluded
            result.reason = "excluded: \(rule.reason) (list it under occupations.add to include it)"
            return result
        }
        var needs: [String] = []
        var basis: [String] = []
        if let education, let level = rules.rank(education) {
            basis.append("EP typical entry education: \(education.lowercased())")
            if level > profile.reachLevel { needs.append("\(education.lowercased()) (completers reach \(profile.reachLabel.lowercased()))") }
        } else if let zone = jobZone, let label = rules.jobZoneLevels[zone.zone], let level = rules.rank(label) {
            basis.append("no EP entry education; O*NET Job Zone \(zone.zone) (\(label.lowercased()))")
            if level > profile.reachLevel { needs.append("Job Zone \(zone.zone) preparation (\(label.lowercased()))") }
        } else {
            basis.append("neither EP entry education nor an O*NET Job Zone is published")
        }
        if education != nil, let zone = jobZone, let label = rules.jobZoneLevels[zone.zone], let level = rules.rank(label) {
            basis.append("O*NET Job Zone \(zone.zone)")
            if zone.zone >= rules.jobZoneCheckMinZone && level > profile.reachLevel && needs.isEmpty { needs.append("O*NET Job Zone \(zone.zone) preparation (\(label.lowercased()))") }
        }
        if let experience, rules.workExperience[experience] == .advancement {
            needs.append("\(experience.lowercased()) of related work experience (EP)")
        }
        if let training, rules.onTheJobTraining[training] == .advancement {
            needs.append("\(training.lowercased()) (EP on-the-job training)")
        }
        if needs.isEmpty {
            result.reason = "entry: " + basis.joined(separator: "; ") + (experience.map { "; related experience: \($0.lowercased())" } ?? "")
        } else {
            result.reach = .advancement
            result.reason = "advancement: needs " + needs.joined(separator: " and ")
        }
        return result
    }
}
