import MicrocredCore
import Foundation

/// What changed between two vintages of a dataset, as tables a committee
/// can read. Built by pure functions over loaded records.
public struct DatasetDiff: Sendable {
    /// One table of changes.
    public struct Section: Sendable {
        public var title: String
        /// One sentence on what the rows are.
        public var explanation: String
        public var columns: [String]
        public var rows: [[String]]
    }

    public var datasetID: String
    public var from: String
    public var to: String
    /// The area the comparison was limited to, if any.
    public var scope: String?
    public var sections: [Section]
    /// Thresholds and other facts about how the comparison was made.
    public var method: [String]

    /// Total rows across sections.
    public var changeCount: Int { sections.reduce(0) { $0 + $1.rows.count } }
}

/// Thresholds that decide which numeric changes are worth showing. A change
/// is shown when it passes both the absolute and the percentage threshold.
public struct DiffThresholds: Sendable {
    public var employmentAbsolute = 500
    public var employmentPercent = 10.0
    public var wageAbsolute = 2_000.0
    public var wagePercent = 5.0
    public var growthPoints = 1.0
    public var openingsAbsolute = 1_000
    public var openingsPercent = 10.0

    public init() {}

    var description: [String] {
        [
            "Employment changes are shown when they are at least \(employmentAbsolute) jobs and at least \(Figures.fixed(employmentPercent, places: 1))%.",
            "Median-wage changes are shown when they are at least \(Figures.dollarsAndCents(wageAbsolute)) and at least \(Figures.fixed(wagePercent, places: 1))%.",
            "Projected-growth changes are shown when they are at least \(Figures.fixed(growthPoints, places: 1)) percentage points.",
            "Openings changes are shown when they are at least \(openingsAbsolute) a year and at least \(Figures.fixed(openingsPercent, places: 1))%.",
        ]
    }
}

public enum DatasetDiffer {
    static func passes(_ old: Double, _ new: Double, absolute: Double, percent: Double) -> Bool {
        let delta = abs(new - old)
        guard delta >= absolute else { return false }
        guard old != 0 else { return true }
        return delta / abs(old) * 100 >= percent
    }

    static func percentChange(_ old: Double, _ new: Double) -> String {
        guard old != 0 else { return "new" }
        return Figures.signedDecimal((new - old) / abs(old) * 100, places: 1) + "%"
    }

    static func show(_ value: Reported<Int>) -> String { value.value.map { Figures.integer($0) } ?? (value.note() ?? "") }
    static func show(_ value: Reported<Double>, dollars: Bool) -> String {
        value.value.map { dollars ? Figures.dollarsAndCents($0) : Figures.fixed($0, places: 1) } ?? (value.note() ?? "")
    }

    /// Compares two OEWS files' detailed occupations, optionally in one area.
    public static func oews(_ old: OEWSData, _ new: OEWSData, area: AreaCode?, thresholds: DiffThresholds,
                            datasetID: String, from: String, to: String) -> DatasetDiff {
        func index(_ data: OEWSData) -> [AreaCode: [SOCCode: OEWSEstimate]] {
            var out: [AreaCode: [SOCCode: OEWSEstimate]] = [:]
            for e in data.estimates where e.group == .detailed && (area == nil || e.area == area) {
                out[e.area, default: [:]][e.occupation] = e
            }
            return out
        }
        let a = index(old), b = index(new)
        var titles = old.occupationTitles
        for (k, v) in new.occupationTitles { titles[k] = v }
        var areaTitles: [AreaCode: String] = [:]
        for x in old.areas + new.areas { areaTitles[x.code] = x.title }
        let areas = Set(a.keys).union(b.keys).sorted()

        var appeared: [[String]] = [], disappeared: [[String]] = [], employment: [[String]] = [], wages: [[String]] = []
        var suppression: [[String]] = []
        for code in areas {
            let name = areaTitles[code] ?? code.description
            let oa = a[code] ?? [:], nb = b[code] ?? [:]
            for soc in Set(oa.keys).union(nb.keys).sorted() {
                let title = titles[soc] ?? ""
                switch (oa[soc], nb[soc]) {
                case (nil, let n?):
                    appeared.append([name, soc.description, title, show(n.employment), show(n.annual.median, dollars: true)])
                case (let o?, nil):
                    disappeared.append([name, soc.description, title, show(o.employment), show(o.annual.median, dollars: true)])
                case (let o?, let n?):
                    if let x = o.employment.value, let y = n.employment.value,
                       passes(Double(x), Double(y), absolute: Double(thresholds.employmentAbsolute), percent: thresholds.employmentPercent) {
                        employment.append([name, soc.description, title, Figures.integer(x), Figures.integer(y),
                                           Figures.signedInteger(y - x), percentChange(Double(x), Double(y))])
                    }
                    if let x = o.annual.median.value, let y = n.annual.median.value,
                       passes(x, y, absolute: thresholds.wageAbsolute, percent: thresholds.wagePercent) {
                        wages.append([name, soc.description, title, Figures.dollarsAndCents(x), Figures.dollarsAndCents(y),
                                      Figures.signedDollars(y - x), percentChange(x, y)])
                    }
                    for (cell, was, now) in [("employment", o.employment.map(Double.init), n.employment.map(Double.init)),
                                             ("median annual wage", o.annual.median, n.annual.median)] {
                        if was.isValue && !now.isValue {
                            suppression.append([name, soc.description, title, cell, "newly suppressed: \(now.note() ?? "")"])
                        } else if !was.isValue && now.isValue {
                            suppression.append([name, soc.description, title, cell, "now released (was \(was.note() ?? ""))"])
                        }
                    }
                default: break
                }
            }
        }
        let key = ["area", "SOC", "occupation"]
        return DatasetDiff(
            datasetID: datasetID, from: from, to: to, scope: area.map { areaTitles[$0] ?? $0.description },
            sections: [
                .init(title: "Occupations that appear", explanation: "Detailed occupations published in \(to) but not in \(from).",
                      columns: key + ["employment", "median annual wage"], rows: appeared),
                .init(title: "Occupations that disappear", explanation: "Detailed occupations published in \(from) but not in \(to).",
                      columns: key + ["employment", "median annual wage"], rows: disappeared),
                .init(title: "Employment changes", explanation: "Changes in TOT_EMP above the thresholds.",
                      columns: key + [from, to, "change", "change %"], rows: employment),
                .init(title: "Median-wage changes", explanation: "Changes in A_MEDIAN above the thresholds.",
                      columns: key + [from, to, "change", "change %"], rows: wages),
                .init(title: "Suppression changes", explanation: "Cells that became suppressed or top-coded, or were released.",
                      columns: key + ["cell", "change"], rows: suppression),
            ],
            method: ["Only detailed occupations (O_GROUP = detailed) are compared."] + Array(thresholds.description.prefix(2)))
    }

    /// Compares two Employment Projections releases' line items.
    public static func projections(_ old: EPData, _ new: EPData, thresholds: DiffThresholds,
                                   datasetID: String, from: String, to: String) -> DatasetDiff {
        let a = Dictionary(old.projections.filter(\.isLineItem).map { ($0.occupation, $0) }, uniquingKeysWith: { x, _ in x })
        let b = Dictionary(new.projections.filter(\.isLineItem).map { ($0.occupation, $0) }, uniquingKeysWith: { x, _ in x })
        var appeared: [[String]] = [], disappeared: [[String]] = [], growth: [[String]] = [], openings: [[String]] = []
        var other: [[String]] = []
        for soc in Set(a.keys).union(b.keys).sorted() {
            switch (a[soc], b[soc]) {
            case (nil, let n?):
                appeared.append([soc.description, n.title, show(n.growthPercent, dollars: false), show(n.annualOpenings)])
            case (let o?, nil):
                disappeared.append([soc.description, o.title, show(o.growthPercent, dollars: false), show(o.annualOpenings)])
            case (let o?, let n?):
                if let x = o.growthPercent.value, let y = n.growthPercent.value, abs(y - x) >= thresholds.growthPoints {
                    growth.append([soc.description, n.title, Figures.fixed(x, places: 1) + "%", Figures.fixed(y, places: 1) + "%",
                                   Figures.signedDecimal(y - x, places: 1) + " pts"])
                }
                if let x = o.annualOpenings.value, let y = n.annualOpenings.value,
                   passes(Double(x), Double(y), absolute: Double(thresholds.openingsAbsolute), percent: thresholds.openingsPercent) {
                    openings.append([soc.description, n.title, Figures.integer(x), Figures.integer(y), Figures.signedInteger(y - x),
                                     percentChange(Double(x), Double(y))])
                }
                if o.typicalEducation != n.typicalEducation {
                    other.append([soc.description, n.title, "typical entry education", o.typicalEducation ?? "—", n.typicalEducation ?? "—"])
                }
                if o.medianWage.isValue != n.medianWage.isValue {
                    other.append([soc.description, n.title, "median wage", show(o.medianWage), show(n.medianWage)])
                }
            default: break
            }
        }
        return DatasetDiff(
            datasetID: datasetID, from: from, to: to, scope: nil,
            sections: [
                .init(title: "Occupations that appear", explanation: "Line items in \(to) but not in \(from).",
                      columns: ["SOC", "occupation", "growth %", "annual openings"], rows: appeared),
                .init(title: "Occupations that disappear", explanation: "Line items in \(from) but not in \(to).",
                      columns: ["SOC", "occupation", "growth %", "annual openings"], rows: disappeared),
                .init(title: "Projected-growth changes", explanation: "Changes in the decade's percent change above the threshold.",
                      columns: ["SOC", "occupation", from, to, "change"], rows: growth),
                .init(title: "Openings changes", explanation: "Changes in annual average openings above the thresholds.",
                      columns: ["SOC", "occupation", from, to, "change", "change %"], rows: openings),
                .init(title: "Other changes", explanation: "Changed entry education, and wages newly top-coded or released.",
                      columns: ["SOC", "occupation", "field", from, to], rows: other),
            ],
            method: ["Only line items (detailed occupations) are compared."] + Array(thresholds.description.suffix(2)))
    }

    /// Compares two crosswalks' links.
    public static func crosswalk(_ old: CrosswalkData, _ new: CrosswalkData, datasetID: String, from: String, to: String) -> DatasetDiff {
        struct Key: Hashable, Comparable {
            var cip: CIPCode, soc: SOCCode
            static func < (l: Key, r: Key) -> Bool { (l.cip, l.soc) < (r.cip, r.soc) }
        }
        var a: [Key: CrosswalkLink] = [:], b: [Key: CrosswalkLink] = [:]
        for l in old.links { a[Key(cip: l.cip, soc: l.soc)] = l }
        for l in new.links { b[Key(cip: l.cip, soc: l.soc)] = l }
        let added = Set(b.keys).subtracting(a.keys).sorted().compactMap { b[$0] }.map { [$0.cip.description, $0.cipTitle, $0.soc.description, $0.socTitle] }
        let removed = Set(a.keys).subtracting(b.keys).sorted().compactMap { a[$0] }.map { [$0.cip.description, $0.cipTitle, $0.soc.description, $0.socTitle] }
        let columns = ["CIP", "program", "SOC", "occupation"]
        return DatasetDiff(datasetID: datasetID, from: from, to: to, scope: nil, sections: [
            .init(title: "Links added", explanation: "CIP–SOC pairs in \(to) but not in \(from).", columns: columns, rows: added),
            .init(title: "Links removed", explanation: "CIP–SOC pairs in \(from) but not in \(to).", columns: columns, rows: removed),
        ], method: ["Links are compared as (CIP code, SOC code) pairs; NO MATCH rows count as links to 99-9999."])
    }

    /// Compares two lists of occupations (e.g. high-demand lists) by SOC code.
    public static func occupationLists(_ old: [(SOCCode, String)], _ new: [(SOCCode, String)], datasetID: String,
                                       from: String, to: String) -> DatasetDiff {
        let a = Dictionary(old, uniquingKeysWith: { x, _ in x }), b = Dictionary(new, uniquingKeysWith: { x, _ in x })
        let added = Set(b.keys).subtracting(a.keys).sorted().map { [$0.description, b[$0] ?? ""] }
        let removed = Set(a.keys).subtracting(b.keys).sorted().map { [$0.description, a[$0] ?? ""] }
        return DatasetDiff(datasetID: datasetID, from: from, to: to, scope: nil, sections: [
            .init(title: "Occupations added", explanation: "On the \(to) list but not the \(from) list.", columns: ["SOC", "occupation"], rows: added),
            .init(title: "Occupations removed", explanation: "On the \(from) list but not the \(to) list.", columns: ["SOC", "occupation"], rows: removed),
        ], method: ["Lists are compared by SOC code."])
    }
}
