/// A published figure or its suppression state, packed in 8 bytes so that
/// the 236,799 rows of the OEWS all-areas file stay small in memory.
///
/// Values are stored as integers in `scale` units (1 for counts, 1000 for
/// decimals: thousandths, which hold every OEWS decimal exactly). Negative
/// sentinels carry the `Reported` states.
public struct PackedFigure: Hashable, Sendable {
    @usableFromInline var raw: Int64

    @usableFromInline static let notReleasedRaw: Int64 = -1
    @usableFromInline static let topCodedRaw: Int64 = -2
    @usableFromInline static let notPublishedRaw: Int64 = -3
    @usableFromInline static let notAvailableRaw: Int64 = -4

    @inlinable init(raw: Int64) { self.raw = raw }

    public static let notReleased = PackedFigure(raw: notReleasedRaw)
    public static let topCoded = PackedFigure(raw: topCodedRaw)
    public static let notPublished = PackedFigure(raw: notPublishedRaw)
    public static let notAvailable = PackedFigure(raw: notAvailableRaw)

    /// A non-negative figure already in scaled units.
    @inlinable public static func scaled(_ value: Int64) -> PackedFigure { PackedFigure(raw: value) }

    /// Packs a count (scale 1). Top-code floors are not kept.
    init(count: Reported<Int>) {
        switch count {
        case .value(let v): raw = Int64(v)
        case .topCoded: raw = Self.topCodedRaw
        case .notReleased: raw = Self.notReleasedRaw
        case .notPublished: raw = Self.notPublishedRaw
        case .notAvailable: raw = Self.notAvailableRaw
        }
    }

    /// Packs a decimal in thousandths. Top-code floors are not kept.
    init(decimal: Reported<Double>) {
        switch decimal {
        case .value(let v): raw = Int64((v * 1000).rounded())
        case .topCoded: raw = Self.topCodedRaw
        case .notReleased: raw = Self.notReleasedRaw
        case .notPublished: raw = Self.notPublishedRaw
        case .notAvailable: raw = Self.notAvailableRaw
        }
    }

    @inlinable var state: Reported<Int64> {
        switch raw {
        case Self.notReleasedRaw: return .notReleased
        case Self.topCodedRaw: return .topCoded(atLeast: nil)
        case Self.notPublishedRaw: return .notPublished
        case Self.notAvailableRaw: return .notAvailable
        default: return .value(raw)
        }
    }

    /// As a count.
    @inlinable public var count: Reported<Int> { state.map { Int($0) } }
    /// As a decimal (stored in thousandths).
    @inlinable public var decimal: Reported<Double> { state.map { Double($0) / 1000 } }
    /// As an optional decimal: nil for every non-value state.
    @inlinable public var optionalDecimal: Double? { raw >= 0 ? Double(raw) / 1000 : nil }
}
