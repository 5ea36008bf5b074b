import MicrocredCore
import Foundation

/// Renders a `DisciplineAlignment` as the `align` JSON contract, terminal
/// tables, Markdown or CSV.
public enum AlignmentRendering {
    // MARK: JSON

    /// The occupation fields of the JSON contract.
    public static func occupationJSON(_ d: OccupationDemand, oewsVintage: String?, educationFit: Double? = nil, links: [DisciplineCrosswalk.Link] = []) -> JSONValue {
        var f: [String: JSONValue] = [:]
        f["soc"] = .string(d.soc.description)
        f["title"] = .string(d.title)
        f["employment"] = .double(d.employment.value.map(Double.init))
        if let note = d.employmentNote { f["employmentNote"] = .string(note) }
        f["medianAnnualWage"] = .double(d.annualWages.median.value)
        if let note = d.medianAnnualWageNote { f["medianAnnualWageNote"] = .string(note) }
        var percentiles: [String: JSONValue] = [:]
        for (name, r) in [("p10", d.annualWages.p10), ("p25", d.annualWages.p25), ("p75", d.annualWages.p75), ("p90", d.annualWages.p90)] {
            JSONValue.reported(&percentiles, name, r)
        }
        f["annualWagePercentiles"] = .object(percentiles)
        f["wageRelativeToAreaMedian"] = .double(d.wageRelativeToAreaMedian.flatMap { Figures.rounded($0, 4) })
        JSONValue.reported(&f, "projectedGrowthPercent", d.projectedGrowthPercent)
        JSONValue.reported(&f, "nationalAnnualOpenings", d.nationalAnnualOpenings)
        JSONValue.reported(&f, "nationalEmployment", d.nationalEmployment)
        f["areaAnnualOpeningsEstimate"] = .double(d.areaAnnualOpeningsEstimate)
        f["areaAnnualOpeningsEstimateNote"] = .string(d.areaAnnualOpeningsNote
            ?? "estimate: EP national annual openings × area share of OEWS national employment (docs/analysis.md)")
        f["typicalEntryEducation"] = .text(d.typicalEntryEducation)
        f["educationFit"] = .double(educationFit)
        f["highDemand"] = .bool(d.highDemand.isHighDemand)
        f["highDemandReason"] = .string(d.highDemand.reason)
        if !d.highDemand.checks.isEmpty {
            f["highDemandCriteria"] = .array(d.highDemand.checks.map { c in
                .object(["name": .string(c.name), "value": .double(c.value), "threshold": .double(c.threshold),
                         "passed": c.passed.map { .bool($0) } ?? .null, "note": .text(c.note)])
            })
        }
        JSONValue.reported(&f, "projectionMedianWage", d.projectionMedianWage)
        f["projectionMedianWageNoteOnVintage"] = .string("EP median wage of its base year (\(d.projectionWageLabel)), not \(oewsVintage.map { "OEWS " + $0 } ?? "the OEWS wages"); shown for reference, never mixed")
        if !links.isEmpty {
            f["linkedBy"] = .array(links.map { l in
                .object(["cip": .string(l.cip.description), "crosswalkSoc": .string(l.soc.description), "crosswalkTitle": .string(l.socTitle),
                         "rollup": .string(l.rollup.kind.rawValue), "crosswalkLine": .int(l.line)])
            })
        }
        f["sourceLines"] = .object(["oews": d.oewsLine.map { .int($0) } ?? .null, "ep": d.projectionLine.map { .int($0) } ?? .null])
        return .object(f)
    }

    static func component(_ c: ScoreComponent) -> JSONValue {
        var f: [String: JSONValue] = ["name": .string(c.name), "raw": .double(c.raw), "normalized": .double(c.normalized),
                                      "weight": .double(c.weight), "unit": .string(c.unit), "formula": .string(c.formula),
                                      "parameters": .object(c.parameters.mapValues { .double($0) })]
        if let r = c.reference { f["reference"] = .double(r) }
        if let n = c.note { f["note"] = .string(n) }
        return .object(f)
    }

    static func competencyJSON(_ c: Competency) -> JSONValue {
        .object(["id": .string(c.element.id), "name": .string(c.element.name), "domain": .string(c.element.domain.rawValue),
                 "importance": .double(c.importance), "level": .double(c.level), "band": .text(c.band?.rawValue),
                 "occupations": .int(c.occupations)])
    }

    static func areaJSON(_ a: AreaContext) -> JSONValue {
        var f: [String: JSONValue] = ["id": .string(a.area.commandLineName), "name": .string(a.area.title),
                                      "oewsCode": .string(a.area.code.description), "kind": .string(a.area.code.kind.description)]
        JSONValue.reported(&f, "allOccupationsEmployment", a.allOccupationsEmployment)
        JSONValue.reported(&f, "allOccupationsMedianWage", a.allOccupationsMedianWage)
        f["allOccupationsOpeningsEstimate"] = .double(a.allOccupationsOpeningsEstimate)
        f["allOccupationsGrowthPercent"] = .double(a.allOccupationsGrowthPercent)
        return .object(f)
    }

    static func diagnosticsJSON(_ d: Diagnostics) -> JSONValue {
        .array(d.items.map { item in
            var f: [String: JSONValue] = ["severity": .string(item.severity.rawValue), "message": .string(item.message)]
            if let file = item.file { f["file"] = .string(file) }
            if let line = item.line { f["line"] = .int(line) }
            return .object(f)
        })
    }

    static func sourcesJSON(_ s: [SourceCitation]) -> JSONValue {
        .array(s.map { .object(["dataset": .string($0.dataset), "vintage": .string($0.vintage), "title": .string($0.title)]) })
    }

    /// The JSON value of the `align` contract.
    public static func jsonValue(_ r: DisciplineAlignment) -> JSONValue {
        var f: [String: JSONValue] = [:]
        f["cip"] = .array(r.programs.map { .string($0.code.description) })
        f["programs"] = .array(r.programs.map { .object(["cip": .string($0.code.description), "title": .string($0.title)]) })
        f["area"] = areaJSON(r.area)
        f["score"] = .object(["value": .double(r.score.value), "components": .array(r.score.components.map(component)),
                              "formula": .string("value = 100 × Σ(weight × normalized) ÷ Σ weight (docs/scoring.md)")])
        f["occupations"] = .array(r.occupations.map { o in
            guard case .object(var fields) = occupationJSON(o.demand, oewsVintage: r.sources.oewsVintage, educationFit: o.educationFit, links: o.links) else { return .null }
            methodFields(o, into: &fields)
            return .object(fields)
        })
        f["method"] = methodJSON(r)
        if let m = r.method, m.insufficientAreaData {
            f["score"] = .object(["value": .null, "insufficientAreaData": .string(m.insufficientReason ?? "too little is known"),
                                  "components": .array(r.score.components.map(component)),
                                  "formula": .string("value = 100 × Σ(weight × normalized) ÷ Σ weight (docs/scoring.md)")])
        }
        f["adjacent"] = .array(r.adjacent.map { a in
            guard case .object(var fields) = occupationJSON(a.demand, oewsVintage: r.sources.oewsVintage) else { return .null }
            fields["similarity"] = .double(a.similarity)
            fields["sharedTopSkills"] = .array(a.sharedTopSkills.map { .string($0) })
            return .object(fields)
        })
        f["competencies"] = .object(["skills": .array(r.skills.map(competencyJSON)), "knowledge": .array(r.knowledge.map(competencyJSON)),
                                     "bands": .object(["intermediateFrom": .double(r.weights.competencies.intermediateFrom),
                                                       "advancedFrom": .double(r.weights.competencies.advancedFrom)]),
                                     "focus": focusJSON(r.focus)])
        f["rollups"] = .array(r.rollups.map { .object(["from": .string($0.from.description), "to": .text($0.to?.description),
                                                         "kind": .string($0.kind.rawValue), "explanation": .string($0.explanation)]) })
        f["highDemandList"] = .string(r.highDemandLabel)
        f["diagnostics"] = diagnosticsJSON(r.diagnostics)
        f["sources"] = sourcesJSON(r.sources)
        f["notes"] = .array([.string(r.vintageNote), .string(estimateNote)])
        return .object(f)
    }

    /// Sorted-key JSON text.
    public static func json(_ r: DisciplineAlignment) throws -> String { try JSONOutput.encode(jsonValue(r)) }

    static let estimateNote = "Area annual openings are estimates: EP national annual openings × the area's share of OEWS national employment in the occupation (docs/analysis.md)."

    // MARK: Tables

    static func openings(_ x: Double?) -> String { x.map { Figures.decimal($0, places: 0) } ?? "—" }

    static func growth(_ r: Reported<Double>) -> String { r.value.map { Figures.decimal($0, places: 1) + "%" } ?? "—" }

    /// The linked-occupations table of `align`.
    static func occupationTable(_ rows: [OccupationRow]) -> OutputTable {
        OccupationRow.outputTable(rows, [.soc, .title, .employment, .medianWage, .growth, .areaOpenings, .highDemand], maxWidths: [1: 30])
    }
    /// Headings, tables and lists for `table` and `markdown` output.
    public static func document(_ r: DisciplineAlignment) -> OutputDocument {
        var doc = OutputDocument()
        let cips = r.programs.map { "\($0.code) \($0.title)" }.joined(separator: "; ")
        doc.heading("Alignment: \(r.programs.map(\.code.description).joined(separator: " + ")) in \(r.area.area.title)")
        doc.paragraph("Disciplines: \(cips). Area: \(r.area.area.title) (\(r.area.area.commandLineName)), all-occupations median wage \(Figures.wage(r.area.allOccupationsMedianWage)), estimated all-occupations openings \(openings(r.area.allOccupationsOpeningsEstimate))/yr.")
        doc.paragraph(scoreLine(r))
        doc.table(OutputTable(headers: ["Component", "Raw", "Normalized", "Weight"],
                              rows: r.score.components.map { c in
                                  [c.name, c.raw.map { Figures.decimal($0, places: c.name == "openings" ? 1 : 4, grouped: c.name == "openings") } ?? "—",
                                   Figures.decimal(c.normalized, places: 4), Figures.decimal(c.weight, places: 2)]
                              }, rightAligned: [1, 2, 3]))
        doc.heading("Linked occupations")
        doc.table(occupationTable(r.occupations.map(OccupationRow.init)))
        doc.paragraph("High demand: \(r.highDemandLabel). " + estimateNote + " " + r.vintageNote)
        methodSections(r, into: &doc)
        doc.heading("Skill-adjacent high-demand occupations (not linked by the crosswalk)")
        if r.adjacent.isEmpty {
            doc.paragraph("None at or above similarity \(Figures.decimal(r.weights.adjacency.threshold, places: 2)).")
        } else {
            doc.table(OccupationRow.outputTable(r.adjacent.map(OccupationRow.init), [.soc, .title, .similarity, .areaOpenings, .sharedTopSkills],
                                                maxWidths: [1: 26, 4: 34]))
        }
        doc.heading("Competencies (O*NET, weighted by estimated area openings)")
        let bandNote = "Bands by O*NET level: foundational < \(Figures.decimal(r.weights.competencies.intermediateFrom, places: 1)) ≤ intermediate < \(Figures.decimal(r.weights.competencies.advancedFrom, places: 1)) ≤ advanced."
        let rows = (r.skills.map { ("skill", $0) } + r.knowledge.map { ("knowledge", $0) }).map { kind, c in
            [c.element.name, kind, Figures.decimal(c.importance, places: 2), c.level.map { Figures.decimal($0, places: 2) } ?? "—", c.band?.rawValue ?? "—"]
        }
        if rows.isEmpty { doc.paragraph("No O*NET ratings for the linked occupations.") } else {
            doc.table(OutputTable(headers: ["Element", "Kind", "Importance", "Level", "Band"], rows: rows, rightAligned: [2, 3]))
            doc.paragraph(bandNote)
        }
        focusText(r.focus, into: &doc)
        if !r.diagnostics.isEmpty {
            doc.heading("Diagnostics")
            doc.list(r.diagnostics.items.map { "\($0.severity.rawValue): \($0.message)" })
        }
        doc.heading("Sources")
        doc.list(r.sources.map { "\($0.title) (\($0.dataset), \($0.vintage))" })
        return doc
    }

    /// One CSV row per linked occupation, with the discipline's score.
    public static func csv(_ r: DisciplineAlignment) -> String {
        let cips = r.programs.map(\.code.description).joined(separator: " ")
        let rows = r.occupations.map { o -> [String] in
            let d = o.demand
            return [cips, r.area.area.commandLineName, Figures.decimal(r.score.value, places: 1, grouped: false), d.soc.description, d.title,
                    d.employment.value.map { String($0) } ?? "", d.employmentNote ?? "",
                    d.annualWages.median.value.map { Figures.decimal($0, places: 0, grouped: false) } ?? "", d.medianAnnualWageNote ?? "",
                    d.projectedGrowthPercent.value.map { Figures.decimal($0, places: 1, grouped: false) } ?? "",
                    d.nationalAnnualOpenings.value.map { String($0) } ?? "",
                    d.areaAnnualOpeningsEstimate.map { Figures.decimal($0, places: 1, grouped: false) } ?? "", d.areaAnnualOpeningsNote ?? "",
                    d.typicalEntryEducation ?? "", d.highDemand.isHighDemand ? "true" : "false", d.highDemand.reason]
        }
        return OutputTable(headers: ["cip", "area", "score", "soc", "title", "employment", "employmentNote", "medianAnnualWage",
                                                    "medianAnnualWageNote", "projectedGrowthPercent", "nationalAnnualOpenings",
                                                    "areaAnnualOpeningsEstimate", "areaAnnualOpeningsEstimateNote", "typicalEntryEducation",
                                                    "highDemand", "highDemandReason"], rows: rows).csv()
    }
}

extension Reported {
    /// True for a top-coded figure.
    public var isTopCoded: Bool { if case .topCoded = self { return true } else { return false } }
}
