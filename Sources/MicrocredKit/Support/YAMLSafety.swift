import Foundation
import MicrocredCore
import Yams

/// Checks on a parsed YAML node tree, shared by every YAML file microcred
/// reads (proposals, rules, weights, criteria, mappings, settings, the
/// catalog). They work on the parser's nodes, not on the text, so no
/// spelling of the YAML (tabs, flow style, quoting) gets past them:
///
/// - anchors and aliases (`&a`, `*a`) are refused: an alias of an alias
///   of … ("billion laughs") turns a small file into an enormous document;
/// - nesting deeper than the limit is refused;
/// - text holding control characters (NUL, ESC, C1 controls such as U+0085,
///   line and paragraph separators, bidirectional overrides), which YAML
///   escapes like `"\0"` and `"\e"` produce, is refused: it could end up in
///   reports and terminal messages;
/// - numbers not written in decimal (`0x1p3`, `0o17`, `.inf`, `.nan`,
///   `1e400`) are refused.
enum YAMLSafety {
    static func check(_ root: Node, file: String, what: String, maxDepth: Int) throws {
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            let at = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
            if depth > maxDepth {
                throw MicrocredError("nesting is deeper than \(maxDepth) levels", at: at, hint: "\(what.capitalized) files are shallow; check the indentation")
            }
            var anchored = false
            switch node {
            case .scalar(let scalar):
                anchored = scalar.anchor != nil
                if !anchored { try checkScalar(scalar, at: at) }
            case .mapping(let mapping):
                anchored = mapping.anchor != nil
                // Reverse, so that the first pair is checked first (the stack pops the last).
                for (key, value) in mapping.reversed() {
                    stack.append((value, depth + 1))
                    stack.append((key, depth + 1))
                }
            case .sequence(let sequence):
                anchored = sequence.anchor != nil
                for item in sequence.reversed() { stack.append((item, depth + 1)) }
            case .alias:
                anchored = true
            }
            if anchored {
                throw MicrocredError("YAML anchors and aliases (&name, *name) are not allowed", at: at,
                                     hint: "Write each value out in full, or quote text that starts with & or *")
            }
        }
    }

    static func checkScalar(_ scalar: Node.Scalar, at: SourceLocation) throws {
        let text = scalar.string
        if let bad = text.unicodeScalars.first(where: { Terminal.isUnsafe($0, allowNewlines: true) && $0 != "\r" }) {
            let name = bad.value == 0 ? "NUL" : bad.value == 0x1B ? "ESC" : String(format: "U+%04X", bad.value)
            throw MicrocredError("the text contains a control character (\(name))", at: at,
                                 hint: "Remove it; YAML escapes such as \\0, \\e, \\x01 or \\N are not allowed in microcred files")
        }
        guard scalar.style == .plain || scalar.style == .any else { return }
        let tag = Node.scalar(scalar).tag.rawValue
        let isFloat = tag == Tag.Name.float.rawValue
        guard tag == Tag.Name.int.rawValue || isFloat else { return }
        if !NumericText.isPlainDecimal(text) && !text.contains(":") {
            throw MicrocredError("'\(Terminal.safe(String(text.prefix(40))))' is not a number written in decimal", at: at,
                                 hint: "Write numbers in decimal, e.g. 8 or 0.5 (hexadecimal, octal, .inf and .nan are not accepted); quote it if it is text")
        }
        if isFloat || text.contains("e") || text.contains("E") {
            guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else {
                throw MicrocredError("'\(String(text.prefix(40)))' is too large a number", at: at, hint: "Check the value")
            }
        }
    }

    /// "UTF-16" or "UTF-32" when the bytes look like either (a byte-order
    /// mark, or ASCII text with zero bytes between the characters).
    static func utf16or32(_ data: Data) -> String? {
        let b = [UInt8](data.prefix(4))
        if b.count >= 4 && ((b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) || (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)) { return "UTF-32" }
        if b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) { return "UTF-16" }
        if b.count >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 { return "UTF-32" }
        if b.count >= 4 && ((b[1] == 0 && b[3] == 0 && b[0] != 0 && b[2] != 0) || (b[0] == 0 && b[2] == 0 && b[1] != 0 && b[3] != 0)) { return "UTF-16" }
        return nil
    }

    /// 1-based line and column (in bytes) of byte `offset`.
    static func lineColumn(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, lineStart = 0, i = 0
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        return (line, offset - lineStart + 1)
    }

    /// Where the first invalid UTF-8 sequence starts.
    static func firstInvalidUTF8(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0
            if length == 0 || i + length > bytes.count || String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil {
                return lineColumn(of: i, in: data)
            }
            i += length
        }
        return (1, 1)
    }

    /// The position of the second occurrence of `key` as a mapping key at the
    /// same column as its first (Yams reports the first).
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (Int, Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let column = first.column
        guard first.line >= 1, first.line <= lines.count else { return (first.line, first.column) }
        for index in first.line..<lines.count {
            let line = lines[index]
            guard line.count >= column else { continue }
            let rest = line.dropFirst(column - 1)
            let unquoted = rest.hasPrefix("\"") || rest.hasPrefix("'") ? rest.dropFirst() : rest
            if unquoted.hasPrefix(key) {
                let after = unquoted.dropFirst(key.count).drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
                if after.hasPrefix(":") { return (index + 1, column) }
            }
        }
        return (first.line, first.column)
    }

    /// A libyaml problem without libyaml's own wording of its internals.
    static func plainProblem(_ problem: String) -> String {
        if problem.contains("control characters are not allowed") { return "the text contains a control character" }
        if problem.contains("invalid leading UTF-8 octet") || problem.contains("invalid trailing UTF-8 octet") || problem.contains("incomplete UTF-8") {
            return "invalid UTF-8"
        }
        return problem.replacingOccurrences(of: ", set with yaml_set_max_nest_level())", with: "")
    }
}

/// Text that is a number written in plain decimal: an optional sign,
/// digits with at most one point, an optional exponent. No hexadecimal,
/// octal, binary, `inf`, `nan` or sexagesimal forms; `_` between digits is
/// allowed (YAML's digit separator).
public enum NumericText {
    public static func isPlainDecimal<S: StringProtocol>(_ text: S) -> Bool {
        var i = text.utf8.startIndex
        let u = text.utf8
        if i < u.endIndex, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i = u.index(after: i) }
        var digits = 0, points = 0
        while i < u.endIndex {
            let c = u[i]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { digits += 1 }
            else if c == UInt8(ascii: ".") { points += 1; if points > 1 { return false } }
            else if c == UInt8(ascii: "_") && digits > 0 {}
            else { break }
            i = u.index(after: i)
        }
        guard digits > 0 else { return false }
        if i == u.endIndex { return true }
        guard u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") else { return false }
        i = u.index(after: i)
        if i < u.endIndex, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i = u.index(after: i) }
        var exponentDigits = 0
        while i < u.endIndex {
            let c = u[i]
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return false }
            exponentDigits += 1
            i = u.index(after: i)
        }
        return exponentDigits > 0 && exponentDigits <= 4
    }
}
