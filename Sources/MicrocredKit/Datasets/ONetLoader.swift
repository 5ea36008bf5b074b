import MicrocredCore
import CSVStream
import Foundation

/// Reads O*NET files.
///
/// Quirks: `.00` and specialty suffixes on codes, IM/LV rating pairs,
/// `Recommend Suppress`, `Not Relevant`, blank N and standard-error cells,
/// and whole numbers printed without decimals.
public enum ONetLoader {
    public static let occupationColumns = ["O*NET-SOC Code", "Title", "Description"]
    public static let ratingColumns = ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Data Value",
                                       "N", "Standard Error", "Recommend Suppress", "Not Relevant"]

    /// Loads the tab-separated Occupation Data file.
    public static func loadOccupations(path: String) -> ONetOccupations {
        var report = LoadReport(file: path)
        var occupations: [ONetOccupation] = []
        var specialties = 0
        readRecords(path: path, format: .tsv, report: &report, columns: occupationColumns) { record, c, report in
            let codeText = FieldParsing.trimmed(record[c[0]])
            guard let (soc, suffix) = SOCCode.parseONet(codeText) else {
                report.error("O*NET-SOC Code '\(codeText)' is not of the form 15-1252.00", line: record.line)
                return
            }
            if suffix != 0 { specialties += 1 }
            occupations.append(ONetOccupation(soc: soc, suffix: suffix, title: FieldParsing.trimmed(record[c[1]]),
                                              description: FieldParsing.trimmed(record[c[2]])))
        }
        report.quirks.add("specialty codes (suffix other than .00)", specialties)
        return ONetOccupations(occupations: occupations, report: report)
    }

    /// Loads a Skills or Knowledge CSV.
    public static func loadRatings(path: String, domain: ONetDomain) -> ONetRatings {
        var report = LoadReport(file: path)
        var ratings: [ONetRating] = []
        ratings.reserveCapacity(65_536)
        var ids = Set<String>()
        // Rows come in IM/LV pairs per element: reuse the previous row's
        // strings when the bytes are the same, instead of making new ones.
        var lastID = "", lastName = ""
        func same(_ bytes: UnsafeRawBufferPointer, _ text: String) -> Bool {
            var copy = text
            return copy.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) }
        }
        var suppressed = 0, notRelevant = 0, blankN = 0, blankSE = 0, specialties = Set<SOCCode.ONetKey>()
        var importance = 0, level = 0
        readRecords(path: path, report: &report, columns: ratingColumns) { record, c, report in
            let line = record.line
            guard let (soc, suffix) = SOCCode.parseONet(bytes: record[c[0]]) else {
                report.error("O*NET-SOC Code \(FieldParsing.quote(record[c[0]])) is not of the form 15-1252.00", line: line)
                return
            }
            if suffix != 0 { specialties.insert(SOCCode.ONetKey(soc: soc, suffix: suffix)) }
            let scale: ONetScale
            if FieldParsing.equals(record[c[4]], "IM") { scale = .importance; importance += 1 }
            else if FieldParsing.equals(record[c[4]], "LV") { scale = .level; level += 1 }
            else {
                report.error("Scale ID \(FieldParsing.quote(record[c[4]])) is neither IM (importance) nor LV (level)", line: line)
                return
            }
            guard let value = FieldParsing.decimal(record[c[5]]) else {
                report.error("Data Value \(FieldParsing.quote(record[c[5]])) is not a number", line: line)
                return
            }
            let range: ClosedRange<Double> = scale == .importance ? 1...5 : 0...7
            guard range.contains(value) else {
                report.error("Data Value \(value) is outside the \(scale == .importance ? "importance scale 1–5" : "level scale 0–7")", line: line)
                return
            }
            let nBytes = record[c[6]]
            var n: Int? = nil
            if nBytes.isEmpty { blankN += 1 } else if let v = FieldParsing.integer(nBytes), v >= 0 { n = v } else {
                report.error("N \(FieldParsing.quote(nBytes)) is not a whole number", line: line)
                return
            }
            let seBytes = record[c[7]]
            var se: Double? = nil
            if seBytes.isEmpty { blankSE += 1 } else if let v = FieldParsing.decimal(seBytes) { se = v } else {
                report.error("Standard Error \(FieldParsing.quote(seBytes)) is not a number", line: line)
                return
            }
            let suppress = FieldParsing.equals(record[c[8]], "Y")
            let irrelevant = FieldParsing.equals(record[c[9]], "Y")
            if suppress { suppressed += 1 }
            if irrelevant { notRelevant += 1 }
            ratings.append(ONetRating(
                soc: soc, suffix: suffix,
                elementID: same(record[c[2]], lastID) ? lastID : { lastID = FieldParsing.trimmed(record[c[2]]); ids.insert(lastID); return lastID }(),
                elementName: same(record[c[3]], lastName) ? lastName : { lastName = FieldParsing.trimmed(record[c[3]]); return lastName }(),
                scale: scale, value: value, n: n, standardError: se,
                recommendSuppress: suppress, notRelevant: irrelevant, line: line))
        }
        report.quirks.add("importance (IM) ratings", importance)
        report.quirks.add("level (LV) ratings", level)
        report.quirks.add("ratings marked Recommend Suppress", suppressed)
        report.quirks.add("level ratings marked Not Relevant", notRelevant)
        report.quirks.add("blank N", blankN)
        report.quirks.add("blank standard error", blankSE)
        report.quirks.add("specialty O*NET codes rated", specialties.count)
        report.quirks.add("elements", ids.count)
        return ONetRatings(domain: domain, ratings: ratings, report: report)
    }
}
