import MicrocredCore
import Foundation

/// Renders rankings: byte-level CSV for the all-areas run, and documents or
/// JSON for one area.
public struct RankRendering: Sendable {
    public let crosswalk: DisciplineCrosswalk
    /// `cip,cip_title,` of every discipline, CSV-escaped, back to back.
    let cipPrefixBytes: [UInt8]
    let cipPrefixStart: [Int]
    let longestCipPrefix: Int

    /// The CSV header of `rank --format csv`.
    public static let csvHeader = "area,area_title,cip,cip_title,rank,score,openings,wage,growth,high_demand_share,education_fit,est_area_openings,occupations,supply_completions,supply_demand_openings,supply_demand_ratio,supply_band\n"

    public init(crosswalk: DisciplineCrosswalk) {
        self.crosswalk = crosswalk
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var longest = 0
        for (cip, title) in zip(crosswalk.cips, crosswalk.titles) {
            starts.append(bytes.count)
            let prefix = Array((cip.description + "," + CSVText.field(title) + ",").utf8)
            longest = max(longest, prefix.count)
            bytes.append(contentsOf: prefix)
        }
        starts.append(bytes.count)
        cipPrefixBytes = bytes
        cipPrefixStart = starts
        longestCipPrefix = longest
    }

    /// Appends one CSV row per ranked discipline of `area` to `out`.
    public func appendCSV(area: Area, ranked: [RankedDiscipline], supply: RankSupply.Area? = nil, to out: inout [UInt8]) {
        out.append(contentsOf: csvBytes(area: area, ranked: ranked, supply: supply))
    }

    /// One CSV row per ranked discipline of `area`.
    public func csvBytes(area: Area, ranked: [RankedDiscipline], supply: RankSupply.Area? = nil) -> [UInt8] {
        let capacity = maximumCSVBytes(area: area, rows: ranked.count, supply: supply)
        return [UInt8](unsafeUninitializedCapacity: max(1, capacity)) { buffer, count in
            guard let base = buffer.baseAddress else { count = 0; return }
            count = writeCSV(area: area, ranked: ranked, supply: supply, to: base)
        }
    }

    /// An upper bound of the bytes `writeCSV` writes for `rows` rows of `area`.
    public func maximumCSVBytes(area: Area, rows: Int, supply: RankSupply.Area? = nil) -> Int {
        let areaPrefix = CSVText.field(area.commandLineName).utf8.count + CSVText.field(area.title).utf8.count + 2
        // 11 numbers of at most 24 bytes, rank and count, a band id, commas and newline.
        return rows * (areaPrefix + longestCipPrefix + 11 * 24 + 2 * 12 + (supply?.longestBandID ?? 0) + 24)
    }

    /// Writes one CSV row per ranked discipline of `area` at `base`, which
    /// must hold `maximumCSVBytes(area:rows:)` bytes; returns the bytes written.
    public func writeCSV(area: Area, ranked: [RankedDiscipline], supply: RankSupply.Area? = nil, to base: UnsafeMutablePointer<UInt8>) -> Int {
        let areaPrefix = Array((CSVText.field(area.commandLineName) + "," + CSVText.field(area.title) + ",").utf8)
        var w = ByteCursor(base: base)
        areaPrefix.withUnsafeBufferPointer { area in
            cipPrefixBytes.withUnsafeBufferPointer { cips in
                cipPrefixStart.withUnsafeBufferPointer { starts in
                    for (i, r) in ranked.enumerated() {
                        w.copy(area)
                        let p = Int(r.position)
                        w.copy(UnsafeBufferPointer(rebasing: cips[starts[p]..<starts[p + 1]]))
                        w.integer(i + 1); w.byte(44)
                        w.tenths(Int(r.scoreTenths)); w.byte(44)
                        w.fixed4(r.openings); w.byte(44)
                        w.fixed4(r.wage); w.byte(44)
                        w.fixed4(r.growth); w.byte(44)
                        w.fixed4(r.highDemandShare); w.byte(44)
                        w.fixed4(r.educationFit); w.byte(44)
                        w.tenths(Int((r.areaOpenings * 10).rounded())); w.byte(44)
                        w.integer(Int(r.occupations)); w.byte(44)
                        if let supply {
                            w.fixed(supply.figures.supply[p], places: 1); w.byte(44)
                            if let d = supply.figures.demand[p] { w.fixed(d, places: 1) }
                            w.byte(44)
                            if let ratio = supply.figures.ratio(p) {
                                w.fixed(ratio, places: 2); w.byte(44)
                                supply.bandID(ratio).withUnsafeBufferPointer { w.copy($0) }
                            } else {
                                w.byte(44)
                            }
                        } else {
                            w.byte(44); w.byte(44); w.byte(44)
                        }
                        w.byte(10)
                    }
                }
            }
        }
        return w.index
    }

    static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        out.append(contentsOf: Array(String(n).utf8))
    }

    /// `x` with exactly `places` decimals (round half away from zero), no grouping.
    static func appendFixed(_ x: Double, places: Int, to out: inout [UInt8]) {
        guard x.isFinite else { return }
        out.append(contentsOf: Array(Figures.decimal(x, places: places, grouped: false).utf8))
    }

    /// Headings and a table for one area.
    public func document(area: Area, ranked: [RankedDiscipline], unscored: Int, top: Int?, family: Int?, label: String,
                         supply: RankSupply.Area? = nil, supplyNote: String? = nil) -> OutputDocument {
        var doc = OutputDocument()
        doc.heading("Disciplines ranked by alignment in \(area.title)" + (family.map { ", CIP family \($0 < 10 ? "0" : "")\($0)" } ?? ""))
        doc.paragraph("Score 0–100 = 100 × Σ(weight × normalized) ÷ Σ weight (docs/scoring.md). Columns Open, Wage, Grow, HD and Edu are the normalized components. High demand: \(label). \(ranked.count) disciplines ranked" + (unscored > 0 ? "; \(unscored) left out because none of their occupations has an openings estimate in the area." : "."))
        if let supply {
            doc.paragraph(supply.explanation)
        } else if let supplyNote {
            doc.paragraph("Supply is not shown: \(supplyNote).")
        }
        let shown = top.map { Array(ranked.prefix($0)) } ?? ranked
        var headers = ["#", "CIP", "Title", "Score", "Open", "Wage", "Grow", "HD", "Edu", supply == nil ? "Est. openings" : "Openings"]
        if supply != nil { headers += ["Supply", "S/D"] }
        doc.table(OutputTable(headers: headers,
                              rows: shown.enumerated().map { i, r in
                                  var row = [String(i + 1), r.cip.description, crosswalk.titles[Int(r.position)], Figures.decimal(r.score, places: 1),
                                             Figures.decimal(r.openings, places: 2), Figures.decimal(r.wage, places: 2), Figures.decimal(r.growth, places: 2),
                                             Figures.decimal(r.highDemandShare, places: 2), Figures.decimal(r.educationFit, places: 2),
                                             Figures.decimal(r.areaOpenings, places: 0)]
                                  if let supply {
                                      let p = Int(r.position)
                                      let ratio = supply.figures.ratio(p)
                                      row += [Figures.decimal(supply.figures.supply[p], places: 0), ratio.map { Figures.decimal($0, places: 2) } ?? "–"]
                                  }
                                  return row
                              }, rightAligned: [0, 3, 4, 5, 6, 7, 8, 9, 10, 11], maxWidths: [2: supply == nil ? 32 : 24]))
        return doc
    }

    public func json(area: Area, ranked: [RankedDiscipline], unscored: Int, top: Int?, weights: ScoringWeights,
                     label: String, sources: [SourceCitation], supply: RankSupply.Area? = nil, supplyNote: String? = nil) throws -> String {
        let shown = top.map { Array(ranked.prefix($0)) } ?? ranked
        func supplyJSON(_ r: RankedDiscipline) -> JSONValue {
            guard let supply else { return .null }
            let p = Int(r.position)
            let ratio = supply.figures.ratio(p)
            return .object(["completions": .double(Figures.rounded(supply.figures.supply[p], 1)),
                            "demandOpenings": supply.figures.demand[p].map { .double(Figures.rounded($0, 1)) } ?? .null,
                            "ratio": ratio.map { .double(Figures.rounded($0, 2)) } ?? .null,
                            "band": ratio.flatMap { supply.settings.band(of: $0).map { .string($0.id) } } ?? .null])
        }
        let value = JSONValue.object([
            "supply": supply.map { s in
                .object(["awardLevels": .array(s.levels.map { .int($0.rawValue) }), "yearsAveraged": .array(s.yearsAveraged.map { .string($0) }),
                         "method": .string(s.explanation), "bandsSource": .string(s.settings.bandsSource)])
            } ?? .object(["note": supplyNote.map { .string($0) } ?? .null]),
            "area": .object(["id": .string(area.commandLineName), "name": .string(area.title)]),
            "highDemandList": .string(label),
            "unscored": .int(unscored),
            "weights": .object(["openings": .double(weights.weights.openings), "wage": .double(weights.weights.wage),
                                "growth": .double(weights.weights.growth), "highDemandShare": .double(weights.weights.highDemandShare),
                                "educationFit": .double(weights.weights.educationFit)]),
            "ranking": .array(shown.enumerated().map { i, r in
                .object(["rank": .int(i + 1), "cip": .string(r.cip.description), "title": .string(crosswalk.titles[Int(r.position)]),
                         "score": .double(Figures.rounded(r.score, 1)),
                         "components": .object(["openings": .double(Figures.rounded(r.openings, 4)), "wage": .double(Figures.rounded(r.wage, 4)),
                                                "growth": .double(Figures.rounded(r.growth, 4)),
                                                "highDemandShare": .double(Figures.rounded(r.highDemandShare, 4)),
                                                "educationFit": .double(Figures.rounded(r.educationFit, 4))]),
                         "areaAnnualOpeningsEstimate": .double(Figures.rounded(r.areaOpenings, 1)),
                         "occupations": .int(Int(r.occupations)),
                         "supply": supplyJSON(r)])
            }),
            "sources": AlignmentRendering.sourcesJSON(sources),
        ])
        return try JSONOutput.encode(value)
    }
}

/// Writes bytes and fixed-point numbers into preallocated memory.
struct ByteCursor {
    let base: UnsafeMutablePointer<UInt8>
    var index = 0

    init(base: UnsafeMutablePointer<UInt8>) { self.base = base }

    @inline(__always) mutating func byte(_ b: UInt8) {
        base[index] = b
        index += 1
    }

    @inline(__always) mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        (base + index).update(from: from, count: bytes.count)
        index += bytes.count
    }

    /// A non-negative or negative whole number.
    @inline(__always) mutating func integer(_ n: Int) {
        var v = n
        if v < 0 { byte(45); v = -v }
        var digits = 1
        var t = v
        while t >= 10 { t /= 10; digits += 1 }
        var k = index + digits - 1
        repeat {
            base[k] = UInt8(48 + v % 10)
            v /= 10
            k -= 1
        } while v > 0
        index += digits
    }

    /// n/10 with one decimal, e.g. 973 → "97.3".
    @inline(__always) mutating func tenths(_ n: Int) {
        var v = n
        if v < 0 { byte(45); v = -v }
        integer(v / 10)
        byte(46)
        byte(UInt8(48 + v % 10))
    }

    /// A finite value with `places` decimals (0–4); nothing for NaN or a
    /// magnitude of 10^12 or more (written through `Figures` instead).
    mutating func fixed(_ x: Double, places: Int) {
        guard x.isFinite else { return }
        guard abs(x) < 1e12 else {
            for b in Figures.decimal(x, places: places, grouped: false).utf8 { byte(b) }
            return
        }
        let scale = [1, 10, 100, 1000, 10_000][max(0, min(4, places))]
        var scaled = Int((abs(x) * Double(scale)).rounded())
        if x < 0 && scaled > 0 { byte(45) }
        let whole = scaled / scale
        scaled -= whole * scale
        integer(whole)
        guard places > 0 else { return }
        byte(46)
        var divisor = scale / 10
        while divisor > 0 {
            byte(UInt8(48 + scaled / divisor % 10))
            divisor /= 10
        }
    }

    /// A finite value with four decimals (half away from zero); nothing for NaN.
    @inline(__always) mutating func fixed4(_ x: Double) {
        guard x.isFinite else { return }
        var scaled = Int(abs(x) * 10_000 + 0.5)
        if x < 0 && scaled > 0 { byte(45) }
        let whole = scaled / 10_000
        scaled -= whole * 10_000
        integer(whole)
        byte(46)
        base[index] = UInt8(48 + scaled / 1000)
        base[index + 1] = UInt8(48 + scaled / 100 % 10)
        base[index + 2] = UInt8(48 + scaled / 10 % 10)
        base[index + 3] = UInt8(48 + scaled % 10)
        index += 4
    }
}
