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
