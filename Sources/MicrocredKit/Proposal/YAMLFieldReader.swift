import MicrocredCore
import Foundation
import Yams

/// Reads typed values out of a Yams node tree, collecting every problem as a
/// located diagnostic (`file:line:column`) instead of stopping at the first.
///
/// Used by the proposal parser and the design-rules loader. Values are read
/// from the scalar text as written, so `11.0100` stays a code and is never
/// turned into the number 11.01.
struct YAMLFieldReader {
    let file: String
    var diagnostics = Diagnostics()

    init(file: String) { self.file = file }

    // MARK: Problems

    mutating func error(_ message: String, at node: Node) {
        let mark = node.mark
        diagnostics.error(message, file: file, line: mark?.line, column: mark?.column)
    }

    mutating func warning(_ message: String, at node: Node) {
        let mark = node.mark
        diagnostics.warning(message, file: file, line: mark?.line, column: mark?.column)
    }

    // MARK: Shapes

    /// True for an empty value, `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A short description of what a node is, for "found …" messages.
    static func kind(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if isNull(node) { return "nothing" }
            return "'\(scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string)'"
        case .alias: return "an alias"
        }
    }

    /// The key–value pairs of a mapping, keys as text; reports a non-mapping.
    mutating func pairs(_ node: Node, what: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error("\(what) should be a mapping of keys to values (key: value), found \(Self.kind(node))", at: node)
            return nil
        }
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("a key in \(what) should be a plain name, found \(Self.kind(key))", at: key)
                continue
            }
            result.append((scalar.string, key, value))
        }
        return result
    }

    /// Reports every key not in `allowed`, suggesting the nearest allowed one.
    /// The keys of mapping `node`, the section `name` of a rules file:
    /// unknown keys and missing required ones are located errors. nil when
    /// `node` is not a mapping; `complete` is false when a required key is missing.
    mutating func section(_ node: Node, name: String, required: [String], optional: [String] = []) -> (values: [String: Node], complete: Bool)? {
        guard let pairs = self.pairs(node, what: "'\(name)'") else { return nil }
        rejectUnknownKeys(pairs, allowed: required + optional, context: name)
        var values: [String: Node] = [:]
        for p in pairs where values[p.key] == nil { values[p.key] = p.value }
        var complete = true
        for key in required where values[key] == nil {
            error("'\(name)' is missing '\(key)'", at: node)
            complete = false
        }
        return (values, complete)
    }

    mutating func rejectUnknownKeys(_ pairs: [(key: String, keyNode: Node, value: Node)], allowed: [String], context: String,
                                    aliases: [String: String] = [:]) {
        for pair in pairs where !allowed.contains(pair.key) {
            var message = "unknown key '\(pair.key)'" + (context.isEmpty ? "" : " in \(context)")
            if let suggestion = Self.suggestion(for: pair.key, among: allowed, aliases: aliases) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; known keys are " + allowed.joined(separator: ", ")
            }
            error(message, at: pair.keyNode)
        }
    }

    /// The allowed name nearest `key`: an alias, the same name with other
    /// separators or case, or one within a small edit distance.
    static func suggestion(for key: String, among allowed: [String], aliases: [String: String] = [:]) -> String? {
        let normal = normalize(key)
        if let alias = aliases[normal], allowed.contains(alias) { return alias }
        if let same = allowed.first(where: { normalize($0) == normal }) { return same }
        var best: (name: String, distance: Int)? = nil
        for name in allowed {
            let d = editDistance(normal, normalize(name))
            if let current = best, current.distance <= d { continue }
            best = (name, d)
        }
        guard let best else { return nil }
        let limit = max(2, min(normal.count, normalize(best.name).count) / 3)
        if best.distance <= limit { return best.name }
        // A key that begins or ends like an allowed one (`credit` → `credit_hours`).
        if normal.count >= 4, let prefix = allowed.first(where: { normalize($0).hasPrefix(normal) || normal.hasPrefix(normalize($0)) }) {
            return prefix
        }
        return nil
    }

    static func normalize(_ text: String) -> String {
        String(text.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }

    // MARK: Scalars

    /// Non-empty text; numbers and booleans are accepted as their text.
    mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("'\(key)' should be text, found \(Self.kind(node))", at: node)
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty || Self.isNull(node) {
            error("'\(key)' is empty; give it a value or remove the key", at: node)
            return nil
        }
        return value
    }

    /// `true` or `false`.
    mutating func bool(_ node: Node, key: String) -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
            error("'\(key)' should be true or false, found \(Self.kind(node))", at: node)
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("'\(key)' should be true or false, found \(Self.kind(node))", at: node)
            return nil
        }
    }

    /// A finite number within `range`.
    mutating func number(_ node: Node, key: String, range: ClosedRange<Double>, unit: String = "") -> Double? {
        guard case .scalar(let scalar) = node else {
            error("'\(key)' should be a number, found \(Self.kind(node))", at: node)
            return nil
        }
        var raw = scalar.string.trimmingCharacters(in: .whitespaces)
        raw = raw.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
        if raw.hasPrefix("$") { raw.removeFirst() }
        guard NumericText.isPlainDecimal(raw), let value = Double(raw), value.isFinite else {
            let hint = unit.isEmpty ? "" : " of \(unit)"
            error("'\(key)' should be a number\(hint), found \(Self.kind(node))", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("'\(key)' is \(Figures.plain(value)); it should be between \(Figures.plain(range.lowerBound)) and \(Figures.plain(range.upperBound))\(unit.isEmpty ? "" : " " + unit)", at: node)
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    mutating func integer(_ node: Node, key: String, range: ClosedRange<Int>, unit: String = "") -> Int? {
        guard let value = number(node, key: key, range: Double(range.lowerBound)...Double(range.upperBound), unit: unit) else { return nil }
        guard value.rounded() == value else {
            error("'\(key)' should be a whole number, found \(Figures.plain(value))", at: node)
            return nil
        }
        return Int(value)
    }

    /// One of `choices` (case-insensitive; spaces and underscores read as hyphens).
    mutating func choice<T: RawRepresentable>(_ node: Node, key: String, _ type: T.Type, choices: [T]) -> T? where T.RawValue == String {
        guard let raw = text(node, key: key) else { return nil }
        let wanted = raw.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        if let match = choices.first(where: { $0.rawValue == wanted }) { return match }
        let names = choices.map(\.rawValue)
        var message = "'\(key)' is '\(raw)'; it should be one of: " + names.joined(separator: ", ")
        if let near = Self.suggestion(for: wanted, among: names) { message += " (did you mean '\(near)'?)" }
        error(message, at: node)
        return nil
    }

    /// The items of a list; a single scalar counts as a list of one.
    mutating func list(_ node: Node, key: String, allowSingle: Bool = true) -> [Node]? {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar where allowSingle && !Self.isNull(node): return [node]
        default:
            error("'\(key)' should be a list ([a, b] or one '- item' per line), found \(Self.kind(node))", at: node)
            return nil
        }
    }
}
