/// A proposal whose codes were all found in the reference data, with what
/// the lookups returned.
public struct ValidatedProposal: Sendable {
    public var proposal: Proposal
    /// The OEWS area the proposal names.
    public var area: Area
    /// Each CIP code with its CIP 2020 title, in proposal order.
    public var programs: [(code: CIPCode, title: String)]
    /// The CIP 2020 title of `stacks_into.cip`, when given.
    public var stackingProgramTitle: String?
    /// The high-demand list's path as found on disk, when the proposal names one.
    public var highDemandListPath: String?
    /// Warnings (never errors) found while checking.
    public var warnings: [Diagnostic]

    public init(proposal: Proposal, area: Area, programs: [(code: CIPCode, title: String)], stackingProgramTitle: String? = nil, highDemandListPath: String? = nil, warnings: [Diagnostic]) {
        self.proposal = proposal
        self.area = area
        self.programs = programs
        self.stackingProgramTitle = stackingProgramTitle
        self.highDemandListPath = highDemandListPath
        self.warnings = warnings
    }
}

/// The outcome of checking a proposal: every problem in file order, and the
/// validated proposal when there were no errors.
public struct ProposalCheck: Sendable {
    public var validated: ValidatedProposal?
    /// Errors and warnings, sorted by line and column.
    public var diagnostics: [Diagnostic]
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    public init(validated: ValidatedProposal? = nil, diagnostics: [Diagnostic]) {
        self.validated = validated
        self.diagnostics = diagnostics
    }
}
