import CSVStream

/// What loading one file found besides its records: the quirks met, counted,
/// and every problem with its line.
public struct LoadReport: Sendable {
    /// The path as read.
    public var file: String
    /// Data rows read (the header excluded).
    public var rows = 0
    /// Counts of each quirk met, e.g. "wage not released (*)".
    public var quirks = Tally()
    public var diagnostics = Diagnostics()

    public init(file: String) { self.file = file }

    mutating func error(_ message: String, line: Int) {
        diagnostics.error(message, file: file, line: line)
    }

    mutating func warning(_ message: String, line: Int) {
        diagnostics.warning(message, file: file, line: line)
    }

    /// Records what the reader saw of the file's layout.
    mutating func noteLayout(of reader: CSVReader) {
        if reader.hadBOM { quirks.add("UTF-8 byte-order mark") }
        if reader.sawCRLF { quirks.add("lines ending in CRLF", reader.crlfLines) }
        if reader.missingFinalNewline { quirks.add("no newline after the last row") }
    }

    /// Turns a CSVStream error into a diagnostic.
    mutating func record(_ error: CSVError) {
        diagnostics.error("\(error.message). \(error.hint)", file: file, line: error.location?.line)
    }
}

/// A dataset file that could not be loaded honestly.
public struct DatasetLoadError: Error, CustomStringConvertible, Sendable {
    public var report: LoadReport

    public var description: String {
        var lines = report.diagnostics.items.filter { $0.severity == .error }.prefix(20).map(\.description)
        if report.diagnostics.errorCount > 20 {
            lines.append("… and \(report.diagnostics.errorCount - 20) more errors in \(report.file) (run `microcred datasets validate` to see them all)")
        }
        return lines.joined(separator: "\n")
    }
}

extension LoadReport {
    /// Throws when any error was found.
    func throwIfErrors() throws {
        if diagnostics.hasErrors { throw DatasetLoadError(report: self) }
    }
}

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
                 resolve: (CSVReader) throws -> [Int], _ body: (CSVRecord, [Int], inout LoadReport) -> Void) {
    // No cell of any dataset is longer than a few kilobytes (the longest,
    // a CIP definition, is under 1 KB): a longer one is a broken file.
    var format = format
    format.maxFieldBytes = min(format.maxFieldBytes, datasetMaxFieldBytes)
    do {
        let reader = try CSVReader(path: path, format: format)
        let indices = try resolve(reader)
        try reader.forEach { record in
            report.rows += 1
            body(record, indices, &report)
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
