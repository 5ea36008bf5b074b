import CLibXML2
import Foundation
import MicrocredCore

/// Streams the rows of one worksheet part (`<sheetData><row><c>`) through
/// libxml2's SAX2 push parser, fed the part's bytes as they are inflated
/// from the zip: no copy of the sheet on disk or in memory, no tree, and
/// no per-element dictionaries (Foundation's `XMLParser` made the all-areas
/// sheet 70× slower than the CSV; see docs/official-files.md).
///
/// libxml2 checks that the part is well-formed XML (any error stops the
/// read with a located message). Entities are refused three ways: the
/// prolog is checked for a DTD before parsing (`XMLPart.prologProblem`),
/// a DTD or entity declaration met while parsing stops it, and no option
/// that loads or substitutes external entities is set (`XML_PARSE_NONET`).
/// Only XML's predefined entities (`&amp;`) and character references are
/// read, as XML requires.
///
/// Cells become text as in `XLSXSheetParser`: shared and inline strings as
/// written, booleans `TRUE`/`FALSE`, numbers in their shortest decimal form.
final class XLSXSheetStream {
    let file: String
    let sheet: String
    let part: String
    let sharedStrings: [String]
    /// The longest cell text accepted.
    let maxCellBytes: Int
    let body: (XLSXRow) throws -> Bool

    private(set) var failure: Error?
    /// True when `body` asked to stop.
    private(set) var stopped = false

    private var context: xmlParserCtxtPtr?
    private var head: [UInt8] = []
    private var rowNumber = 0
    private var cells: [String] = []
    private var cellColumn = 0
    private var cellType = CellType.number
    private var cellRef: CellReference?
    private var lastCell: CellReference?
    private var text: [UInt8] = []
    private var inValue = false, inInline = false, inInlineText = false, inPhonetic = false
    private var libxmlMessage: String?

    enum CellType: Equatable { case shared, inline, boolean, string, number, other(String) }

    /// Bytes read before the prolog is checked and parsing starts.
    static let headBytes = 1 << 16

    init(file: String, sheet: String, part: String, sharedStrings: [String], maxCellBytes: Int = 1 << 20,
         body: @escaping (XLSXRow) throws -> Bool) {
        self.file = file
        self.sheet = sheet
        self.part = part
        self.sharedStrings = sharedStrings
        self.maxCellBytes = maxCellBytes
        self.body = body
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// True once reading should end (a failure, or `body` said stop).
    var isDone: Bool { failure != nil || stopped }

    /// Feeds the next inflated bytes of the part.
    func feed(_ chunk: Data) throws {
        if context == nil {
            head.append(contentsOf: chunk)
            if head.count < Self.headBytes { return }
            try start()
        } else {
            try parse(chunk, terminate: false)
        }
    }

    /// Ends the part: parses what is left and reports a malformed ending.
    func finish() throws {
        if context == nil { try start() }
        if isDone { return try rethrow() }
        try parse(Data(), terminate: true)
    }

    private func start() throws {
        if let problem = XMLPart.prologProblem(Data(head)) {
            throw XLSXError(file: file, sheet: sheet, "part '\(part)' \(problem)",
                            hint: "Spreadsheet parts never declare a DTD or entities; this file was not written by a spreadsheet program. Use the publisher's own file")
        }
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, localname, _, _, _, _, attributeCount, _, attributes in
            guard let user, let localname else { return }
            Unmanaged<XLSXSheetStream>.fromOpaque(user).takeUnretainedValue()
                .startElement(localname, attributeCount: Int(attributeCount), attributes)
        }
        handler.endElementNs = { user, localname, _, _ in
            guard let user, let localname else { return }
            Unmanaged<XLSXSheetStream>.fromOpaque(user).takeUnretainedValue().endElement(localname)
        }
        handler.characters = { user, bytes, count in
            guard let user, let bytes else { return }
            Unmanaged<XLSXSheetStream>.fromOpaque(user).takeUnretainedValue().characters(bytes, Int(count))
        }
        handler.internalSubset = { user, _, _, _ in
            guard let user else { return }
            Unmanaged<XLSXSheetStream>.fromOpaque(user).takeUnretainedValue().refuseDeclaration()
        }
        handler.entityDecl = { user, _, _, _, _, _ in
            guard let user else { return }
            Unmanaged<XLSXSheetStream>.fromOpaque(user).takeUnretainedValue().refuseDeclaration()
        }
        handler.serror = { user, error in
            guard let user, let error else { return }
            Unmanaged<XLSXSheetStream>.fromOpaque(user).takeUnretainedValue().libxmlError(error.pointee)
        }
        let user = Unmanaged.passUnretained(self).toOpaque()
        let first = min(4, head.count)
        context = head.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: first) { pointer in
                xmlCreatePushParserCtxt(&handler, user, pointer, Int32(first), part)
            }
        }
        guard let context else {
            throw XLSXError(file: file, sheet: sheet, "cannot start reading part '\(part)' (libxml2 could not allocate a parser)", hint: "Check free memory")
        }
        _ = xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue))
        let rest = Data(head[first...])
        head = []
        try parse(rest, terminate: false)
    }

    private func parse(_ chunk: Data, terminate: Bool) throws {
        guard let context else { return }
        if isDone { return try rethrow() }
        var code: Int32 = 0
        var offset = 0
        // xmlParseChunk takes an Int32 length: feed large chunks in pieces.
        repeat {
            let piece = chunk[chunk.startIndex + offset ..< chunk.startIndex + min(chunk.count, offset + (1 << 24))]
            let last = terminate && offset + piece.count >= chunk.count
            code = piece.withUnsafeBytes { raw in
                xmlParseChunk(context, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(piece.count), last ? 1 : 0)
            }
            offset += piece.count
        } while offset < chunk.count && code == 0 && !isDone
        if isDone { return try rethrow() }
        if code != 0 || context.pointee.wellFormed == 0 {
            let line = Int(xmlSAX2GetLineNumber(context))
            let reason = libxmlMessage ?? "libxml2 error \(code)"
            throw XLSXError(file: file, sheet: sheet, row: lastCell?.row, column: lastCell?.column,
                            "part '\(part)' is not well-formed XML at line \(line)\(lastCell.map { " after cell \(sheet)!\($0)" } ?? "") (\(reason))",
                            hint: "The file is probably truncated or damaged: download it again")
        }
    }

    private func rethrow() throws {
        if let failure { throw failure }
    }

    // MARK: - SAX events

    private func fail(row: Int? = nil, cell: CellReference?, _ message: String, hint: String) {
        guard failure == nil else { return }
        failure = XLSXError(file: file, sheet: sheet, row: cell?.row ?? row, column: cell?.column, message, hint: hint)
        if let context { xmlStopParser(context) }
    }

    private func refuseDeclaration() {
        fail(cell: nil, "part '\(part)' declares a DTD or entities (<!DOCTYPE/<!ENTITY), which could expand without bound",
             hint: "Spreadsheet parts never declare a DTD or entities; this file was not written by a spreadsheet program. Use the publisher's own file")
    }

    private func libxmlError(_ error: xmlError) {
        guard libxmlMessage == nil else { return }
        libxmlMessage = error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    private func startElement(_ name: UnsafePointer<xmlChar>, attributeCount: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard !isDone else { return }
        switch Name(name) {
        case .row:
            let next = rowNumber + 1
            if let r = attribute("r", attributeCount, attributes) {
                guard let n = Int(String(decoding: r, as: UTF8.self)), n >= next, n <= 1_048_576 else {
                    fail(row: next, cell: nil, "row number '\(String(decoding: r, as: UTF8.self))' is not a number after row \(rowNumber)",
                         hint: "The sheet is damaged: download the file again")
                    return
                }
                rowNumber = n
            } else {
                rowNumber = next
            }
            cells.removeAll(keepingCapacity: true)
        case .c:
            text.removeAll(keepingCapacity: true)
            cellType = .number
            if let t = attribute("t", attributeCount, attributes) {
                cellType = CellType(t)
            }
            if let r = attribute("r", attributeCount, attributes) {
                guard let ref = CellReference(utf8: r), ref.row == rowNumber, ref.column > cells.count else {
                    let reference = String(decoding: r, as: UTF8.self)
                    fail(row: rowNumber, cell: nil, "cell reference '\(reference)' is out of place in row \(rowNumber)",
                         hint: "The sheet is damaged: download the file again")
                    return
                }
                cellColumn = ref.column
                cellRef = ref
            } else {
                cellColumn = cells.count + 1
                guard cellColumn <= CellReference.maxColumn else {
                    fail(row: rowNumber, cell: nil, "row \(rowNumber) has more than \(CellReference.maxColumn) cells", hint: "The sheet is damaged")
                    return
                }
                cellRef = CellReference(column: cellColumn, row: rowNumber)
            }
            lastCell = cellRef
        case .v: inValue = true
        case .is: inInline = true
        case .t: inInlineText = inInline && !inPhonetic
        case .rPh: inPhonetic = true
        case .other: break
        }
    }

    private func endElement(_ name: UnsafePointer<xmlChar>) {
        guard !isDone else { return }
        switch Name(name) {
        case .v: inValue = false
        case .is: inInline = false
        case .t: inInlineText = false
        case .rPh: inPhonetic = false
        case .c:
            guard let cell = cellText() else { return }
            while cells.count < cellColumn - 1 { cells.append("") }
            cells.append(cell)
        case .row:
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            do {
                if try !body(XLSXRow(number: rowNumber, cells: cells)) {
                    stopped = true
                    if let context { xmlStopParser(context) }
                }
            } catch {
                failure = error
                if let context { xmlStopParser(context) }
            }
        case .other: break
        }
    }

    private func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        guard !isDone, inValue || inInlineText else { return }
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        if text.count > maxCellBytes {
            fail(cell: cellRef, "the cell is longer than \(maxCellBytes) bytes", hint: "The sheet is damaged or is not a data table")
        }
    }

    private func cellText() -> String? {
        switch cellType {
        case .shared:
            guard let index = XLSXNumber.index(text), index < sharedStrings.count else {
                fail(cell: cellRef, "shared string \(FieldQuote.quote(String(decoding: text, as: UTF8.self))) is not in the table of \(sharedStrings.count) strings",
                     hint: "The workbook is damaged: download it again")
                return nil
            }
            return sharedStrings[index]
        case .inline, .string:
            return String(decoding: text, as: UTF8.self)
        case .boolean:
            switch text {
            case [UInt8(ascii: "1")]: return "TRUE"
            case [UInt8(ascii: "0")]: return "FALSE"
            case []: return ""
            default:
                fail(cell: cellRef, "boolean cell holds \(FieldQuote.quote(String(decoding: text, as: UTF8.self))), not 0 or 1", hint: "The workbook is damaged")
                return nil
            }
        case .number:
            if text.isEmpty { return "" }
            if let plain = XLSXNumber.plainText(text) { return plain }
            let stored = String(decoding: text, as: UTF8.self)
            guard let number = XLSXNumber.text(stored) else {
                fail(cell: cellRef, "numeric cell holds \(FieldQuote.quote(stored)), not a number", hint: "The workbook is damaged")
                return nil
            }
            return number
        case .other(let type):
            fail(cell: cellRef, "cell type '\(type)' is not one of s, inlineStr, str, n, b, e, d", hint: "The workbook is damaged or written by an unusual program")
            return nil
        }
    }

    /// The value of attribute `name` (no prefix) among SAX2's
    /// (localname, prefix, URI, value, end) quintuples.
    private func attribute(_ name: StaticString, _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> UnsafeBufferPointer<UInt8>? {
        guard let attributes else { return nil }
        for i in 0..<count {
            guard let local = attributes[5 * i], attributes[5 * i + 1] == nil, Name.equals(local, name),
                  let start = attributes[5 * i + 3], let end = attributes[5 * i + 4] else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// The element names the reader acts on.
    private enum Name {
        case row, c, v, `is`, t, rPh, other

        init(_ p: UnsafePointer<xmlChar>) {
            switch (p[0], p[0] == 0 ? 0 : p[1]) {
            case (UInt8(ascii: "c"), 0): self = .c
            case (UInt8(ascii: "v"), 0): self = .v
            case (UInt8(ascii: "t"), 0): self = .t
            case (UInt8(ascii: "i"), UInt8(ascii: "s")): self = p[2] == 0 ? .is : .other
            case (UInt8(ascii: "r"), UInt8(ascii: "o")): self = Name.equals(p, "row") ? .row : .other
            case (UInt8(ascii: "r"), UInt8(ascii: "P")): self = Name.equals(p, "rPh") ? .rPh : .other
            default: self = .other
            }
        }

        static func equals(_ p: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
            let n = name.utf8CodeUnitCount
            let q = name.utf8Start
            for i in 0..<n where p[i] != q[i] { return false }
            return p[n] == 0
        }
    }
}

extension XLSXSheetStream.CellType {
    init(_ t: UnsafeBufferPointer<UInt8>) {
        switch String(decoding: t, as: UTF8.self) {
        case "s": self = .shared
        case "inlineStr": self = .inline
        case "b": self = .boolean
        case "str", "e", "d": self = .string
        case "n": self = .number
        case let other: self = .other(other)
        }
    }
}

extension XLSXNumber {
    /// A shared-string index (digits, optionally surrounded by spaces).
    static func index(_ bytes: [UInt8]) -> Int? {
        var value = 0, digits = 0
        for b in bytes {
            if b == UInt8(ascii: " ") { if digits > 0 { break } else { continue } }
            let d = b &- UInt8(ascii: "0")
            guard d < 10, digits < 10 else { return nil }
            value = value * 10 + Int(d)
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// The text of a stored number that is already in the form `text`
    /// would give (a whole number without leading zeros, or a decimal with
    /// at most 15 significant digits and no trailing zero), without going
    /// through `Double`; nil when `text` must decide.
    static func plainText(_ bytes: [UInt8]) -> String? {
        var i = 0
        if bytes.first == UInt8(ascii: "-") { i = 1 }
        guard i < bytes.count, bytes.count <= 16 + i else { return nil }
        var significant = 0, point = -1, leadingZero = false
        let firstDigit = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: ".") {
                guard point < 0, i > firstDigit else { return nil }
                point = i
            } else {
                guard b &- UInt8(ascii: "0") < 10 else { return nil }
                if i == firstDigit && b == UInt8(ascii: "0") { leadingZero = true }
                if !(leadingZero && significant == 0 && b == UInt8(ascii: "0")) { significant += 1 }
            }
            i += 1
        }
        if point < 0 {
            // "0" and "-0" go through `text` ("0"); other leading zeros too,
            // and 16 digits or more (`text` prints those through `Double`).
            guard !leadingZero, significant <= 15 else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
        // A decimal: "0.5" but not "00.5", "1.", ".5", "1.50", or "-0.0".
        guard point < bytes.count - 1, bytes[bytes.count - 1] != UInt8(ascii: "0"), significant <= 15 else { return nil }
        if leadingZero && point != firstDigit + 1 { return nil }
        // Swift prints numbers below 1e-4 with an exponent: leave those to `text`.
        if leadingZero, bytes[(point + 1)...].prefix(4).allSatisfy({ $0 == UInt8(ascii: "0") }) { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
