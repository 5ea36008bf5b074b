/// OEWS's O_GROUP: where a row sits in the SOC hierarchy.
public enum OccupationGroup: UInt8, Sendable, Codable, CaseIterable {
    case total, major, minor, broad, detailed

    /// Parses the O_GROUP text.
    public init?(bytes: UnsafeRawBufferPointer) {
        // The five names differ in their first two letters.
        switch bytes.count {
        case 5:
            switch (bytes[0], bytes[1]) {
            case (UInt8(ascii: "t"), UInt8(ascii: "o")): self = .total
            case (UInt8(ascii: "m"), UInt8(ascii: "a")): self = .major
            case (UInt8(ascii: "m"), UInt8(ascii: "i")): self = .minor
            case (UInt8(ascii: "b"), UInt8(ascii: "r")): self = .broad
            default: return nil
            }
            let expected: StaticString
            switch self {
            case .total: expected = "total"
            case .major: expected = "major"
            case .minor: expected = "minor"
            default: expected = "broad"
            }
            let p = expected.utf8Start
            for i in 2..<5 where bytes[i] != p[i] { return nil }
        case 8:
            let p = ("detailed" as StaticString).utf8Start
            for i in 0..<8 where bytes[i] != p[i] { return nil }
            self = .detailed
        default:
            return nil
        }
    }
}
