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

    /// Reads and parses `path`.
    public static func load(path: String, what: String) throws -> YAMLDocument {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw MicrocredError("\(what) not found", at: SourceLocation(file: path), hint: "Check the path")
        }
        if isDir.boolValue {
            throw MicrocredError("is a directory, not \(what)", at: SourceLocation(file: path), hint: "Give the path of the YAML file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MicrocredError("cannot read \(what)", at: SourceLocation(file: path), hint: "Check the file's permissions")
        }
        return try parse(data: data, file: path, what: what)
    }

    /// Parses YAML bytes.
    public static func parse(data: Data, file: String, what: String) throws -> YAMLDocument {
        if data.count > maxBytes {
            throw MicrocredError("\(what) is \(data.count) bytes; the limit is \(maxBytes)", at: SourceLocation(file: file), hint: "A \(what) is a short text file; check that this is the right file")
        }
        if data.contains(0) {
            throw MicrocredError("\(what) contains a NUL byte", at: SourceLocation(file: file), hint: "Save it as plain UTF-8 text")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MicrocredError("\(what) is not UTF-8 text", at: SourceLocation(file: file), hint: "Re-save it as UTF-8")
        }
        return try parse(text: text, file: file, what: what)
    }

    /// Parses YAML text.
    public static func parse(text: String, file: String, what: String) throws -> YAMLDocument {
        try precheck(text, file: file, what: what)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (message, line, column) = describe(error)
            throw MicrocredError(message, at: SourceLocation(file: file, line: line, column: column), hint: "Fix the YAML syntax there; indent with spaces, and quote text that contains ': ' or starts with a special character")
        } catch {
            throw MicrocredError("\(error)", at: SourceLocation(file: file))
        }
        guard let root = node else {
            throw MicrocredError("\(what) is empty", at: SourceLocation(file: file), hint: "See the template from `microcred init`")
        }
        return YAMLDocument(file: file, root: root)
    }

    /// `line:column: problem` from a Yams error.
    /// A libyaml error as a message and the line and column it names.
    static func describe(_ error: YamlError) -> (message: String, line: Int?, column: Int?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ("invalid YAML: \(problem)", mark.line, mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))", context.mark.line, context.mark.column)
        default:
            return ("invalid YAML: \(error)", nil, nil)
        }
    }

    /// Rejects anchors, aliases and deep nesting before Yams sees them.
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
                    case "&", "*":
                        if previous == " " || previous == "[" || previous == "{" || previous == "," || previous == "-" || column == 1 {
                            // The token must be followed by an anchor name to count.
                            let rest = rawLine.dropFirst(column)
                            if let next = rest.first, next.isLetter || next.isNumber || next == "_" {
                                throw MicrocredError("YAML anchors and aliases (&name, *name) are not allowed", at: SourceLocation(file: file, line: lineNumber, column: column),
                                                     hint: "Write each value out in full, or quote text that starts with & or *")
                            }
                        }
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
