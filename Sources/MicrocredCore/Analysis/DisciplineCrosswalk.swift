import Foundation

/// The CIP–SOC crosswalk prepared for analysis: for every valid six-digit
/// CIP 2020 code with crosswalk rows, its links with their SOC roll-ups and
/// the deduplicated dense occupation slots they count under.
public struct DisciplineCrosswalk: Sendable {
    /// One crosswalk row of a discipline, with how its SOC code was matched.
    public struct Link: Sendable, Hashable {
        public var cip: CIPCode
        public var soc: SOCCode
        public var socTitle: String
        public var rollup: SOCRollup
        /// The row's line in the crosswalk file.
        public var line: Int
    }

    /// Valid CIP 2020 codes with crosswalk rows, sorted.
    public let cips: [CIPCode]
    public let titles: [String]
    /// Links per CIP, parallel to `cips`.
    public let links: [[Link]]
    /// Occupation slots per CIP in CSR form: `slots[slotStart[i]..<slotStart[i+1]]`.
    public let slotStart: [Int32]
    public let slots: [Int32]
    let index: [CIPCode: Int]
    /// The CIP catalog, for validating codes.
    public let catalog: CIPCatalog
    /// The resolver used for roll-ups.
    public let rollup: SOCRollupResolver
    /// Crosswalk titles of every SOC code, for list imports.
    public let socTitles: [SOCCode: String]

    /// Prepares every valid CIP's links once.
    public init(crosswalk: CrosswalkData, catalog: CIPCatalog, market: LaborMarket, rules: SOCAggregateRules) {
        self.catalog = catalog
        let resolver = SOCRollupResolver(rules: rules, published: market.publishedCodes)
        rollup = resolver
        var byCIP: [CIPCode: [Link]] = [:]
        var cache: [SOCCode: SOCRollup] = [:]
        var socTitles: [SOCCode: String] = [:]
        for row in crosswalk.links where !row.cip.isPlaceholder {
            guard catalog.program(row.cip)?.isValid == true else { continue }
            let r: SOCRollup
            if let hit = cache[row.soc] { r = hit } else { r = resolver.resolve(row.soc); cache[row.soc] = r }
            if socTitles[row.soc] == nil, !row.soc.isNoMatch { socTitles[row.soc] = row.socTitle }
            byCIP[row.cip, default: []].append(Link(cip: row.cip, soc: row.soc, socTitle: row.socTitle, rollup: r, line: row.line))
        }
        self.socTitles = socTitles
        let cips = byCIP.keys.sorted()
        self.cips = cips
        titles = cips.map { catalog.program($0)?.title ?? byCIP[$0]?.first?.cip.description ?? "" }
        var links: [[Link]] = []
        var starts: [Int32] = [0]
        var slots: [Int32] = []
        var index: [CIPCode: Int] = [:]
        for (i, cip) in cips.enumerated() {
            index[cip] = i
            let rows = byCIP[cip] ?? []
            links.append(rows)
            var seen = Set<Int32>()
            for link in rows {
                guard let to = link.rollup.to, let s = market.slot(of: to) else { continue }
                if seen.insert(Int32(s)).inserted { slots.append(Int32(s)) }
            }
            starts.append(Int32(slots.count))
        }
        self.links = links
        slotStart = starts
        self.slots = slots
        self.index = index
    }

    /// Every known title of each SOC code: OEWS/EP titles of published
    /// codes, then crosswalk titles (for checking imported lists).
    public func knownTitles(market: LaborMarket) -> [SOCCode: [String]] {
        var titles: [SOCCode: [String]] = [:]
        for (i, code) in market.occupations.enumerated() { titles[code, default: []].append(market.titles[i]) }
        for (code, title) in socTitles where !(titles[code]?.contains(title) ?? false) { titles[code, default: []].append(title) }
        return titles
    }

    /// The position of `cip` in `cips`.
    public func position(of cip: CIPCode) -> Int? { index[cip] }

    /// Parses and checks a CIP code typed by a user: unknown codes, bad
    /// spellings and retired codes (naming their replacements) are errors.
    public func validate(_ text: String) throws -> CIPProgram {
        guard let code = CIPCode(text) else {
            throw MicrocredError("--cip: " + CIPCode.problem(with: text), hint: "Six-digit CIP 2020 codes look like 11.0701; search them at https://nces.ed.gov/ipeds/cipcode/")
        }
        guard let program = catalog.program(code) else {
            let series = catalog.programs.filter { $0.isValid && $0.code.seriesCode == code.seriesCode }.prefix(5)
            let family = catalog.familyTitles[code.family]
            var hint = family.map { "Family \(code.familyCode) is \($0.capitalized)." } ?? "There is no CIP family \(code.familyCode)."
            if !series.isEmpty { hint += " Codes in series \(code.seriesCode): " + series.map { "\($0.code) \($0.title)" }.joined(separator: "; ") }
            throw MicrocredError("unknown CIP code \(code): it is not in CIP 2020 (CIPCode2020.csv)", hint: hint)
        }
        guard program.isValid else {
            let replacements = program.replacedBy.map { r in "\(r) \(catalog.program(r)?.title ?? "")".trimmingCharacters(in: .whitespaces) }
            let what = program.action == .deleted ? "deleted" : "moved"
            throw MicrocredError("CIP \(code) (\(program.title)) was retired in CIP 2020 (\(what): \(program.definition))",
                                 hint: replacements.isEmpty ? "It has no replacement code; choose a current CIP 2020 code"
                                                            : "Use the replacing code: " + replacements.joined(separator: "; "))
        }
        return program
    }
}
