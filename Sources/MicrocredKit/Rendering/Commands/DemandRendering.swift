import MicrocredCore
import Foundation

/// Renders one occupation's demand profile (`microcred occupation`).
public enum OccupationRendering {
    public static func json(_ d: OccupationDemand, sources: [SourceCitation], reach: OccupationReachView? = nil) throws -> String {
        guard case .object(var f) = AlignmentRendering.occupationJSON(d, oewsVintage: sources.oewsVintage) else { return "{}" }
        rulesFields(d, reach: reach, into: &f)
        f["area"] = .object(["id": .string(d.area.commandLineName), "name": .string(d.area.title), "oewsCode": .string(d.area.code.description)])
        JSONValue.reported(&f, "areaAllOccupationsMedianWage", d.areaAllOccupationsMedianWage)
        f["sources"] = AlignmentRendering.sourcesJSON(sources)
        return try JSONOutput.encode(JSONValue.object(f))
    }

    public static func document(_ d: OccupationDemand, sources: [SourceCitation], reach: OccupationReachView? = nil) -> OutputDocument {
        var doc = OutputDocument()
        doc.heading("\(d.soc) \(d.title) in \(d.area.title)")
        let w = d.annualWages
        let ratio = d.wageRelativeToAreaMedian.map { Figures.decimal($0, places: 2) + "× the area all-occupations median (" + Figures.wage(d.areaAllOccupationsMedianWage) + ")" }
            ?? "not comparable with the area median (" + (d.medianAnnualWageNote ?? "area median missing") + ")"
        let rows: [[String]] = [
            ["Area employment (OEWS)", Figures.count(d.employment) + (d.employmentNote.map { d.employment.isValue ? "" : " — \($0)" } ?? "")],
            ["Annual wage, 10th percentile", Figures.wage(w.p10)],
            ["Annual wage, 25th percentile", Figures.wage(w.p25)],
            ["Annual wage, median", d.hasAreaEstimate ? Figures.wage(w.median) : "not published for this area"],
            ["Annual wage, 75th percentile", Figures.wage(w.p75)],
            ["Annual wage, 90th percentile", Figures.wage(w.p90)],
            ["Median vs area median", ratio],
            ["Projected growth (EP, national)", d.projectedGrowthPercent.value.map { Figures.decimal($0, places: 1) + "%" } ?? (d.projectedGrowthPercent.note() ?? "—")],
            ["National annual openings (EP)", Figures.count(d.nationalAnnualOpenings)],
            ["Est. area annual openings", d.areaAnnualOpeningsEstimate.map { Figures.decimal($0, places: 0) + " (estimate)" } ?? (d.areaAnnualOpeningsNote ?? "—")],
            ["Typical entry education (EP)", d.typicalEntryEducation ?? "not available"],
            ["EP median wage, \(d.projectionWageLabel)", d.projectionMedianWage.value.map { Figures.dollars(Double($0)) } ?? (d.projectionMedianWage.note(format: { Figures.integer($0) }) ?? "—")],
            ["High demand", (d.highDemand.isHighDemand ? "yes — " : "no — ") + d.highDemand.reason],
        ]
        doc.table(OutputTable(headers: ["Measure", "Value"], rows: rows, maxWidths: [1: 66]))
        if !d.highDemand.checks.isEmpty {
            doc.table(HighDemandRendering.checksTable(d.highDemand.checks))
        }
        rulesSection(d, reach: reach, into: &doc)
        doc.paragraph(AlignmentRendering.estimateNote + " OEWS wages are \(sources.oewsVintage ?? "the OEWS release's"); EP's own median wage (\(d.projectionWageLabel)) is shown apart and never mixed.")
        doc.heading("Sources")
        doc.list(sources.map { "\($0.title) (\($0.dataset), \($0.vintage))" } + ["OEWS row line \(d.oewsLine.map(String.init) ?? "—"); EP table 1.2 line \(d.projectionLine.map(String.init) ?? "—")"])
        return doc
    }

    public static func csv(_ d: OccupationDemand, reach: OccupationReachView? = nil) -> String {
        let w = d.annualWages
        let extra = rulesCSV(d, reach: reach)
        func wage(_ r: Reported<Double>) -> String { r.value.map { Figures.decimal($0, places: 0, grouped: false) } ?? "" }
        return OutputTable(
            headers: ["soc", "title", "area", "employment", "employmentNote", "p10", "p25", "median", "medianNote", "p75", "p90",
                      "wageRelativeToAreaMedian", "projectedGrowthPercent", "nationalAnnualOpenings", "areaAnnualOpeningsEstimate",
                      "areaAnnualOpeningsEstimateNote", "typicalEntryEducation", "highDemand", "highDemandReason"] + extra.headers,
            rows: [[d.soc.description, d.title, d.area.commandLineName, d.employment.value.map(String.init) ?? "", d.employmentNote ?? "",
                    wage(w.p10), wage(w.p25), wage(w.median), d.medianAnnualWageNote ?? "", wage(w.p75), wage(w.p90),
                    d.wageRelativeToAreaMedian.map { Figures.decimal($0, places: 4, grouped: false) } ?? "",
                    d.projectedGrowthPercent.value.map { Figures.decimal($0, places: 1, grouped: false) } ?? "",
                    d.nationalAnnualOpenings.value.map(String.init) ?? "",
                    d.areaAnnualOpeningsEstimate.map { Figures.decimal($0, places: 1, grouped: false) } ?? "", d.areaAnnualOpeningsNote ?? "",
                    d.typicalEntryEducation ?? "", d.highDemand.isHighDemand ? "true" : "false", d.highDemand.reason] + extra.values]).csv()
    }
}

/// Renders derived and imported high-demand lists.
public enum HighDemandRendering {
    static func checkText(_ c: CriterionCheck) -> String {
        let value: String
        switch c.name {
        case "areaAnnualOpenings": value = c.value.map { Figures.decimal($0, places: 0) } ?? "unknown"
        case "growthPercent": value = c.value.map { Figures.decimal($0, places: 1) + "%" } ?? "unknown"
        default: value = c.note == "median wage top-coded" ? "top-coded" : (c.value.map { Figures.decimal($0, places: 2) + "×" } ?? "unknown")
        }
        return value + " " + (c.passed == true ? "pass" : c.passed == false ? "FAIL" : "n/a")
    }

    static func checksTable(_ checks: [CriterionCheck]) -> OutputTable {
        OutputTable(headers: ["Criterion", "Value", "Threshold", "Result"], rows: checks.map { c in
            [c.name, c.value.map { Figures.decimal($0, places: c.name == "areaAnnualOpenings" ? 1 : 2) } ?? (c.note ?? "unknown"),
             Figures.decimal(c.threshold, places: 2), c.passed == true ? "pass" : c.passed == false ? "fail" : "unknown"]
        }, rightAligned: [1, 2], maxWidths: [1: 50])
    }

    static func criteriaSentence(_ l: DerivedHighDemandList) -> String {
        let c = l.criteria
        let growth = c.growthThreshold(allOccupations: l.allOccupationsGrowth)
        return "Criteria (all must pass): estimated area annual openings ≥ \(Figures.decimal(c.minimumAreaAnnualOpenings, places: 0)); EP national growth ≥ \(Figures.decimal(growth, places: 1))%" +
            (c.minimumGrowth == .allOccupations ? " (the all-occupations rate)" : "") +
            "; area median wage ≥ \(Figures.decimal(c.minimumWageRatio, places: 2))× the area all-occupations median (\(Figures.dollars(l.areaAllOccupationsMedianWage)))."
    }

    public static func document(_ l: DerivedHighDemandList, sources: [SourceCitation]) -> OutputDocument {
        var doc = OutputDocument()
        doc.heading("\(l.criteria.name): \(l.area.title)")
        doc.paragraph("Derived from public data; not an official list. " + criteriaSentence(l))
        doc.paragraph("\(l.rows.filter(\.isHighDemand).count) of \(l.evaluated) occupations with OEWS estimates in the area qualify.")
        doc.table(OutputTable(headers: ["SOC", "Title", "Est. openings", "Growth", "Wage ratio", "High demand"],
                              rows: l.rows.map { r in
                                  [r.soc.description, r.title] + r.checks.map(checkText) + [r.isHighDemand ? "yes" : "no"]
                              }, rightAligned: [2, 3, 4], maxWidths: [1: 34]))
        derivedRulesSection(l, into: &doc)
        doc.paragraph(AlignmentRendering.estimateNote)
        doc.heading("Sources")
        doc.list(sources.map { "\($0.title) (\($0.dataset), \($0.vintage))" })
        return doc
    }

    public static func csv(_ l: DerivedHighDemandList) -> String {
        var rows: [[String]] = []
        for r in l.rows {
            var row = [r.soc.description, r.title, l.area.commandLineName]
            for c in r.checks {
                row.append(c.value.map { Figures.decimal($0, places: 4, grouped: false) } ?? "")
                row.append(Figures.decimal(c.threshold, places: 4, grouped: false))
                row.append(c.passed.map { $0 ? "pass" : "fail" } ?? "unknown")
            }
            row += [r.isHighDemand ? "true" : "false", r.reason, DerivedHighDemandList.label]
            row += panelRules(l).map { rule in verdict(r.panel.first { $0.rule == rule }?.met) }
            rows.append(row)
        }
        return OutputTable(headers: ["soc", "title", "area",
                                                    "areaAnnualOpenings", "areaAnnualOpeningsThreshold", "areaAnnualOpeningsResult",
                                                    "growthPercent", "growthPercentThreshold", "growthPercentResult",
                                                    "wageRatioToAreaMedian", "wageRatioThreshold", "wageRatioResult",
                                                    "highDemand", "reason", "status"] + panelRules(l).map { "rule:" + $0.rawValue }, rows: rows).csv()
    }

    public static func json(_ l: DerivedHighDemandList, sources: [SourceCitation]) throws -> String {
        let value = JSONValue.object([
            "list": .string(l.criteria.name),
            "status": .string(DerivedHighDemandList.label),
            "area": .object(["id": .string(l.area.commandLineName), "name": .string(l.area.title)]),
            "criteria": .object(["minimumAreaAnnualOpenings": .double(l.criteria.minimumAreaAnnualOpenings),
                                 "minimumGrowthPercent": .double(l.criteria.growthThreshold(allOccupations: l.allOccupationsGrowth)),
                                 "minimumGrowthIsAllOccupationsRate": .bool(l.criteria.minimumGrowth == .allOccupations),
                                 "minimumWageRatioToAreaMedian": .double(l.criteria.minimumWageRatio),
                                 "areaAllOccupationsMedianWage": .double(l.areaAllOccupationsMedianWage)]),
            "evaluated": .int(l.evaluated),
            "occupations": .array(l.rows.map { r in
                .object(["soc": .string(r.soc.description), "title": .string(r.title), "highDemand": .bool(r.isHighDemand),
                         "reason": .string(r.reason),
                         "highDemandRules": panelJSON(r.panel, decides: l.criteria.rule),
                         "criteria": .array(r.checks.map { c in
                             .object(["name": .string(c.name), "value": .double(c.value), "threshold": .double(c.threshold),
                                      "passed": c.passed.map { .bool($0) } ?? .null, "note": .text(c.note)]) })])
            }),
            "sources": AlignmentRendering.sourcesJSON(sources),
        ])
        return try JSONOutput.encode(value)
    }

    /// An imported list with its diagnostics.
    public static func document(_ l: HighDemandList) -> OutputDocument {
        var doc = OutputDocument()
        doc.heading("\(l.name)" + (l.date.map { " (\($0))" } ?? ""))
        doc.paragraph("\(l.entries.count) occupations matched to published SOC codes; \(l.diagnostics.warningCount) warnings.")
        doc.table(OutputTable(headers: ["SOC", "Title", "Region", "Listed code", "Line"],
                              rows: l.entries.map { [$0.soc.description, $0.title, $0.region ?? "", $0.listedCode ?? "", $0.line.map(String.init) ?? ""] },
                              maxWidths: [1: 40]))
        if !l.diagnostics.isEmpty {
            doc.heading("Diagnostics")
            doc.list(l.diagnostics.items.map(\.description))
        }
        return doc
    }
}
