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
            throw MicrocredError("\(path): \(what) not found", hint: "Check the path")
        }
        if isDir.boolValue {
            throw MicrocredError("\(path): is a directory, not \(what)", hint: "Give the path of the YAML file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MicrocredError("\(path): cannot read \(what)", hint: "Check the file's permissions")
        }
        return try parse(data: data, file: path, what: what)
    }

    /// Parses YAML bytes.
    public static func parse(data: Data, file: String, what: String) throws -> YAMLDocument {
        if data.count > maxBytes {
            throw MicrocredError("\(file): \(what) is \(data.count) bytes; the limit is \(maxBytes)", hint: "A \(what) is a short text file; check that this is the right file")
        }
        if data.contains(0) {
            throw MicrocredError("\(file): \(what) contains a NUL byte", hint: "Save it as plain UTF-8 text")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MicrocredError("\(file): \(what) is not UTF-8 text", hint: "Re-save it as UTF-8")
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
            throw MicrocredError("\(file):\(describe(error))", hint: "Fix the YAML syntax there; indent with spaces, and quote text that contains ': ' or starts with a special character")
        } catch {
            throw MicrocredError("\(file): \(error)")
        }
        guard let root = node else {
            throw MicrocredError("\(file): \(what) is empty", hint: "See the template from `microcred init`")
        }
        return YAMLDocument(file: file, root: root)
    }

    /// `line:column: problem` from a Yams error.
    static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return "\(mark.line):\(mark.column): invalid YAML: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            return "\(context.mark.line):\(context.mark.column): duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))"
        default:
            return " invalid YAML: \(error)"
        }
    }

    /// Rejects anchors, aliases and deep nesting before Yams sees them.
    static func precheck(_ text: String, file: String, what: String) throws {
        var flowDepth = 0
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let indent = rawLine.prefix(while: { $0 == " " }).count
            if indent / 2 > maxDepth {
                throw MicrocredError("\(file):\(lineNumber):1: nesting is deeper than \(maxDepth) levels", hint: "\(what.capitalized) files are shallow; check the indentation")
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
                            throw MicrocredError("\(file):\(lineNumber):\(column): nesting is deeper than \(maxDepth) levels", hint: "\(what.capitalized) files are shallow; check the brackets")
                        }
                    case "]", "}": flowDepth = max(0, flowDepth - 1)
                    case "&", "*":
                        if previous == " " || previous == "[" || previous == "{" || previous == "," || previous == "-" || column == 1 {
                            // The token must be followed by an anchor name to count.
                            let rest = rawLine.dropFirst(column)
                            if let next = rest.first, next.isLetter || next.isNumber || next == "_" {
                                throw MicrocredError("\(file):\(lineNumber):\(column): YAML anchors and aliases (&name, *name) are not allowed",
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
    public func location(_ path: [CodingKey]) -> String {
        guard let mark = node(at: path).mark else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }

    /// Decodes the whole document, turning decoding errors into located messages.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw MicrocredError(located(error))
        }
    }

    /// A decoding error as `file:line:column: message`.
    public func located(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(location(context.codingPath)): missing required key '\(key.stringValue)'"
        default:
            let path: [CodingKey]
            switch error {
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
            default: path = []
            }
            return "\(location(path)): \(Self.describe(error))"
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
