import CSVStream
import Foundation
import MicrocredKit
import ZIPFoundation
#if canImport(Glibc)
import Glibc
#endif

/// microcred-bench xlsx [--file WORKBOOK] [--csv PATH]
///     Imports an all-areas-sized OEWS workbook through the streaming xlsx
///     reader and reports its time and peak memory next to the CSV load.
///     Without --file, a workbook is generated from the all-areas CSV (in a
///     child process, so that its memory is not counted) and removed after.
/// microcred-bench xlsx-generate --csv PATH --out WORKBOOK
///     Writes that workbook: the CSV's rows in BLS's layout (text cells as
///     shared strings, figures as numbers).
func xlsxBench(_ args: [String]) {
    let csv = option("--csv", in: args) ?? locateAllAreas()
    var workbook = option("--file", in: args)
    var generated: String?
    if workbook == nil {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-bench-\(getpid())-all_data_synthetic.xlsx").path
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["xlsx-generate", "--csv", csv, "--out", target]
        do { try child.run() } catch { fail("cannot run \(CommandLine.arguments[0]): \(error)") }
        child.waitUntilExit()
        if child.terminationStatus != 0 { fail("generating the workbook failed") }
        workbook = target
        generated = target
    }
    defer { if let generated { unlink(generated) } }
    guard let workbook else { return }
    let size = Double((try? FileManager.default.attributesOfItem(atPath: workbook)[.size] as? Int) ?? 0) / 1e6
    let before = peakMemoryMB()
    let t0 = now()
    let data = OEWSLoader.load(path: workbook)
    let xlsxTime = now() - t0
    let xlsxPeak = peakMemoryMB()
    if data.report.diagnostics.hasErrors { fail("load errors: \(data.report.diagnostics.items.prefix(3).map(\.description))") }
    let rows = data.estimates.count
    let t1 = now()
    let fromCSV = OEWSLoader.load(path: csv)
    let csvTime = now() - t1
    print("workbook: \(workbook) (\(String(format: "%.1f", size)) MB compressed)")
    print(String(format: "xlsx OEWS import: %.2f s  %9.0f rows/s  %d rows  peak %.0f MB (%.0f MB before)", xlsxTime, Double(rows) / xlsxTime, rows, xlsxPeak, before))
    print(String(format: "CSV OEWS load:    %.2f s  %9.0f rows/s  %d rows", csvTime, Double(fromCSV.estimates.count) / csvTime, fromCSV.estimates.count))
    print(String(format: "xlsx / CSV: %.1fx", xlsxTime / csvTime))
}

func xlsxGenerate(_ args: [String]) {
    guard let csv = option("--csv", in: args), let out = option("--out", in: args) else { fail("xlsx-generate needs --csv PATH --out WORKBOOK") }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-bench-gen-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let sheetURL = dir.appendingPathComponent("sheet1.xml")
    guard let sheet = fopen(sheetURL.path, "w") else { fail("cannot write \(sheetURL.path)") }
    var strings: [String: Int] = [:]
    var ordered: [String] = []
    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>", sheet)
    let numeric = Set(OEWSLoader.columns[7...23])
    var rowNumber = 0
    do {
        let reader = try CSVReader(path: csv)
        let header = reader.header
        func write(_ cells: [String]) {
            rowNumber += 1
            var line = "<row r=\"\(rowNumber)\">"
            for (i, cell) in cells.enumerated() where !cell.isEmpty {
                let ref = columnLetters(i + 1) + String(rowNumber)
                if rowNumber > 1 && numeric.contains(header[i]), Double(cell) != nil {
                    line += "<c r=\"\(ref)\"><v>\(cell)</v></c>"
                } else {
                    let index: Int
                    if let known = strings[cell] { index = known } else { index = ordered.count; strings[cell] = index; ordered.append(cell) }
                    line += "<c r=\"\(ref)\" t=\"s\"><v>\(index)</v></c>"
                }
            }
            fputs(line + "</row>", sheet)
        }
        write(header)
        try reader.forEach { record in write(record.strings) }
    } catch {
        fail("\(error)")
    }
    fputs("</sheetData></worksheet>", sheet)
    fclose(sheet)
    var sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"\(ordered.count)\">"
    for s in ordered { sst += "<si><t xml:space=\"preserve\">\(escape(s))</t></si>" }
    sst += "</sst>"
    let parts: [(String, String)] = [
        ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"All May 2025 data (synthetic workbook)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"),
        ("xl/sharedStrings.xml", sst),
    ]
    do {
        try? FileManager.default.removeItem(atPath: out)
        let archive = try Archive(url: URL(fileURLWithPath: out), accessMode: .create)
        for (path, text) in parts {
            let file = dir.appendingPathComponent((path as NSString).lastPathComponent)
            try Data(text.utf8).write(to: file)
            try archive.addEntry(with: path, fileURL: file, compressionMethod: .deflate)
        }
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", fileURL: sheetURL, compressionMethod: .deflate)
    } catch {
        fail("cannot write \(out): \(error)")
    }
    print("wrote \(out): \(rowNumber) rows, \(ordered.count) shared strings")
}

func columnLetters(_ column: Int) -> String {
    var n = column, s = ""
    while n > 0 { s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s; n = (n - 1) / 26 }
    return s
}
