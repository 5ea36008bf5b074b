import MicrocredCore
import Foundation

/// A Mermaid chart, written as a fenced `mermaid` block. Labels pass through
/// `MarkdownEscaping.mermaidLabel`, numbers through `Figures`.
public enum MermaidDiagram: Sendable, Hashable {
    /// An `xychart-beta` bar chart; `line` adds a reference line.
    case bar(title: String, labels: [String], values: [Double], yLabel: String, line: Double?)
    /// A pie chart of shares (values as given).
    case pie(title: String, slices: [Slice])
    /// A timeline of (when, what) events.
    case timeline(title: String, events: [Event])

    public struct Slice: Sendable, Hashable {
        public var label: String
        public var value: Double
        public init(_ label: String, _ value: Double) { self.label = label; self.value = value }
    }

    public struct Event: Sendable, Hashable {
        public var when: String
        public var what: String
        public init(_ when: String, _ what: String) { self.when = when; self.what = what }
    }

    /// False when the chart has nothing to show (it is then left out).
    public var hasData: Bool {
        switch self {
        case .bar(_, _, let values, _, _): return !values.isEmpty
        case .pie(_, let slices): return !slices.isEmpty
        case .timeline(_, let events): return !events.isEmpty
        }
    }

    /// The chart's Mermaid source, without the fence.
    public var source: String {
        let label = MarkdownEscaping.mermaidLabel
        switch self {
        case .bar(let title, let labels, let values, let yLabel, let line):
            let top = max(values.max() ?? 0, line ?? 0)
            let upper = top <= 0 ? 1 : Self.niceCeiling(top * 1.1)
            var out = "xychart-beta\n"
            out += "    title \"\(label(title))\"\n"
            out += "    x-axis [" + labels.map { "\"\(label($0))\"" }.joined(separator: ", ") + "]\n"
            out += "    y-axis \"\(label(yLabel))\" 0 --> \(Figures.fixed(upper, places: 0))\n"
            out += "    bar [" + values.map { Figures.fixed($0, places: 0) }.joined(separator: ", ") + "]\n"
            if let line { out += "    line [" + labels.map { _ in Figures.fixed(line, places: 0) }.joined(separator: ", ") + "]\n" }
            return out
        case .pie(let title, let slices):
            return "pie title \(label(title))\n" + slices.map { "    \"\(label($0.label))\" : \(Figures.fixed($0.value, places: 1))\n" }.joined()
        case .timeline(let title, let events):
            return "timeline\n    title \(label(title))\n" + events.map { "    \(label($0.when)) : \(label($0.what))\n" }.joined()
        }
    }

    /// A round axis maximum a little above `value`: 1, 1.5, 2, 2.5, 3, 4, 5,
    /// 6 or 8 times a power of ten (500 for a top of 203 left the bars in the
    /// bottom half of the chart).
    static func niceCeiling(_ value: Double) -> Double {
        let exponent = floor(log10(value))
        let base = pow(10, exponent)
        for step in [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] where step * base >= value { return step * base }
        return 10 * base
    }
}
