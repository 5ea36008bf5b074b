import Foundation

/// An .xlsx workbook read as a stream: sheets are found by name through
/// `xl/workbook.xml` and its relationships, and rows are handed out one at
/// a time, never the whole sheet at once.
///
/// ```swift
/// let workbook = try XLSXWorkbook(path: "occupation.xlsx")
/// try workbook.forEachRow(sheet: "Table 1.2") { row in
///     print(row.number, row.cells)
///     return true          // false stops reading
/// }
/// ```
public final class XLSXWorkbook {
    /// The name used in messages: the path, or `archive.zip/member.xlsx`.
    public let name: String
    /// Sheet names in workbook order.
    public let sheetNames: [String]
    private let container: ZipContainer
    private let sheetParts: [String: String]
    private let sharedStringsPart: String?
    private var sharedStrings: [String]?
    /// A temporary copy to remove when done (a workbook inside a zip).
    private let temporaryCopy: URL?

    /// Opens the workbook at `path`.
    public convenience init(path: String, limits: ExtractionLimits = .standard) throws {
        try self.init(container: ZipContainer(path: path, limits: limits), name: path, temporaryCopy: nil)
    }

    /// Opens workbook `member` of zip `container` (an OEWS download).
    convenience init(member: String, of container: ZipContainer) throws {
        let copy = try container.extractToTemporaryFile(member)
        do {
            let inner = try ZipContainer(path: copy.path, limits: container.limits)
            try self.init(container: inner, name: container.path + "/" + member, temporaryCopy: copy)
        } catch var error as XLSXError {
            try? FileManager.default.removeItem(at: copy)
            error.file = container.path + "/" + member
            throw error
        }
    }

    private init(container: ZipContainer, name: String, temporaryCopy: URL?) throws {
        self.container = container
        self.name = name
        self.temporaryCopy = temporaryCopy
        do {
            guard container.contains("xl/workbook.xml") else {
                throw XLSXError(file: name, "the zip has no xl/workbook.xml, so it is not an .xlsx workbook",
                                hint: "Give the workbook itself; an old .xls or an .ods must be saved as .xlsx or CSV first")
            }
            let sheets = ElementCollector(["sheet"])
            try XMLPart.parse(.data(container.data("xl/workbook.xml")), file: name, part: "xl/workbook.xml", handler: sheets)
            var targets: [String: (type: String, target: String)] = [:]
            if container.contains("xl/_rels/workbook.xml.rels") {
                let rels = ElementCollector(["Relationship"])
                try XMLPart.parse(.data(container.data("xl/_rels/workbook.xml.rels")), file: name, part: "xl/_rels/workbook.xml.rels", handler: rels)
                for rel in rels.found {
                    if let id = rel.attributes["Id"], let target = rel.attributes["Target"] {
                        targets[id] = (rel.attributes["Type"] ?? "", Self.partPath(target))
                    }
                }
            }
            var names: [String] = []
            var parts: [String: String] = [:]
            for (index, sheet) in sheets.found.enumerated() {
                guard let sheetName = sheet.attributes["name"] else { continue }
                let relID = sheet.attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value
                let part = relID.flatMap { targets[$0]?.target } ?? "xl/worksheets/sheet\(index + 1).xml"
                names.append(sheetName)
                parts[sheetName] = part
            }
            sheetNames = names
            sheetParts = parts
            let shared = targets.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
            sharedStringsPart = shared ?? (container.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        } catch {
            if let temporaryCopy { try? FileManager.default.removeItem(at: temporaryCopy) }
            throw error
        }
    }

    deinit {
        if let temporaryCopy { try? FileManager.default.removeItem(at: temporaryCopy) }
    }

    /// `worksheets/sheet3.xml` → `xl/worksheets/sheet3.xml`; `/xl/…` → `xl/…`.
    static func partPath(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for component in target.split(separator: "/") {
            if component == ".." { if !parts.isEmpty { parts.removeLast() } } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }

    private func loadSharedStrings() throws -> [String] {
        if let sharedStrings { return sharedStrings }
        var strings: [String] = []
        if let part = sharedStringsPart, container.contains(part) {
            let handler = SharedStringsHandler(file: name)
            try XMLPart.parse(.data(container.data(part)), file: name, part: part, handler: handler)
            strings = handler.strings
        }
        sharedStrings = strings
        return strings
    }

    /// Calls `body` with each row of sheet `sheet` that has a cell, in
    /// order, until it returns false.
    public func forEachRow(sheet: String, _ body: @escaping (XLSXRow) throws -> Bool) throws {
        guard let part = sheetParts[sheet] else {
            throw XLSXError(file: name, "the workbook has no sheet named '\(sheet)'",
                            hint: "Its sheets are: " + sheetNames.map { "'\($0)'" }.joined(separator: ", "))
        }
        guard container.contains(part) else {
            throw XLSXError(file: name, sheet: sheet, "the sheet's part '\(part)' is missing from the workbook", hint: "The workbook is damaged: download it again")
        }
        let strings = try loadSharedStrings()
        // The part is parsed as it is inflated (libxml2's push parser).
        let reader = XLSXSheetStream(file: name, sheet: sheet, part: part, sharedStrings: strings, body: body)
        do {
            try container.stream(part) { chunk in
                try reader.feed(chunk)
                if reader.isDone { throw XMLStop() }
            }
        } catch is XMLStop {}
        try reader.finish()
    }

    /// The first `limit` rows of `sheet`.
    public func rows(sheet: String, limit: Int = .max) throws -> [XLSXRow] {
        var rows: [XLSXRow] = []
        guard limit > 0 else { return rows }
        try forEachRow(sheet: sheet) { row in
            rows.append(row)
            return rows.count < limit
        }
        return rows
    }
}
