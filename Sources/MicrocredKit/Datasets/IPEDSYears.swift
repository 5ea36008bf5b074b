import Foundation
import MicrocredCore

/// The IPEDS years chosen, resolved to catalog vintages but not loaded: each
/// completions vintage with the HD vintage of the same IPEDS survey year
/// (C2024_A, awards of 2023–24, with HD2024, the 2024–25 directory). Its
/// `requests` go in the list a `DataBundle` loads concurrently.
public struct IPEDSPlan: Sendable, Hashable {
    public struct Year: Sendable, Hashable {
        /// The survey year both files come from.
        public var surveyYear: Int
        /// The completions vintage (`2023–24`) and the HD vintage (`2024–25`).
        public var completions: String
        public var institutions: String
    }

    /// Oldest first.
    public var years: [Year]

    /// The datasets to load, both files of every year.
    public var requests: [DatasetRequest] {
        years.flatMap { [DatasetRequest(.ipedsCompletions, vintage: $0.completions), DatasetRequest(.ipedsInstitutions, vintage: $0.institutions)] }
    }

    /// The HD file of every year: the first stage of a supply analysis of
    /// one area, whose completions are then read with `DataBundle.addCompletions`.
    public var institutionRequests: [DatasetRequest] {
        years.map { DatasetRequest(.ipedsInstitutions, vintage: $0.institutions) }
    }

    /// The years `names` (completions vintages such as `2023–24`, or the
    /// year they end in, `2024`), or the newest `newest` when `names` is
    /// empty; oldest first.
    public static func resolve(_ names: [String], newest: Int, catalog: DatasetCatalog) throws -> IPEDSPlan {
        let at = SourceLocation(file: catalog.path)
        guard let completions = catalog.entry(.ipedsCompletions) else {
            throw MicrocredError("no dataset '\(DatasetID.ipedsCompletions)' in the catalog", at: at, hint: "Add the IPEDS entries (docs/supply.md)")
        }
        guard let directory = catalog.entry(.ipedsInstitutions) else {
            throw MicrocredError("no dataset '\(DatasetID.ipedsInstitutions)' in the catalog", at: at, hint: "Add the IPEDS entries (docs/supply.md)")
        }
        func surveyYear(_ v: DatasetVintage) throws -> Int {
            guard let y = AcademicYear.parse(v.vintage) else {
                throw MicrocredError("\(DatasetID.ipedsCompletions) vintage '\(v.vintage)' is not an academic year such as 2023–24", at: at,
                                     hint: "Name each completions vintage after the academic year of its awards")
            }
            return y.last
        }
        let known = try completions.vintages.map { (try surveyYear($0), $0) }.sorted { $0.0 < $1.0 }
        var chosen: [(Int, DatasetVintage)] = []
        if names.isEmpty {
            chosen = Array(known.suffix(max(1, newest)))
        } else {
            for name in names {
                let t = name.trimmingCharacters(in: .whitespaces)
                let year = AcademicYear.parse(t)?.last ?? (t.count == 4 ? Int(t) : nil)
                guard let year, let hit = known.first(where: { $0.0 == year }) else {
                    throw MicrocredError("--years: no IPEDS completions vintage '\(name)'",
                                         hint: "Known academic years: " + known.map { $0.1.vintage }.joined(separator: ", "))
                }
                if !chosen.contains(where: { $0.0 == year }) { chosen.append(hit) }
            }
            chosen.sort { $0.0 < $1.0 }
        }
        var years: [Year] = []
        for (year, v) in chosen {
            guard let hd = directory.vintages.first(where: { AcademicYear.parse($0.vintage)?.first == year }) else {
                throw MicrocredError("\(DatasetID.ipedsCompletions) \(v.vintage) has no HD file of the same survey year: \(DatasetID.ipedsInstitutions) needs vintage \(AcademicYear.name(endingIn: year + 1))",
                                     at: at, hint: "Each year's completions are placed with that year's directory; add HD\(year) with `microcred datasets add`")
            }
            years.append(Year(surveyYear: year, completions: v.vintage, institutions: hd.vintage))
        }
        return IPEDSPlan(years: years)
    }
}

extension DataBundle {
    /// Reads the completions of every year of `plan`, from a bundle that
    /// holds the plan's HD files: for an area other than the nation, only
    /// the rows of institutions that year's HD file does not place outside
    /// `area` (a state's or metro's supply reads a small part of each file).
    public mutating func addCompletions(_ plan: IPEDSPlan, area: SupplyArea?, resolver: DatasetResolver) throws {
        let requests = try plan.years.map { year -> DatasetRequest in
            guard let area, area.kind != .nation else { return DatasetRequest(.ipedsCompletions, vintage: year.completions) }
            guard let directory = ipedsInstitutions[year.institutions] else { throw Self.notLoaded(.ipedsInstitutions) }
            return DatasetRequest(.ipedsCompletions, vintage: year.completions,
                                  scope: .institutions(IPEDSInstitutionScope(area: area, directory: directory)))
        }
        try add(requests: requests, resolver: resolver)
    }

    /// The years of `plan`, each completions file joined to its HD file,
    /// from a bundle loaded with `plan.requests`.
    public func ipedsYears(_ plan: IPEDSPlan) throws -> [IPEDSYear] {
        try plan.years.map { year in
            guard let completions = ipedsCompletions[year.completions] else { throw Self.notLoaded(.ipedsCompletions) }
            guard let institutions = ipedsInstitutions[year.institutions] else { throw Self.notLoaded(.ipedsInstitutions) }
            return IPEDSYear(vintage: year.completions, surveyYear: year.surveyYear, completions: completions,
                             institutionsVintage: year.institutions, institutions: institutions)
        }
    }

    /// The datasets read, for citing, with one citation per dataset: the
    /// IPEDS vintages read are named together (`2021–22, 2022–23, 2023–24`).
    public var citationsByDataset: [SourceCitation] {
        var out: [SourceCitation] = []
        for citation in citations {
            if let i = out.firstIndex(where: { $0.dataset == citation.dataset }) {
                out[i].vintage += ", " + citation.vintage
            } else {
                out.append(citation)
            }
        }
        return out
    }
}
