import MicrocredCore

/// One occupation as a table row: the view model behind every occupation
/// table (the reports index, the needs assessment's linked and adjacent
/// tables, `align`'s linked and adjacent tables). Each cell is formatted
/// here, once per `Style`; a table only picks its columns.
public struct OccupationRow: Sendable {
    /// Reports mark estimates with ≈ and print notes for missing figures;
    /// command output is terser (`n/a`, `—`).
    public enum Style: Sendable { case report, command }

    public enum Column: Sendable, CaseIterable {
        case soc, title, employment, medianWage, wageRatio, growth, nationalOpenings, areaOpenings, entryEducation, highDemand
        case similarity, sharedTopSkills

        /// Numbers, right-aligned.
        public var isNumeric: Bool {
            switch self {
            case .employment, .medianWage, .wageRatio, .growth, .nationalOpenings, .areaOpenings, .similarity: return true
            case .soc, .title, .entryEducation, .highDemand, .sharedTopSkills: return false
            }
        }

        /// The column's header; `area` names the area beside area figures in reports.
        public func header(_ style: Style, area: String? = nil) -> String {
            let inArea = area.map { " (\($0))" } ?? ""
            switch (self, style) {
            case (.soc, _): return "SOC"
            case (.title, .report): return "occupation"
            case (.title, .command): return "Title"
            case (.employment, .report): return "employment" + inArea
            case (.employment, .command): return "Employment"
            case (.medianWage, .report): return "median wage" + inArea
            case (.medianWage, .command): return "Median wage"
            case (.wageRatio, .report): return "÷ area median"
            case (.wageRatio, .command): return "÷ area median"
            case (.growth, .report): return "growth"
            case (.growth, .command): return "Growth"
            case (.nationalOpenings, .report): return "national openings/yr"
            case (.nationalOpenings, .command): return "National openings"
            case (.areaOpenings, .report): return "area openings/yr (est.)"
            case (.areaOpenings, .command): return "Est. openings"
            case (.entryEducation, .report): return "entry education"
            case (.entryEducation, .command): return "Entry education"
            case (.highDemand, .report): return "high demand"
            case (.highDemand, .command): return "High demand"
            case (.similarity, .report): return "similarity"
            case (.similarity, .command): return "Similarity"
            case (.sharedTopSkills, .report): return "shared top skills"
            case (.sharedTopSkills, .command): return "Shared top skills"
            }
        }
    }

    public var demand: OccupationDemand
    /// For skill-adjacent occupations.
    public var similarity: Double?
    public var sharedTopSkills: [String]
    /// Text after yes/no in the high-demand cell of command output.
    public var highDemandNote: String?

    public init(_ demand: OccupationDemand, similarity: Double? = nil, sharedTopSkills: [String] = [], highDemandNote: String? = nil) {
        self.demand = demand
        self.similarity = similarity
        self.sharedTopSkills = sharedTopSkills
        self.highDemandNote = highDemandNote
    }

    public init(_ occupation: AlignedOccupation) { self.init(occupation.demand) }

    public init(_ occupation: AdjacentOccupation) {
        self.init(occupation.demand, similarity: occupation.similarity, sharedTopSkills: occupation.sharedTopSkills)
    }

    /// The cell's text (data text: Markdown escapes it).
    public func cell(_ column: Column, _ style: Style) -> String {
        let d = demand
        switch (column, style) {
        case (.soc, _): return d.soc.description
        case (.title, _): return d.title
        case (.employment, .report): return ReportBlocks.employment(d.employment)
        case (.employment, .command): return d.employment.value.map { Figures.integer($0) } ?? "n/a"
        case (.medianWage, .report): return ReportBlocks.wage(d.annualWages.median)
        case (.medianWage, .command):
            return d.annualWages.median.value.map(Figures.dollars) ?? (d.annualWages.median.isTopCoded ? "top-coded" : "n/a")
        case (.wageRatio, .report): return ReportBlocks.ratio(d.wageRelativeToAreaMedian)
        case (.wageRatio, .command): return d.wageRelativeToAreaMedian.map { Figures.decimal($0, places: 2) + "×" } ?? "—"
        case (.growth, .report): return ReportBlocks.percent(d.projectedGrowthPercent)
        case (.growth, .command): return d.projectedGrowthPercent.value.map { Figures.decimal($0, places: 1) + "%" } ?? "—"
        case (.nationalOpenings, .report): return ReportBlocks.count(d.nationalAnnualOpenings)
        case (.nationalOpenings, .command): return d.nationalAnnualOpenings.value.map { Figures.integer($0) } ?? "—"
        case (.areaOpenings, .report): return ReportBlocks.estimate(d.areaAnnualOpeningsEstimate, note: d.areaAnnualOpeningsNote)
        case (.areaOpenings, .command): return d.areaAnnualOpeningsEstimate.map { Figures.decimal($0, places: 0) } ?? "—"
        case (.entryEducation, _): return d.typicalEntryEducation ?? "—"
        case (.highDemand, .report): return d.highDemand.isHighDemand ? "yes" : "no"
        case (.highDemand, .command): return (d.highDemand.isHighDemand ? "yes" : "no") + (highDemandNote.map { " " + $0 } ?? "")
        case (.similarity, .report): return similarity.map { Figures.fixed($0, places: 3) } ?? "—"
        case (.similarity, .command): return similarity.map { Figures.decimal($0, places: 3) } ?? "—"
        case (.sharedTopSkills, _): return sharedTopSkills.joined(separator: ", ")
        }
    }

    /// A report table of `rows` with `columns`.
    public static func markdownTable(_ rows: [OccupationRow], _ columns: [Column], area: String? = nil) -> MarkdownTable {
        MarkdownTable(columns.map { .text($0.header(.report, area: area)) },
                      rows.map { row in columns.map { .text(row.cell($0, .report)) } },
                      rightAligned: Set(columns.indices.filter { columns[$0].isNumeric }))
    }

    /// A command-output table of `rows` with `columns`; `maxWidths` caps terminal columns.
    public static func outputTable(_ rows: [OccupationRow], _ columns: [Column], maxWidths: [Int: Int] = [:]) -> OutputTable {
        OutputTable(headers: columns.map { $0.header(.command) },
                    rows: rows.map { row in columns.map { row.cell($0, .command) } },
                    rightAligned: Set(columns.indices.filter { columns[$0].isNumeric }), maxWidths: maxWidths)
    }
}
