import MicrocredCore
import Foundation
import Yams

/// A YAML file parsed with Yams, kept as a node tree so that every problem
/// can be reported as `file:line:column`.
///
/// Anchors and aliases are refused (they allow "billion laughs" bombs and
/// no microcred file needs them), as are nesting deeper than `maxDepth` and
/// files larger than `maxBytes`.
public struct YAMLDocument {
    public let file: String
    public let root: Node

    public static let maxDepth = 32
    public static let maxBytes = 1 << 20

    /// Reads and parses `path` (a regular file only: a FIFO or device is refused).
    public static func load(path: String, what: String) throws -> YAMLDocument {
        let data = try InputFile.read(path, what: what, maxBytes: maxBytes)
        return try parse(data: data, file: path, what: what)
    }

    /// Parses YAML bytes.
    public static func parse(data: Data, file: String, what: String) throws -> YAMLDocument {
        let file = Terminal.safe(file)
        if data.count > maxBytes {
            throw MicrocredError("\(what) is \(data.count) bytes; the limit is \(maxBytes)", at: SourceLocation(file: file), hint: "A \(what) is a short text file; check that this is the right file")
        }
        if let encoding = YAMLSafety.utf16or32(data) {
            throw MicrocredError("\(what) is \(encoding) text, not UTF-8", at: SourceLocation(file: file), hint: "Re-save it as UTF-8")
        }
        if let index = data.firstIndex(of: 0) {
            let (line, column) = YAMLSafety.lineColumn(of: index - data.startIndex, in: data)
            throw MicrocredError("\(what) contains a NUL byte", at: SourceLocation(file: file, line: line, column: column), hint: "Save it as plain UTF-8 text")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = YAMLSafety.firstInvalidUTF8(data)
            throw MicrocredError("\(what) is not UTF-8 text (an invalid byte here)", at: SourceLocation(file: file, line: line, column: column), hint: "Re-save it as UTF-8")
        }
        return try parse(text: text, file: file, what: what)
    }

    /// Parses YAML text. Anchors and aliases, nesting deeper than
    /// `maxDepth`, control characters and numbers not written in decimal
    /// are refused from the parsed nodes (docs/robustness.md).
    public static func parse(text: String, file: String, what: String) throws -> YAMLDocument {
        let file = Terminal.safe(file)
        try precheck(text, file: file, what: what)
        let node: Node?
        do {
            // The parser must outlive the walk: nodes hold their anchors weakly.
            let parser = try Parser(yaml: text)
            node = try parser.singleRoot()
            if let node {
                try withExtendedLifetime(parser) { try YAMLSafety.check(node, file: file, what: what, maxDepth: maxDepth) }
            }
        } catch let error as YamlError {
            let (message, line, column) = describe(error, text: text)
            let at = SourceLocation(file: file, line: line, column: column)
            if case .duplicatedKeysInMapping = error {
                throw MicrocredError(message, at: at, hint: "Keep one of them: each key may appear once in a mapping")
            }
            if message.contains("nesting is deeper than") {
                throw MicrocredError(message, at: at, hint: "\(what.capitalized) files are shallow; check the indentation and brackets")
            }
            throw MicrocredError(message, at: at, hint: "Fix the YAML syntax there; indent with spaces, and quote text that contains ': ' or starts with a special character")
        }
        guard let root = node else {
            throw MicrocredError("\(what) is empty", at: SourceLocation(file: file), hint: "See the template from `microcred init`")
        }
        return YAMLDocument(file: file, root: root)
    }

    /// A libyaml error as a message in microcred's words and the line and column it names.
    static func describe(_ error: YamlError, text: String = "") -> (message: String, line: Int?, column: Int?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            if problem.contains("Maximum nesting level") {
                return ("nesting is deeper than \(maxDepth) levels", mark.line, mark.column)
            }
            return ("invalid YAML: \(YAMLSafety.plainProblem(problem))", mark.line, mark.column)
        case .reader(let problem, let offset, _, _):
            let (line, column) = offset.map { YAMLSafety.lineColumn(of: $0, in: Data(text.utf8)) } ?? (1, 1)
            return ("invalid YAML text: \(YAMLSafety.plainProblem(problem))", line, column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let (line, column) = YAMLSafety.secondOccurrence(of: duplicates.first ?? "", after: context.mark, in: text)
            return ("duplicate key \(duplicates.map { "'\(Terminal.safe($0))'" }.joined(separator: ", ")) (first at line \(context.mark.line))", line, column)
        default:
            return ("invalid YAML", 1, 1)
        }
    }

    /// Rejects deep nesting before Yams sees it (a cheap first filter; the
    /// parsed nodes are checked again by `YAMLSafety`).
    static func precheck(_ text: String, file: String, what: String) throws {
        var flowDepth = 0
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let indent = rawLine.prefix(while: { $0 == " " }).count
            if indent / 2 > maxDepth {
                throw MicrocredError("nesting is deeper than \(maxDepth) levels", at: SourceLocation(file: file, line: lineNumber, column: 1), hint: "\(what.capitalized) files are shallow; check the indentation")
            }
            var inSingle = false, inDouble = false
            var previous: Character = " "
            var column = 0
            for ch in rawLine {
                column += 1
                if inDouble {
                    if ch == "\"" && previous != "\\" { inDouble = false }
                } else if inSingle {
                    if ch == "'" { inSingle = false }
                } else {
                    switch ch {
                    case "\"": inDouble = true
                    case "'": inSingle = true
                    case "#" where previous == " " || column == 1:
                        break
                    case "[", "{":
                        flowDepth += 1
                        if flowDepth > maxDepth {
                            throw MicrocredError("nesting is deeper than \(maxDepth) levels", at: SourceLocation(file: file, line: lineNumber, column: column), hint: "\(what.capitalized) files are shallow; check the brackets")
                        }
                    case "]", "}": flowDepth = max(0, flowDepth - 1)
                    default: break
                    }
                    if ch == "#" && (previous == " " || column == 1) { break }
                }
                previous = ch
            }
        }
    }

    /// The node at `path` (mapping keys and sequence indices), as deep as it exists.
    public func node(at path: [CodingKey]) -> Node {
        var current = root
        for key in path {
            switch current {
            case .mapping(let mapping):
                guard let value = mapping.first(where: { $0.key.string == key.stringValue })?.value else { return current }
                current = value
            case .sequence(let sequence):
                guard let i = key.intValue, i >= 0, i < sequence.count else { return current }
                current = sequence[i]
            default:
                return current
            }
        }
        return current
    }

    /// `file:line:column` of the node at `path`.
    /// Where the node at `path` is (the file alone when it has no mark).
    public func location(_ path: [CodingKey]) -> SourceLocation {
        guard let mark = node(at: path).mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Decodes the whole document, turning decoding errors into located messages.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw located(error)
        }
    }

    /// A decoding error, located at the key it is about.
    public func located(_ error: DecodingError) -> MicrocredError {
        switch error {
        case .keyNotFound(let key, let context):
            return MicrocredError("missing required key '\(key.stringValue)'", at: location(context.codingPath))
        default:
            let path: [CodingKey]
            switch error {
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
            default: path = []
            }
            return MicrocredError(Self.describe(error), at: location(path))
        }
    }

    /// A decoding error in words, naming the key path.
    public static func describe(_ error: DecodingError) -> String {
        func name(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "'\(name(context.codingPath))' should be \(typeName(type)). \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "'\(name(context.codingPath))' is empty; it should be \(typeName(type))"
        case .keyNotFound(let key, let context):
            let parent = name(context.codingPath)
            return "missing required key '\(key.stringValue)'" + (parent.isEmpty ? "" : " under '\(parent)'")
        case .dataCorrupted(let context):
            return "'\(name(context.codingPath))': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "text"
        default:
            let text = "\(type)"
            if text.hasPrefix("Array") { return "a list" }
            if text.hasPrefix("Dictionary") { return "a mapping of keys to values" }
            return text
        }
    }
}

extension Node {
    /// 1-based line and column, or (0, 0).
    var lineColumn: (line: Int, column: Int) {
        guard let mark else { return (0, 0) }
        return (mark.line, mark.column)
    }
}
