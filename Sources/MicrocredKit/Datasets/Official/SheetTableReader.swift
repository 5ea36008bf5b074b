import CSVStream
import Foundation
import MicrocredCore

/// Turns the rows of one sheet into a loader's records: finds the header,
/// skips title rows, holds back single-cell rows until it knows whether
/// data follows (footnotes end the table), applies the OEWS workbook rules,
/// and hands each data row to the loader as a `CSVRecord`.
///
/// A record's line counts from the header (the header is line 1), as in a
/// CSV export of the sheet: a figure cites the same line whether it was read
/// from the CSV or from the workbook (Employment Projections' title row makes
/// sheet row 21 line 20). Diagnostics are located in the sheet's own rows
/// and cells (`SourceLocation.sheet`, line = sheet row).
struct SheetTableReader {
    let workbook: String
    let sheet: String
    let trim: Bool
    let maxCellBytes: Int
    let resolve: OfficialFile.Resolve

    private(set) var foundHeader = false
    private(set) var headerRow = 0
    private var header: [String] = []
    private var indices: [Int] = []
    private var rowsBeforeHeader = 0
    private var pendingFootnotes: [XLSXRow] = []
    private var footnotes = 0
    private var emptyRows = 0
    private var oews: OEWSSheetRules?
    private var bytes: [UInt8] = []
    private var spans: [FieldSpan] = []

    init(workbook: String, sheet: String, trim: Bool, maxCellBytes: Int, resolve: @escaping OfficialFile.Resolve) {
        self.workbook = workbook
        self.sheet = sheet
        self.trim = trim
        self.maxCellBytes = maxCellBytes
        self.resolve = resolve
    }

    /// Takes the next row; false when the sheet is not the table and reading can stop.
    mutating func accept(_ row: XLSXRow, report: inout LoadReport, _ body: OfficialFile.Body) -> Bool {
        guard foundHeader else {
            rowsBeforeHeader += 1
            if let reader = OfficialFile.headerReader(row.cells, name: workbook), let found = try? resolve(reader) {
                foundHeader = true
                headerRow = row.number
                header = reader.header
                indices = found
                oews = OEWSSheetRules(header: header)
                return true
            }
            return rowsBeforeHeader < OfficialFile.headerSearchRows
        }
        let filled = row.filledCount
        if filled == 0 {
            emptyRows += 1
            return true
        }
        if filled == 1 {
            pendingFootnotes.append(row)
            return true
        }
        // Data after single-cell rows: they were data too.
        for held in pendingFootnotes { process(held, report: &report, body) }
        pendingFootnotes.removeAll()
        process(row, report: &report, body)
        return true
    }

    /// Ends the table: held single-cell rows were footnotes.
    mutating func finish(report: inout LoadReport, _ body: OfficialFile.Body) {
        if var rules = oews, let last = rules.finish() {
            emit(last, report: &report, body)
            oews = rules
        }
        footnotes += pendingFootnotes.count
        pendingFootnotes.removeAll()
    }

    private mutating func process(_ row: XLSXRow, report: inout LoadReport, _ body: OfficialFile.Body) {
        if var rules = oews {
            let out = rules.accept(row)
            oews = rules
            for r in out { emit(r, report: &report, body) }
        } else {
            emit(row, report: &report, body)
        }
    }

    private mutating func emit(_ row: XLSXRow, report: inout LoadReport, _ body: OfficialFile.Body) {
        let width = header.count
        if row.cells.count > width, let extra = row.cells[width...].firstIndex(where: { !$0.isEmpty }) {
            report.diagnostics.append(Diagnostic(.error, "the cell holds \(FieldQuote.quote(row.cells[extra])) but its column has no header (the header, row \(headerRow), has \(width) columns). The row was left out",
                                                 file: workbook, line: row.number, column: extra + 1, sheet: sheet))
            return
        }
        bytes.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        for column in 0..<width {
            let cell = row[column].utf8
            // Spaces and tabs around the text trimmed, as CSVStream's trimSpaces does.
            var start = cell.startIndex, end = cell.endIndex
            if trim {
                while start < end, cell[start] == 0x20 || cell[start] == 0x09 { start = cell.index(after: start) }
                while start < end, cell[cell.index(before: end)] == 0x20 || cell[cell.index(before: end)] == 0x09 { end = cell.index(before: end) }
            }
            let count = cell.distance(from: start, to: end)
            if count > maxCellBytes {
                report.diagnostics.append(Diagnostic(.error, "the cell is longer than \(maxCellBytes) bytes. The row was left out",
                                                     file: workbook, line: row.number, column: column + 1, sheet: sheet))
                return
            }
            spans.append(FieldSpan(start: bytes.count, count: count))
            bytes.append(contentsOf: cell[start..<end])
        }
        // A byte past the fields, so that the buffer has an address even when every cell is empty.
        bytes.append(0)
        report.rows += 1
        let number = report.rows + 1
        let indices = indices
        bytes.withUnsafeBytes { raw in
            spans.withUnsafeBufferPointer { spanPointer in
                guard let base = raw.baseAddress else { return }
                body(CSVRecord(base: base, spans: spanPointer, number: number, line: row.number - headerRow + 1), indices, &report)
            }
        }
    }

    /// Re-locates the loader's diagnostics into the sheet: a record's line
    /// becomes the sheet row it came from (`Sheet!17:17`). Diagnostics the
    /// reader itself located in the sheet keep their place.
    func relocate(_ diagnostics: Diagnostics, from name: String, into target: inout Diagnostics) {
        for item in diagnostics.items {
            var moved = item
            if item.sheet == nil {
                moved.file = name
                moved.sheet = sheet
                moved.line = item.line.map { $0 + headerRow - 1 }
                moved.column = nil
            }
            target.append(moved)
        }
        if diagnostics.droppedErrors > 0 {
            target.append(Diagnostic(.error, "\(diagnostics.droppedErrors) more errors were counted but not listed", file: name, sheet: sheet))
        }
    }

    func noteQuirks(into report: inout LoadReport) {
        report.quirks.add("workbook sheet read: \(sheet) (header on row \(headerRow))")
        if headerRow > 1 { report.quirks.add("title rows above the header", headerRow - 1) }
        report.quirks.add("footnote rows after the table", footnotes)
        report.quirks.add("empty rows skipped", emptyRows)
        if let oews {
            report.quirks.add("hourly cells * under ANNUAL=TRUE read as not published", oews.annualOnlyStars)
            report.quirks.add("annual cells * under HOURLY=TRUE read as not published", oews.hourlyOnlyStars)
            report.quirks.add("broad rows left out that repeat a detailed occupation's code", oews.droppedBroad)
            report.quirks.add("repeated rows left out", oews.droppedRepeats)
        }
    }
}

/// The differences between BLS's OEWS workbooks and the `all_data` CSV
/// layout the loader reads:
/// - where only annual wages exist (`ANNUAL=TRUE`) the hourly cells hold
///   `*` instead of being empty (and the same for `HOURLY=TRUE`): read as
///   empty, i.e. not published, not as "not released";
/// - the seven detailed codes ending in 0 (13-1020 …) appear twice, first as
///   `broad` and then as `detailed`: the broad row is left out;
/// - a row repeating the previous row's area, code and group is left out.
struct OEWSSheetRules {
    let area: Int, code: Int, group: Int, annual: Int, hourly: Int
    let hourlyColumns: [Int], annualColumns: [Int]
    private var pendingBroad: XLSXRow?
    private var lastKey: [String] = []
    private(set) var annualOnlyStars = 0, hourlyOnlyStars = 0, droppedBroad = 0, droppedRepeats = 0

    init?(header: [String]) {
        func index(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let area = index("AREA"), let code = index("OCC_CODE"), let group = index("O_GROUP"),
              let annual = index("ANNUAL"), let hourly = index("HOURLY") else { return nil }
        self.area = area
        self.code = code
        self.group = group
        self.annual = annual
        self.hourly = hourly
        hourlyColumns = ["H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"].compactMap(index)
        annualColumns = ["A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"].compactMap(index)
    }

    /// The rows to pass on after `row` (none, one or two).
    mutating func accept(_ row: XLSXRow) -> [XLSXRow] {
        var row = row
        if row[annual] == "TRUE" {
            for c in hourlyColumns where row[c] == "*" { row.cells[c] = ""; annualOnlyStars += 1 }
        }
        if row[hourly] == "TRUE" {
            for c in annualColumns where row[c] == "*" { row.cells[c] = ""; hourlyOnlyStars += 1 }
        }
        var out: [XLSXRow] = []
        if let broad = pendingBroad {
            pendingBroad = nil
            if broad[area] == row[area] && broad[code] == row[code] && row[group] == "detailed" {
                droppedBroad += 1
            } else {
                out += pass(broad)
            }
        }
        if row[group] == "broad" && row[code].hasSuffix("0") {
            pendingBroad = row
        } else {
            out += pass(row)
        }
        return out
    }

    /// A broad row still held at the end.
    mutating func finish() -> XLSXRow? {
        defer { pendingBroad = nil }
        return pendingBroad
    }

    private mutating func pass(_ row: XLSXRow) -> [XLSXRow] {
        let key = [row[area], row[code], row[group]]
        if key == lastKey {
            droppedRepeats += 1
            return []
        }
        lastKey = key
        return [row]
    }
}
