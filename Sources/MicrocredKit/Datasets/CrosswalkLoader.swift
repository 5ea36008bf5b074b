import MicrocredCore
import CSVStream

/// Reads `CIP2020_SOC2018_Crosswalk.csv`.
///
/// Quirks: a UTF-8 BOM, CRLF line endings, no newline after the last row,
/// and NO MATCH placeholder rows (SOC `99-9999`, CIP `99.9999`).
public enum CrosswalkLoader {
    public static let columns = ["CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"]

    public static func load(path: String) -> CrosswalkData {
        var report = LoadReport(file: path)
        var links: [CrosswalkLink] = []
        var seen = Set<[Int32]>()
        var noMatchSOC = 0, placeholderCIP = 0, duplicates = 0
        readRecords(path: path, report: &report, columns: columns) { record, c, report in
            let line = record.line
            let cipText = String(decoding: record[c[0]], as: UTF8.self)
            guard let cip = CIPCode(cipText) else {
                report.error("CIP2020Code: " + CIPCode.problem(with: cipText), line: line)
                return
            }
            let socText = String(decoding: record[c[2]], as: UTF8.self)
            guard let soc = SOCCode(socText) else {
                report.error("SOC2018Code: " + SOCCode.problem(with: socText), line: line)
                return
            }
            if soc.isNoMatch { noMatchSOC += 1 }
            if cip.isPlaceholder { placeholderCIP += 1 }
            if !seen.insert([cip.digits, soc.digits]).inserted {
                duplicates += 1
                report.warning("the link \(cip) → \(soc) appears more than once", line: line)
            }
            links.append(CrosswalkLink(cip: cip, cipTitle: FieldParsing.trimmed(record[c[1]]), soc: soc,
                                       socTitle: FieldParsing.trimmed(record[c[3]]), line: line))
        }
        report.quirks.add("NO MATCH rows (SOC 99-9999)", noMatchSOC)
        report.quirks.add("placeholder rows (CIP 99.9999)", placeholderCIP)
        report.quirks.add("duplicate links", duplicates)
        report.quirks.add("distinct CIP codes", Set(links.map(\.cip)).count)
        report.quirks.add("distinct SOC codes", Set(links.map(\.soc)).count)
        return CrosswalkData(links: links, report: report)
    }
}
