import Foundation
import MicrocredCore

/// The needs assessment's "Supply and competition" section: completions of
/// the programs the proposed credential competes with, openings against
/// them, the competitors and the caveats (docs/supply.md).
enum SupplyReportSection {
    static func render(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        doc.heading(2, "Supply and competition")
        guard let a = inputs.supply else {
            doc.paragraph("Not shown: \(inputs.supplyNote ?? "no IPEDS data was loaded").")
            return doc
        }
        let levels = a.competingAwards.levels.map { "\($0.label) (AWLEVEL \($0.rawValue))" }.joined(separator: ", ")
        doc.paragraph("Who already trains people for these jobs in \(a.area.name)? IPEDS Completions count the awards (first majors) of every institution, \(a.areaRule). "
            + "\(strong: "Competing award levels:") \(levels). Why: \(a.competingAwards.why) (\(a.competingAwards.source), datasets/rules/competing-awards.yaml, effective \(a.competingAwards.effectiveDate)).")
        let years = a.years.map(\.vintage)
        let avgLabel = "\(a.competing.averageYears.count)-year average"
        var rows: [[MarkdownText]] = a.groups.map { g in
            ["\(g.label + (g.competing ? " (competes)" : ""))"] + cells(g.completions)
        }
        rows.append(["\(strong: "Competing levels")"] + cells(a.competing))
        let cipList = a.cips.map { "\($0.cip)" }.joined(separator: ", ")
        doc.paragraph("Completions in CIP \(cipList) by award level and academic year, \(a.area.name):")
        doc.table(MarkdownTable(["award level"] + years.map { "\($0)" } + ["\(avgLabel)", "trend"], rows,
                                rightAligned: Set(1...(years.count + 1))))
        let demand = a.gap.flatMap { $0.ratio != nil ? $0.demand : nil }
        doc.paragraph(demand == nil ? "Completions at the competing levels by year:"
                      : "Completions at the competing levels by year (bars) against the annual openings shared to these programs (line, \(Figures.decimal(demand ?? 0, places: 1))):")
        doc.mermaid(.bar(title: "Competing completions, \(a.area.name)", labels: years, values: a.competing.byYear.map(Double.init),
                         yLabel: "awards a year", line: demand))
        if let g = a.gap { gap(g, &doc) }
        competitors(a, top: inputs.supplyTopCompetitors, &doc)
        var caveats = a.caveats
        for y in a.years where y.unplacedRows > 0 {
            caveats.append("\(y.vintage): \(Figures.integer(y.unplacedRows)) completions rows name institutions missing from that year's directory and are not placed.")
        }
        doc.paragraph("\(strong: "Caveats.")")
        doc.bullets(caveats.map(MarkdownText.text))
        return doc
    }

    static func cells(_ s: CompletionSeries) -> [MarkdownText] {
        s.byYear.map { "\(Figures.integer($0))" } + ["\(Figures.decimal(s.average, places: 1))", "\(SupplyRendering.trend(s))"]
    }

    static func gap(_ g: SupplyGap, _ doc: inout MarkdownDocument) {
        let years = g.averageYears.joined(separator: ", ")
        var items: [MarkdownText] = [
            "\(strong: "Supply:") \(Figures.decimal(g.supply, places: 1)) awards a year at the competing levels (\(years) average).",
            "\(strong: "Demand:") \(Figures.decimal(g.demand, places: 1)) estimated annual openings of \(g.occupationsCounted), shared as below.",
        ]
        if let ratio = g.ratio {
            items.append("\(strong: "Supply/demand ratio:") \(Figures.decimal(ratio, places: 2)): \(g.band?.label ?? "no band") (\(g.bandsSource); datasets/supply-settings.yaml).")
        } else {
            items.append("\(strong: "Supply/demand ratio:") \(g.ratioNote ?? "not computed").")
        }
        doc.bullets(items)
        doc.paragraph("\(g.sharingRule) Each occupation's own ratio sets every linked program's completions against its openings.")
        guard !g.occupations.isEmpty else {
            doc.paragraph("No counted occupation is linked to these CIP codes by the crosswalk, so there is no demand to share.")
            return
        }
        let rows = g.occupations.map { o -> [MarkdownText] in
            ["\(o.soc.description)", "\(o.title)", "\(o.annualOpenings.map { Figures.decimal($0, places: 1) } ?? (o.openingsNote ?? "—"))",
             "\(String(o.linkedCIPCount))", "\(Figures.decimal(o.linkedCompletions, places: 1))", "\(Figures.decimal(o.proposalCompletions, places: 1))",
             "\(Figures.decimal(o.share * 100, places: 1) + "%" + (o.shareRule == "equal" ? " (equal)" : ""))",
             "\(o.sharedOpenings.map { Figures.decimal($0, places: 1) } ?? "—")", "\(o.occupationRatio.map { Figures.decimal($0, places: 2) } ?? "—")"]
        }
        doc.table(MarkdownTable(["SOC", "occupation", "area openings a year", "linked CIPs", "linked completions", "proposal completions",
                                 "proposal share", "shared openings", "occupation S/D"], rows, rightAligned: Set(2...8)))
    }

    static func competitors(_ a: SupplyAnalysis, top: Int, _ doc: inout MarkdownDocument) {
        let years = a.years.map(\.vintage)
        guard !a.competitors.isEmpty else {
            doc.paragraph("\(strong: "Competitors:") no institution in \(a.area.name) reported awards in these CIP codes at the competing levels in \(years.joined(separator: ", ")).")
            return
        }
        let shown = a.competitors.prefix(top)
        let lead = shown.count < a.competitors.count ? "the \(shown.count) with the most awards in \(years.last ?? "the newest year") are listed" : "all are listed"
        doc.paragraph("\(strong: "Competitors:") \(a.competitors.count) institutions in \(a.area.name) awarded these CIP codes at the competing levels; \(lead) (datasets/supply-settings.yaml, report_top_competitors).")
        let rows = shown.map { c -> [MarkdownText] in
            // NCES's sector label names the control (Public, Private not-for-profit, …).
            ["\(c.name)", "\(c.city + ", " + c.state)", "\(c.sector)"]
                + c.completionsByYear.map { "\($0.map { Figures.integer($0) } ?? "not in area")" }
        }
        doc.table(MarkdownTable(["institution", "city", "sector"] + years.map { "\($0)" }, rows,
                                rightAligned: Set(3..<(3 + years.count))))
    }
}
