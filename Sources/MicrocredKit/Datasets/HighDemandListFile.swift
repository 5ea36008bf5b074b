import MicrocredCore
import Foundation

/// A high-demand list kept in the catalog as a dataset with vintages: its
/// rows read through the entry's column mapping, and their SOC codes.
public struct HighDemandListFile: Sendable {
    /// Occupations on the list with a valid SOC code, in file order.
    public var occupations: [(soc: SOCCode, title: String)]
    public var report: LoadReport

    /// Reads `path` with the mapping named by `entry` (relative to the
    /// catalog's folder). Rows whose code is not a SOC code are errors.
    public static func load(_ entry: DatasetEntry, path: String, catalogDirectory: String) -> HighDemandListFile {
        var report = LoadReport(file: path)
        guard let mappingName = entry.mapping else {
            report.diagnostics.error("dataset '\(entry.id)' is a high-demand list but its catalog entry names no mapping file; add mapping: FILE.mapping.yaml", file: path)
            return HighDemandListFile(occupations: [], report: report)
        }
        let mappingPath = mappingName.hasPrefix("/") ? mappingName : (catalogDirectory as NSString).appendingPathComponent(mappingName)
        var occupations: [(SOCCode, String)] = []
        do {
            let mapping = try HighDemandListMapping(document: YAMLDocument.load(path: mappingPath, what: "high-demand list mapping"))
            let rows = try HighDemandListLoader.load(path: path, mapping: mapping)
            report.rows = rows.rows.count
            if rows.rows.isEmpty { report.error("the list has a header but no rows", line: 2) }
            var seen = Set<SOCCode>()
            for row in rows.rows {
                guard let code = row.code else {
                    report.error("no SOC code in the mapped column; this loader needs codes (titles alone are matched by `microcred high-demand import`)", line: row.line)
                    continue
                }
                guard let soc = SOCCode(code) ?? SOCCode.parseONet(code)?.soc else {
                    report.error("'\(code)': " + SOCCode.problem(with: code), line: row.line)
                    continue
                }
                if !seen.insert(soc).inserted {
                    report.warning("\(soc) is listed more than once", line: row.line)
                    continue
                }
                occupations.append((soc, row.title ?? ""))
            }
            report.quirks.add("occupations listed", occupations.count)
        } catch {
            report.diagnostics.error("\(error)", file: path)
        }
        return HighDemandListFile(occupations: occupations, report: report)
    }
}
