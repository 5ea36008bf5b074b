import MicrocredCore

/// The part of a dataset a run reads, for the kinds that can skip rows it
/// will never use. A scoped load holds the same values for the rows it keeps
/// as a full load; `microcred datasets validate` always reads whole files.
public enum DatasetScope: Sendable, Hashable {
    /// OEWS: the nation, the states and these metro areas.
    case oewsAreas(OEWSAreaScope)
    /// IPEDS Completions: every institution but these.
    case institutions(IPEDSInstitutionScope)

    var oewsAreas: OEWSAreaScope? {
        if case .oewsAreas(let scope) = self { return scope }
        return nil
    }

    var institutions: IPEDSInstitutionScope? {
        if case .institutions(let scope) = self { return scope }
        return nil
    }
}

/// The completions rows a supply analysis of one area needs: those of the
/// institutions that year's HD file places in the area, and those whose
/// UNITID the HD file does not list (they are counted as not placed).
/// Rows of institutions the HD file places elsewhere are left out.
public struct IPEDSInstitutionScope: Sendable, Hashable {
    /// UNITIDs the HD file places outside the area.
    public var outside: Set<Int32>

    public init(outside: Set<Int32>) { self.outside = outside }

    /// The scope of `area` for completions placed by `directory`.
    public init(area: SupplyArea, directory: IPEDSInstitutions) {
        outside = Set(directory.institutions.lazy.filter { !area.contains($0) }.map(\.unitID.value))
    }

    /// Whether the rows of institution `id` are read.
    public func keeps(_ id: Int32) -> Bool { !outside.contains(id) }

    /// A line filter for `CSVReader.forEach(keepLine:)` over a file whose
    /// first column is UNITID; a line whose first field is not a plain
    /// number is kept (the loader reports what is wrong with it).
    func lineFilter(delimiter: UInt8) -> (UnsafeRawBufferPointer) -> Bool {
        var skip = [Bool](repeating: false, count: 1_000_000)
        for id in outside where id >= 0 && Int(id) < skip.count { skip[Int(id)] = true }
        return { line in
            guard let number = leadingNumber(line, delimiter: delimiter) else { return true }
            return number >= skip.count || !skip[number]
        }
    }
}

/// The whole number a line's first field holds (spaces around it allowed),
/// or nil when the field is anything else (quoted, signed, empty, too long).
func leadingNumber(_ line: UnsafeRawBufferPointer, delimiter: UInt8) -> Int? {
    var i = 0, number = 0, digits = 0
    while i < line.count, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
    while i < line.count, line[i] >= 0x30, line[i] <= 0x39, digits < 9 {
        number = number * 10 + Int(line[i] - 0x30)
        digits += 1
        i += 1
    }
    while i < line.count, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
    guard digits > 0, i < line.count, line[i] == delimiter else { return nil }
    return number
}
