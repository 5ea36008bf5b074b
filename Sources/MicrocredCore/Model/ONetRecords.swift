/// An O*NET-SOC occupation (Occupation Data).
public struct ONetOccupation: Sendable, Hashable {
    public var soc: SOCCode
    /// The O*NET suffix: 0 for `.00`, otherwise a specialty (`.01`…).
    public var suffix: Int
    public var title: String
    public var description: String

    public init(soc: SOCCode, suffix: Int, title: String, description: String) {
        self.soc = soc
        self.suffix = suffix
        self.title = title
        self.description = description
    }

    /// The code as O*NET writes it, e.g. `15-1252.00`.
    public var onetCode: String { "\(soc)." + (suffix < 10 ? "0" : "") + "\(suffix)" }
}

/// Whether a rating is an importance (IM, 1–5) or a level (LV, 0–7).
public enum ONetScale: String, Sendable, Hashable, Codable {
    case importance = "IM"
    case level = "LV"
}

/// Whether an element is a skill or a knowledge area.
public enum ONetDomain: String, Sendable, Hashable, Codable, CaseIterable {
    case skill
    case knowledge
}

/// One rating row of the O*NET Skills or Knowledge file.
public struct ONetRating: Sendable, Hashable {
    public var soc: SOCCode
    public var suffix: Int
    /// e.g. `2.A.1.a`.
    public var elementID: String
    /// e.g. "Reading Comprehension".
    public var elementName: String
    public var scale: ONetScale
    public var value: Double
    /// Sample size; nil when blank.
    public var n: Int?
    public var standardError: Double?
    /// `Recommend Suppress = Y`: low precision.
    public var recommendSuppress: Bool
    /// `Not Relevant = Y` (level rows only).
    public var notRelevant: Bool
    public var line: Int

    public init(soc: SOCCode, suffix: Int, elementID: String, elementName: String, scale: ONetScale, value: Double,
                n: Int?, standardError: Double?, recommendSuppress: Bool, notRelevant: Bool, line: Int) {
        self.soc = soc
        self.suffix = suffix
        self.elementID = elementID
        self.elementName = elementName
        self.scale = scale
        self.value = value
        self.n = n
        self.standardError = standardError
        self.recommendSuppress = recommendSuppress
        self.notRelevant = notRelevant
        self.line = line
    }
}
