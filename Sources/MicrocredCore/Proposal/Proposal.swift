import Foundation

/// A proposed microcredential as a faculty member describes it in a
/// proposal file (see docs/proposal.md for every key).
public struct Proposal: Sendable, Hashable {
    /// The file it was read from, as given.
    public var file: String

    // Required
    public var title: String
    public var institution: String
    /// One or more CIP 2020 codes, in the order written (the first is the primary discipline).
    public var cip: [CIPCode]
    public var area: AreaQuery
    public var level: AcademicLevel
    public var credential: CredentialChoice
    public var creditBearing: Bool
    public var hours: ProgramHours
    public var weeks: Double
    public var delivery: Delivery
    public var targetPopulation: [TargetPopulation]

    // Optional, named in the issue
    public var department: String?
    public var stacksInto: StackingTarget?
    public var employerPartners: [EmployerPartner]
    public var advisoryBoard: [AdvisoryMember]
    public var priorLearning: PriorLearning?
    /// Total tuition for the whole credential, in dollars.
    public var tuition: Double?
    public var startTerm: AcademicTerm?
    /// A high-demand career list (CSV), as written in the proposal.
    public var highDemandList: String?

    // Optional, added by microcred
    public var description: String?
    public var contact: Contact?
    /// An outside certification the credential prepares learners for.
    public var industryCertification: IndustryCertification?
    /// Competencies the faculty already plan to teach, in their own words.
    public var competencies: [String]
    public var enrollmentTarget: Int?
    /// Required fees for the whole credential, in dollars, beyond tuition.
    public var fees: Double?
    /// Federal aid the proposers hope students can use.
    public var financialAidSought: [AidProgram]
    /// Admission prerequisites in words.
    public var prerequisites: String?
    /// When and how often it meets, in words (for the schedule-fit message).
    public var schedule: String?
    /// The education required for admission; nil when not given (see `CompleterProfile`).
    public var admissionRequires: AdmissionRequirement? = nil
    /// Entry into jobs or upskilling; nil when not given (entry is assumed).
    public var purpose: CredentialPurpose? = nil
    /// Changes to the crosswalk's occupations, each with its reason.
    public var occupationTailoring = OccupationTailoring()
    /// Public, private nonprofit or proprietary; nil when not given.
    public var institutionType: InstitutionType? = nil

    public init(file: String, title: String, institution: String, cip: [CIPCode], area: AreaQuery, level: AcademicLevel,
                credential: CredentialChoice, creditBearing: Bool, hours: ProgramHours, weeks: Double, delivery: Delivery,
                targetPopulation: [TargetPopulation], department: String? = nil, stacksInto: StackingTarget? = nil,
                employerPartners: [EmployerPartner] = [], advisoryBoard: [AdvisoryMember] = [], priorLearning: PriorLearning? = nil,
                tuition: Double? = nil, startTerm: AcademicTerm? = nil, highDemandList: String? = nil, description: String? = nil,
                contact: Contact? = nil, industryCertification: IndustryCertification? = nil, competencies: [String] = [],
                enrollmentTarget: Int? = nil, fees: Double? = nil, financialAidSought: [AidProgram] = [],
                prerequisites: String? = nil, schedule: String? = nil) {
        self.file = file
        self.title = title
        self.institution = institution
        self.cip = cip
        self.area = area
        self.level = level
        self.credential = credential
        self.creditBearing = creditBearing
        self.hours = hours
        self.weeks = weeks
        self.delivery = delivery
        self.targetPopulation = targetPopulation
        self.department = department
        self.stacksInto = stacksInto
        self.employerPartners = employerPartners
        self.advisoryBoard = advisoryBoard
        self.priorLearning = priorLearning
        self.tuition = tuition
        self.startTerm = startTerm
        self.highDemandList = highDemandList
        self.description = description
        self.contact = contact
        self.industryCertification = industryCertification
        self.competencies = competencies
        self.enrollmentTarget = enrollmentTarget
        self.fees = fees
        self.financialAidSought = financialAidSought
        self.prerequisites = prerequisites
        self.schedule = schedule
    }

    /// The proposal's name for folders and headers: the file name without its extension.
    public var name: String {
        let base = (file as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        return stem.isEmpty ? base : stem
    }
}

/// Undergraduate or graduate.
public enum AcademicLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case undergraduate, graduate
}

/// The three career-focused kinds of microcredential.
public enum CredentialType: String, Sendable, Hashable, CaseIterable, Codable {
    case badge, certificate, certification
}

/// The credential the proposal asks for, or `recommend` to let the rules choose.
public enum CredentialChoice: String, Sendable, Hashable, CaseIterable, Codable {
    case badge, certificate, certification, recommend

    /// The named type, or nil for `recommend`.
    public var type: CredentialType? { CredentialType(rawValue: rawValue) }
}

/// How the credential is taught.
public enum Delivery: String, Sendable, Hashable, CaseIterable, Codable {
    case online, hybrid
    case inPerson = "in-person"
    /// Self-paced by mail or its online equivalent with little instructor interaction
    /// (excluded from Workforce Pell).
    case correspondence
}

/// Who the credential is for.
public enum TargetPopulation: String, Sendable, Hashable, CaseIterable, Codable {
    case returningAdults = "returning-adults"
    case currentStudents = "current-students"
    case incumbentWorkers = "incumbent-workers"
    case careerChangers = "career-changers"
    case veterans
    case dualEnrollment = "dual-enrollment"
    case alumni
    /// Learners who already hold a bachelor's degree (e.g. incumbent workers with degrees): not Pell-eligible.
    case bachelorHolders = "bachelor-holders"
}

/// How long the credential is: credit hours in a term system, or clock hours.
public enum ProgramHours: Sendable, Hashable, CustomStringConvertible {
    case credit(Double, TermSystem)
    case clock(Double)

    public var description: String {
        switch self {
        case .credit(let h, let system): return "\(Figures.plain(h)) \(system.unitName)"
        case .clock(let h): return "\(Figures.plain(h)) clock hours"
        }
    }
}

/// Semester or quarter credit hours.
public enum TermSystem: String, Sendable, Hashable, CaseIterable, Codable {
    case semester, quarter

    /// "semester hours" or "quarter hours".
    public var unitName: String { self == .semester ? "semester hours" : "quarter hours" }
}

/// The award level of a degree or certificate a credential stacks into.
public enum AwardLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case certificate, associate, bachelor, master, doctorate

    /// True for master's and doctoral awards.
    public var isGraduate: Bool { self == .master || self == .doctorate }
}

/// How credits reach the degree: directly, or through a prior-learning review.
public enum StackingRoute: String, Sendable, Hashable, CaseIterable, Codable {
    case directCredit = "direct-credit"
    case priorLearning = "prior-learning"
}

/// The degree (or longer certificate) the credential counts toward.
public struct StackingTarget: Sendable, Hashable {
    public var program: String
    public var cip: CIPCode?
    public var award: AwardLevel
    /// Credits of the credential that count toward the program.
    public var creditsApplied: Double?
    public var via: StackingRoute
    /// Credits the whole program requires (to say what remains).
    public var programCredits: Double?
    /// Which requirement the credits meet (major, elective, …), in words.
    public var requirement: String?

    public init(program: String, cip: CIPCode? = nil, award: AwardLevel, creditsApplied: Double? = nil, via: StackingRoute = .directCredit,
                programCredits: Double? = nil, requirement: String? = nil) {
        self.program = program
        self.cip = cip
        self.award = award
        self.creditsApplied = creditsApplied
        self.via = via
        self.programCredits = programCredits
        self.requirement = requirement
    }
}

/// An employer or industry body working on the credential.
public struct EmployerPartner: Sendable, Hashable {
    public var name: String
    public var role: String?
    public init(name: String, role: String? = nil) { self.name = name; self.role = role }
}

/// A member of the credential's advisory board.
public struct AdvisoryMember: Sendable, Hashable {
    public var name: String
    public var affiliation: String?
    public init(name: String, affiliation: String? = nil) { self.name = name; self.affiliation = affiliation }
}

/// How the institution recognizes learning done elsewhere.
public struct PriorLearning: Sendable, Hashable {
    /// Credit for military training on American Council on Education recommendations.
    public var aceMilitary: Bool
    /// Portfolio review of prior experience.
    public var portfolio: Bool
    /// Industry certifications accepted for credit.
    public var industryCertifications: [String]
    /// Credit by examination (e.g. a departmental challenge exam).
    public var creditByExam: Bool

    public init(aceMilitary: Bool = false, portfolio: Bool = false, industryCertifications: [String] = [], creditByExam: Bool = false) {
        self.aceMilitary = aceMilitary
        self.portfolio = portfolio
        self.industryCertifications = industryCertifications
        self.creditByExam = creditByExam
    }

    /// True when any route to credit for prior learning is named.
    public var offersAnyRoute: Bool { aceMilitary || portfolio || creditByExam || !industryCertifications.isEmpty }
}

/// An academic term such as "Fall 2027".
public struct AcademicTerm: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Terms in calendar order within a year.
    public enum Season: String, Sendable, Hashable, CaseIterable, Comparable {
        case winter = "Winter", spring = "Spring", summer = "Summer", fall = "Fall"
        var order: Int { Season.allCases.firstIndex(of: self) ?? 0 }
        public static func < (a: Season, b: Season) -> Bool { a.order < b.order }
    }

    public var season: Season
    public var year: Int

    public init(season: Season, year: Int) { self.season = season; self.year = year }

    /// Parses "Fall 2027", "fall 2027", "2027 Fall" or "Autumn 2027".
    public init?(_ text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard words.count == 2 else { return nil }
        let (a, b) = (words[0], words[1])
        let (seasonWord, yearWord) = Int(a) != nil ? (b, a) : (a, b)
        guard yearWord.count == 4, let year = Int(yearWord), (2000...2100).contains(year) else { return nil }
        let s = seasonWord.lowercased() == "autumn" ? "fall" : seasonWord.lowercased()
        guard let season = Season.allCases.first(where: { $0.rawValue.lowercased() == s }) else { return nil }
        self.init(season: season, year: year)
    }

    public var description: String { "\(season.rawValue) \(year)" }

    public static func < (a: AcademicTerm, b: AcademicTerm) -> Bool { (a.year, a.season) < (b.year, b.season) }
}

/// Who to ask about the proposal.
public struct Contact: Sendable, Hashable {
    public var name: String
    public var email: String?
    public init(name: String, email: String? = nil) { self.name = name; self.email = email }
}

/// An outside certification whose exam the credential prepares for.
public struct IndustryCertification: Sendable, Hashable {
    public var name: String
    /// The body that awards it (licensing board, industry group).
    public var body: String?
    /// The exam's published domains (objectives), when given; the assessment plan maps to them.
    public var domains: [String]
    public init(name: String, body: String? = nil, domains: [String] = []) { self.name = name; self.body = body; self.domains = domains }
}

/// A federal student-aid program or test the design rules answer for.
public enum AidProgram: String, Sendable, Hashable, CaseIterable, Codable {
    case titleIV = "title-iv"
    case pell
    case workforcePell = "workforce-pell"
    case loans
    case gainfulEmployment = "gainful-employment"
}
