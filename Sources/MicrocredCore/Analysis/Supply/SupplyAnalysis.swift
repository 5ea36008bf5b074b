import Foundation

/// Completions year by year with their average and trend.
public struct CompletionSeries: Sendable, Hashable, Codable {
    /// Awards per year, parallel to `SupplyAnalysis.years`.
    public var byYear: [Int]
    /// The mean of the newest `averageYears` years (fewer when fewer were chosen).
    public var average: Double
    /// The years averaged.
    public var averageYears: [String]
    /// Newest year minus oldest.
    public var change: Int
    /// `change` as a percentage of the oldest year; nil when that was 0.
    public var percentChange: Double?
    /// `rising`, `falling` or `unchanged` from the oldest year to the newest.
    public var direction: String

    public init(byYear: [Int], years: [String], averageYears n: Int) {
        self.byYear = byYear
        let k = min(max(1, n), byYear.count)
        let tail = byYear.suffix(k)
        average = tail.isEmpty ? 0 : Double(tail.reduce(0, +)) / Double(tail.count)
        averageYears = Array(years.suffix(k))
        let first = byYear.first ?? 0, last = byYear.last ?? 0
        change = last - first
        percentChange = first > 0 ? Double(change) / Double(first) * 100 : nil
        direction = change > 0 ? "rising" : change < 0 ? "falling" : "unchanged"
    }

    /// True when every year is 0.
    public var isEmpty: Bool { byYear.allSatisfy { $0 == 0 } }
}

/// One award level's or group's completions.
public struct AwardSupply: Sendable, Hashable, Codable {
    /// An AWLEVEL code (`21`) or a group name (`short-12-weeks-to-1-year`).
    public var id: String
    public var label: String
    /// The AWLEVEL codes counted.
    public var awardLevels: [Int]
    /// Whether these levels compete with the proposal.
    public var competing: Bool
    public var completions: CompletionSeries
}

/// One CIP code's completions in the area.
public struct CIPSupply: Sendable, Hashable, Codable {
    public var cip: CIPCode
    public var title: String
    /// By committee group, shortest first; groups with no awards left out.
    public var groups: [AwardSupply]
    /// By AWLEVEL, shortest first; levels with no awards left out.
    public var levels: [AwardSupply]
    /// At the competing award levels.
    public var competing: CompletionSeries
}

/// An institution that already trains people in the proposal's CIP codes.
public struct Competitor: Sendable, Hashable, Codable {
    public var unitID: UnitID
    public var name: String
    public var city: String
    public var state: String
    public var sector: String
    public var control: String
    /// Awards in the proposal's CIP codes at competing levels, by year; nil
    /// when the institution is not in the area in that year's HD.
    public var completionsByYear: [Int?]
}

/// One IPEDS year as used.
public struct SupplyYear: Sendable, Hashable, Codable {
    public var vintage: String
    public var surveyYear: Int
    public var institutionsVintage: String
    public var majors: CompletionsMajors
    public var layout: CompletionsLayout
    /// Six-digit rows whose UNITID is not in that year's HD.
    public var unplacedRows: Int
    public var secondMajorRowsLeftOut: Int
}

/// The supply side for a proposal's CIP codes in one area: completions by
/// CIP, award level and year, the competing programs, the competitors and
/// (when openings are given) the supply/demand gap. One JSON-encodable
/// value; built from loaded data, no I/O.
public struct SupplyAnalysis: Sendable, Hashable, Codable {
    public var area: SupplyArea
    /// How institutions are placed in the area.
    public var areaRule: String
    /// Completions vintages, oldest first.
    public var years: [SupplyYear]
    public var competingAwards: CompetingAwards
    public var cips: [CIPSupply]
    /// Every proposal CIP together, by group.
    public var groups: [AwardSupply]
    /// Every proposal CIP together, at the competing levels.
    public var competing: CompletionSeries
    /// Sorted by the newest year's awards, most first, then name.
    public var competitors: [Competitor]
    public var gap: SupplyGap?
    public var caveats: [String]

    /// The caveats every supply figure carries.
    public static func caveats(years: [SupplyYear]) -> [String] {
        let firstOnly = years.allSatisfy { $0.majors == .firstOnly }
        return [
            firstOnly ? "First majors only: this extract of IPEDS Completions has no second majors (MAJORNUM 2), so awards are slightly undercounted."
                      : "First majors only are counted; the second-major rows of the full NCES file are left out so that every year counts the same way.",
            "IPEDS places completions at the institution (its HD address), not where students live or where they learn online.",
            "Non-credit completers and incumbent workers are not in IPEDS: non-credit programs and on-the-job training that compete for the same learners are not counted.",
        ]
    }

    /// Builds the analysis of `cips` (with their titles) from `completions`,
    /// competing at `competing.levels`; `gap` is computed by the caller from
    /// the same completions (`SupplyGap.compute`).
    public static func build(completions: AreaCompletions, years: [IPEDSYear], cips: [(code: CIPCode, title: String)],
                             competing: CompetingAwards, settings: SupplySettings, gap: SupplyGap?) -> SupplyAnalysis {
        let names = completions.years
        let competingSet = Set(competing.levels)
        func series(_ counts: [Int]) -> CompletionSeries {
            CompletionSeries(byYear: counts, years: names, averageYears: settings.averageYears)
        }
        func counts(_ codes: [CIPCode], _ levels: [IPEDSAwardLevel]) -> [Int] {
            names.indices.map { y in codes.reduce(0) { $0 + completions.count(year: y, cip: $1, levels: levels) } }
        }
        func groupRows(_ codes: [CIPCode]) -> [AwardSupply] {
            IPEDSAwardGroup.allCases.compactMap { group in
                let s = series(counts(codes, group.levels))
                guard !s.isEmpty else { return nil }
                return AwardSupply(id: group.rawValue, label: group.label, awardLevels: group.levels.map(\.rawValue),
                                   competing: group.levels.contains(where: competingSet.contains), completions: s)
            }
        }
        let codes = cips.map(\.code)
        let perCIP = cips.map { cip -> CIPSupply in
            let levels = IPEDSAwardLevel.allCases.sorted().compactMap { level -> AwardSupply? in
                let s = series(counts([cip.code], [level]))
                guard !s.isEmpty else { return nil }
                return AwardSupply(id: String(level.rawValue), label: level.label, awardLevels: [level.rawValue],
                                   competing: competingSet.contains(level), completions: s)
            }
            return CIPSupply(cip: cip.code, title: cip.title, groups: groupRows([cip.code]), levels: levels,
                             competing: series(counts([cip.code], competing.levels)))
        }
        var competitors: [Competitor] = []
        for (id, byYear) in completions.competitors(cips: codes, levels: competing.levels) {
            guard let institution = completions.institution(id) else { continue }
            competitors.append(Competitor(unitID: institution.unitID, name: institution.name, city: institution.city,
                                          state: institution.state, sector: InstitutionSector.label(institution.sector),
                                          control: InstitutionControl.label(institution.control), completionsByYear: byYear))
        }
        competitors.sort { a, b in
            let x = a.completionsByYear.last.flatMap { $0 } ?? -1, y = b.completionsByYear.last.flatMap { $0 } ?? -1
            return x != y ? x > y : (a.name, a.unitID) < (b.name, b.unitID)
        }
        let info = years.enumerated().map { i, y in
            SupplyYear(vintage: y.vintage, surveyYear: y.surveyYear, institutionsVintage: y.institutionsVintage,
                       majors: y.completions.majors, layout: y.completions.layout,
                       unplacedRows: i < completions.unplacedRows.count ? completions.unplacedRows[i] : 0,
                       secondMajorRowsLeftOut: i < completions.secondMajorRowsLeftOut.count ? completions.secondMajorRowsLeftOut[i] : 0)
        }
        return SupplyAnalysis(area: completions.area, areaRule: completions.area.rule, years: info, competingAwards: competing,
                              cips: perCIP, groups: groupRows(codes), competing: series(counts(codes, competing.levels)),
                              competitors: competitors, gap: gap, caveats: caveats(years: info))
    }
}
