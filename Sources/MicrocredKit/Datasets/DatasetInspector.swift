import MicrocredCore
import CSVStream

/// Quick facts about a dataset file without loading it into records.
public enum DatasetInspector {
    /// Data rows (the header excluded).
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
