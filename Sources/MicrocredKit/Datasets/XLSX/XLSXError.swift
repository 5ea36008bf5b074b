import Foundation
import MicrocredCore

/// A workbook or zip that cannot be read, located as precisely as the
/// problem allows: workbook, sheet, row and column (`Table 1.2!C17`), as
/// data in `location`.
public struct XLSXError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The workbook or zip file (`file`), the sheet, and the sheet's row
    /// (`line`) and column when known.
    public var location: SourceLocation
    public var message: String
    /// How to fix it.
    public var hint: String

    public init(file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil, _ message: String, hint: String) {
        location = SourceLocation(file: file, line: row, column: column, sheet: sheet)
        self.message = message
        self.hint = hint
    }

    /// The workbook or zip file as given.
    public var file: String {
        get { location.file }
        set { location.file = newValue }
    }

    /// The error as a located diagnostic.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, message + ". " + hint, file: location.file, line: location.line, column: location.column, sheet: location.sheet)
    }

    public var description: String { "\(location): \(message). \(hint)" }
}
