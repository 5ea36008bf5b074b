import Foundation

/// The education a learner must hold to be admitted (`admission_requires`).
public enum AdmissionRequirement: String, Sendable, Hashable, CaseIterable, Codable {
    case none
    case highSchool = "high-school"
    case associate, bachelor, master
}

/// What the credential is for (`purpose`): entry into jobs, or upskilling
/// of incumbent workers in the jobs they hold.
public enum CredentialPurpose: String, Sendable, Hashable, CaseIterable, Codable {
    case entry, upskill
}

/// One change to the default crosswalk occupations, with its reason.
public struct OccupationChange: Sendable, Hashable {
    /// The SOC code it counts as (an O*NET-SOC code is read as its first 7 characters).
    public var soc: SOCCode
    /// The code as written in the proposal.
    public var written: String
    public var reason: String
    public var line: Int?

    public init(soc: SOCCode, written: String, reason: String, line: Int? = nil) {
        self.soc = soc
        self.written = written
        self.reason = reason
        self.line = line
    }
}

/// The proposal's `occupations: {add: [...], remove: [...]}`.
public struct OccupationTailoring: Sendable, Hashable {
    public var add: [OccupationChange]
    public var remove: [OccupationChange]

    public init(add: [OccupationChange] = [], remove: [OccupationChange] = []) {
        self.add = add
        self.remove = remove
    }

    public var isEmpty: Bool { add.isEmpty && remove.isEmpty }
}
