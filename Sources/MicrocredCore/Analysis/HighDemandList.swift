import Foundation


/// How to read a high-demand career list CSV: which columns hold the SOC
/// code, title and region, and the list's name and date (docs/analysis.md).
public struct HighDemandListMapping: Sendable, Hashable, Codable {
    /// Column names in the list's header.
    public struct Columns: Sendable, Hashable, Codable {
        public var soc: String?
        public var title: String?
        public var region: String?

        public init(soc: String? = nil, title: String? = nil, region: String? = nil) {
            self.soc = soc
            self.title = title
            self.region = region
        }
    }

    public var name: String
    public var date: String?
    /// A region for every row, when the list has no region column.
    public var region: String?
    public var columns: Columns
    /// `file:line:column` of each mapped column, for messages.
    public var locations: [String: SourceLocation] = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable { case name, date, region, columns }

    public init(name: String, date: String? = nil, region: String? = nil, columns: Columns) {
        self.name = name
        self.date = date
        self.region = region
        self.columns = columns
    }

}

/// A high-demand career list: imported from a CSV, or derived from public data.
public struct HighDemandList: Sendable, Hashable {
    /// One occupation on the list, under the published code it counts as.
    public struct Entry: Sendable, Hashable {
        public var soc: SOCCode
        public var title: String
        public var region: String?
        /// The code as the list wrote it (before any roll-up).
        public var listedCode: String?
        public var line: Int?
    }

    public var name: String
    public var date: String?
    public var entries: [Entry]
    /// True for lists computed by microcred (never an official list).
    public var isDerived: Bool
    public var diagnostics: Diagnostics
}

/// Checks imported list rows against published SOC codes and titles.
public enum HighDemandListImporter {
    /// Resolves each row to a published code. Unknown or retired codes and
    /// titles that do not match their code become diagnostics; rows finer
    /// than OEWS/EP are rolled up, with a note.
    public static func resolve(_ rows: HighDemandListRows, mapping: HighDemandListMapping, market: LaborMarket,
                               rollup: SOCRollupResolver, knownTitles: [SOCCode: [String]]) -> HighDemandList {
        var diagnostics = Diagnostics()
        var entries: [HighDemandList.Entry] = []
        var seen = Set<SOCCode>()
        var titleIndex: [String: SOCCode] = [:]
        for (code, titles) in knownTitles.sorted(by: { $0.key < $1.key }) {
            for t in titles where titleIndex[normalize(t)] == nil { titleIndex[normalize(t)] = code }
        }
        let file = rows.file
        for row in rows.rows {
            var soc: SOCCode?
            if let text = row.code {
                let cleaned = text.hasPrefix("=\"") && text.hasSuffix("\"") ? String(text.dropFirst(2).dropLast()) : text
                if let code = SOCCode(cleaned) {
                    soc = code
                } else if let parsed = SOCCode.parseONet(cleaned) {
                    soc = parsed.soc
                    diagnostics.note("'\(text)' is an O*NET-SOC code; counted as SOC \(parsed.soc)", file: file, line: row.line)
                } else {
                    diagnostics.warning("SOC code: " + SOCCode.problem(with: text) + "; the row is left out", file: file, line: row.line)
                    continue
                }
            } else if let title = row.title {
                guard let code = titleIndex[normalize(title)] else {
                    let close = closestTitle(title, knownTitles)
                    diagnostics.warning("no SOC 2018 occupation is titled '\(title)'" + (close.map { "; closest: \($0.code) \($0.title)" } ?? "") + "; the row is left out",
                                        file: file, line: row.line)
                    continue
                }
                soc = code
            } else {
                diagnostics.warning("the row has neither a SOC code nor a title; left out", file: file, line: row.line)
                continue
            }
            guard let code = soc else { continue }
            let outcome = rollup.resolve(code)
            guard let published = outcome.to else {
                let known = knownTitles[code] != nil || outcome.kind == .military
                let why = known ? outcome.explanation : "\(code) is not a SOC 2018 code in OEWS, EP or the crosswalk: unknown, or retired in the 2018 revision of SOC"
                diagnostics.warning(why + "; the row is left out", file: file, line: row.line)
                continue
            }
            if outcome.kind != .published { diagnostics.note(outcome.explanation, file: file, line: row.line) }
            if row.code != nil, let title = row.title, let titles = knownTitles[code], !titles.isEmpty,
               !titles.contains(where: { titlesMatch(title, $0) }) {
                diagnostics.warning("the title '\(title)' does not match \(code) (\(titles[0])); check the code", file: file, line: row.line)
            }
            guard seen.insert(published).inserted else {
                diagnostics.note("\(published) is listed more than once; counted once", file: file, line: row.line)
                continue
            }
            let title = market.slot(of: published).map { market.titles[$0] } ?? row.title ?? published.description
            entries.append(.init(soc: published, title: title, region: row.region ?? mapping.region, listedCode: row.code, line: row.line))
        }
        if entries.isEmpty {
            diagnostics.warning("no row of the list could be matched to a published SOC occupation", file: file)
        }
        return HighDemandList(name: mapping.name, date: mapping.date, entries: entries, isDerived: false, diagnostics: diagnostics)
    }

    /// Lower case letters and digits, words separated by one space.
    static func normalize(_ title: String) -> String {
        words(title).joined(separator: " ")
    }

    static func words(_ title: String) -> [String] {
        title.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// True when the titles share most of their words (Jaccard ≥ 0.5) or one contains the other.
    static func titlesMatch(_ a: String, _ b: String) -> Bool {
        let x = Set(words(a)), y = Set(words(b))
        if x.isEmpty || y.isEmpty { return false }
        if x.isSubset(of: y) || y.isSubset(of: x) { return true }
        return Double(x.intersection(y).count) / Double(x.union(y).count) >= 0.5
    }

    static func closestTitle(_ title: String, _ known: [SOCCode: [String]]) -> (code: SOCCode, title: String)? {
        let x = Set(words(title))
        var best: (Double, SOCCode, String)? = nil
        for (code, titles) in known.sorted(by: { $0.key < $1.key }) {
            for t in titles {
                let y = Set(words(t))
                let j = Double(x.intersection(y).count) / Double(max(1, x.union(y).count))
                if j > (best?.0 ?? 0.3) { best = (j, code, t) }
            }
        }
        return best.map { ($0.1, $0.2) }
    }
}
