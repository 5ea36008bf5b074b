/// A problem found in an input, located precisely enough to fix.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String
    /// The workbook sheet, when `file` is a workbook (`line`/`column` are then its row and column).
    public var sheet: String?

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil, sheet: String? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `file:line:column: severity: message` (`file, Sheet!C17: …` in a workbook).
    public var description: String {
        var place = ""
        if let file, sheet != nil {
            place = SourceLocation(file: file, line: line, column: column, sheet: sheet).description + ": "
        } else if let file {
            place = file
            if let line { place += ":\(line)" }
            if let column { place += ":\(column)" }
            place += ": "
        }
        return "\(place)\(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics instead of throwing, and counts them.
public struct Diagnostics: Sendable, Hashable {
    public private(set) var items: [Diagnostic] = []
    /// How many of each severity were added (more may have been dropped past `limit`).
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    /// Past this many errors, further ones are counted but not kept.
    public var limit: Int

    public init(limit: Int = 200) { self.limit = limit }

    public mutating func append(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error:
            errorCount += 1
            if errorCount > limit { return }
        case .warning:
            warningCount += 1
            if warningCount > limit { return }
        case .note: break
        }
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        for item in other.items { append(item) }
        errorCount += max(0, other.errorCount - other.items.filter { $0.severity == .error }.count)
        warningCount += max(0, other.warningCount - other.items.filter { $0.severity == .warning }.count)
    }

    public mutating func error(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        append(Diagnostic(.error, message, file: file, line: line, column: column))
    }

    public mutating func warning(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        append(Diagnostic(.warning, message, file: file, line: line, column: column))
    }

    public mutating func note(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        append(Diagnostic(.note, message, file: file, line: line, column: column))
    }

    public var hasErrors: Bool { errorCount > 0 }
    public var isEmpty: Bool { items.isEmpty }
    /// Errors beyond `limit` that were counted but not kept.
    public var droppedErrors: Int { max(0, errorCount - limit) }
}

/// Ordered counts of named things met while loading (quirks), for
/// `datasets validate`.
public struct Tally: Sendable, Hashable {
    public private(set) var names: [String] = []
    private var counts: [String: Int] = [:]

    public init() {}

    public mutating func add(_ name: String, _ n: Int = 1) {
        if counts[name] == nil { names.append(name) }
        counts[name, default: 0] += n
    }

    public subscript(name: String) -> Int { counts[name] ?? 0 }

    /// (name, count) in first-seen order.
    public var entries: [(name: String, count: Int)] { names.map { ($0, counts[$0] ?? 0) } }
}
