import MicrocredCore
import CSVStream

extension CSVFormat {
    /// CSV with spaces around unquoted fields trimmed: libcsv's fastest path,
    /// used for the large OEWS files. Other datasets keep the spaces, so that
    /// a code with stray spaces is reported rather than silently fixed, and
    /// Employment Projections titles keep the leading spaces that give their
    /// depth.
    static var trimmedCSV: CSVFormat {
        var format = CSVFormat.csv
        format.trimSpaces = true
        return format
    }
}

/// The longest cell a dataset file may have.
public let datasetMaxFieldBytes = 1 << 16

/// Runs `body` over a file's records, turning CSVStream errors into
/// diagnostics so that a loader always returns a report.
func readRecords(path: String, format: CSVFormat = .csv, report: inout LoadReport,
                 columns: [String], _ body: (CSVRecord, [Int], inout LoadReport) -> Void) {
    readRecords(path: path, format: format, report: &report, resolve: { try $0.requireColumns(columns) }, body)
}

/// As above, with the column indices found by `resolve` from the header.
func readRecords(path: String, format: CSVFormat = .csv, report: inout LoadReport,
                 resolve: (CSVReader) throws -> [Int], keepLine: ((UnsafeRawBufferPointer) -> Bool)? = nil,
                 _ body: (CSVRecord, [Int], inout LoadReport) -> Void) {
    // No cell of any dataset is longer than a few kilobytes (the longest,
    // a CIP definition, is under 1 KB): a longer one is a broken file.
    var format = format
    format.maxFieldBytes = min(format.maxFieldBytes, datasetMaxFieldBytes)
    // A publisher's workbook or zip: the same rows, read from its sheet.
    if OfficialFile.isContainer(path) {
        OfficialFile.readRecords(path: path, format: format, report: &report, resolve: resolve, body)
        return
    }
    format = OfficialFile.memberFormat(path, format)
    do {
        let reader = try CSVReader(path: path, format: format)
        let indices = try resolve(reader)
        let each: (CSVRecord) throws -> Void = { record in
            report.rows += 1
            body(record, indices, &report)
        }
        if let keepLine {
            try reader.forEach(keepLine: keepLine, each)
            report.rows += reader.skippedRecords
        } else {
            try reader.forEach(each)
        }
        report.noteLayout(of: reader)
        if report.rows == 0 {
            report.error("the file has a header but no data rows. Check that the download finished", line: 2)
        }
    } catch let error as CSVError {
        report.record(error)
    } catch {
        report.diagnostics.error("\(error)", file: path)
    }
}
