/// A run of inline Markdown, written with string interpolation:
/// the literal parts are markup (`.raw`), every interpolated `String` or
/// value is data (`.text`, escaped), and the labelled interpolations make
/// the other inline kinds:
///
///     let line: MarkdownText = "\(strong: "CIP \(code)") \(title) (\(code: fileName))"
///
/// A `String` variable never becomes markup by accident: it cannot be
/// converted to `MarkdownText` except through `.text` or `.raw`.
public struct MarkdownText: Sendable, Hashable, ExpressibleByStringInterpolation {
    public var nodes: [MarkdownInline]

    public init(_ nodes: [MarkdownInline]) { self.nodes = nodes }

    public init(stringLiteral value: String) {
        nodes = value.isEmpty ? [] : [.raw(value)]
    }

    public init(stringInterpolation: StringInterpolation) {
        nodes = stringInterpolation.nodes
    }

    /// Data text, escaped when rendered.
    public static func text(_ text: String) -> MarkdownText { MarkdownText([.text(text)]) }
    /// Markup written as is.
    public static func raw(_ markup: String) -> MarkdownText { MarkdownText([.raw(markup)]) }
    /// A code span.
    public static func code(_ code: String) -> MarkdownText { MarkdownText([.code(code)]) }
    /// Strong text.
    public static func strong(_ inner: MarkdownText) -> MarkdownText { MarkdownText([.strong(inner.nodes)]) }
    /// Emphasised text.
    public static func emphasis(_ inner: MarkdownText) -> MarkdownText { MarkdownText([.emphasis(inner.nodes)]) }

    public var isEmpty: Bool { nodes.isEmpty }

    public static func + (lhs: MarkdownText, rhs: MarkdownText) -> MarkdownText { MarkdownText(lhs.nodes + rhs.nodes) }
    public static func += (lhs: inout MarkdownText, rhs: MarkdownText) { lhs.nodes += rhs.nodes }

    public struct StringInterpolation: StringInterpolationProtocol, Sendable {
        var nodes: [MarkdownInline] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { nodes.append(.raw(literal)) }
        }

        /// Data text: escaped.
        public mutating func appendInterpolation(_ text: String) { nodes.append(.text(text)) }

        /// A value's description, as data text.
        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            nodes.append(.text(value.description))
        }

        /// Inline Markdown built elsewhere.
        public mutating func appendInterpolation(_ inline: MarkdownText) { nodes += inline.nodes }

        public mutating func appendInterpolation(raw markup: String) { nodes.append(.raw(markup)) }
        public mutating func appendInterpolation(code: String) { nodes.append(.code(code)) }
        public mutating func appendInterpolation(strong: MarkdownText) { nodes.append(.strong(strong.nodes)) }
        public mutating func appendInterpolation(emphasis: MarkdownText) { nodes.append(.emphasis(emphasis.nodes)) }
        public mutating func appendInterpolation(link label: MarkdownText, url: String) { nodes.append(.link(label.nodes, url: url)) }
        public mutating func appendInterpolation(url: String) { nodes.append(.autolink(url)) }
    }
}

extension Sequence where Element == MarkdownText {
    /// The runs one after another, `separator` between them.
    public func joined(separator: MarkdownText = "") -> MarkdownText {
        var out = MarkdownText([])
        for (i, item) in enumerated() {
            if i > 0 { out += separator }
            out += item
        }
        return out
    }
}
