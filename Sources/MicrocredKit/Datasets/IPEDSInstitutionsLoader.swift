import CSVStream
import Foundation
import MicrocredCore

/// Reads IPEDS HD files (hd2020.csv … hd2024.csv) as NCES distributes them.
///
/// Quirks: Windows-1252 text in 2020–2022 and UTF-8 with a BOM from 2023;
/// CRLF; bare quotes inside quoted URL fields; FIPS padded with a space
/// (` 1`) in 2020–2022; columns that drift between years (found by name); `-1`/`-2`/`-3`
/// codes kept as states, never numbers.
public enum IPEDSInstitutionsLoader {
    /// Columns every HD file must have.
    public static let requiredColumns = ["UNITID", "INSTNM", "CITY", "STABBR", "FIPS", "CBSA", "SECTOR", "CONTROL"]

    public static func load(path: String) -> IPEDSInstitutions {
        var report = LoadReport(file: path)
        var rows: [IPEDSInstitution] = []
        // Non-ASCII names and cities, kept as bytes until the file's
        // encoding is known: (row, is city, bytes).
        var pending: [(row: Int, city: Bool, bytes: [UInt8])] = []
        var sawInvalidUTF8 = false
        var hadBOM = false
        var optional: (cbsaType: Int?, county: Int?) = (nil, nil)
        var seen = Set<UnitID>()
        var format = CSVFormat.csv
        // The reader's UTF-8 check is off: this loader decides the encoding.
        format.validateUTF8 = false
        // HD 2020, 2022 and 2024 have URLs with bare quotes inside quoted
        // fields (`…&hl="fees"&returnto=…`): libcsv's lenient mode keeps
        // them as text, and the field count is still checked on every row.
        format.strict = false
        var codeQuirks = Tally()

        readRecords(path: path, format: format, report: &report, resolve: { reader in
            hadBOM = reader.hadBOM
            var names: [String: Int] = [:]
            for (i, name) in reader.header.enumerated() { names[name] = i }
            optional = (names["CBSATYPE"], names["COUNTYCD"])
            return try reader.requireColumns(requiredColumns)
        }) { record, c, report in
            let line = record.line
            // Any field that is not UTF-8 (addresses too) decides the encoding.
            if !sawInvalidUTF8 {
                for k in 0..<record.count where !TextEncoding.isASCII(record[k]) && String(validating: record[k], as: UTF8.self) == nil {
                    sawInvalidUTF8 = true
                    break
                }
            }
            guard let id = FieldParsing.integer(record[c[0]]).flatMap(UnitID.init) else {
                report.error("UNITID \(FieldParsing.quote(record[c[0]])) is not a six-digit institution number", line: line)
                return
            }
            guard seen.insert(id).inserted else {
                report.error("UNITID \(id) appears twice; each institution has one row in an HD file", line: line)
                return
            }
            var later: [(row: Int, city: Bool, bytes: [UInt8])] = []
            func text(_ k: Int, city: Bool) -> String {
                let bytes = record[c[k]]
                if TextEncoding.isASCII(bytes) { return FieldParsing.trimmed(bytes) }
                later.append((rows.count, city, Array(bytes)))
                return ""
            }
            func coded(_ index: Int?, _ name: String) -> IPEDSReported<Int>? {
                guard let index else { return .blank }
                guard let value = IPEDSFields.code(record[index]) else {
                    report.error("\(name) \(FieldParsing.quote(record[index])) is not a code, -1 (not reported), -2 (not applicable) or -3 (not available)", line: line)
                    return nil
                }
                if let note = value.note { codeQuirks.add("\(name) \(note)") }
                let raw = record[index]
                if !raw.isEmpty && (raw[0] == 0x20 || raw[raw.count - 1] == 0x20) { codeQuirks.add("\(name) padded with spaces") }
                return value
            }
            guard let fips = coded(c[4], "FIPS"), let cbsa = coded(c[5], "CBSA"), let sector = coded(c[6], "SECTOR"),
                  let control = coded(c[7], "CONTROL"), let cbsaType = coded(optional.cbsaType, "CBSATYPE"),
                  let county = coded(optional.county, "COUNTYCD") else { return }
            let name = text(1, city: false)
            let cityName = text(2, city: true)
            let state = FieldParsing.trimmed(record[c[3]])
            guard state.count == 2, state.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                report.error("STABBR \(FieldParsing.quote(record[c[3]])) is not a two-letter postal code", line: line)
                return
            }
            pending += later
            rows.append(IPEDSInstitution(unitID: id, name: name, city: cityName, state: state, stateFIPS: fips, cbsa: cbsa,
                                         cbsaType: cbsaType, county: county, sector: sector, control: control, line: line))
        }
        // The encoding: a BOM or valid UTF-8 throughout means UTF-8.
        let encoding: TextEncoding = (!hadBOM && sawInvalidUTF8) ? .windows1252 : .utf8
        if hadBOM && sawInvalidUTF8 {
            report.error("the file starts with a UTF-8 byte-order mark but has text that is not UTF-8; save it again as UTF-8", line: 1)
        }
        var undecodable = 0
        for item in pending where item.row < rows.count {
            let decoded = item.bytes.withUnsafeBytes { encoding.decode($0) }
            guard let text = decoded else {
                undecodable += 1
                if undecodable <= 5 {
                    report.error("INSTNM or CITY has a byte Windows-1252 leaves undefined; check that the file is the NCES original", line: rows[item.row].line)
                }
                continue
            }
            let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            if item.city { rows[item.row].city = trimmed } else { rows[item.row].name = trimmed }
        }
        report.quirks.add("encoding \(encoding.rawValue)")
        report.quirks.add("names or cities with non-ASCII text", pending.count)
        for (name, count) in codeQuirks.entries { report.quirks.add(name, count) }
        report.quirks.add("institutions", rows.count)
        return IPEDSInstitutions(institutions: rows, encoding: encoding, report: report)
    }
}
