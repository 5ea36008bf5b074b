import CSVStream
import Foundation
import MicrocredCore

/// Reads IPEDS Completions by CIP and award level (C20xx_A): the full NCES
/// file or a column subset such as the first-majors extract.
///
/// Quirks: `99`, 2-digit and 4-digit CIPCODE summary rows (counted, never
/// added to six-digit rows); AWLEVEL codes; `-1`/`-2` codes as states;
/// columns found by name; CRLF.
public enum IPEDSCompletionsLoader {
    public static let requiredColumns = ["UNITID", "CIPCODE", "MAJORNUM", "AWLEVEL", "CTOTALT"]

    /// With a `scope`, rows of the institutions it leaves out are not kept,
    /// and their lines are turned down before they are parsed.
    public static func load(path: String, scope: IPEDSInstitutionScope? = nil) -> IPEDSCompletions {
        var report = LoadReport(file: path)
        var records: [CompletionRecord] = []
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        records.reserveCapacity(max(1 << 10, fileSize / 24))
        var layout = CompletionsLayout.subset
        var optional: (men: Int?, women: Int?) = (nil, nil)
        var grand = 0, family = 0, series = 0, secondMajors = 0, missingTotals = 0
        // Each institution's `99` first-major totals against the sum of its
        // six-digit rows, per AWLEVEL; NCES's files group rows by UNITID, so
        // the check runs as each institution ends (no per-row hashing).
        let check = TotalsCheck()

        // Codes and counts only: libcsv's fastest path, spaces around cells trimmed.
        // The line filter reads UNITID as the first field: off when it is not.
        var unitFirst = true
        let filter = scope?.lineFilter(delimiter: CSVFormat.csv.delimiter)
        readRecords(path: path, format: .trimmedCSV, report: &report, resolve: { reader in
            if reader.column("XCTOTALT") != nil || reader.header.count >= 64 { layout = .full }
            optional = (reader.column("CTOTALM"), reader.column("CTOTALW"))
            let indices = try reader.requireColumns(requiredColumns)
            unitFirst = indices[0] == 0
            return indices
        }, keepLine: filter.map { filter in { line in !unitFirst || filter(line) } }) { record, c, report in
            let line = record.line
            guard let id = FieldParsing.integer(record[c[0]]).flatMap(UnitID.init) else {
                report.error("UNITID \(FieldParsing.quote(record[c[0]])) is not a six-digit institution number", line: line)
                return
            }
            if let scope, !scope.keeps(id.value) { return }
            guard let levelCode = FieldParsing.integer(record[c[3]]), let level = IPEDSAwardLevel(rawValue: levelCode) else {
                report.error("AWLEVEL \(FieldParsing.quote(record[c[3]])) is not an IPEDS award level (20, 21, 2, 3, 4, 5, 6, 7, 8, 17, 18, 19)", line: line)
                return
            }
            guard let major = FieldParsing.integer(record[c[2]]), major == 1 || major == 2 else {
                report.error("MAJORNUM \(FieldParsing.quote(record[c[2]])) is not 1 (first major) or 2 (second major)", line: line)
                return
            }
            guard let total = IPEDSFields.code(record[c[4]]) else {
                report.error("CTOTALT \(FieldParsing.quote(record[c[4]])) is not a count or an IPEDS missing-data code (-1, -2)", line: line)
                return
            }
            if id.value != check.unit { check.next(id.value, report: &report) }
            let cipBytes = record[c[1]]
            switch kind(ofCIP: cipBytes) {
            case .grandTotal:
                grand += 1
                if major == 1, let t = total.value { check.setGrand(levelCode, t, line: line) }
                return
            case .family: family += 1; return
            case .series: series += 1; return
            case .invalid:
                report.error("CIPCODE \(FieldParsing.quote(cipBytes)) is not NN.NNNN, a summary code (99, NN, NN.NN) or a quoted form of them", line: line)
                return
            case .sixDigit(let cip):
                func count(_ index: Int?) -> IPEDSReported<Int> {
                    guard let index else { return .blank }
                    return IPEDSFields.code(record[index]) ?? .blank
                }
                if major == 2 { secondMajors += 1 }
                if total.value == nil { missingTotals += 1 }
                if major == 1, let t = total.value { check.add(levelCode, t) }
                records.append(CompletionRecord(unitID: id, cip: cip, awardLevel: level, majorNumber: UInt8(major),
                                                total: total, men: count(optional.men), women: count(optional.women),
                                                line: Int32(clamping: line)))
            }
        }
        check.next(-1, report: &report)
        let mismatches = check.mismatches
        if check.ungrouped { report.quirks.add("institutions whose rows are not together (`99` check skipped for them)", check.ungroupedUnits) }
        let majors: CompletionsMajors = secondMajors > 0 ? .firstAndSecond : .firstOnly
        report.quirks.add("layout: \(layout.rawValue), \(majors.rawValue)")
        report.quirks.add("`99` institution-total rows (left out)", grand)
        report.quirks.add("2-digit CIP subtotal rows (left out)", family)
        report.quirks.add("4-digit CIP subtotal rows (left out)", series)
        report.quirks.add("second-major rows", secondMajors)
        report.quirks.add("six-digit rows with CTOTALT -1/-2 (not counted)", missingTotals)
        report.quirks.add("`99` totals that differ from their six-digit rows", mismatches)
        return IPEDSCompletions(records: records, layout: layout, majors: majors, grandTotalRows: grand,
                                familySubtotalRows: family, seriesSubtotalRows: series, report: report)
    }

    /// Checks each institution's `99` rows against its six-digit rows.
    final class TotalsCheck {
        var unit: Int32 = -1
        var sums = [Int](repeating: 0, count: 32)
        var grand = [Int](repeating: -1, count: 32)
        var grandLine = [Int](repeating: 0, count: 32)
        var finished = Set<Int32>()
        var mismatches = 0
        var ungrouped = false
        var ungroupedUnits = 0
        var skipCurrent = false
        /// Levels seen for the current institution.
        var touched: [Int] = []
        var seen = [Bool](repeating: false, count: 32)

        @inline(__always) func add(_ level: Int, _ n: Int) {
            if !seen[level] { seen[level] = true; touched.append(level) }
            sums[level] += n
        }

        @inline(__always) func setGrand(_ level: Int, _ n: Int, line: Int) {
            if !seen[level] { seen[level] = true; touched.append(level) }
            grand[level] = n
            grandLine[level] = line
        }

        /// Compares the institution that just ended, then starts `next`.
        func next(_ next: Int32, report: inout LoadReport) {
            if unit >= 0 && !skipCurrent {
                for level in touched where grand[level] >= 0 && grand[level] != sums[level] {
                    mismatches += 1
                    if mismatches <= 5 {
                        report.warning("the `99` total of UNITID \(unit) at AWLEVEL \(level) is \(grand[level]), but its six-digit rows sum to \(sums[level])", line: grandLine[level])
                    }
                }
            }
            if unit >= 0 { finished.insert(unit) }
            unit = next
            skipCurrent = finished.contains(next)
            if skipCurrent { ungrouped = true; ungroupedUnits += 1 }
            for i in touched { sums[i] = 0; grand[i] = -1; seen[i] = false }
            touched.removeAll(keepingCapacity: true)
        }
    }

    enum CIPKind: Equatable {
        case sixDigit(CIPCode)
        case series, family, grandTotal, invalid
    }

    /// What a CIPCODE cell is. NCES's CSVs sometimes write codes as Excel
    /// text formulas (`="01.0101"`); those are read as the code inside.
    @inline(__always)
    static func kind(ofCIP raw: UnsafeRawBufferPointer) -> CIPKind {
        var bytes = raw
        if bytes.count >= 3, bytes[0] == UInt8(ascii: "="), bytes[1] == UInt8(ascii: "\""), bytes[bytes.count - 1] == UInt8(ascii: "\"") {
            bytes = UnsafeRawBufferPointer(rebasing: raw[2..<(raw.count - 1)])
        }
        func digit(_ i: Int) -> Int32? {
            let d = bytes[i] &- UInt8(ascii: "0")
            return d < 10 ? Int32(d) : nil
        }
        switch bytes.count {
        case 2:
            guard let a = digit(0), let b = digit(1) else { return .invalid }
            return a == 9 && b == 9 ? .grandTotal : .family
        case 5:
            guard digit(0) != nil, digit(1) != nil, bytes[2] == UInt8(ascii: "."), digit(3) != nil, digit(4) != nil else { return .invalid }
            return .series
        case 7:
            guard bytes[2] == UInt8(ascii: ".") else { return .invalid }
            var value: Int32 = 0
            for i in [0, 1, 3, 4, 5, 6] {
                guard let d = digit(i) else { return .invalid }
                value = value * 10 + d
            }
            return CIPCode(sixDigits: value).map(CIPKind.sixDigit) ?? .invalid
        default:
            return .invalid
        }
    }
}
