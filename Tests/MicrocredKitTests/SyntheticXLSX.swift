import Foundation
import ZIPFoundation

/// Writes small synthetic .xlsx workbooks and zips for tests (nothing of a
/// publisher's file is in them).
enum SyntheticXLSX {
    /// Adds `data` as entry `path` of `archive`, deflated.
    static func add(_ path: String, _ data: Data, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 0),
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// A zip at `url` with the given entries.
    static func zip(_ url: URL, _ entries: [(String, Data)]) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries { try add(path, data, to: archive) }
    }

    /// A workbook whose sheets hold the given `<sheetData>` XML.
    static func workbook(_ url: URL, sheets: [(name: String, rows: String)], sharedStrings: [String] = [],
                         rawSheet: String? = nil) throws {
        var entries: [(String, Data)] = []
        let sheetList = sheets.enumerated().map { i, s in "<sheet name=\"\(s.name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>" }.joined()
        entries.append(("xl/workbook.xml", Data("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheetList)</sheets></workbook>
        """.utf8)))
        // Sheet parts in reverse order, so that only the relationships tell which is which.
        let rels = sheets.indices.map { i in
            "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(sheets.count - i).xml\"/>"
        }.joined() + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        entries.append(("xl/_rels/workbook.xml.rels", Data("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)))
        let sst = sharedStrings.map { "<si><t>\(escape($0))</t></si>" }.joined()
        entries.append(("xl/sharedStrings.xml", Data("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\(sst)</sst>".utf8)))
        for (i, sheet) in sheets.enumerated() {
            let xml = rawSheet ?? "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheet.rows)</sheetData></worksheet>"
            entries.append(("xl/worksheets/sheet\(sheets.count - i).xml", Data(xml.utf8)))
        }
        try zip(url, entries)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A row of inline-string cells starting at column A.
    static func textRow(_ number: Int, _ cells: [String]) -> String {
        let body = cells.enumerated().map { i, text in
            "<c r=\"\(column(i + 1))\(number)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
        }.joined()
        return "<row r=\"\(number)\">\(body)</row>"
    }

    static func column(_ n: Int) -> String {
        var n = n, s = ""
        while n > 0 { s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s; n = (n - 1) / 26 }
        return s
    }
}
