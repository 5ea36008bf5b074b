import MicrocredCore
import CSVStream
import Foundation

/// Reads the Employment Projections CSVs, whose headers carry an en dash,
/// footnote markers and the decade's years, so columns are found by their
/// stable leading words rather than their exact text.
///
/// Quirks: titles indented by their depth, `—` for not available, the
/// top-coded wage `>=$239,200`, and employment and openings in thousands.
public enum EPLoader {
    /// Lower case, dashes as `-`, footnote markers like `[1]` removed.
    static func normalize(_ header: String) -> String {
        var text = header.replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{2014}", with: "-")
        while let open = text.range(of: "["), let close = text.range(of: "]", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func find(_ reader: CSVReader, _ prefixes: [(name: String, prefix: String)], path: String) throws -> [Int] {
        let normalized = reader.header.map(normalize)
        var indices: [Int] = []
        var missing: [String] = []
        for (name, prefix) in prefixes {
            // "Employment, YYYY" appears twice; take the first unused match.
            if let i = normalized.indices.first(where: { normalized[$0].hasPrefix(prefix) && !indices.contains($0) }) {
                indices.append(i)
            } else {
                missing.append(name)
            }
        }
        if !missing.isEmpty {
            throw CSVError(.missingColumns(missing, found: reader.header), file: path,
                           location: CSVLocation(file: path, record: 1, line: 1, byteOffset: 0))
        }
        return indices
    }

    static let table12Columns: [(name: String, prefix: String)] = [
        ("2024 National Employment Matrix title", "2024 national employment matrix title"),
        ("2024 National Employment Matrix code", "2024 national employment matrix code"),
        ("Occupation type", "occupation type"),
        ("Employment, <base year>", "employment, 2"),
        ("Employment, <projected year>", "employment, 2"),
        ("Employment change, numeric", "employment change, numeric"),
        ("Employment change, percent", "employment change, percent"),
        ("Occupational openings, annual average", "occupational openings"),
        ("Median annual wage, dollars", "median annual wage"),
        ("Typical education needed for entry", "typical education needed for entry"),
        ("Work experience in a related occupation", "work experience in a related occupation"),
        ("Typical on-the-job training", "typical on-the-job training"),
    ]

    static let table110Columns: [(name: String, prefix: String)] = [
        ("2024 National Employment Matrix code", "2024 national employment matrix code"),
        ("Labor force exits, annual average", "labor force exits,"),
        ("Occupational transfers, annual average", "occupational transfers,"),
        ("Occupational openings, annual average", "occupational openings"),
    ]

    /// The first four-digit year in `text`.
    static func year(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 4 <= scalars.count {
            let window = scalars[i..<i + 4]
            if window.allSatisfy({ $0.properties.numericType != nil && $0.isASCII }),
               let y = Int(String(String.UnicodeScalarView(window))), (1900...2200).contains(y) {
                return y
            }
            i += 1
        }
        return nil
    }

    /// Loads table 1.2 and, when given, table 1.10.
    public static func load(projectionsPath: String, openingsPath: String?) -> EPData {
        var report = LoadReport(file: projectionsPath)
        var projections: [Projection] = []
        var index: [SOCCode: Int] = [:]
        var baseYear: Int?, targetYear: Int?, wageYear: Int?
        var notAvailable = 0, topCoded = 0, indented = 0
        readRecords(path: projectionsPath, report: &report, resolve: { reader in
            let found = try find(reader, table12Columns, path: projectionsPath)
            baseYear = year(in: reader.header[found[3]])
            targetYear = year(in: reader.header[found[4]])
            wageYear = year(in: reader.header[found[8]].replacingOccurrences(of: "[1]", with: ""))
            return found
        }) { record, c, report in
            let line = record.line
            let rawTitle = String(decoding: record[c[0]], as: UTF8.self)
            let title = rawTitle.trimmingCharacters(in: .whitespaces)
            let depth = (rawTitle.prefix(while: { $0 == " " }).count) / 2
            if depth > 0 { indented += 1 }
            guard let soc = SOCCode(bytes: record[c[1]]) else {
                report.error("occupation code: " + SOCCode.problem(with: String(decoding: record[c[1]], as: UTF8.self)), line: line)
                return
            }
            let type = FieldParsing.trimmed(record[c[2]])
            guard type == "Line item" || type == "Summary" else {
                report.error("Occupation type '\(type)' is neither 'Line item' nor 'Summary'", line: line)
                return
            }
            var failed = false
            func thousands(_ i: Int, allowNegative: Bool = false) -> Reported<Int> {
                let bytes = record[c[i]]
                if isDash(bytes) || bytes.isEmpty { notAvailable += 1; return .notAvailable }
                guard let v = FieldParsing.decimal(bytes), allowNegative || v >= 0 else {
                    report.error("\(table12Columns[i].name) \(FieldParsing.quote(bytes)) is not a number of thousands (or — for not available)", line: line)
                    failed = true
                    return .notAvailable
                }
                return .value(Int((v * 1000).rounded()))
            }
            let percentBytes = record[c[6]]
            let growth: Reported<Double>
            if isDash(percentBytes) || percentBytes.isEmpty {
                notAvailable += 1
                growth = .notAvailable
            } else if let v = FieldParsing.decimal(percentBytes) {
                growth = .value(v)
            } else {
                report.error("Employment change, percent \(FieldParsing.quote(percentBytes)) is not a number", line: line)
                return
            }
            let wageText = FieldParsing.trimmed(record[c[8]])
            let wage: Reported<Int>
            if wageText == "—" || wageText.isEmpty {
                notAvailable += 1
                wage = .notAvailable
            } else if wageText.hasPrefix(">=") {
                let digits = wageText.filter(\.isNumber)
                guard let floor = Int(digits), floor <= 999_999_999_999 else {
                    report.error("median wage '\(wageText)' is not a top-code like >=$239,200", line: line)
                    return
                }
                topCoded += 1
                wage = .topCoded(atLeast: floor)
            } else if let v = Int(wageText.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "$", with: "")), v >= 0, v <= 999_999_999_999 {
                wage = .value(v)
            } else {
                report.error("median wage '\(wageText)' is not a dollar amount, >=$… (top-coded) or — (not available)", line: line)
                return
            }
            func label(_ i: Int) -> String? {
                let text = FieldParsing.trimmed(record[c[i]])
                return text.isEmpty || text == "—" ? nil : text
            }
            let projection = Projection(
                occupation: soc, title: title, depth: depth, isLineItem: type == "Line item",
                employmentBase: thousands(3), employmentProjected: thousands(4), employmentChange: thousands(5, allowNegative: true),
                growthPercent: growth, annualOpenings: thousands(7), medianWage: wage,
                typicalEducation: label(9), workExperience: label(10), onTheJobTraining: label(11), line: line)
            if failed { return }
            if index[soc] != nil {
                report.error("occupation \(soc) appears twice; each code must appear once", line: line)
                return
            }
            index[soc] = projections.count
            projections.append(projection)
        }
        report.quirks.add("cells not available (—)", notAvailable)
        report.quirks.add("median wages top-coded (>=$…)", topCoded)
        report.quirks.add("titles indented by hierarchy", indented)
        report.quirks.add("figures converted from thousands", projections.count)
        report.quirks.add("line items (detailed occupations)", projections.filter(\.isLineItem).count)

        var data = EPData(projections: projections, index: index, baseYear: baseYear, targetYear: targetYear,
                          wageYear: wageYear, report: report, openingsReport: nil)
        if let openingsPath { mergeOpenings(path: openingsPath, into: &data) }
        return data
    }

    static func isDash(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // U+2014 EM DASH (E2 80 94), U+2013 EN DASH (E2 80 93), or "-".
        (bytes.count == 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x94 || bytes[2] == 0x93))
            || (bytes.count == 1 && bytes[0] == UInt8(ascii: "-"))
    }

    static func mergeOpenings(path: String, into data: inout EPData) {
        var report = LoadReport(file: path)
        var mismatched = 0, unknown = 0
        readRecords(path: path, report: &report, resolve: { try find($0, table110Columns, path: path) }) { record, c, report in
            let line = record.line
            guard let soc = SOCCode(bytes: record[c[0]]) else {
                report.error("occupation code: " + SOCCode.problem(with: String(decoding: record[c[0]], as: UTF8.self)), line: line)
                return
            }
            guard let i = data.index[soc] else {
                unknown += 1
                report.warning("occupation \(soc) is not in table 1.2; its openings row is ignored", line: line)
                return
            }
            func thousands(_ k: Int) -> Reported<Int>? {
                let bytes = record[c[k]]
                if isDash(bytes) || bytes.isEmpty { return .notAvailable }
                guard let v = FieldParsing.decimal(bytes), v >= 0 else {
                    report.error("\(table110Columns[k].name) \(FieldParsing.quote(bytes)) is not a number of thousands", line: line)
                    return nil
                }
                return .value(Int((v * 1000).rounded()))
            }
            guard let exits = thousands(1), let transfers = thousands(2), let openings = thousands(3) else { return }
            data.projections[i].laborForceExits = exits
            data.projections[i].occupationalTransfers = transfers
            if openings != data.projections[i].annualOpenings {
                mismatched += 1
                report.warning("openings for \(soc) differ from table 1.2 (\(openings.value.map(String.init) ?? "—") vs \(data.projections[i].annualOpenings.value.map(String.init) ?? "—")); table 1.2 is used", line: line)
            }
        }
        report.quirks.add("occupations joined to table 1.2", report.rows - unknown)
        report.quirks.add("openings differing from table 1.2", mismatched)
        data.openingsReport = report
    }
}

extension EPLoader {
    /// Loads table 1.10 on its own, for validation.
    public static func loadOpeningsAlone(path: String) -> LoadReport {
        var report = LoadReport(file: path)
        var seen = Set<SOCCode>()
        readRecords(path: path, report: &report, resolve: { try find($0, table110Columns, path: path) }) { record, c, report in
            guard let soc = SOCCode(bytes: record[c[0]]) else {
                report.error("occupation code: " + SOCCode.problem(with: String(decoding: record[c[0]], as: UTF8.self)), line: record.line)
                return
            }
            if !seen.insert(soc).inserted { report.error("occupation \(soc) appears twice; each code must appear once", line: record.line) }
            for k in 1...3 {
                let bytes = record[c[k]]
                if isDash(bytes) || bytes.isEmpty { report.quirks.add("cells not available (—)"); continue }
                if FieldParsing.decimal(bytes).map({ $0 >= 0 }) != true {
                    report.error("\(table110Columns[k].name) \(FieldParsing.quote(bytes)) is not a number of thousands", line: record.line)
                }
            }
        }
        report.quirks.add("occupations", seen.count)
        report.quirks.add("figures converted from thousands", seen.count)
        return report
    }
}
