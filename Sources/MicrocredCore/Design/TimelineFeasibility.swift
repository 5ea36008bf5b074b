import Foundation

/// Whether the launch timeline still fits the calendar on the report's
/// as-of date: the steps whose month has already passed, and the earliest
/// term whose first step is not yet past (docs/reports.md, "Launch timeline").
public struct TimelineFeasibility: Sendable, Hashable {
    /// Steps before the first term whose month is before the as-of month.
    public var pastSteps: [Milestone]
    /// The earliest Spring, Summer or Fall term whose longest lead time starts no earlier than the as-of month.
    public var earliestFeasibleTerm: AcademicTerm?

    public var fits: Bool { pastSteps.isEmpty }
}

extension EvaluationPlanner {
    /// "2026-12" for a year and month.
    static func monthText(_ index: Int) -> String { String(format: "%04d-%02d", index / 12, index % 12 + 1) }

    public static func feasibility(_ inputs: ProposalEvaluation) -> TimelineFeasibility? {
        guard let term = inputs.proposal.startTerm else { return nil }
        let now = inputs.asOf.year * 12 + (inputs.asOf.month - 1)
        let t = inputs.settings.timeline
        let lead = [t.approvalSubmissionMonths, t.advisoryBoardMonths, t.curriculumCompleteMonths,
                    t.marketingStartMonths, t.applicationsOpenMonths].max() ?? 0
        let start = startMonth(of: term)
        let startIndex = start.year * 12 + (start.month - 1)
        let past = inputs.timeline.filter { m in
            guard let i = index(of: m.month) else { return false }
            return i < now && i < startIndex
        }
        var earliest: AcademicTerm? = nil
        search: for year in inputs.asOf.year...(inputs.asOf.year + 5) {
            for season in [AcademicTerm.Season.spring, .summer, .fall] {
                let candidate = AcademicTerm(season: season, year: year)
                let s = startMonth(of: candidate)
                if s.year * 12 + (s.month - 1) - lead >= now { earliest = candidate; break search }
            }
        }
        return TimelineFeasibility(pastSteps: past, earliestFeasibleTerm: earliest)
    }

    static func index(of month: String) -> Int? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return y * 12 + (m - 1)
    }
}
