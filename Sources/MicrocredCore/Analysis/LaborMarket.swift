import Foundation

/// OEWS area estimates and EP national projections joined on dense integer
/// indices: one slot per published detailed occupation, one row per area.
///
/// Built once from loaded data; every analyzer (demand profiles, high-demand
/// lists, alignment, ranking) reads figures from here. Missing or suppressed
/// figures are NaN in the dense arrays and `Reported` states in profiles,
/// never 0.
public struct LaborMarket: Sendable {
    /// Areas in file order (the nation first when present).
    public let areas: [Area]
    /// Published detailed occupations (OEWS detailed codes ∪ EP line items), sorted.
    public let occupations: [SOCCode]
    /// Titles, parallel to `occupations` (OEWS title, else EP title).
    public let titles: [String]
    /// EP projection per occupation, parallel to `occupations`.
    public let projections: [Projection?]
    /// The EP tables (decade and wage year labels).
    public let ep: EPData
    /// EP all-occupations (00-0000) growth over the decade, %.
    public let allOccupationsGrowth: Double
    /// EP all-occupations annual openings, persons.
    public let allOccupationsOpenings: Double
    /// OEWS national all-occupations employment.
    public let nationalTotalEmployment: Double

    // Dense per-occupation national figures (NaN when not available).
    @usableFromInline let growth: [Double]
    @usableFromInline let nationalOpenings: [Double]
    @usableFromInline let nationalEmployment: [Double]
    // Dense per-area × occupation figures, row-major by area.
    @usableFromInline let employment: [Double]
    /// Median annual wage; NaN unknown, +infinity when top-coded.
    @usableFromInline let medianWage: [Double]
    /// (file, row) of the OEWS estimate; file -1 when the area has no row.
    @usableFromInline let rowFile: [Int8]
    @usableFromInline let rowIndex: [Int32]
    // Per area.
    @usableFromInline let areaTotalEmployment: [Double]
    @usableFromInline let areaMedianWage: [Double]
    let areaTotalRow: [(file: Int8, row: Int32)]
    let oews: [OEWSData]
    let slotOfDigits: [Int32]
    let areaSlot: [AreaCode: Int]

    /// Joins OEWS files (national first, then state or all-areas; an area
    /// seen in an earlier file is kept from there) with EP projections.
    public init(oews files: [OEWSData], projections ep: EPData) {
        self.oews = files
        self.ep = ep
        // Areas.
        var areas: [Area] = []
        var areaSlot: [AreaCode: Int] = [:]
        for file in files {
            for area in file.areas where areaSlot[area.code] == nil {
                areaSlot[area.code] = areas.count
                areas.append(area)
            }
        }
        // Occupations: detailed OEWS codes and EP line items.
        var codes = Set<SOCCode>()
        for projection in ep.projections where projection.isLineItem { codes.insert(projection.occupation) }
        var titleOf: [SOCCode: String] = [:]
        for file in files {
            for (code, title) in file.occupationTitles where titleOf[code] == nil { titleOf[code] = title }
        }
        for file in files {
            for estimate in file.estimates where estimate.group == .detailed { codes.insert(estimate.occupation) }
        }
        let occupations = codes.sorted()
        var slotOfDigits = [Int32](repeating: -1, count: 1_000_000)
        for (i, code) in occupations.enumerated() { slotOfDigits[Int(code.digits)] = Int32(i) }
        let n = occupations.count
        self.occupations = occupations
        self.slotOfDigits = slotOfDigits
        self.areas = areas
        self.areaSlot = areaSlot
        titles = occupations.map { titleOf[$0] ?? ep.projection($0)?.title ?? $0.description }

        // EP.
        var projections = [Projection?](repeating: nil, count: n)
        var growth = [Double](repeating: .nan, count: n)
        var openings = [Double](repeating: .nan, count: n)
        for (i, code) in occupations.enumerated() {
            guard let p = ep.projection(code) else { continue }
            projections[i] = p
            if let g = p.growthPercent.value { growth[i] = g }
            if let o = p.annualOpenings.value { openings[i] = Double(o) }
        }
        self.projections = projections
        self.growth = growth
        self.nationalOpenings = openings
        let total = ep.projection(.allOccupations)
        allOccupationsGrowth = total?.growthPercent.value ?? .nan
        allOccupationsOpenings = total?.annualOpenings.value.map(Double.init) ?? .nan

        // OEWS, one pass over every row.
        let cells = areas.count * n
        var employment = [Double](repeating: .nan, count: cells)
        var wage = [Double](repeating: .nan, count: cells)
        var rowFile = [Int8](repeating: -1, count: cells)
        var rowIndex = [Int32](repeating: -1, count: cells)
        var areaTotal = [Double](repeating: .nan, count: areas.count)
        var areaMedian = [Double](repeating: .nan, count: areas.count)
        var areaTotalRow = [(file: Int8, row: Int32)](repeating: (-1, -1), count: areas.count)
        for (f, file) in files.enumerated() {
            var lastCode: AreaCode? = nil
            var a = -1
            for (r, estimate) in file.estimates.enumerated() {
                if estimate.area != lastCode {
                    lastCode = estimate.area
                    a = areaSlot[estimate.area] ?? -1
                }
                guard a >= 0 else { continue }
                if estimate.group == .total {
                    if areaTotalRow[a].file >= 0 { continue }
                    areaTotalRow[a] = (Int8(f), Int32(r))
                    if let v = estimate.employment.value { areaTotal[a] = Double(v) }
                    switch estimate.annual.median {
                    case .value(let v): areaMedian[a] = v
                    default: break
                    }
                    continue
                }
                guard estimate.group == .detailed else { continue }
                let o = Int(slotOfDigits[Int(estimate.occupation.digits)])
                guard o >= 0 else { continue }
                let cell = a * n + o
                if rowFile[cell] >= 0 { continue }
                rowFile[cell] = Int8(f)
                rowIndex[cell] = Int32(r)
                if let v = estimate.employment.value { employment[cell] = Double(v) }
                switch estimate.annual.median {
                case .value(let v): wage[cell] = v
                case .topCoded: wage[cell] = .infinity
                default: break
                }
            }
        }
        self.employment = employment
        self.medianWage = wage
        self.rowFile = rowFile
        self.rowIndex = rowIndex
        self.areaTotalEmployment = areaTotal
        self.areaMedianWage = areaMedian
        self.areaTotalRow = areaTotalRow
        // National employment per occupation, from the nation's row.
        var national = [Double](repeating: .nan, count: n)
        var nationalTotal = Double.nan
        if let nation = areaSlot[.nation] {
            for o in 0..<n { national[o] = employment[nation * n + o] }
            nationalTotal = areaTotal[nation]
        }
        self.nationalEmployment = national
        self.nationalTotalEmployment = nationalTotal
    }

    // MARK: Lookups

    /// The dense index of an occupation, or nil when it is not published.
    public func slot(of soc: SOCCode) -> Int? {
        let s = slotOfDigits[Int(soc.digits)]
        return s >= 0 ? Int(s) : nil
    }

    /// The dense index of an area, or nil.
    public func slot(of area: AreaCode) -> Int? { areaSlot[area] }

    /// The set of published codes, for SOC roll-up.
    public var publishedCodes: Set<SOCCode> { Set(occupations) }

    /// The OEWS row for (area, occupation), if the area publishes one.
    public func estimate(area a: Int, occupation o: Int) -> OEWSEstimate? {
        let cell = a * occupations.count + o
        let f = Int(rowFile[cell])
        guard f >= 0 else { return nil }
        return oews[f].estimates[Int(rowIndex[cell])]
    }

    /// The OEWS all-occupations (00-0000) row of an area.
    public func totalEstimate(area a: Int) -> OEWSEstimate? {
        let (f, r) = areaTotalRow[a]
        guard f >= 0 else { return nil }
        return oews[Int(f)].estimates[Int(r)]
    }

    /// Area employment (NaN when suppressed or not published).
    @inlinable public func employment(area a: Int, occupation o: Int) -> Double { employment[a * occupations.count + o] }

    /// Area median annual wage: NaN unknown, +infinity top-coded.
    @inlinable public func medianWage(area a: Int, occupation o: Int) -> Double { medianWage[a * occupations.count + o] }

    /// EP growth %, NaN when not available.
    @inlinable public func growthPercent(occupation o: Int) -> Double { growth[o] }

    /// EP national annual openings (persons), NaN when not available.
    @inlinable public func nationalAnnualOpenings(occupation o: Int) -> Double { nationalOpenings[o] }

    /// OEWS national employment, NaN when not available.
    @inlinable public func nationalEmployment(occupation o: Int) -> Double { nationalEmployment[o] }

    /// The area's all-occupations employment (OEWS 00-0000), NaN when missing.
    @inlinable public func totalEmployment(area a: Int) -> Double { areaTotalEmployment[a] }

    /// The area's all-occupations median annual wage (OEWS 00-0000), NaN when missing.
    @inlinable public func allOccupationsMedianWage(area a: Int) -> Double { areaMedianWage[a] }

    /// Estimated area annual openings: EP national annual openings × the
    /// area's share of OEWS national employment in the occupation, rounded to
    /// 0.1 person (docs/analysis.md). NaN when any input is missing.
    @inlinable public func areaOpeningsEstimate(area a: Int, occupation o: Int) -> Double {
        OpeningsEstimate.estimate(nationalOpenings: nationalOpenings[o], areaEmployment: employment[a * occupations.count + o],
                                  nationalEmployment: nationalEmployment[o])
    }

    /// Estimated all-occupations annual openings in the area, by the same method.
    public func allOccupationsOpeningsEstimate(area a: Int) -> Double {
        OpeningsEstimate.estimate(nationalOpenings: allOccupationsOpenings, areaEmployment: areaTotalEmployment[a],
                                  nationalEmployment: nationalTotalEmployment)
    }

    /// Typical entry education (EP), if published.
    public func typicalEducation(occupation o: Int) -> String? { projections[o]?.typicalEducation }
}

/// The area-openings estimate (docs/analysis.md, "Estimated area openings").
public enum OpeningsEstimate {
    /// national openings × area employment ÷ national employment, rounded to
    /// 0.1; NaN when an input is missing or national employment is 0.
    @inlinable
    public static func estimate(nationalOpenings: Double, areaEmployment: Double, nationalEmployment: Double) -> Double {
        guard nationalOpenings.isFinite, areaEmployment.isFinite, nationalEmployment.isFinite, nationalEmployment > 0 else { return .nan }
        return (nationalOpenings * areaEmployment / nationalEmployment * 10).rounded() / 10
    }
}
