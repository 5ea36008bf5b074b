import MicrocredCore
import Foundation

/// Renders a `DatasetDiff` as a short Markdown report, CSV, or JSON.
public enum DiffRenderer {
    /// At most this many rows per section in Markdown; CSV and JSON have all.
    public static let markdownRowLimit = 40

    public static func markdown(_ diff: DatasetDiff) -> String {
        var doc = MarkdownDocument()
        doc.heading(1, "What changed in \(diff.datasetID): \(diff.from) → \(diff.to)")
        if let scope = diff.scope { doc.paragraph("Area: \(scope).") }
        doc.heading(2, "Summary")
        doc.table(MarkdownTable(["change", "count"], diff.sections.map { ["\($0.title)", "\(Figures.integer($0.rows.count))"] }, rightAligned: [1]))
        doc.heading(2, "How to read this")
        doc.bullets(diff.method.map(MarkdownText.text) + [
            "A change here is a difference between two releases; it may reflect new survey methods or code revisions, not only the labor market.",
            "Re-run \(code: "microcred report") for proposals whose occupations appear below to see whether a recommendation still holds.",
        ])
        for section in diff.sections {
            doc.heading(2, "\(section.title)")
            doc.paragraph("\(section.explanation)")
            if section.rows.isEmpty {
                doc.paragraph("None.")
                continue
            }
            let shown = Array(section.rows.prefix(markdownRowLimit))
            doc.table(MarkdownTable(section.columns.map(MarkdownText.text), shown.map { $0.map(MarkdownText.text) }))
            if section.rows.count > shown.count {
                doc.paragraph("…and \(Figures.integer(section.rows.count - shown.count)) more; \(code: "--format csv") lists them all.")
            }
        }
        return doc.render()
    }

    /// One block per section: a header row (`section` then the section's
    /// columns), then its rows. Every row names the datasets and vintages.
    public static func csv(_ diff: DatasetDiff) -> String {
        var out = ""
        for section in diff.sections {
            out += CSVText.row(["section", "dataset", "from", "to"] + section.columns)
            for row in section.rows {
                out += CSVText.row([section.title, diff.datasetID, diff.from, diff.to] + row)
            }
        }
        return out
    }

    struct JSONSection: Encodable {
        var title: String
        var explanation: String
        var rows: [[String: String]]
    }

    struct JSONDiff: Encodable {
        var dataset: String
        var from: String
        var to: String
        var scope: String?
        var method: [String]
        var sections: [JSONSection]
    }

    public static func json(_ diff: DatasetDiff) throws -> String {
        let sections = diff.sections.map { section in
            JSONSection(title: section.title, explanation: section.explanation,
                        rows: section.rows.map { row in
                            Dictionary(zip(section.columns, row).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
                        })
        }
        return try JSONOutput.encode(JSONDiff(dataset: diff.datasetID, from: diff.from, to: diff.to, scope: diff.scope,
                                              method: diff.method, sections: sections))
    }
}
