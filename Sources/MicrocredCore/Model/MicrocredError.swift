/// Where in an input a problem is: a file, and the line and column when known.
/// In a workbook, `sheet` names the sheet and `line`/`column` are the
/// sheet's 1-based row and column.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The workbook sheet, when the file is a workbook.
    public var sheet: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `file:line:column`, as compilers and editors write it; in a workbook
    /// `file, Sheet!C17` (a cell), `file, Sheet!17:17` (a row) or `file, Sheet`.
    public var description: String {
        var text = file
        if let sheet {
            text += ", " + sheet
            if let line, let column, column > 0 { text += "!" + CellReference(column: column, row: line).description }
            else if let line { text += "!\(line):\(line)" }
            return text
        }
        if let line { text += ":\(line)" }
        if let line, line > 0, let column { text += ":\(column)" }
        return text
    }
}

/// An error that stops a run, phrased for the person running microcred:
/// what happened, where (a field, never parsed back out of the text), and
/// how to fix it.
public struct MicrocredError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// The place in an input the error is about, when there is one.
    public var location: SourceLocation?
    public var hint: String?
    /// Further located problems, one per line (e.g. every proposal mistake).
    public var diagnostics: [Diagnostic]

    public init(_ message: String, at location: SourceLocation? = nil, hint: String? = nil, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.location = location
        self.hint = hint
        self.diagnostics = diagnostics
    }

    /// The error as one located diagnostic (its hint in parentheses).
    public var diagnostic: Diagnostic {
        Diagnostic(.error, message + (hint.map { " (\($0))" } ?? ""), file: location?.file, line: location?.line, column: location?.column,
                   sheet: location?.sheet)
    }

    public var description: String {
        var lines = diagnostics.map(\.description)
        lines.append((location.map { "\($0): " } ?? "") + message)
        if let hint { lines.append("hint: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
