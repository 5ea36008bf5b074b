import MicrocredCore

/// `align` output of the competency focus: general basic skills, specific
/// skills and knowledge, technology skills (CompetencyFocus.swift).
extension AlignmentRendering {
    static func focusJSON(_ f: CompetencyFocus?) -> JSONValue {
        guard let f else { return .null }
        let g = f.generalRule, t = f.technologyRule
        return .object([
            "general": .array(f.general.map(competencyJSON)),
            "skills": .array(f.skills.map(competencyJSON)),
            "knowledge": .array(f.knowledge.map(competencyJSON)),
            "ratedOccupations": .int(f.ratedOccupations),
            "generalRule": .object(["elementPrefixes": .array(g.elementPrefixes.map { .string($0) }), "minImportance": .double(g.minImportance),
                                    "sharedShare": .double(g.sharedShare), "source": .string(g.source)]),
            "technology": .array(f.technology.map { s in
                .object(["example": .string(s.example), "commodityTitle": .string(s.commodityTitle), "hot": .bool(s.hot),
                         "inDemand": .bool(s.inDemand), "occupations": .array(s.occupations.map { .string($0.description) })])
            }),
            "technologyExamples": .int(f.technologyExamples),
            "technologyOccupations": .int(f.technologyOccupations),
            "technologyRule": .object(["limit": .int(t.limit), "flaggedOnly": .bool(t.flaggedOnly), "source": .string(t.source)]),
        ])
    }

    static func focusText(_ f: CompetencyFocus?, into doc: inout OutputDocument) {
        guard let f else { return }
        if !f.general.isEmpty {
            doc.paragraph("General skills (shared by the counted occupations under competencies.general; listed once, not assessed on their own): "
                          + f.general.map(\.element.name).joined(separator: ", ") + ".")
        }
        doc.heading("Technology skills (O*NET Technology Skills of the counted occupations)")
        if f.technology.isEmpty {
            doc.paragraph(f.technologyExamples == 0 ? "None listed." : "None flagged Hot Technology or In Demand.")
        } else {
            doc.table(OutputTable(headers: ["Technology", "Class", "Hot", "In demand", "Occupations"], rows: f.technology.map {
                [$0.example, $0.commodityTitle, $0.hot ? "yes" : "—", $0.inDemand ? "yes" : "—", $0.occupations.map(\.description).joined(separator: " ")]
            }, maxWidths: [0: 30, 1: 30, 4: 20]))
        }
    }
}
