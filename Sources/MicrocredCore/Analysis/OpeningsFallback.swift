import Foundation

extension LaborMarket {
    /// The area that contains area slot `a`: a metro's primary state (when
    /// loaded), a state's nation; nil for the nation.
    public func parentSlot(of a: Int) -> Int? {
        let area = areas[a]
        switch area.code.kind {
        case .nation: return nil
        case .state: return slot(of: AreaCode.nation)
        case .metro:
            if let state = areas.firstIndex(where: { $0.code.kind == .state && $0.primaryState == area.primaryState }) { return state }
            return slot(of: AreaCode.nation)
        }
    }

    /// True when the area publishes a row for the occupation but not its employment (`**`).
    @inlinable public func employmentSuppressed(area a: Int, occupation o: Int) -> Bool {
        let cell = a * occupations.count + o
        return rowFile[cell] >= 0 && employment[cell].isNaN
    }

    /// The fallback openings estimate for an occupation whose area
    /// employment is suppressed (docs/analysis.md, "Suppressed employment"):
    /// the containing area's estimated openings × the area's share of the
    /// containing area's all-occupations employment, rounded to 0.1. NaN when
    /// employment is published (no fallback is needed), when the area has
    /// no row for the occupation, or when an input is missing.
    public func fallbackOpeningsEstimate(area a: Int, occupation o: Int, parent: Int?) -> Double {
        guard employmentSuppressed(area: a, occupation: o), let p = parent else { return .nan }
        var parentOpenings = areaOpeningsEstimate(area: p, occupation: o)
        var from = p
        if !parentOpenings.isFinite, let nation = slot(of: AreaCode.nation), nation != p {
            parentOpenings = areaOpeningsEstimate(area: nation, occupation: o)
            from = nation
        }
        let share = totalEmployment(area: a) / totalEmployment(area: from)
        guard parentOpenings.isFinite, share.isFinite, share > 0 else { return .nan }
        return (parentOpenings * share * 10).rounded() / 10
    }

    /// The label of a fallback estimate: which area's openings were scaled.
    public func fallbackLabel(area a: Int, occupation o: Int, parent: Int?) -> String? {
        guard let p = parent else { return nil }
        let direct = areaOpeningsEstimate(area: p, occupation: o).isFinite
        let from = direct ? areas[p] : (slot(of: AreaCode.nation).map { areas[$0] } ?? areas[p])
        return "fallback: area employment not released (**); \(from.title)'s estimated openings × \(areas[a].title)'s share of its all-occupations employment"
    }
}
