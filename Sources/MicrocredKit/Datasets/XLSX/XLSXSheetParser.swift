import Foundation
import MicrocredCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One row of a sheet: its 1-based number and the text of each cell, "" for
/// an empty or absent cell, up to the last cell present.
public struct XLSXRow: Sendable, Equatable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// Cell `column` (0-based), "" past the end.
    public subscript(column: Int) -> String { column < cells.count ? cells[column] : "" }

    /// How many cells hold text.
    public var filledCount: Int { cells.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }
}

/// Streams the rows of one worksheet part (`<sheetData><row><c>`), turning
/// each cell into text: shared and inline strings as written, booleans as
/// `TRUE`/`FALSE`, numbers in their shortest decimal form (Excel stores
/// 40.27 as `40.270000000000003`).
final class XLSXSheetParser: NSObject, XMLPart.Handler {
    let file: String
    let sheet: String
    let sharedStrings: [String]
    let body: (XLSXRow) throws -> Bool
    /// The longest cell text accepted.
    let maxCellBytes: Int

    var failure: Error?
    var position: String? { lastCell.map { "cell \(sheet)!\($0)" } }
    /// The last cell started, for a message about malformed XML after it.
    var lastCellReference: CellReference? { lastCell }
    private(set) var stopped = false

    private var rowNumber = 0
    private var cells: [String] = []
    private var cellColumn = 0
    private var cellType: String?
    private var cellRef: CellReference?
    private var value = ""
    private var inline = ""
    private var inValue = false, inInline = false, inInlineText = false, inPhonetic = false
    private var lastCell: CellReference?

    init(file: String, sheet: String, sharedStrings: [String], maxCellBytes: Int = 1 << 20, body: @escaping (XLSXRow) throws -> Bool) {
        self.file = file
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.maxCellBytes = maxCellBytes
        self.body = body
    }

    private func fail(_ parser: XMLParser, row: Int? = nil, cell: CellReference?, _ message: String, hint: String) {
        guard failure == nil else { return }
        failure = XLSXError(file: file, sheet: sheet, row: cell?.row ?? row, column: cell?.column, message, hint: hint)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch elementName {
        case "row":
            let next = rowNumber + 1
            if let r = attributeDict["r"] {
                guard let n = Int(r), n >= next, n <= 1_048_576 else {
                    fail(parser, row: rowNumber + 1, cell: nil, "row number '\(r)' is not a number after row \(rowNumber)", hint: "The sheet is damaged: download the file again")
                    return
                }
                rowNumber = n
            } else {
                rowNumber = next
            }
            cells.removeAll(keepingCapacity: true)
        case "c":
            cellType = attributeDict["t"]
            value = ""
            inline = ""
            if let r = attributeDict["r"] {
                guard let ref = CellReference(r), ref.row == rowNumber, ref.column > cells.count else {
                    fail(parser, row: rowNumber, cell: nil, "cell reference '\(r)' is out of place in row \(rowNumber)", hint: "The sheet is damaged: download the file again")
                    return
                }
                cellColumn = ref.column
                cellRef = ref
            } else {
                cellColumn = cells.count + 1
                guard cellColumn <= CellReference.maxColumn else {
                    fail(parser, row: rowNumber, cell: nil, "row \(rowNumber) has more than \(CellReference.maxColumn) cells", hint: "The sheet is damaged")
                    return
                }
                cellRef = CellReference(column: cellColumn, row: rowNumber)
            }
            lastCell = cellRef
        case "v": inValue = true
        case "is": inInline = true
        case "t": inInlineText = inInline && !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue {
            value += string
        } else if inInlineText {
            inline += string
        } else {
            return
        }
        if value.utf8.count + inline.utf8.count > maxCellBytes {
            fail(parser, cell: cellRef, "the cell is longer than \(maxCellBytes) bytes", hint: "The sheet is damaged or is not a data table")
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch elementName {
        case "v": inValue = false
        case "is": inInline = false
        case "t": inInlineText = false
        case "rPh": inPhonetic = false
        case "c":
            guard let text = cellText(parser) else { return }
            while cells.count < cellColumn - 1 { cells.append("") }
            cells.append(text)
        case "row":
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            do {
                if try !body(XLSXRow(number: rowNumber, cells: cells)) {
                    stopped = true
                    parser.abortParsing()
                }
            } catch {
                failure = error
                parser.abortParsing()
            }
        default: break
        }
    }

    private func cellText(_ parser: XMLParser) -> String? {
        switch cellType {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), index >= 0, index < sharedStrings.count else {
                fail(parser, cell: cellRef, "shared string \(FieldQuote.quote(value)) is not in the table of \(sharedStrings.count) strings",
                     hint: "The workbook is damaged: download it again")
                return nil
            }
            return sharedStrings[index]
        case "inlineStr":
            return inline
        case "b":
            switch value {
            case "1": return "TRUE"
            case "0": return "FALSE"
            case "": return ""
            default:
                fail(parser, cell: cellRef, "boolean cell holds \(FieldQuote.quote(value)), not 0 or 1", hint: "The workbook is damaged")
                return nil
            }
        case "str", "e", "d":
            return value
        case nil, "n":
            if value.isEmpty { return "" }
            guard let number = XLSXNumber.text(value) else {
                fail(parser, cell: cellRef, "numeric cell holds \(FieldQuote.quote(value)), not a number", hint: "The workbook is damaged")
                return nil
            }
            return number
        default:
            fail(parser, cell: cellRef, "cell type '\(cellType ?? "")' is not one of s, inlineStr, str, n, b, e, d", hint: "The workbook is damaged or written by an unusual program")
            return nil
        }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, cell: nil, "the sheet declares an entity", hint: "Use the publisher's own file")
    }
}

/// Quotes a value for a message.
enum FieldQuote {
    static func quote(_ text: String) -> String {
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "'" + short + "'"
    }
}

/// The text of a numeric cell.
enum XLSXNumber {
    /// Whole numbers without a decimal point (`155495730`), other numbers in
    /// the shortest form that reads back to the same double (`40.27` for
    /// Excel's `40.270000000000003`); the stored text where that form would
    /// need an exponent.
    static func text(_ stored: String) -> String? {
        let trimmed = stored.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 {
            let whole = Int64(value)
            return whole == 0 ? "0" : String(whole)
        }
        let shortest = "\(value)"
        if shortest.contains("e") { return trimmed }
        return shortest
    }
}
