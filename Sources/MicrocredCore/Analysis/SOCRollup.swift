import Foundation


/// The SOC aggregates that have codes of their own (datasets/soc-aggregates.yaml):
/// member code → aggregate code, e.g. 21-1011 → 21-1018.
public struct SOCAggregateRules: Sendable, Hashable {
    /// Member → aggregate.
    public var aggregateOf: [SOCCode: SOCCode]
    /// The file's effective date, as written.
    public var effectiveDate: String?

    public init(aggregateOf: [SOCCode: SOCCode], effectiveDate: String? = nil) {
        self.aggregateOf = aggregateOf
        self.effectiveDate = effectiveDate
    }

}

/// How a crosswalk SOC code was matched to a code OEWS and EP publish.
public struct SOCRollup: Sendable, Hashable, Codable {
    /// Why the code was, or could not be, matched.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Published as is.
        case published
        /// Published only inside an aggregate with a code of its own.
        case aggregate
        /// Published only inside its broad occupation (the code ending in 0).
        case broad
        /// A military code (55-xxxx): no OEWS or EP estimates.
        case military
        /// Neither OEWS nor EP publishes the code or an aggregate of it.
        case unpublished
        /// The crosswalk's NO MATCH placeholder.
        case noMatch
    }

    /// The crosswalk code.
    public var from: SOCCode
    /// The published code it counts under; nil for military, unpublished and NO MATCH.
    public var to: SOCCode?
    public var kind: Kind

    /// A sentence for diagnostics, e.g. "13-1021 is published only inside 13-1020; counted there".
    public var explanation: String {
        switch kind {
        case .published: return "\(from) is published as is"
        case .aggregate: return "\(from) is published only inside the aggregate \(to.map(String.init(describing:)) ?? "?") (datasets/soc-aggregates.yaml); counted there"
        case .broad: return "\(from) is published only inside its broad occupation \(to.map(String.init(describing:)) ?? "?"); counted there"
        case .military: return "\(from) is a military occupation; OEWS and EP publish no estimates for it"
        case .unpublished: return "\(from) has no OEWS or EP estimates, alone or in an aggregate"
        case .noMatch: return "the crosswalk links no occupation (NO MATCH, 99-9999)"
        }
    }
}

/// Matches crosswalk SOC codes, some finer than OEWS and EP publish, to
/// published codes: first an explicit aggregate, else the broad code ending
/// in 0 when that is published.
public struct SOCRollupResolver: Sendable {
    public let rules: SOCAggregateRules
    /// Codes OEWS or EP publish as detailed occupations.
    public let published: Set<SOCCode>

    public init(rules: SOCAggregateRules, published: Set<SOCCode>) {
        self.rules = rules
        self.published = published
    }

    /// How `soc` is counted.
    public func resolve(_ soc: SOCCode) -> SOCRollup {
        if soc.isNoMatch { return SOCRollup(from: soc, to: nil, kind: .noMatch) }
        if published.contains(soc) { return SOCRollup(from: soc, to: soc, kind: .published) }
        if let aggregate = rules.aggregateOf[soc], published.contains(aggregate) {
            return SOCRollup(from: soc, to: aggregate, kind: .aggregate)
        }
        if soc.isMilitary { return SOCRollup(from: soc, to: nil, kind: .military) }
        let broad = soc.broadOccupation
        if broad != soc, published.contains(broad) { return SOCRollup(from: soc, to: broad, kind: .broad) }
        return SOCRollup(from: soc, to: nil, kind: .unpublished)
    }
}
