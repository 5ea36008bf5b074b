/// OEWS's O_GROUP: where a row sits in the SOC hierarchy.
public enum OccupationGroup: UInt8, Sendable, Codable, CaseIterable {
    case total, major, minor, broad, detailed

    /// Parses the O_GROUP text.
    public init?(bytes: UnsafeRawBufferPointer) {
        switch bytes.count {
        case 5:
            if bytes.elementsEqual("total".utf8) { self = .total; return }
            if bytes.elementsEqual("major".utf8) { self = .major; return }
            if bytes.elementsEqual("minor".utf8) { self = .minor; return }
            if bytes.elementsEqual("broad".utf8) { self = .broad; return }
        case 8:
            if bytes.elementsEqual("detailed".utf8) { self = .detailed; return }
        default: break
        }
        return nil
    }
}
