import CSVStream
import Foundation
import MicrocredCore

/// Reads a publisher's own file — an .xlsx workbook, or a .zip holding a
/// workbook or a CSV/tab-separated file — as the records a loader expects,
/// so that every loader reads official downloads with its own code.
///
/// The sheet (or zip member) is the first whose header, within its first
/// ten rows, has every column the loader requires; rows above it (titles)
/// are skipped, rows below it are the data, and trailing rows with a single
/// filled cell (footnotes, "Source: …") end the table. Errors from the
/// loader are located in the sheet (`SourceLocation.sheet`, the line being
/// the sheet row: `Sheet!17:17`); the reader's own errors name the cell.
enum OfficialFile {
    /// How many rows of a sheet are searched for the header.
    static let headerSearchRows = 10

    static func isContainer(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".zip")
    }

    typealias Body = (CSVRecord, [Int], inout LoadReport) -> Void
    typealias Resolve = (CSVReader) throws -> [Int]

    static func readRecords(path: String, format: CSVFormat, report: inout LoadReport, resolve: Resolve, _ body: Body) {
        do {
            if path.lowercased().hasSuffix(".xlsx") {
                let workbook = try XLSXWorkbook(path: path)
                guard try readWorkbook(workbook, format: format, report: &report, resolve: resolve, body) else {
                    throw noTable(in: workbook.name, places: "sheet", names: workbook.sheetNames, resolve: resolve)
                }
            } else {
                try readZip(path: path, format: format, report: &report, resolve: resolve, body)
            }
        } catch let error as XLSXError {
            report.diagnostics.append(error.diagnostic)
        } catch let error as CSVError {
            report.record(error)
        } catch {
            report.diagnostics.error("\(error)", file: path)
        }
    }

    /// The error for a file none of whose sheets or members hold the table.
    static func noTable(in file: String, places: String, names: [String], resolve: Resolve) -> XLSXError {
        var needed = ""
        if let empty = try? CSVReader(bytes: Array("\n".utf8) + Array("x\n".utf8), name: file) {
            do { _ = try resolve(empty) } catch let error as CSVError { needed = " " + error.message } catch {}
        }
        return XLSXError(file: file, "no \(places) has a header with the columns this dataset needs (\(places)s: "
                         + names.map { "'\($0)'" }.joined(separator: ", ") + ")." + needed,
                         hint: "Check that this is the right download for the dataset (see docs/datasets.md)")
    }

    /// A header reader over `cells`, or nil when they cannot be a header.
    static func headerReader(_ cells: [String], name: String) -> CSVReader? {
        guard cells.filter({ !$0.isEmpty }).count >= 2 else { return nil }
        var bytes: [UInt8] = []
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            for b in cell.utf8 {
                if b == UInt8(ascii: "\"") { bytes.append(b) }
                bytes.append(b)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(0x0A)
        return try? CSVReader(bytes: bytes, name: name)
    }

    // MARK: - Workbooks

    /// Reads the first sheet of `workbook` that holds the table; false when none does.
    static func readWorkbook(_ workbook: XLSXWorkbook, format: CSVFormat, report: inout LoadReport,
                             resolve: Resolve, _ body: Body) throws -> Bool {
        try withoutActuallyEscaping(resolve) { resolve in
            try withoutActuallyEscaping(body) { body in
                for sheet in workbook.sheetNames {
                    if try readSheet(sheet, of: workbook, format: format, report: &report, resolve: resolve, body) { return true }
                }
                return false
            }
        }
    }

    /// Reads `sheet` if it holds the table; false when it does not.
    private static func readSheet(_ sheet: String, of workbook: XLSXWorkbook, format: CSVFormat, report: inout LoadReport,
                                  resolve: @escaping Resolve, _ body: @escaping Body) throws -> Bool {
        var reader = SheetTableReader(workbook: workbook.name, sheet: sheet, trim: format.trimSpaces,
                                      maxCellBytes: format.maxFieldBytes, resolve: resolve)
        let saved = report.diagnostics
        var scratch = report
        scratch.diagnostics = Diagnostics(limit: saved.limit)
        try workbook.forEachRow(sheet: sheet) { row in
            reader.accept(row, report: &scratch, body)
        }
        guard reader.foundHeader else { return false }
        reader.finish(report: &scratch, body)
        report = scratch
        report.diagnostics = saved
        reader.relocate(scratch.diagnostics, from: workbook.name, into: &report.diagnostics)
        reader.noteQuirks(into: &report)
        if report.rows == 0 {
            report.diagnostics.append(Diagnostic(.error, "the sheet has a header (row \(reader.headerRow)) but no data rows. Check that the download finished",
                                                 file: workbook.name, sheet: sheet))
        }
        return true
    }

    // MARK: - Zips

    static func readZip(path: String, format: CSVFormat, report: inout LoadReport, resolve: Resolve, _ body: Body) throws {
        let zip = try ZipContainer(path: path)
        let members = zip.entryPaths.filter { member in
            let lower = member.lowercased()
            return !lower.hasPrefix("__macosx/") && (lower.hasSuffix(".xlsx") || lower.hasSuffix(".csv") || lower.hasSuffix(".txt"))
        }
        // Text members: does the first line have the columns?
        var matches: [String] = []
        for member in members where !member.lowercased().hasSuffix(".xlsx") {
            let head = try zip.prefix(member, maxBytes: 1 << 16)
            let firstLine = head.prefix { $0 != 0x0A }
            if let reader = try? CSVReader(bytes: Array(firstLine) + [0x0A], name: member, format: memberFormat(member, format)),
               (try? resolve(reader)) != nil {
                matches.append(member)
            }
        }
        if matches.count > 1, let revised = matches.first(where: { ($0 as NSString).deletingPathExtension.lowercased().hasSuffix("_rv") }) {
            matches = [revised]
        }
        if matches.count > 1 {
            throw XLSXError(file: path, "several members have the columns this dataset needs: " + matches.map { "'\($0)'" }.joined(separator: ", "),
                            hint: "Extract the one you mean (unzip \(path) MEMBER) and give that file")
        }
        if let member = matches.first {
            try readTextMember(member, of: zip, format: memberFormat(member, format), report: &report, resolve: resolve, body)
            return
        }
        for member in members where member.lowercased().hasSuffix(".xlsx") {
            let workbook = try XLSXWorkbook(member: member, of: zip)
            if try readWorkbook(workbook, format: format, report: &report, resolve: resolve, body) { return }
        }
        throw noTable(in: path, places: "member", names: members, resolve: resolve)
    }

    /// `.txt` files and members are O*NET's tab-separated text release; `.csv` ones keep the loader's
    /// format (comma-separated); other names keep the loader's format.
    static func memberFormat(_ member: String, _ format: CSVFormat) -> CSVFormat {
        guard member.lowercased().hasSuffix(".txt") else {
            guard member.lowercased().hasSuffix(".csv") else { return format }
            var csv = format
            if csv.delimiter == UInt8(ascii: "\t") { csv = .csv; csv.trimSpaces = format.trimSpaces; csv.maxFieldBytes = format.maxFieldBytes }
            return csv
        }
        var tsv = CSVFormat.tsv
        tsv.trimSpaces = format.trimSpaces
        tsv.maxFieldBytes = format.maxFieldBytes
        return tsv
    }

    /// Reads a CSV or text member, streamed to a temporary file first.
    static func readTextMember(_ member: String, of zip: ZipContainer, format: CSVFormat, report: inout LoadReport,
                               resolve: Resolve, _ body: Body) throws {
        let copy = try zip.extractToTemporaryFile(member)
        defer { try? FileManager.default.removeItem(at: copy) }
        let name = zip.path + "/" + member
        let saved = report.diagnostics
        report.diagnostics = Diagnostics(limit: saved.limit)
        do {
            let reader = try CSVReader(path: copy.path, format: format)
            let indices = try resolve(reader)
            try reader.forEach { record in
                report.rows += 1
                body(record, indices, &report)
            }
            report.noteLayout(of: reader)
            if report.rows == 0 { report.error("the member has a header but no data rows", line: 2) }
        } catch let error as CSVError {
            report.record(error)
        }
        // Name the member, not the temporary copy.
        var relocated = saved
        for item in report.diagnostics.items {
            var moved = item
            if item.file == report.file || item.file == copy.path || item.file == nil {
                moved.file = name
            }
            moved.message = moved.message.replacingOccurrences(of: copy.path, with: name)
            relocated.append(moved)
        }
        report.diagnostics = relocated
    }
}

extension ZipContainer {
    /// Up to `maxBytes` from the start of an entry, without extracting the rest.
    func prefix(_ entryPath: String, maxBytes: Int) throws -> Data {
        var data = Data()
        do {
            try stream(entryPath) { chunk in
                data.append(chunk.prefix(maxBytes - data.count))
                if data.count >= maxBytes || chunk.contains(0x0A) { throw XMLStop() }
            }
        } catch is XMLStop {}
        return data
    }
}
