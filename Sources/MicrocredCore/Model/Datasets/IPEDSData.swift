import Foundation

// IPEDS HD and Completions as typed values (read by MicrocredKit's loaders).

/// One institution of an IPEDS Institutional Characteristics (HD) file.
public struct IPEDSInstitution: Sendable, Hashable {
    public var unitID: UnitID
    /// INSTNM, decoded from the file's encoding.
    public var name: String
    public var city: String
    /// STABBR: the postal code of the state or territory.
    public var state: String
    /// FIPS: the state's FIPS code.
    public var stateFIPS: IPEDSReported<Int>
    /// CBSA: the core-based statistical area (`-2` outside any CBSA).
    public var cbsa: IPEDSReported<Int>
    /// CBSATYPE: 1 metropolitan, 2 micropolitan (absent in some years).
    public var cbsaType: IPEDSReported<Int>
    /// COUNTYCD: the 5-digit county FIPS code.
    public var county: IPEDSReported<Int>
    public var sector: IPEDSReported<Int>
    public var control: IPEDSReported<Int>
    /// The row's line in the file.
    public var line: Int

    public init(unitID: UnitID, name: String, city: String, state: String, stateFIPS: IPEDSReported<Int>, cbsa: IPEDSReported<Int>,
                cbsaType: IPEDSReported<Int>, county: IPEDSReported<Int>, sector: IPEDSReported<Int>, control: IPEDSReported<Int>, line: Int) {
        self.unitID = unitID
        self.name = name
        self.city = city
        self.state = state
        self.stateFIPS = stateFIPS
        self.cbsa = cbsa
        self.cbsaType = cbsaType
        self.county = county
        self.sector = sector
        self.control = control
        self.line = line
    }
}

/// The rows of one HD file, by UNITID.
public struct IPEDSInstitutions: Sendable {
    /// Institutions in file order.
    public var institutions: [IPEDSInstitution]
    /// The encoding the file was read in (found, not assumed: a BOM means
    /// UTF-8; no BOM and bytes that are not UTF-8 mean Windows-1252).
    public var encoding: TextEncoding
    public var report: LoadReport
    /// The catalog vintage the file was loaded as (empty when loaded alone).
    public var vintage = ""
    let index: [UnitID: Int]

    public init(institutions: [IPEDSInstitution], encoding: TextEncoding, report: LoadReport) {
        self.institutions = institutions
        self.encoding = encoding
        self.report = report
        var index: [UnitID: Int] = [:]
        for (i, institution) in institutions.enumerated() where index[institution.unitID] == nil { index[institution.unitID] = i }
        self.index = index
    }

    /// The institution `id`, if this year's file lists it.
    public func institution(_ id: UnitID) -> IPEDSInstitution? { index[id].map { institutions[$0] } }
}

/// One six-digit row of an IPEDS Completions file (C20xx_A): awards of one
/// institution in one CIP code at one award level, for one major.
public struct CompletionRecord: Sendable, Hashable {
    public var unitID: UnitID
    public var cip: CIPCode
    public var awardLevel: IPEDSAwardLevel
    /// MAJORNUM: 1 first major, 2 second major.
    public var majorNumber: UInt8
    /// CTOTALT (grand total), CTOTALM (men), CTOTALW (women); negative values
    /// are IPEDS's missing-data codes, read through `total` and friends.
    let totalRaw: Int32
    let menRaw: Int32
    let womenRaw: Int32
    /// The row's line in the file.
    public var line: Int32

    /// CTOTALT.
    public var total: IPEDSReported<Int> { Self.reported(totalRaw) }
    public var men: IPEDSReported<Int> { Self.reported(menRaw) }
    public var women: IPEDSReported<Int> { Self.reported(womenRaw) }

    public init(unitID: UnitID, cip: CIPCode, awardLevel: IPEDSAwardLevel, majorNumber: UInt8,
                total: IPEDSReported<Int>, men: IPEDSReported<Int>, women: IPEDSReported<Int>, line: Int32) {
        self.unitID = unitID
        self.cip = cip
        self.awardLevel = awardLevel
        self.majorNumber = majorNumber
        totalRaw = Self.raw(total)
        menRaw = Self.raw(men)
        womenRaw = Self.raw(women)
        self.line = line
    }

    static let blankRaw: Int32 = -9

    static func reported(_ raw: Int32) -> IPEDSReported<Int> {
        switch raw {
        case 0...: return .value(Int(raw))
        case -1: return .notReported
        case -2: return .notApplicable
        case -3: return .notAvailable
        default: return .blank
        }
    }

    static func raw(_ value: IPEDSReported<Int>) -> Int32 {
        switch value {
        case .value(let v): return Int32(clamping: v)
        case .notReported: return -1
        case .notApplicable: return -2
        case .notAvailable: return -3
        case .blank: return blankRaw
        }
    }
}

/// Which majors a completions file holds.
public enum CompletionsMajors: String, Sendable, Codable {
    /// Only MAJORNUM = 1 rows: the 7-column first-majors extract.
    case firstOnly = "first majors only"
    /// MAJORNUM 1 and 2: the full NCES file.
    case firstAndSecond = "first and second majors"
}

/// The layout of a completions file.
public enum CompletionsLayout: String, Sendable, Codable {
    /// NCES's full C20xx_A file: 64 columns, with imputation flags (XCTOTALT …).
    case full = "full NCES file"
    /// A subset of its columns (the first-majors extract has 7).
    case subset = "column subset"
}

/// The six-digit rows of one completions file, with what was left out.
public struct IPEDSCompletions: Sendable {
    /// Six-digit CIP rows only (summary rows are never among them).
    public var records: [CompletionRecord]
    public var layout: CompletionsLayout
    public var majors: CompletionsMajors
    /// Rows of each summary kind, left out of `records`: `99` institution
    /// totals, 2-digit family and 4-digit series subtotals.
    public var grandTotalRows = 0
    public var familySubtotalRows = 0
    public var seriesSubtotalRows = 0
    public var report: LoadReport
    /// The catalog vintage the file was loaded as (empty when loaded alone).
    public var vintage = ""

    public init(records: [CompletionRecord], layout: CompletionsLayout, majors: CompletionsMajors, grandTotalRows: Int,
                familySubtotalRows: Int, seriesSubtotalRows: Int, report: LoadReport) {
        self.records = records
        self.layout = layout
        self.majors = majors
        self.grandTotalRows = grandTotalRows
        self.familySubtotalRows = familySubtotalRows
        self.seriesSubtotalRows = seriesSubtotalRows
        self.report = report
    }
}

/// One IPEDS year: that year's completions joined to that year's HD file.
public struct IPEDSYear: Sendable {
    /// The completions vintage, the academic year of the awards: "2023–24".
    public var vintage: String
    /// The IPEDS survey year both files come from (C2024_A and HD2024: 2024).
    public var surveyYear: Int
    public var completions: IPEDSCompletions
    /// The HD vintage joined: "2024–25".
    public var institutionsVintage: String
    public var institutions: IPEDSInstitutions

    public init(vintage: String, surveyYear: Int, completions: IPEDSCompletions, institutionsVintage: String, institutions: IPEDSInstitutions) {
        self.vintage = vintage
        self.surveyYear = surveyYear
        self.completions = completions
        self.institutionsVintage = institutionsVintage
        self.institutions = institutions
    }
}

/// Academic-year vintage names: `2023–24` (en dash or hyphen).
public enum AcademicYear {
    /// (first year, last year) of `name`, or nil when it is not `YYYY–YY`.
    public static func parse(_ name: String) -> (first: Int, last: Int)? {
        let parts = name.replacingOccurrences(of: "–", with: "-").split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let first = Int(parts[0]), let tail = Int(parts[1]), (first + 1) % 100 == tail else { return nil }
        return (first, first + 1)
    }

    /// `2023–24`.
    public static func name(endingIn year: Int) -> String {
        let tail = year % 100
        return "\(year - 1)–" + (tail < 10 ? "0" : "") + String(tail)
    }
}

/// The text encoding of a dataset file, as found while reading it.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    /// Windows code page 1252 (IPEDS HD files of 2020–2022).
    case windows1252 = "Windows-1252"

    /// Decodes `bytes` to a `String`: UTF-8 as is (the reader has checked
    /// it, or the caller has), Windows-1252 through its code chart. Returns
    /// nil for the five bytes Windows-1252 leaves undefined (0x81, 0x8D,
    /// 0x8F, 0x90, 0x9D).
    public func decode(_ bytes: UnsafeRawBufferPointer) -> String? {
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for b in bytes {
                if b < 0x80 || b >= 0xA0 {
                    // ASCII and 0xA0–0xFF are Latin-1, the same code points.
                    scalars.append(Unicode.Scalar(b))
                } else {
                    let point = Self.windows1252High[Int(b - 0x80)]
                    guard point != 0, let scalar = Unicode.Scalar(point) else { return nil }
                    scalars.append(scalar)
                }
            }
            return String(scalars)
        }
    }

    /// Code points of bytes 0x80–0x9F in Windows-1252 (0 = undefined), from
    /// the Unicode Consortium's mapping file CP1252.TXT.
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// True when every byte is below 0x80.
    public static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for b in bytes where b >= 0x80 { return false }
        return true
    }
}

extension CIPCode {
    /// The code of six digits `digits` (`513801` is 51.3801); nil outside 0–999999.
    public init?(sixDigits digits: Int32) {
        guard (0...999_999).contains(digits) else { return nil }
        self.init(unchecked: digits)
    }
}
