/// O*NET 29.3 Job Zones: one zone (1–5) per O*NET-SOC code.
///
/// O*NET rates some occupations only under specialty codes (`.01`, `.02`);
/// `zone(for:)` maps them to SOC by the first seven characters and says how
/// several specialties were combined.
public struct ONetJobZones: Sendable {
    /// One row of the file.
    public struct Rating: Sendable, Hashable {
        public var soc: SOCCode
        public var suffix: Int
        public var title: String
        public var zone: Int
        public var line: Int

        public init(soc: SOCCode, suffix: Int, title: String, zone: Int, line: Int) {
            self.soc = soc; self.suffix = suffix; self.title = title; self.zone = zone; self.line = line
        }
    }

    /// The zone of one SOC occupation, with how it was found.
    public struct Combined: Sendable, Hashable, Codable {
        public var zone: Int
        /// The O*NET-SOC codes it rests on (`15-1252.00`).
        public var codes: [String]
        /// How specialties were combined, in words.
        public var rule: String
    }

    public var ratings: [Rating]
    public var report: LoadReport
    private var bySOC: [SOCCode: [Int]] = [:]

    public init(ratings: [Rating], report: LoadReport) {
        self.ratings = ratings
        self.report = report
        for (i, rating) in ratings.enumerated() { bySOC[rating.soc, default: []].append(i) }
    }

    /// The zone of `soc`: the `.00` code's when O*NET rates it; otherwise
    /// the zone most of its specialty codes have (ties go to the lower
    /// zone); nil when O*NET rates no code of it.
    public func zone(for soc: SOCCode) -> Combined? {
        guard let rows = bySOC[soc]?.map({ ratings[$0] }), !rows.isEmpty else { return nil }
        func code(_ r: Rating) -> String { r.soc.description + "." + (r.suffix < 10 ? "0" : "") + String(r.suffix) }
        if let base = rows.first(where: { $0.suffix == 0 }) {
            return Combined(zone: base.zone, codes: [code(base)], rule: "O*NET-SOC \(code(base))")
        }
        var counts: [Int: Int] = [:]
        for r in rows { counts[r.zone, default: 0] += 1 }
        let best = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
        let codes = rows.map(code).sorted()
        let zones = rows.map { String($0.zone) }.joined(separator: ", ")
        return Combined(zone: best, codes: codes,
                        rule: rows.count == 1 ? "O*NET-SOC \(codes[0]) (the only rated specialty)"
                            : "most common zone of \(rows.count) specialty codes \(codes.joined(separator: ", ")) (zones \(zones); ties to the lower)")
    }
}

/// O*NET 29.3 Education, Training, and Experience: the percentage of
/// respondents in each category of required education (RL), related work
/// experience (RW), on-site training (PT) and on-the-job training (OJ).
public struct ONetEducationTraining: Sendable {
    /// The four scales of the file.
    public enum Scale: String, Sendable, Hashable, CaseIterable, Codable {
        case requiredEducation = "RL", relatedExperience = "RW", onSiteTraining = "PT", onTheJobTraining = "OJ"
    }

    /// One category's share for one O*NET-SOC code.
    public struct Value: Sendable, Hashable {
        public var soc: SOCCode
        public var suffix: Int
        public var scale: Scale
        public var category: Int
        /// Percent of respondents, 0–100.
        public var percent: Double
        public var recommendSuppress: Bool
        public var line: Int

        public init(soc: SOCCode, suffix: Int, scale: Scale, category: Int, percent: Double, recommendSuppress: Bool, line: Int) {
            self.soc = soc; self.suffix = suffix; self.scale = scale; self.category = category
            self.percent = percent; self.recommendSuppress = recommendSuppress; self.line = line
        }
    }

    public var values: [Value]
    /// Category descriptions by scale and number, from the categories file (empty when not read).
    public var categories: [Scale: [Int: String]]
    public var report: LoadReport
    private var bySOC: [SOCCode: [Int]] = [:]

    public init(values: [Value], categories: [Scale: [Int: String]], report: LoadReport) {
        self.values = values
        self.categories = categories
        self.report = report
        for (i, value) in values.enumerated() { bySOC[value.soc, default: []].append(i) }
    }

    /// The percentages of `scale` by category for `soc`: the `.00` code's
    /// when rated, otherwise the mean over its rated specialty codes (how
    /// many is returned). nil when O*NET rates no code of it on the scale.
    public func distribution(_ scale: Scale, soc: SOCCode) -> (percent: [Int: Double], codes: Int)? {
        guard let rows = bySOC[soc]?.map({ values[$0] }).filter({ $0.scale == scale }), !rows.isEmpty else { return nil }
        let base = rows.filter { $0.suffix == 0 }
        let use = base.isEmpty ? rows : base
        let codes = Set(use.map(\.suffix)).count
        var sums: [Int: Double] = [:]
        for v in use { sums[v.category, default: 0] += v.percent }
        return (sums.mapValues { $0 / Double(codes) }, codes)
    }

    /// The share (0–1) of respondents who say the job needs at least
    /// category `from` on `scale` (RL 6 = bachelor's degree); nil when unrated.
    public func share(_ scale: Scale, soc: SOCCode, atLeast from: Int) -> Double? {
        guard let d = distribution(scale, soc: soc) else { return nil }
        let total = d.percent.values.reduce(0, +)
        guard total > 0 else { return nil }
        return d.percent.filter { $0.key >= from }.values.reduce(0, +) / total
    }
}

/// O*NET 29.3 Technology Skills: software and tools named for each
/// occupation, with O*NET's Hot Technology and In Demand flags.
public struct ONetTechnologySkills: Sendable {
    /// One example of one O*NET-SOC code.
    public struct Item: Sendable, Hashable {
        public var soc: SOCCode
        public var suffix: Int
        public var example: String
        public var commodityCode: Int
        public var commodityTitle: String
        public var hot: Bool
        public var inDemand: Bool
        public var line: Int

        public init(soc: SOCCode, suffix: Int, example: String, commodityCode: Int, commodityTitle: String, hot: Bool, inDemand: Bool, line: Int) {
            self.soc = soc; self.suffix = suffix; self.example = example; self.commodityCode = commodityCode
            self.commodityTitle = commodityTitle; self.hot = hot; self.inDemand = inDemand; self.line = line
        }
    }

    public var items: [Item]
    public var report: LoadReport
    private var bySOC: [SOCCode: [Int]] = [:]

    public init(items: [Item], report: LoadReport) {
        self.items = items
        self.report = report
        for (i, item) in items.enumerated() { bySOC[item.soc, default: []].append(i) }
    }

    /// The examples of `soc` over all its O*NET-SOC codes (`.00` and
    /// specialties), each example once (flags: set when any code sets them).
    public func items(for soc: SOCCode) -> [Item] {
        guard let rows = bySOC[soc] else { return [] }
        var seen: [String: Int] = [:]
        var result: [Item] = []
        for i in rows {
            let item = items[i]
            if let k = seen[item.example] {
                result[k].hot = result[k].hot || item.hot
                result[k].inDemand = result[k].inDemand || item.inDemand
            } else {
                seen[item.example] = result.count
                result.append(item)
            }
        }
        return result
    }
}
