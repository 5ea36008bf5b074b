import MicrocredCore
import CSVStream
import Foundation

/// Reads OEWS files laid out as BLS's `all_data` download.
///
/// Quirks: `*` (wage not released), `**` (employment not released), `#`
/// (wage at or above the top code), empty wage cells under `ANNUAL=TRUE` or
/// `HOURLY=TRUE`, and detailed codes that end in 0.
public enum OEWSLoader {
    /// The columns every OEWS file must have.
    public static let columns = [
        "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
        "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "H_MEAN", "A_MEAN", "MEAN_PRSE",
        "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
        "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY",
    ]

    /// Loads `path`. Rows with errors are left out and reported; the caller
    /// decides whether errors stop the run.
    /// With a `scope`, only the estimates of its areas are kept (every area
    /// still enters the directory), and lines of other metro areas are
    /// turned down before they are parsed.
    public static func load(path: String, areaKinds: Set<AreaKind>? = nil, scope: OEWSAreaScope? = nil) -> OEWSData {
        var report = LoadReport(file: path)
        var estimates: [OEWSEstimate] = []
        // About 186 bytes a row in BLS's files: reserve once instead of
        // growing (growth would briefly double peak memory).
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        estimates.reserveCapacity(max(1 << 10, fileSize / 150))
        let packed = UnsafeMutableBufferPointer<PackedFigure>.allocate(capacity: 17)
        packed.initialize(repeating: .notAvailable)
        defer { packed.deallocate() }
        var areas: [Area] = []
        var areaIndex: [AreaCode: Int] = [:]
        var titles: [SOCCode: String] = [:]
        var lastArea: AreaCode? = nil
        var notReleasedWages = 0, notReleasedEmployment = 0, topCoded = 0, annualOnly = 0, hourlyOnly = 0
        var detailedEndingInZero = Set<SOCCode>()
        // (area, occupation, group) → index in `estimates`, to find repeated rows.
        var seenRows: [Int64: Int] = [:]
        var identicalRepeats = 0

        var outOfScope = 0, parsedRows = 0
        // The line filter reads AREA as the first field: off when it is not.
        var areaFirst = true
        let filter = scope?.lineFilter(delimiter: CSVFormat.csv.delimiter)
        readRecords(path: path, format: .trimmedCSV, report: &report, resolve: { reader in
            let indices = try reader.requireColumns(columns)
            areaFirst = indices[0] == 0
            return indices
        }, keepLine: filter.map { filter in { line in !areaFirst || filter(line) } }) { record, c, report in
            parsedRows += 1
            let line = record.line
            // AREA, AREA_TYPE
            guard let areaType = FieldParsing.integer(record[c[2]]), let kind = AreaKind(rawValue: areaType) else {
                report.error("AREA_TYPE \(FieldParsing.quote(record[c[2]])) is not 1 (nation), 2 (state) or 4 (metropolitan area)", line: line)
                return
            }
            guard let areaNumber = FieldParsing.integer(record[c[0]]), areaNumber >= 0,
                  (kind == .nation) == (areaNumber == 99) else {
                report.error("AREA \(FieldParsing.quote(record[c[0]])) does not fit AREA_TYPE \(areaType): the U.S. is 99, a state its 2-digit FIPS code, a metro area its 5-digit CBSA code", line: line)
                return
            }
            if let areaKinds, !areaKinds.contains(kind) {
                let wanted = areaKinds.sorted().map { "\($0.rawValue) (\($0))" }.joined(separator: " or ")
                report.error("AREA_TYPE \(areaType) (\(kind)) in a file of this dataset, which holds AREA_TYPE \(wanted) only: is this the right file (national, state or all areas)?", line: line)
                return
            }
            let area = AreaCode(kind: kind, code: areaNumber)
            if area != lastArea {
                lastArea = area
                if areaIndex[area] == nil {
                    areaIndex[area] = areas.count
                    areas.append(Area(code: area, title: FieldParsing.trimmed(record[c[1]]),
                                      primaryState: FieldParsing.trimmed(record[c[3]])))
                }
            }
            if let scope, !scope.keeps(kind, number: areaNumber) {
                outOfScope += 1
                return
            }
            guard let soc = SOCCode(bytes: record[c[4]]) else {
                report.error("OCC_CODE: " + SOCCode.problem(with: String(decoding: record[c[4]], as: UTF8.self)), line: line)
                return
            }
            guard let group = OccupationGroup(bytes: record[c[6]]) else {
                report.error("O_GROUP \(FieldParsing.quote(record[c[6]])) is not one of total, major, minor, broad, detailed", line: line)
                return
            }
            if titles[soc] == nil { titles[soc] = FieldParsing.trimmed(record[c[5]]) }
            if group == .detailed && soc.digits % 10 == 0 { detailedEndingInZero.insert(soc) }

            let isAnnualOnly = FieldParsing.equals(record[c[24]], "TRUE")
            let isHourlyOnly = FieldParsing.equals(record[c[25]], "TRUE")

            // TOT_EMP through A_PCT90 (columns 7...23) into slots 0...16.
            for k in 0..<17 {
                let column = 7 + k
                let bytes = record[c[column]]
                if k == 0 {
                    if FieldParsing.equals(bytes, "**") {
                        packed[0] = .notReleased
                        notReleasedEmployment += 1
                    } else if let value = FieldParsing.integer(bytes) {
                        guard value >= 0 else {
                            report.error("TOT_EMP is negative (\(value)); employment cannot be below zero", line: line)
                            return
                        }
                        packed[0] = .scaled(Int64(value))
                    } else if bytes.isEmpty {
                        packed[0] = .notAvailable
                    } else {
                        report.error("TOT_EMP \(FieldParsing.quote(bytes)) is not a whole number or ** (not released)", line: line)
                        return
                    }
                    continue
                }
                let isWage = k >= 4 && k != 6
                if bytes.isEmpty {
                    let hourlyColumn = k == 4 || (7...11).contains(k)
                    if isWage && ((hourlyColumn && isAnnualOnly) || (!hourlyColumn && isHourlyOnly)) {
                        packed[k] = .notPublished
                    } else {
                        packed[k] = .notAvailable
                    }
                    continue
                }
                if bytes.count <= 2 && bytes[0] == UInt8(ascii: "*") {
                    if isWage && bytes.count == 1 { notReleasedWages += 1 }
                    packed[k] = .notReleased
                    continue
                }
                if isWage && bytes.count == 1 && bytes[0] == UInt8(ascii: "#") {
                    topCoded += 1
                    packed[k] = .topCoded
                    continue
                }
                guard let value = FieldParsing.thousandths(bytes) else {
                    let what = isWage ? "a wage, * (not released) or # (top-coded)" : "a non-negative number"
                    report.error("\(columns[column]) \(FieldParsing.quote(bytes)) is not \(what)", line: line)
                    return
                }
                packed[k] = .scaled(value)
            }
            let estimate = OEWSEstimate(area: area, occupation: soc, group: group, line: Int32(truncatingIfNeeded: line),
                                        annualOnly: isAnnualOnly, hourlyOnly: isHourlyOnly,
                                        packed: UnsafeBufferPointer(packed))
            let key = (Int64(kind.rawValue) << 56) | (Int64(areaNumber & 0xFF_FFFF) << 32) | (Int64(group.rawValue) << 24) | Int64(soc.digits & 0xFF_FFFF)
            if let first = seenRows[key] {
                let a = estimates[first]
                if a.hasSameFigures(as: estimate) {
                    identicalRepeats += 1
                } else {
                    report.error("OCC_CODE \(soc) appears again for area \(areaNumber) with different figures (first at line \(a.line)); which row is right cannot be told", line: line)
                }
                return
            }
            seenRows[key] = estimates.count
            if isAnnualOnly { annualOnly += 1 }
            if isHourlyOnly { hourlyOnly += 1 }
            estimates.append(estimate)
        }
        report.quirks.add("wage cells not released (*)", notReleasedWages)
        report.quirks.add("employment cells not released (**)", notReleasedEmployment)
        report.quirks.add("wage cells top-coded (#)", topCoded)
        report.quirks.add("rows with annual wages only (ANNUAL=TRUE)", annualOnly)
        report.quirks.add("rows with hourly wages only (HOURLY=TRUE)", hourlyOnly)
        report.quirks.add("detailed occupations whose code ends in 0", detailedEndingInZero.count)
        report.quirks.add("areas", areas.count)
        report.quirks.add("repeated identical rows (skipped)", identicalRepeats)
        report.quirks.add("rows of metro areas outside the scope (not kept)", outOfScope + report.rows - parsedRows)
        return OEWSData(estimates: estimates, areas: areas, occupationTitles: titles, report: report)
    }
}
