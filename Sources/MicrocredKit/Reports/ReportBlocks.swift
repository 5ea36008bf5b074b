import MicrocredCore
import Foundation

/// Pieces every report shares: the header, figure formatting and the
/// Sources section (charts are `MermaidDiagram`s).
enum ReportBlocks {
    // MARK: Figures

    static func employment(_ value: Reported<Int>) -> String {
        value.value.map { Figures.integer($0) } ?? (value.note() ?? "—")
    }

    static func wage(_ value: Reported<Double>) -> String {
        if let v = value.value { return Figures.dollarsAndCents(v.rounded()) }
        return value.note(format: { Figures.dollarsAndCents($0) }) ?? "—"
    }

    static func wage(_ value: Reported<Int>) -> String {
        if let v = value.value { return Figures.dollarsAndCents(Double(v)) }
        return value.note(format: { Figures.dollarsAndCents(Double($0)) }) ?? "—"
    }

    static func percent(_ value: Reported<Double>) -> String {
        value.value.map { Figures.fixed($0, places: 1) + "%" } ?? (value.note() ?? "—")
    }

    static func count(_ value: Reported<Int>) -> String {
        value.value.map { Figures.integer($0) } ?? (value.note() ?? "—")
    }

    /// An estimate, rounded to a whole number and marked with ≈.
    static func estimate(_ value: Double?, note: String?) -> String {
        guard let value else { return note ?? "not estimated" }
        return "≈ " + Figures.integer(Int(value.rounded()))
    }

    static func ratio(_ value: Double?) -> String {
        value.map { Figures.fixed($0, places: 2) + "×" } ?? "—"
    }

    // MARK: Header and sources

    /// The title and the block that states proposal, area, as-of date and vintages.
    static func header(_ title: String, _ inputs: ProposalEvaluation) -> MarkdownDocument {
        let p = inputs.proposal
        var doc = MarkdownDocument()
        doc.heading(1, "\(title): \(p.title)")
        var rows: [[MarkdownText]] = [
            ["Proposal", "\(p.title) (\(code: inputs.proposalName))"],
            ["Institution", "\(p.institution)" + (p.department.map { ", \($0)" } ?? "")],
            ["Discipline", inputs.validated.programs.map { "CIP \($0.code) \($0.title)" }.joined(separator: "; ")],
            ["Area", "\(inputs.alignment.area.area.title) (\(code: inputs.alignment.area.area.commandLineName))"],
            ["As of", "\(inputs.asOf.description)"],
            ["Datasets", inputs.sources.map { "\($0.id) (\($0.vintage))" }.joined(separator: ", ")],
        ]
        rows.append(["Rules", "design rules effective \(inputs.design.rulesEffective); report settings effective \(inputs.settings.effectiveDate)"])
        doc.table(MarkdownTable(["Field", "Value"], rows))
        let altered = inputs.sources.compactMap(\.checksumWarning)
        if !altered.isEmpty {
            doc.quote([.paragraph("\(strong: "Data integrity.")"), .bulletList(altered.map { "\($0)." })])
        }
        let stale = inputs.sources.compactMap { $0.age?.warning }
        if !stale.isEmpty {
            doc.quote([.paragraph("\(strong: "Data age.")"), .bulletList(stale.map { "\($0)." })])
        }
        return doc
    }

    /// The Sources section: each dataset's publisher, vintage, URL, licence
    /// and required attribution, then the rules and settings files.
    static func sources(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        doc.heading(2, "Sources")
        var items: [MarkdownText] = inputs.sources.map { source in
            "\(strong: "\(source.title)") (\(code: source.id.rawValue)), \(source.vintage). \(source.publisher). \(url: source.url). Licence: \(source.license). \(source.attribution)"
                + (source.age?.currentEditionNote.map { " \($0)." } ?? "")
        }
        let files = inputs.configurationFiles
        items.append("\(strong: "Design rules") (\(code: files.designRules)), effective \(inputs.design.rulesEffective): "
            + inputs.design.sourcesCited.map { "\($0.citation)" }.joined(separator: "; ") + ".")
        if !inputs.design.licensure.isEmpty {
            items.append("\(strong: "Licensure rules") (\(code: inputs.design.licensureRulesFile)): "
                + inputs.design.licensure.map { "\($0.entry.source.citation) (\(url: $0.entry.source.url), checked \($0.entry.source.checked))" }.reduce(MarkdownText.text("")) { $0.isEmpty ? $1 : $0 + "; " + $1 } + ".")
        }
        let list: MarkdownText = inputs.validated.highDemandListPath.map { " (\(code: ($0 as NSString).lastPathComponent), named in the proposal)" }
            ?? " (criteria in \(code: files.highDemandCriteria))"
        items.append("\(strong: "High-demand status:") \(inputs.alignment.highDemandLabel)\(list).")
        items.append("\(strong: "Report settings") (\(code: files.reportSettings)), effective \(inputs.settings.effectiveDate): the project's planning thresholds, explained in docs/reports.md.")
        items.append("\(strong: "Scoring weights") (\(code: files.scoringWeights)): the alignment score's components and weights, explained in docs/scoring.md.")
        items.append("Methods: alignment score in docs/scoring.md; openings estimate, skill adjacency and competencies in docs/analysis.md.")
        doc.bullets(items)
        doc.paragraph("Generated by microcred from the files above; the same inputs and as-of date give the same report.")
        return doc
    }
}
