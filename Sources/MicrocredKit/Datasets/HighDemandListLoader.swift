import MicrocredCore
import CSVStream
import Foundation

/// Reads a high-demand list CSV through a `HighDemandListMapping`.
public enum HighDemandListLoader {
    /// Reads `path`; a mapped column missing from the header is an error
    /// naming the column, the mapping line and the columns found.
    public static func load(path: String, mapping: HighDemandListMapping) throws -> HighDemandListRows {
        do {
            let reader = try CSVReader(path: path)
            var missing: [String] = []
            func index(_ column: String?, _ role: String) -> Int? {
                guard let column else { return nil }
                if let i = reader.column(column) { return i }
                missing.append("'\(column)' (mapped as \(role)\(mapping.locations[role].map { " at \($0)" } ?? ""))")
                return nil
            }
            let code = index(mapping.columns.soc, "soc")
            let title = index(mapping.columns.title, "title")
            let region = index(mapping.columns.region, "region")
            if !missing.isEmpty {
                throw MicrocredError("the list has no column " + missing.joined(separator: " or "), at: SourceLocation(file: path),
                                     hint: "Its columns are: " + reader.header.map { "'\($0)'" }.joined(separator: ", ") + ". Fix the column names in the mapping file")
            }
            var rows: [HighDemandListRows.Row] = []
            try reader.forEach { record in
                func cell(_ i: Int?) -> String? {
                    guard let i, i < record.count else { return nil }
                    let text = record.string(i).trimmingCharacters(in: .whitespaces)
                    return text.isEmpty ? nil : text
                }
                rows.append(.init(code: cell(code), title: cell(title), region: cell(region), line: record.line))
            }
            return HighDemandListRows(file: path, rows: rows)
        } catch let error as CSVError {
            throw MicrocredError(error.description)
        }
    }
}
