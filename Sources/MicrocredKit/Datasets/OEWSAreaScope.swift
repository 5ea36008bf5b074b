import MicrocredCore

/// The rows of an OEWS file that a run needs, for reading a few areas out of
/// the all-areas file (44 MB, 583 areas) without typing every row.
///
/// The nation's and the states' rows are always read (a metro report sets
/// the metro beside its state, and falls back on the state where the metro's
/// figures are suppressed); of the metro areas, only `metros`. Every area
/// stays in the area directory (its code, title and state), so that codes
/// and titles are still checked against the whole file; only the estimates
/// of the metros outside the scope are left out.
public struct OEWSAreaScope: Sendable, Hashable {
    /// The CBSA codes of the metro areas whose estimates are read.
    public var metros: Set<Int>

    public init(metros: Set<Int>) { self.metros = metros }

    /// Whether the estimates of area `number` of `kind` are read.
    public func keeps(_ kind: AreaKind, number: Int) -> Bool { kind != .metro || metros.contains(number) }

    /// A line filter for `CSVReader.forEach(keepLine:)` over a file whose
    /// first column is AREA: it turns down a line whose area is a metro
    /// outside the scope, except the first line of each area, which the
    /// loader reads for the directory. A line whose first field is not a
    /// plain number is kept (the loader then reports what is wrong with it).
    func lineFilter(delimiter: UInt8) -> (UnsafeRawBufferPointer) -> Bool {
        var previous = -1
        let metros = metros
        return { line in
            guard let number = leadingNumber(line, delimiter: delimiter) else { return true }
            defer { previous = number }
            // The nation is 99 and a state its FIPS code: both under 100.
            return number < 100 || metros.contains(number) || number != previous
        }
    }
}
