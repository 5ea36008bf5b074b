import MicrocredCore
import CSVStream

/// Quick facts about a dataset file without loading it into records.
public enum DatasetInspector {
    /// Data rows (the header excluded).
    public static func countRows(path: String, format: String) throws -> Int {
        var csvFormat: CSVFormat = format == "tsv" ? .tsv : .csv
        csvFormat.strict = false
        let reader = try CSVReader(path: path, format: csvFormat)
        return try reader.countRecords()
    }
}
