import MicrocredCore
import Foundation
import Yams

/// The kinds of dataset microcred can load; each has one loader.
public enum DatasetKind: String, Codable, Sendable, CaseIterable {
    case oews
    case epProjections = "ep-projections"
    case epOpenings = "ep-openings"
    case cipSocCrosswalk = "cip-soc-crosswalk"
    case cipCodes = "cip-codes"
    case onetOccupations = "onet-occupations"
    case onetSkills = "onet-skills"
    case onetKnowledge = "onet-knowledge"
    case onetJobZones = "onet-job-zones"
    case onetEducation = "onet-education"
    case onetEducationCategories = "onet-education-categories"
    case onetTechnology = "onet-technology"
    /// A high-demand career list, read through the column mapping named in
    /// the entry's `mapping`.
    case highDemandList = "high-demand-list"
    /// IPEDS Institutional Characteristics (HD), one vintage per year.
    case ipedsInstitutions = "ipeds-institutions"
    /// IPEDS Completions by CIP and award level (C20xx_A), one vintage per academic year.
    case ipedsCompletions = "ipeds-completions"
}

/// One release of a dataset.
public struct DatasetVintage: Codable, Sendable, Hashable {
    /// As the publisher names it: a month and year for OEWS, a decade for EP, a release number for O*NET.
    public var vintage: String
    /// The month the figures describe, `YYYY-MM`; the newest is the default
    /// vintage and staleness is measured from it.
    public var referenceDate: String
    /// Path relative to a data-path folder.
    public var file: String
    public var sha256: String?
    /// Data rows, the header excluded.
    public var rows: Int?
    public var note: String?
    /// True when an analyst confirmed that this is the publisher's current
    /// edition (on `editionChecked`): an old reference date is then not stale.
    public var currentEdition: Bool? = nil
    /// When the current edition was confirmed, `YYYY-MM-DD`.
    public var editionChecked: String? = nil
    /// Why it is current, in words (for the Sources section).
    public var editionNote: String? = nil
    /// The release to look for once the data are stale, in words ("OEWS May 2026, published by BLS each spring").
    public var nextRelease: String? = nil

    enum CodingKeys: String, CodingKey {
        case vintage, file, sha256, rows, note
        case referenceDate = "reference_date"
        case currentEdition = "current_edition"
        case editionChecked = "edition_checked"
        case editionNote = "edition_note"
        case nextRelease = "next_release"
    }

    public init(vintage: String, referenceDate: String, file: String, sha256: String?, rows: Int?, note: String?) {
        self.vintage = vintage
        self.referenceDate = referenceDate
        self.file = file
        self.sha256 = sha256
        self.rows = rows
        self.note = note
    }

    /// The reference date as (year, month), if well formed.
    public var referenceMonth: (year: Int, month: Int)? {
        let parts = referenceDate.split(separator: "-")
        // Years 1990–2100: no release in the catalog's scope is older, and a
        // typo like 99999-12 must not become "the newest" vintage.
        guard parts.count == 2, parts[0].count == 4, parts[1].count <= 2, let y = Int(parts[0]), let m = Int(parts[1]),
              (1990...2100).contains(y), (1...12).contains(m) else { return nil }
        return (y, m)
    }
}

/// A dataset and its vintages, with provenance.
public struct DatasetEntry: Codable, Sendable, Hashable {
    public var id: DatasetID
    public var kind: DatasetKind
    public var title: String
    public var publisher: String
    public var sourceURL: String
    public var license: String
    /// Text that must accompany figures from this dataset.
    public var attribution: String
    /// `csv` or `tsv`.
    public var format: String
    /// Age in months past which reports warn that the data are stale.
    public var maxAgeMonths: Int
    /// The header the files are expected to have.
    public var columns: [String]
    /// For high-demand lists: the column mapping file, relative to the catalog's folder.
    public var mapping: String?
    public var vintages: [DatasetVintage]

    enum CodingKeys: String, CodingKey {
        case id, kind, title, publisher, license, attribution, format, columns, vintages, mapping
        case sourceURL = "source_url"
        case maxAgeMonths = "max_age_months"
    }

    /// The newest vintage by reference date (ties: the later listed).
    public var newestVintage: DatasetVintage? {
        // By date, not by text: 2026-5 is older than 2026-12.
        vintages.enumerated().max { a, b in
            let x = a.element.referenceMonth ?? (0, 0), y = b.element.referenceMonth ?? (0, 0)
            return (x.year, x.month, a.offset) < (y.year, y.month, b.offset)
        }?.element
    }

    /// The vintage named `name`, or the newest when `name` is nil.
    public func vintage(named name: String?) -> DatasetVintage? {
        guard let name else { return newestVintage }
        return vintages.first { $0.vintage.caseInsensitiveCompare(name) == .orderedSame }
    }
}

/// The list of every dataset microcred knows, read from `datasets/catalog.yaml`.
public struct DatasetCatalog: Codable, Sendable {
    public var datasets: [DatasetEntry]

    /// Where the catalog was read from; its folder is the first data-path folder.
    public var path: String = ""

    enum CodingKeys: String, CodingKey { case datasets }

    public init(datasets: [DatasetEntry], path: String) {
        self.datasets = datasets
        self.path = path
    }

    public func entry(_ id: DatasetID) -> DatasetEntry? { datasets.first { $0.id == id } }

    /// The folder that holds the catalog.
    public var directory: String { (path as NSString).deletingLastPathComponent }

    /// Reads and checks a catalog file.
    public static func load(path: String) throws -> DatasetCatalog {
        let document = try YAMLDocument.load(path: path, what: "dataset catalog")
        var catalog = try document.decode(DatasetCatalog.self)
        catalog.path = path
        var seen = Set<DatasetID>()
        for entry in catalog.datasets {
            if !seen.insert(entry.id).inserted {
                throw MicrocredError("dataset id '\(entry.id)' appears twice", at: SourceLocation(file: path), hint: "Give each dataset one entry and list its releases under vintages")
            }
            if entry.vintages.isEmpty {
                throw MicrocredError("dataset '\(entry.id)' lists no vintages", at: SourceLocation(file: path), hint: "Add at least one vintage with its file")
            }
            for v in entry.vintages where v.currentEdition == true && v.editionChecked.flatMap(CalendarDate.init) == nil {
                throw MicrocredError("dataset '\(entry.id)' vintage '\(v.vintage)' says current_edition: true but edition_checked is '\(v.editionChecked ?? "missing")'",
                                     at: SourceLocation(file: path),
                                     hint: "Give the date the edition was confirmed as the publisher's current one, e.g. edition_checked: 2026-12-01")
            }
            for v in entry.vintages where v.referenceMonth == nil {
                throw MicrocredError("dataset '\(entry.id)' vintage '\(v.vintage)' has reference_date '\(v.referenceDate)'; write it as YYYY-MM, a year from 1990 to 2100", at: SourceLocation(file: path),
                                     hint: "e.g. reference_date: 2025-05")
            }
        }
        return catalog
    }

    /// Finds the catalog: `explicit`, else `$MICROCRED_CATALOG`, else
    /// `datasets/catalog.yaml` in the current folder or the nearest parent.
    public static func locate(explicit: String?, environment: [String: String],
                              currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        if let explicit { return explicit }
        if let env = environment["MICROCRED_CATALOG"], !env.isEmpty { return env }
        let start = URL(fileURLWithPath: currentDirectory).standardizedFileURL
        var dir = start
        for depth in 0..<32 {
            let candidate = dir.appendingPathComponent("datasets/catalog.yaml").path
            if FileManager.default.fileExists(atPath: candidate) {
                // Relative paths keep messages short and free of this machine's layout.
                return String(repeating: "../", count: depth) + "datasets/catalog.yaml"
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        return nil
    }
}
