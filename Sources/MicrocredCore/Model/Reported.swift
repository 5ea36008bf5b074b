/// A published figure, or the reason it was not published.
///
/// A suppressed or top-coded value is never 0: reports show the reason.
public enum Reported<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The figure as published.
    case value(Value)
    /// At or above the top code: OEWS `#` (the floor is not stated), or EP's
    /// `>=$239,200` (the floor is given).
    case topCoded(atLeast: Value?)
    /// Withheld by the publisher: OEWS `*` (wage) or `**` (employment).
    case notReleased
    /// Published for the other unit only: OEWS teachers' wages are annual
    /// only (`ANNUAL=TRUE`), some occupations' hourly only (`HOURLY=TRUE`).
    case notPublished
    /// Not available: EP's `—`, or a blank cell.
    case notAvailable

    /// The figure, when one was published.
    @inlinable public var value: Value? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// True when a figure was published.
    public var isValue: Bool { value != nil }

    /// Maps the published figure.
    public func map<T>(_ transform: (Value) -> T) -> Reported<T> {
        switch self {
        case .value(let v): return .value(transform(v))
        case .topCoded(let floor): return .topCoded(atLeast: floor.map(transform))
        case .notReleased: return .notReleased
        case .notPublished: return .notPublished
        case .notAvailable: return .notAvailable
        }
    }
}

extension Reported {
    /// Why no figure is shown, in words a committee reads; nil for a value.
    /// `format` writes a top-code floor.
    public func note(format: (Value) -> String = { "\($0)" }) -> String? {
        switch self {
        case .value: return nil
        case .topCoded(let floor):
            if let floor { return "top-coded ≥ \(format(floor))" }
            return "top-coded (at or above the highest wage BLS publishes)"
        case .notReleased: return "not released"
        case .notPublished: return "not published for this unit"
        case .notAvailable: return "not available"
        }
    }
}
