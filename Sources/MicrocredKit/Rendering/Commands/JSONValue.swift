import MicrocredCore
import Foundation

/// A JSON value built in code, for outputs whose shape is a contract
/// (suppressed numbers become `null` beside a `…Note` field).
public indirect enum JSONValue: Encodable, Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A finite number, or null.
    public static func double(_ x: Double?) -> JSONValue {
        guard let x, x.isFinite else { return .null }
        if x == x.rounded(), abs(x) < 1e15 { return .int(Int(x)) }
        return .number(x)
    }

    /// Text, or null.
    public static func text(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .int(let i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case .number(let d):
            var c = encoder.singleValueContainer()
            try c.encode(d)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .array(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .object(let fields):
            var c = encoder.container(keyedBy: AnyKey.self)
            for key in fields.keys.sorted() {
                if let value = fields[key] { try c.encode(value, forKey: AnyKey(key)) }
            }
        }
    }
}

extension JSONValue {
    /// Adds `name` and, when the figure is not a value, `nameNote` with the reason.
    static func reported(_ fields: inout [String: JSONValue], _ name: String, _ r: Reported<Int>) {
        fields[name] = .double(r.value.map(Double.init))
        if let note = r.note(format: { Figures.decimal(Double($0), places: 0, grouped: false) }) { fields[name + "Note"] = .string(note) }
    }

    static func reported(_ fields: inout [String: JSONValue], _ name: String, _ r: Reported<Double>) {
        fields[name] = .double(r.value)
        if let note = r.note(format: { Figures.decimal($0, places: 0, grouped: false) }) { fields[name + "Note"] = .string(note) }
    }
}
