import CSVStream

/// The rows of one OEWS cross-industry file (national, state or all areas).
public struct OEWSData: Sendable {
    public var estimates: [OEWSEstimate]
    /// Areas in file order.
    public var areas: [Area]
    /// OCC_TITLE of each code, as first seen.
    public var occupationTitles: [SOCCode: String]
    public var report: LoadReport
}

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
    public static func load(path: String) -> OEWSData {
        var report = LoadReport(file: path)
        var estimates: [OEWSEstimate] = []
        estimates.reserveCapacity(1 << 12)
        var areas: [Area] = []
        var areaIndex: [AreaCode: Int] = [:]
        var titles: [SOCCode: String] = [:]
        var lastArea: AreaCode? = nil
        var notReleasedWages = 0, notReleasedEmployment = 0, topCoded = 0, annualOnly = 0, hourlyOnly = 0
        var detailedEndingInZero = Set<SOCCode>()

        readRecords(path: path, report: &report, columns: columns) { record, c, report in
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
            let area = AreaCode(kind: kind, code: areaNumber)
            if area != lastArea {
                lastArea = area
                if areaIndex[area] == nil {
                    areaIndex[area] = areas.count
                    areas.append(Area(code: area, title: FieldParsing.trimmed(record[c[1]]),
                                      primaryState: FieldParsing.trimmed(record[c[3]])))
                }
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

            // TOT_EMP
            let employment: Reported<Int>
            let empBytes = record[c[7]]
            if FieldParsing.equals(empBytes, "**") {
                employment = .notReleased
                notReleasedEmployment += 1
            } else if let value = FieldParsing.integer(empBytes) {
                guard value >= 0 else {
                    report.error("TOT_EMP is negative (\(value)); employment cannot be below zero", line: line)
                    return
                }
                employment = .value(value)
            } else if empBytes.isEmpty {
                employment = .notAvailable
            } else {
                report.error("TOT_EMP \(FieldParsing.quote(empBytes)) is not a whole number or ** (not released)", line: line)
                return
            }

            let isAnnualOnly = FieldParsing.equals(record[c[24]], "TRUE")
            let isHourlyOnly = FieldParsing.equals(record[c[25]], "TRUE")
            if isAnnualOnly { annualOnly += 1 }
            if isHourlyOnly { hourlyOnly += 1 }

            var failed = false
            func wage(_ column: Int, hourly: Bool) -> Reported<Double> {
                let bytes = record[c[column]]
                if bytes.count == 1 {
                    if bytes[0] == UInt8(ascii: "*") { notReleasedWages += 1; return .notReleased }
                    if bytes[0] == UInt8(ascii: "#") { topCoded += 1; return .topCoded(atLeast: nil) }
                }
                if bytes.isEmpty {
                    if (hourly && isAnnualOnly) || (!hourly && isHourlyOnly) { return .notPublished }
                    return .notAvailable
                }
                guard let value = FieldParsing.decimal(bytes), value >= 0 else {
                    report.error("\(columns[column]) \(FieldParsing.quote(bytes)) is not a wage, * (not released) or # (top-coded)", line: line)
                    failed = true
                    return .notAvailable
                }
                return .value(value)
            }
            func plain(_ column: Int) -> Double? {
                let bytes = record[c[column]]
                if bytes.isEmpty || FieldParsing.equals(bytes, "**") || FieldParsing.equals(bytes, "*") { return nil }
                guard let value = FieldParsing.decimal(bytes) else {
                    report.error("\(columns[column]) \(FieldParsing.quote(bytes)) is not a number", line: line)
                    failed = true
                    return nil
                }
                return value
            }
            let estimate = OEWSEstimate(
                area: area, occupation: soc, group: group, employment: employment,
                employmentRSE: plain(8), jobsPerThousand: plain(9), locationQuotient: plain(10),
                hourlyMean: wage(11, hourly: true), annualMean: wage(12, hourly: false),
                hourly: WagePercentiles(p10: wage(14, hourly: true), p25: wage(15, hourly: true), median: wage(16, hourly: true),
                                        p75: wage(17, hourly: true), p90: wage(18, hourly: true)),
                annual: WagePercentiles(p10: wage(19, hourly: false), p25: wage(20, hourly: false), median: wage(21, hourly: false),
                                        p75: wage(22, hourly: false), p90: wage(23, hourly: false)),
                annualOnly: isAnnualOnly, hourlyOnly: isHourlyOnly, line: Int32(truncatingIfNeeded: line))
            if !failed { estimates.append(estimate) }
        }
        report.quirks.add("wage cells not released (*)", notReleasedWages)
        report.quirks.add("employment cells not released (**)", notReleasedEmployment)
        report.quirks.add("wage cells top-coded (#)", topCoded)
        report.quirks.add("rows with annual wages only (ANNUAL=TRUE)", annualOnly)
        report.quirks.add("rows with hourly wages only (HOURLY=TRUE)", hourlyOnly)
        report.quirks.add("detailed occupations whose code ends in 0", detailedEndingInZero.count)
        report.quirks.add("areas", areas.count)
        return OEWSData(estimates: estimates, areas: areas, occupationTitles: titles, report: report)
    }
}
