import Foundation

/// What decided a credential's level (docs/design-rules.md, "Level").
public enum LevelBasis: String, Sendable, Hashable {
    /// `admission_requires` a bachelor's or master's: post-baccalaureate by construction.
    case admission
    /// Its credits count toward a master's or doctoral degree.
    case stacking
    /// What the linked occupations' skills need (the signals).
    case evidence
    /// Neither construction nor evidence: the proposal's level is kept.
    case noEvidence = "no-evidence"
}

/// One signal of the education the linked occupations' skills need, as
/// openings-weighted shares over the occupations the source rates.
public struct LevelSignal: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case entryEducation = "entry-education"
        case jobZone = "job-zone"
        case requiredEducation = "required-education"

        /// How reports name the signal.
        public var label: String {
            switch self {
            case .entryEducation: return "EP typical entry education"
            case .jobZone: return "O*NET Job Zone"
            case .requiredEducation: return "O*NET required level of education"
            }
        }
    }

    public var kind: Kind
    /// Share (0–1) pointing past a bachelor's degree (master's/doctoral entry; Job Zone 5; RL post-baccalaureate).
    public var graduateShare: Double
    /// Share (0–1) at a bachelor's degree or more.
    public var bachelorOrHigherShare: Double
    /// The share at which the signal points to a level (rules file).
    public var threshold: Threshold<Double>
    /// The definition the signal reads its levels by (EP categories, Job Zone definitions, RL categories).
    public var definition: RuleCitation
    /// What the graduate share counts, in words ("openings in Job Zone 5").
    public var graduateMeaning: String
    /// What the bachelor's share counts, in words.
    public var bachelorMeaning: String
    /// The dataset and vintage the figures come from.
    public var source: String
    /// How many linked occupations the source rates, of how many.
    public var rated: Int
    public var linked: Int

    public var pointsToGraduate: Bool { graduateShare >= threshold.value }
    public var pointsToBachelorOrHigher: Bool { bachelorOrHigherShare >= threshold.value }

    /// "EP typical entry education (EP 2024–34, …; figures for 5 of 5 linked occupations): 1% of the linked openings need …, 100% a bachelor's degree or higher".
    public var sentence: String {
        "\(kind.label) (\(source); figures for \(rated) of \(linked) linked occupations): \(Figures.percent(graduateShare)) \(graduateMeaning), "
            + "\(Figures.percent(bachelorOrHigherShare)) \(bachelorMeaning)"
    }
}

extension DesignEvidence {
    /// Adds each occupation's O*NET Job Zone and required-education
    /// distribution (level rules), naming the datasets they come from.
    public mutating func addPreparation(jobZone: (SOCCode) -> Int?, requiredEducation: (SOCCode) -> [Int: Double]?,
                                        jobZoneSource: String?, requiredEducationSource: String?) {
        for i in occupations.indices {
            occupations[i].jobZone = jobZone(occupations[i].soc)
            occupations[i].requiredEducation = requiredEducation(occupations[i].soc)
        }
        self.jobZoneSource = jobZoneSource
        self.requiredEducationSource = requiredEducationSource
    }
}
