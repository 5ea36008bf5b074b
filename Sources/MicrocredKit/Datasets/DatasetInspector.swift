import MicrocredCore
import CSVStream

/// Quick facts about a dataset file without loading it into records.
public enum DatasetInspector {
    /// Data rows of a file of `entry` (the header excluded). A publisher's
    /// workbook or zip has no rows to count as text: it is read with the
    /// dataset's loader, and the rows it read are the count.
    public static func countRows(path: String, entry: DatasetEntry, catalogDirectory: String) throws -> Int {
        let lower = path.lowercased()
        guard lower.hasSuffix(".xlsx") || lower.hasSuffix(".zip") else { return try countRows(path: path, format: entry.format) }
        let report = DatasetValidator.load(entry, path: path, catalogDirectory: catalogDirectory)
        try report.throwIfErrors()
        return report.rows
    }

    /// Data rows of a CSV or TSV file (the header excluded).
    public static func countRows(path: String, format: String) throws -> Int {
        var csvFormat: CSVFormat = format == "tsv" ? .tsv : .csv
        csvFormat.strict = false
        // Counting needs no text: files in other encodings (IPEDS HD
        // 2020–2022 are Windows-1252) are counted too.
        csvFormat.validateUTF8 = false
        let reader = try CSVReader(path: path, format: csvFormat)
        return try reader.countRecords()
    }
}
