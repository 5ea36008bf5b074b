/// What loading one file found besides its records: the quirks met, counted,
/// and every problem with its line.
public struct LoadReport: Sendable {
    /// The path as read.
    public var file: String
    /// Data rows read (the header excluded).
    public var rows = 0
    /// Counts of each quirk met, e.g. "wage not released (*)".
    public var quirks = Tally()
    public var diagnostics = Diagnostics()

    public init(file: String) { self.file = file }

    public mutating func error(_ message: String, line: Int) {
        diagnostics.error(message, file: file, line: line)
    }

    public mutating func warning(_ message: String, line: Int) {
        diagnostics.warning(message, file: file, line: line)
    }

}

/// A dataset file that could not be loaded honestly.
public struct DatasetLoadError: Error, CustomStringConvertible, Sendable {
    public var report: LoadReport

    public var description: String {
        var lines = report.diagnostics.items.filter { $0.severity == .error }.prefix(20).map(\.description)
        if report.diagnostics.errorCount > 20 {
            lines.append("… and \(report.diagnostics.errorCount - 20) more errors in \(report.file) (run `microcred datasets validate` to see them all)")
        }
        return lines.joined(separator: "\n")
    }
}

extension LoadReport {
    /// Throws when any error was found.
    public func throwIfErrors() throws {
        if diagnostics.hasErrors { throw DatasetLoadError(report: self) }
    }
}
