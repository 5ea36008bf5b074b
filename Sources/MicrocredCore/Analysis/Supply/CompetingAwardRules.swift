import Foundation

/// A proposed credential as far as competition is concerned: its level,
/// whether it carries credit, and its length.
public struct ProposedCredential: Sendable, Hashable, Codable {
    public var level: AcademicLevel
    public var creditBearing: Bool
    /// Length in `unit` (semester hours, quarter hours or clock hours).
    public var hours: Double
    public var unit: HoursUnit

    public enum HoursUnit: String, Sendable, Hashable, Codable, CaseIterable {
        case semester, quarter, clock
    }

    public init(level: AcademicLevel, creditBearing: Bool, hours: Double, unit: HoursUnit) {
        self.level = level
        self.creditBearing = creditBearing
        self.hours = hours
        self.unit = unit
    }

    /// From a proposal's own fields.
    public init(level: AcademicLevel, creditBearing: Bool, programHours: ProgramHours) {
        switch programHours {
        case .credit(let h, let system): self.init(level: level, creditBearing: creditBearing, hours: h, unit: system == .semester ? .semester : .quarter)
        case .clock(let h): self.init(level: level, creditBearing: creditBearing, hours: h, unit: .clock)
        }
    }
}

/// The award levels a credential competes with, and why.
public struct CompetingAwards: Sendable, Hashable, Codable {
    public var levels: [IPEDSAwardLevel]
    /// The credential's own IPEDS level by length; nil without a credential.
    public var ownLevel: IPEDSAwardLevel?
    public var why: String
    /// The rule's source, as the rules file names it.
    public var source: String
    public var effectiveDate: String

    public init(levels: [IPEDSAwardLevel], ownLevel: IPEDSAwardLevel?, why: String, source: String, effectiveDate: String) {
        self.levels = levels
        self.ownLevel = ownLevel
        self.why = why
        self.source = source
        self.effectiveDate = effectiveDate
    }
}

/// The competing-award rules (MicrocredKit reads `datasets/rules/competing-awards.yaml`): IPEDS length boundaries and the
/// mapping from a proposed credential to the award levels it competes with.
public struct CompetingAwardRules: Sendable, Hashable, Decodable {
    public struct Length: Sendable, Hashable, Decodable {
        public struct Below: Sendable, Hashable, Decodable {
            public var clockHours: Double
            public var semesterHours: Double
            public var quarterHours: Double
            enum CodingKeys: String, CodingKey {
                case clockHours = "clock_hours", semesterHours = "semester_hours", quarterHours = "quarter_hours"
            }
        }
        public var awardLevel: Int
        public var below: Below?
        enum CodingKeys: String, CodingKey { case awardLevel = "award_level", below }
    }

    public struct Lengths: Sendable, Hashable, Decodable {
        public var source: String
        public var levels: [Length]
    }

    public struct Condition: Sendable, Hashable, Decodable {
        public var level: AcademicLevel?
        public var creditBearing: Bool?
        public var ownLevel: Int?
        enum CodingKeys: String, CodingKey { case level, creditBearing = "credit_bearing", ownLevel = "own_level" }
    }

    public struct Rule: Sendable, Hashable, Decodable {
        public var when: Condition?
        public var competesWith: [Int]
        public var why: String
        public var source: String
        enum CodingKeys: String, CodingKey { case when, why, source, competesWith = "competes_with" }
    }

    public var effectiveDate: String
    public var sources: [String: String]
    public var lengths: Lengths
    public var defaultRule: Rule
    public var rules: [Rule]

    enum CodingKeys: String, CodingKey {
        case sources, lengths, rules
        case effectiveDate = "effective_date"
        case defaultRule = "default"
    }

    /// The IPEDS level a credential's length places it at: the first level
    /// it is shorter than.
    public func ownLevel(of credential: ProposedCredential) -> IPEDSAwardLevel? {
        for length in lengths.levels {
            guard let below = length.below else { return IPEDSAwardLevel(rawValue: length.awardLevel) }
            let limit: Double
            switch credential.unit {
            case .clock: limit = below.clockHours
            case .semester: limit = below.semesterHours
            case .quarter: limit = below.quarterHours
            }
            if credential.hours < limit { return IPEDSAwardLevel(rawValue: length.awardLevel) }
        }
        return nil
    }

    /// The competing award levels of `credential`, or the default without one.
    public func competing(for credential: ProposedCredential?) -> CompetingAwards {
        func make(_ rule: Rule, own: IPEDSAwardLevel?) -> CompetingAwards {
            CompetingAwards(levels: rule.competesWith.compactMap(IPEDSAwardLevel.init(rawValue:)), ownLevel: own, why: rule.why,
                            source: sources[rule.source] ?? rule.source, effectiveDate: effectiveDate)
        }
        guard let credential else { return make(defaultRule, own: nil) }
        let own = credential.level == .undergraduate ? ownLevel(of: credential) : nil
        for rule in rules {
            let w = rule.when
            if let l = w?.level, l != credential.level { continue }
            if let c = w?.creditBearing, c != credential.creditBearing { continue }
            if let o = w?.ownLevel, o != own?.rawValue { continue }
            return make(rule, own: own)
        }
        return make(defaultRule, own: own)
    }
}
