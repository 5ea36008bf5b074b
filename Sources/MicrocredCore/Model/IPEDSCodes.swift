import Foundation

/// An IPEDS cell: a value, or the reason there is none. IPEDS writes `-1`
/// for "not reported", `-2` for "not applicable" and `-3` for "not
/// available"; a blank cell is `blank`. None of these is ever a number.
public enum IPEDSReported<Value: Hashable & Sendable>: Hashable, Sendable {
    case value(Value)
    /// `-1`: the institution did not report the item.
    case notReported
    /// `-2`: the item does not apply (e.g. CBSA for an institution outside any CBSA).
    case notApplicable
    /// `-3`: the item is not available (e.g. CONTROL of a closed institution).
    case notAvailable
    /// An empty cell.
    case blank

    /// The value, when there is one.
    public var value: Value? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// Why there is no value, in words; nil for a value.
    public var note: String? {
        switch self {
        case .value: return nil
        case .notReported: return "not reported (-1)"
        case .notApplicable: return "not applicable (-2)"
        case .notAvailable: return "not available (-3)"
        case .blank: return "blank"
        }
    }
}

extension IPEDSReported: Codable where Value: Codable {
    /// JSON: the value itself, or `{"missing": "not applicable (-2)"}`.
    public func encode(to encoder: Encoder) throws {
        if let value {
            var c = encoder.singleValueContainer()
            try c.encode(value)
        } else {
            var c = encoder.container(keyedBy: MissingKey.self)
            try c.encode(note ?? "", forKey: .missing)
        }
    }

    public init(from decoder: Decoder) throws {
        if let c = try? decoder.singleValueContainer(), let v = try? c.decode(Value.self) {
            self = .value(v)
            return
        }
        let c = try decoder.container(keyedBy: MissingKey.self)
        switch try c.decode(String.self, forKey: .missing) {
        case let s where s.hasPrefix("not reported"): self = .notReported
        case let s where s.hasPrefix("not applicable"): self = .notApplicable
        case let s where s.hasPrefix("not available"): self = .notAvailable
        default: self = .blank
        }
    }

    enum MissingKey: String, CodingKey { case missing }
}

/// An IPEDS institution identifier (UNITID), six digits.
public struct UnitID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let value: Int32

    public init?(_ value: Int) {
        guard (100_000...999_999).contains(value) else { return nil }
        self.value = Int32(value)
    }

    public var description: String { String(value) }
    public static func < (a: UnitID, b: UnitID) -> Bool { a.value < b.value }

    public init(from decoder: Decoder) throws {
        let n = try decoder.singleValueContainer().decode(Int.self)
        guard let id = UnitID(n) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(n) is not a six-digit UNITID"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(Int(value))
    }
}

/// IPEDS Completions award levels (AWLEVEL), with the labels of NCES's
/// C2024_A data dictionary (Frequencies sheet). The length boundaries of the
/// certificate levels are in `datasets/rules/competing-awards.yaml`.
public enum IPEDSAwardLevel: Int, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    case certificateUnder12Weeks = 20
    case certificate12WeeksTo1Year = 21
    case certificate1To2Years = 2
    case associate = 3
    case certificate2To4Years = 4
    case bachelor = 5
    case postbaccalaureateCertificate = 6
    case master = 7
    case postMasterCertificate = 8
    case doctorResearch = 17
    case doctorProfessional = 18
    case doctorOther = 19

    /// NCES's label.
    public var label: String {
        switch self {
        case .certificateUnder12Weeks: return "Certificates of less than 12 weeks"
        case .certificate12WeeksTo1Year: return "Certificates of at least 12 weeks but less than 1 year"
        case .certificate1To2Years: return "Certificates of at least 1 but less than 2 years"
        case .associate: return "Associate's degree"
        case .certificate2To4Years: return "Certificates of at least 2 but less than 4 years"
        case .bachelor: return "Bachelor's degree"
        case .postbaccalaureateCertificate: return "Postbaccalaureate certificate"
        case .master: return "Master's degree"
        case .postMasterCertificate: return "Post-master's certificate"
        case .doctorResearch: return "Doctor's degree - research/scholarship"
        case .doctorProfessional: return "Doctor's degree - professional practice"
        case .doctorOther: return "Doctor's degree - other"
        }
    }

    /// The group a committee reads it in.
    public var group: IPEDSAwardGroup {
        switch self {
        case .certificateUnder12Weeks: return .shortCertificateUnder12Weeks
        case .certificate12WeeksTo1Year: return .shortCertificate12WeeksTo1Year
        case .certificate1To2Years: return .certificate1To2Years
        case .certificate2To4Years: return .certificate2To4Years
        case .associate: return .associate
        case .bachelor: return .bachelor
        case .postbaccalaureateCertificate: return .postbaccalaureateCertificate
        case .master: return .master
        case .postMasterCertificate: return .postMasterCertificate
        case .doctorResearch, .doctorProfessional, .doctorOther: return .doctoral
        }
    }

    /// Ordered from shortest to longest (doctorates last).
    public var order: Int { (IPEDSAwardGroup.allCases.firstIndex(of: group) ?? 0) * 10 + rawValue % 10 }

    public static func < (a: IPEDSAwardLevel, b: IPEDSAwardLevel) -> Bool { (a.order, a.rawValue) < (b.order, b.rawValue) }

    public var description: String { String(rawValue) }

    /// Parses an AWLEVEL code (`21`) or a group name (`short-12-weeks-to-1-year`, `bachelor`, `doctoral`).
    public static func parseList(_ text: String) -> [IPEDSAwardLevel]? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let n = Int(t), let level = IPEDSAwardLevel(rawValue: n) { return [level] }
        if let group = IPEDSAwardGroup(rawValue: t) { return group.levels }
        return nil
    }
}

/// Award levels grouped as a curriculum committee reads them.
public enum IPEDSAwardGroup: String, CaseIterable, Codable, Sendable {
    case shortCertificateUnder12Weeks = "short-under-12-weeks"
    case shortCertificate12WeeksTo1Year = "short-12-weeks-to-1-year"
    case certificate1To2Years = "certificate-1-to-2-years"
    case certificate2To4Years = "certificate-2-to-4-years"
    case associate = "associate"
    case bachelor = "bachelor"
    case postbaccalaureateCertificate = "postbaccalaureate-certificate"
    case master = "master"
    case postMasterCertificate = "post-master-certificate"
    case doctoral = "doctoral"

    public var label: String {
        switch self {
        case .shortCertificateUnder12Weeks: return "Short certificate, under 12 weeks"
        case .shortCertificate12WeeksTo1Year: return "Short certificate, 12 weeks to under 1 year"
        case .certificate1To2Years: return "Certificate, 1 to under 2 years"
        case .associate: return "Associate's degree"
        case .certificate2To4Years: return "Certificate, 2 to under 4 years"
        case .bachelor: return "Bachelor's degree"
        case .postbaccalaureateCertificate: return "Post-baccalaureate certificate"
        case .master: return "Master's degree"
        case .postMasterCertificate: return "Post-master's certificate"
        case .doctoral: return "Doctoral degree"
        }
    }

    /// The AWLEVEL codes in the group.
    public var levels: [IPEDSAwardLevel] { IPEDSAwardLevel.allCases.filter { $0.group == self } }
}

/// IPEDS HD SECTOR codes with NCES's labels (HD data dictionary).
public enum InstitutionSector {
    public static func label(_ code: IPEDSReported<Int>) -> String {
        guard let n = code.value else { return code.note ?? "—" }
        switch n {
        case 0: return "Administrative unit"
        case 1: return "Public, 4-year or above"
        case 2: return "Private not-for-profit, 4-year or above"
        case 3: return "Private for-profit, 4-year or above"
        case 4: return "Public, 2-year"
        case 5: return "Private not-for-profit, 2-year"
        case 6: return "Private for-profit, 2-year"
        case 7: return "Public, less-than 2-year"
        case 8: return "Private not-for-profit, less-than 2-year"
        case 9: return "Private for-profit, less-than 2-year"
        case 99: return "Sector unknown (not active)"
        default: return "code \(n)"
        }
    }
}

/// IPEDS HD CONTROL codes with NCES's labels.
public enum InstitutionControl {
    public static func label(_ code: IPEDSReported<Int>) -> String {
        guard let n = code.value else { return code.note ?? "—" }
        switch n {
        case 1: return "Public"
        case 2: return "Private not-for-profit"
        case 3: return "Private for-profit"
        default: return "code \(n)"
        }
    }
}
