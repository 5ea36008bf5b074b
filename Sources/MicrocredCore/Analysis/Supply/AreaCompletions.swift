import Foundation

/// First-major completions in one area, year by year, by six-digit CIP and
/// award level, each year's completions placed by that year's HD file.
/// Built once from loaded IPEDS years; pure.
public struct AreaCompletions: Sendable {
    /// Completions vintages, oldest first.
    public let years: [String]
    public let area: SupplyArea
    /// Per year: (CIP digits × 32 + AWLEVEL) → awards.
    let counts: [[Int: Int]]
    /// Per year: UNITID → (CIP digits × 32 + AWLEVEL) → awards, for institutions in the area.
    let byInstitution: [[Int32: [Int: Int]]]
    /// Per year: the area's institutions from that year's HD.
    let institutions: [[Int32: IPEDSInstitution]]
    /// Per year: six-digit first-major rows whose UNITID is not in that year's HD (not placed in any area).
    public let unplacedRows: [Int]
    /// Per year: second-major rows of the area's institutions, left out (the full file only).
    public let secondMajorRowsLeftOut: [Int]
    /// Per year: rows of the area's institutions with CTOTALT -1/-2, not counted.
    public let missingTotals: [Int]

    /// Counts every year's first-major six-digit rows of institutions in
    /// `area`; awards by institution are kept for `detail` CIP codes only
    /// (the proposal's, for the competitor table).
    public init(years: [IPEDSYear], area: SupplyArea, detail: [CIPCode]) {
        self.years = years.map(\.vintage)
        self.area = area
        let detailDigits = Set(detail.map(\.digits))
        var counts: [[Int: Int]] = [], byInstitution: [[Int32: [Int: Int]]] = [], institutions: [[Int32: IPEDSInstitution]] = []
        var unplaced: [Int] = [], second: [Int] = [], missing: [Int] = []
        // UNITID → 0 not in the directory, 1 elsewhere, 2 in the area.
        var place = [UInt8](repeating: 0, count: 1_000_000)
        for year in years {
            var inArea: [Int32: IPEDSInstitution] = [:]
            for institution in year.institutions.institutions {
                let inside = area.contains(institution)
                place[Int(institution.unitID.value)] = inside ? 2 : 1
                if inside { inArea[institution.unitID.value] = institution }
            }
            var c: [Int: Int] = [:], b: [Int32: [Int: Int]] = [:]
            var u = 0, s = 0, m = 0
            for r in year.completions.records {
                let id = r.unitID.value
                let where_ = place[Int(id)]
                guard where_ == 2 else {
                    if where_ == 0 && r.majorNumber == 1 && r.totalRaw >= 0 { u += 1 }
                    continue
                }
                if r.majorNumber != 1 { s += 1; continue }
                guard r.totalRaw >= 0 else { m += 1; continue }
                let key = Int(r.cip.digits) * 32 + r.awardLevel.rawValue
                c[key, default: 0] += Int(r.totalRaw)
                if detailDigits.contains(r.cip.digits) { b[id, default: [:]][key, default: 0] += Int(r.totalRaw) }
            }
            for institution in year.institutions.institutions { place[Int(institution.unitID.value)] = 0 }
            counts.append(c)
            byInstitution.append(b)
            institutions.append(inArea)
            unplaced.append(u)
            second.append(s)
            missing.append(m)
        }
        self.counts = counts
        self.byInstitution = byInstitution
        self.institutions = institutions
        unplacedRows = unplaced
        secondMajorRowsLeftOut = second
        missingTotals = missing
    }

    /// Awards in `cip` at `level` in year `y` (0 when none were reported).
    public func count(year y: Int, cip: CIPCode, level: IPEDSAwardLevel) -> Int {
        counts[y][Int(cip.digits) * 32 + level.rawValue] ?? 0
    }

    /// Awards in `cip` at any of `levels` in year `y`.
    public func count(year y: Int, cip: CIPCode, levels: [IPEDSAwardLevel]) -> Int {
        levels.reduce(0) { $0 + count(year: y, cip: cip, level: $1) }
    }

    /// The average over the newest `averageYears` years of awards in every
    /// CIP at `levels`: the supply each CIP brings to the gap.
    public func averages(levels: [IPEDSAwardLevel], averageYears: Int) -> [CIPCode: Double] {
        let chosen = Array(counts.indices.suffix(max(1, averageYears)))
        guard !chosen.isEmpty else { return [:] }
        let wanted = Set(levels.map(\.rawValue))
        var sums: [Int32: Int] = [:]
        for y in chosen {
            for (key, n) in counts[y] where wanted.contains(key % 32) { sums[Int32(key / 32), default: 0] += n }
        }
        var out: [CIPCode: Double] = [:]
        for (digits, n) in sums { out[CIPCode(unchecked: digits)] = Double(n) / Double(chosen.count) }
        return out
    }

    /// Institutions with awards in `cips` at `levels` in any year, with
    /// their awards by year (nil when the institution is not in that year's HD).
    func competitors(cips: [CIPCode], levels: [IPEDSAwardLevel]) -> [(id: Int32, byYear: [Int?])] {
        let keys = cips.flatMap { cip in levels.map { Int(cip.digits) * 32 + $0.rawValue } }
        var ids = Set<Int32>()
        for year in byInstitution.indices {
            for (id, cells) in byInstitution[year] where keys.contains(where: { (cells[$0] ?? 0) > 0 }) { ids.insert(id) }
        }
        return ids.sorted().map { id in
            (id, byInstitution.indices.map { y -> Int? in
                guard institutions[y][id] != nil else { return nil }
                let cells = byInstitution[y][id] ?? [:]
                return keys.reduce(0) { $0 + (cells[$1] ?? 0) }
            })
        }
    }

    /// The institution's HD row of the newest year that lists it.
    func institution(_ id: Int32) -> IPEDSInstitution? {
        for y in institutions.indices.reversed() { if let hit = institutions[y][id] { return hit } }
        return nil
    }
}
