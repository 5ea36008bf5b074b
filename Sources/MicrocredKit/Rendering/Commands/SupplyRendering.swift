import Foundation
import MicrocredCore

/// Renders a supply analysis (`microcred supply`) as a document, CSV or JSON.
public enum SupplyRendering {
    /// The JSON of `supply --format json`: the analysis, its sources and settings files.
    public struct Output: Encodable, Sendable {
        public var supply: SupplyAnalysis
        public var sources: [SourceCitation]
        public var settingsFiles: [String]
    }

    public static func json(_ a: SupplyAnalysis, sources: [SourceCitation], settingsFiles: [String]) throws -> String {
        try JSONOutput.encode(Output(supply: a, sources: sources, settingsFiles: settingsFiles))
    }

    static func average(_ x: Double) -> String { Figures.decimal(x, places: 1) }

    static func trend(_ s: CompletionSeries) -> String {
        let sign = s.change > 0 ? "+" : ""
        let pct = s.percentChange.map { " (" + (s.change > 0 ? "+" : "") + Figures.decimal($0, places: 1) + "%)" } ?? ""
        return s.direction + " " + sign + Figures.integer(s.change) + pct
    }

    static func seriesCells(_ s: CompletionSeries) -> [String] {
        s.byYear.map { Figures.integer($0) } + [average(s.average), trend(s)]
    }

    /// The completions table: per CIP, by committee group, competing levels marked.
    public static func completionsTable(_ a: SupplyAnalysis) -> OutputTable {
        let years = a.years.map(\.vintage)
        let avg = "\(a.competing.averageYears.count)-yr avg"
        var rows: [[String]] = []
        for cip in a.cips {
            for g in cip.groups { rows.append([cip.cip.description, g.label + (g.competing ? " *" : "")] + seriesCells(g.completions)) }
            rows.append([cip.cip.description, "Competing levels (*)"] + seriesCells(cip.competing))
        }
        if a.cips.count > 1 { rows.append(["all", "Competing levels (*)"] + seriesCells(a.competing)) }
        let n = years.count
        return OutputTable(headers: ["CIP", "Award level"] + years + [avg, "Trend"], rows: rows,
                           rightAligned: Set(2..<(3 + n)), maxWidths: [1: 48])
    }

    public static func gapTable(_ g: SupplyGap) -> OutputTable {
        let rows = g.occupations.map { o -> [String] in
            [o.soc.description, o.title, o.annualOpenings.map { Figures.decimal($0, places: 0) } ?? (o.openingsNote ?? "—"),
             String(o.linkedCIPCount), average(o.linkedCompletions), average(o.proposalCompletions),
             Figures.decimal(o.share * 100, places: 1) + "%" + (o.shareRule == "equal" ? " (equal)" : ""),
             o.sharedOpenings.map { Figures.decimal($0, places: 1) } ?? "—",
             o.occupationRatio.map { Figures.decimal($0, places: 2) } ?? "—"]
        }
        return OutputTable(headers: ["SOC", "Occupation", "Area openings/yr", "Linked CIPs", "Linked completions", "Proposal completions",
                                     "Proposal share", "Shared openings", "Occupation S/D"],
                           rows: rows, rightAligned: Set(2...8), maxWidths: [1: 40])
    }

    public static func competitorTable(_ a: SupplyAnalysis) -> OutputTable {
        let rows = a.competitors.map { c -> [String] in
            [c.name, c.city + ", " + c.state, c.sector, c.control] + c.completionsByYear.map { $0.map { Figures.integer($0) } ?? "not in area" }
        }
        return OutputTable(headers: ["Institution", "City", "Sector", "Control"] + a.years.map(\.vintage), rows: rows,
                           rightAligned: Set(4..<(4 + a.years.count)), maxWidths: [0: 44])
    }

    public static func document(_ a: SupplyAnalysis, sources: [SourceCitation]) -> OutputDocument {
        var doc = OutputDocument()
        let cips = a.cips.map { "\($0.cip) \($0.title)" }.joined(separator: "; ")
        doc.heading("Supply and competition: \(cips) in \(a.area.name)")
        let levels = a.competingAwards.levels.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")
        doc.paragraph("Completions (first majors) by award level and academic year, counted at \(a.areaRule). Competing award levels (*): \(levels). Why: \(a.competingAwards.why). Source: \(a.competingAwards.source), effective \(a.competingAwards.effectiveDate).")
        doc.table(completionsTable(a))
        if let g = a.gap {
            doc.heading("Openings against competing completions")
            let ratio = g.ratio.map { Figures.decimal($0, places: 2) } ?? "—"
            let band = g.band?.label ?? (g.ratioNote ?? "—")
            doc.table(OutputTable(headers: ["Measure", "Value"], rows: [
                ["Supply: competing completions, \(g.averageYears.joined(separator: ", ")) average", average(g.supply)],
                ["Demand: shared annual openings of " + g.occupationsCounted, average(g.demand)],
                ["Supply/demand ratio", ratio],
                ["Band", band],
            ], rightAligned: [], maxWidths: [0: 72, 1: 70]))
            doc.paragraph(g.sharingRule + " Bands: " + g.bandsSource + ".")
            doc.table(gapTable(g))
        }
        doc.heading("Institutions already training for it (\(a.competitors.count))")
        if a.competitors.isEmpty {
            doc.paragraph("No institution in \(a.area.name) reported completions in these CIP codes at the competing award levels.")
        } else {
            doc.table(competitorTable(a))
        }
        doc.heading("Caveats")
        var notes = a.caveats
        for y in a.years {
            notes.append("\(y.vintage): IPEDS survey year \(y.surveyYear), \(y.majors.rawValue) (\(y.layout.rawValue)), placed by the \(y.institutionsVintage) directory (HD\(y.surveyYear))"
                + (y.unplacedRows > 0 ? "; \(Figures.integer(y.unplacedRows)) rows name institutions missing from that directory and are not placed" : "")
                + (y.secondMajorRowsLeftOut > 0 ? "; \(Figures.integer(y.secondMajorRowsLeftOut)) second-major rows left out" : "") + ".")
        }
        doc.list(notes)
        doc.heading("Sources")
        doc.list(sources.map { "\($0.title) (\($0.dataset), \($0.vintage))" })
        return doc
    }

    /// CSV: one row per CIP and award level (and the competing total), years as columns.
    public static func csv(_ a: SupplyAnalysis) -> String {
        let years = a.years.map(\.vintage)
        var rows: [[String]] = []
        func row(_ cip: String, _ id: String, _ label: String, _ competing: Bool, _ s: CompletionSeries) -> [String] {
            [a.area.code, cip, id, label, competing ? "true" : "false"] + s.byYear.map(String.init)
                + [Figures.decimal(s.average, places: 2, grouped: false), String(s.change), s.percentChange.map { Figures.decimal($0, places: 2, grouped: false) } ?? ""]
        }
        for cip in a.cips {
            for l in cip.levels { rows.append(row(cip.cip.description, l.id, l.label, l.competing, l.completions)) }
            rows.append(row(cip.cip.description, "competing", "Competing award levels", true, cip.competing))
        }
        return OutputTable(headers: ["area", "cip", "awlevel", "award_level", "competing"] + years + ["average", "change", "percent_change"], rows: rows).csv()
    }
}
