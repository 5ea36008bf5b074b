import Foundation

/// An O*NET skill or knowledge element.
public struct SkillElement: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var domain: ONetDomain
}

/// O*NET importance and level vectors for each published occupation
/// (docs/analysis.md, "O*NET profiles").
///
/// O*NET codes map to SOC by dropping the suffix; a SOC code rated only
/// under specialty codes (`.01`, `.02`…) gets their average; codes finer
/// than OEWS/EP are averaged into the code they roll up to. Ratings marked
/// Recommend Suppress are left out (counted in `suppressedRatings`), as are
/// level ratings marked Not Relevant.
public struct SkillProfiles: Sendable {
    /// Skills first, then knowledge, each in element-ID order.
    public let elements: [SkillElement]
    /// Importance (1–5) per occupation slot; nil when O*NET rates none of its codes.
    public let importance: [[Double]?]
    /// Level (0–7) per occupation slot; NaN entries where not rated.
    public let level: [[Double]?]
    /// The mean importance of each element over all profiled occupations.
    public let meanImportance: [Double]
    public let suppressedRatings: Int
    public let notRelevantLevels: Int

    /// Builds profiles for the occupations of `market`.
    public init(ratings: [ONetRatings], market: LaborMarket, rollup: SOCRollupResolver) {
        // Elements.
        var elementIndex: [String: Int] = [:]
        var elements: [SkillElement] = []
        for domain in ONetDomain.allCases {
            var ids: [String: String] = [:]
            for file in ratings where file.domain == domain { for r in file.ratings where ids[r.elementID] == nil { ids[r.elementID] = r.elementName } }
            for id in ids.keys.sorted(by: Self.elementOrder) {
                elementIndex[domain.rawValue + id] = elements.count
                elements.append(SkillElement(id: id, name: ids[id] ?? id, domain: domain))
            }
        }
        let m = elements.count
        // Sum per (O*NET code) then per SOC, in flat arrays (no copy per rating).
        struct Acc { var im: [Double]; var imN: [Double]; var lv: [Double]; var lvN: [Double] }
        var codeSlot: [Int64: Int] = [:]  // soc digits * 100 + suffix → slot
        var im = [Double](), imN = [Double](), lv = [Double](), lvN = [Double]()
        var suppressed = 0, notRelevant = 0
        for file in ratings {
            for r in file.ratings {
                if r.recommendSuppress { suppressed += 1; continue }
                if r.scale == .level && r.notRelevant { notRelevant += 1; continue }
                guard let e = elementIndex[file.domain.rawValue + r.elementID] else { continue }
                let key = Int64(r.soc.digits) * 100 + Int64(r.suffix)
                let slot: Int
                if let found = codeSlot[key] { slot = found } else {
                    slot = codeSlot.count
                    codeSlot[key] = slot
                    im.append(contentsOf: repeatElement(0, count: m)); imN.append(contentsOf: repeatElement(0, count: m))
                    lv.append(contentsOf: repeatElement(0, count: m)); lvN.append(contentsOf: repeatElement(0, count: m))
                }
                if r.scale == .importance { im[slot * m + e] += r.value; imN[slot * m + e] += 1 } else { lv[slot * m + e] += r.value; lvN[slot * m + e] += 1 }
            }
        }
        var perCode: [Int64: Acc] = [:]
        for (key, slot) in codeSlot {
            let range = slot * m..<(slot + 1) * m
            perCode[key] = Acc(im: Array(im[range]), imN: Array(imN[range]), lv: Array(lv[range]), lvN: Array(lvN[range]))
        }
        // Per SOC: the .00 code when rated, else the average of rated specialties.
        var bySOC: [Int32: [Acc]] = [:]
        for key in perCode.keys.sorted() {
            guard let acc = perCode[key] else { continue }
            bySOC[Int32(key / 100), default: []].append(acc)
        }
        func vectors(_ accs: [Acc]) -> (im: [Double], lv: [Double]) {
            var im = [Double](repeating: 0, count: m), imN = [Double](repeating: 0, count: m)
            var lv = [Double](repeating: 0, count: m), lvN = [Double](repeating: 0, count: m)
            for acc in accs {
                for e in 0..<m {
                    if acc.imN[e] > 0 { im[e] += acc.im[e] / acc.imN[e]; imN[e] += 1 }
                    if acc.lvN[e] > 0 { lv[e] += acc.lv[e] / acc.lvN[e]; lvN[e] += 1 }
                }
            }
            return ((0..<m).map { imN[$0] > 0 ? im[$0] / imN[$0] : .nan }, (0..<m).map { lvN[$0] > 0 ? lv[$0] / lvN[$0] : .nan })
        }
        // SOC vectors: the .00 code when rated, else the average of specialties.
        var socVectors: [Int32: (im: [Double], lv: [Double])] = [:]
        var hasBase = Set<Int32>()
        for key in perCode.keys where key % 100 == 0 { hasBase.insert(Int32(key / 100)) }
        for (digits, accs) in bySOC {
            socVectors[digits] = vectors(hasBase.contains(digits) ? [accs[0]] : accs)
        }
        // Published occupations: the average of the SOC codes that count under them.
        var members: [Int: [Int32]] = [:]
        for digits in socVectors.keys.sorted() {
            guard let soc = SOCCode(digits: Int(digits)), let to = rollup.resolve(soc).to, let slot = market.slot(of: to) else { continue }
            members[slot, default: []].append(digits)
        }
        var importance = [[Double]?](repeating: nil, count: market.occupations.count)
        var level = [[Double]?](repeating: nil, count: market.occupations.count)
        for (slot, digits) in members {
            let own = digits.contains(market.occupations[slot].digits) ? [market.occupations[slot].digits] : digits
            var im = [Double](repeating: 0, count: m), imN = [Double](repeating: 0, count: m)
            var lv = [Double](repeating: 0, count: m), lvN = [Double](repeating: 0, count: m)
            for d in own {
                guard let v = socVectors[d] else { continue }
                for e in 0..<m {
                    if !v.im[e].isNaN { im[e] += v.im[e]; imN[e] += 1 }
                    if !v.lv[e].isNaN { lv[e] += v.lv[e]; lvN[e] += 1 }
                }
            }
            importance[slot] = (0..<m).map { imN[$0] > 0 ? im[$0] / imN[$0] : .nan }
            level[slot] = (0..<m).map { lvN[$0] > 0 ? lv[$0] / lvN[$0] : .nan }
        }
        var mean = [Double](repeating: 0, count: m), meanN = [Double](repeating: 0, count: m)
        for vector in importance { if let v = vector { for e in 0..<m where !v[e].isNaN { mean[e] += v[e]; meanN[e] += 1 } } }
        self.elements = elements
        self.importance = importance
        self.level = level
        meanImportance = (0..<m).map { meanN[$0] > 0 ? mean[$0] / meanN[$0] : 0 }
        suppressedRatings = suppressed
        notRelevantLevels = notRelevant
    }

    /// Orders element IDs like `2.A.1.a` < `2.A.1.b` < `2.B.1.a`, numbers numerically.
    static func elementOrder(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "."), y = b.split(separator: ".")
        for (p, q) in zip(x, y) where p != q {
            if let i = Int(p), let j = Int(q) { return i < j }
            return p < q
        }
        return x.count < y.count
    }

    /// True when O*NET rates the occupation.
    public func hasProfile(_ slot: Int) -> Bool { importance[slot] != nil }

    /// Weighted mean importance vector of `slots` (weights ≤ 0 or NaN ignored;
    /// equal weights when none is usable); nil when no slot has a profile.
    public func centroid(_ slots: [Int], weights: [Double]) -> [Double]? {
        let usable = zip(slots, weights).filter { importance[$0.0] != nil && $0.1.isFinite && $0.1 > 0 }
        let pairs = usable.isEmpty ? slots.filter { importance[$0] != nil }.map { ($0, 1.0) } : usable
        guard !pairs.isEmpty else { return nil }
        let m = elements.count
        var sum = [Double](repeating: 0, count: m), w = [Double](repeating: 0, count: m)
        for (slot, weight) in pairs {
            guard let v = importance[slot] else { continue }
            for e in 0..<m where !v[e].isNaN { sum[e] += weight * v[e]; w[e] += weight }
        }
        return (0..<m).map { w[$0] > 0 ? sum[$0] / w[$0] : .nan }
    }

    /// Cosine similarity of two importance vectors after subtracting the
    /// all-occupation mean from each element (elements missing in either are skipped).
    public func centredCosine(_ a: [Double], _ b: [Double]) -> Double {
        var dot = 0.0, na = 0.0, nb = 0.0
        for e in 0..<elements.count where !a[e].isNaN && !b[e].isNaN {
            let x = a[e] - meanImportance[e], y = b[e] - meanImportance[e]
            dot += x * y
            na += x * x
            nb += y * y
        }
        guard na > 0, nb > 0 else { return 0 }
        return dot / (na.squareRoot() * nb.squareRoot())
    }

    /// The `count` elements of highest importance in `vector`, highest first (ties by element order).
    public func topElements(_ vector: [Double], count: Int, domain: ONetDomain? = nil) -> [Int] {
        elements.indices.filter { !vector[$0].isNaN && (domain == nil || elements[$0].domain == domain) }
            .sorted { vector[$0] != vector[$1] ? vector[$0] > vector[$1] : $0 < $1 }
            .prefix(count).map { $0 }
    }
}

extension SkillProfiles {
    /// An occupation's summary O*NET level: the importance-weighted mean
    /// level of its ten most important skills and knowledge areas
    /// (docs/reports.md).
    public func summaryLevel(slot: Int) -> Double? {
        guard slot < importance.count, let importance = importance[slot], let level = level[slot] else { return nil }
        let top = importance.indices.sorted { (importance[$0], -$0) > (importance[$1], -$1) }.prefix(10)
        var sum = 0.0, weight = 0.0
        for i in top where level[i].isFinite && importance[i].isFinite {
            sum += importance[i] * level[i]
            weight += importance[i]
        }
        return weight > 0 ? sum / weight : nil
    }
}
