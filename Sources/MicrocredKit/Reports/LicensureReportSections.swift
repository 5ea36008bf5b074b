import MicrocredCore
import Foundation

/// The licensure and outside-approval blocks of the design and
/// implementation reports (docs/design-rules.md, "Licensure and outside
/// approval"). They lay out `DesignAssessment.licensure`; nothing is decided here.
enum LicensureReportSections {
    static func severityLabel(_ severity: LicensureFinding.Severity) -> String {
        switch severity {
        case .error: return "Error"
        case .warning: return "Warning"
        case .note: return "Applies"
        }
    }

    /// The design report's section: each requirement, its hours check, and errors called out.
    static func design(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let findings = inputs.design.licensure
        var doc = MarkdownDocument()
        doc.heading(2, "Licensure and outside approval")
        guard !findings.isEmpty else {
            doc.paragraph("No entry of the licensure rules (\(code: licensureFile(inputs))) matches the proposal's CIP codes or its entry occupations: no outside program approval or licensing exam is on record for them.")
            return doc
        }
        for finding in findings where finding.severity == .error {
            doc.quote("\(strong: "Error:") \(finding.entry.title): \(finding.messages.first ?? "")")
        }
        for finding in findings where finding.severity == .warning {
            doc.quote("\(strong: "Warning:") \(finding.entry.title): \(finding.messages.first ?? "")")
        }
        for finding in findings {
            doc.paragraph("\(strong: "\(finding.entry.title)") (matched by \(finding.matchedBy.joined(separator: "; "))):")
            doc.bullets(finding.messages.map { "\($0)" } + ["Source: \(finding.entry.source.citation), \(finding.entry.source.title), \(url: finding.entry.source.url)" + (finding.entry.source.effective.map { "; effective \($0)" } ?? "") + "; checked \(finding.entry.source.checked)."])
        }
        return doc
    }

    /// The implementation report's checklist of outside approvals and exams.
    static func checklist(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        let findings = inputs.design.licensure
        var doc = MarkdownDocument()
        guard !findings.isEmpty else { return doc }
        doc.paragraph("\(strong: "Outside approval and licensure checklist") (\(code: licensureFile(inputs))):")
        doc.table(MarkdownTable(["requirement", "who approves or examines", "federal minimum", "status", "source"], findings.map { f -> [MarkdownText] in
            let minimum = f.entry.federalMinimum.map { m in
                "\(Figures.short(m.clockHours)) clock hours" + (m.supervisedPracticalHours.map { ", \(Figures.short($0)) supervised practical" } ?? "")
            } ?? "none set"
            let who = f.entry.approvedBy + (f.entry.exam.map { "; exam: \($0)" } ?? "")
            let status: MarkdownText = "\(strong: .text(severityLabel(f.severity)))" + MarkdownText.text(f.severity == .note ? "" : ": \(f.messages.first ?? "")")
            return ["\(f.entry.title): \(f.entry.requires)", "\(who)", "\(minimum)", status,
                    "\(f.citation) (checked \(f.entry.source.checked))"]
        }))
        return doc
    }

    static func licensureFile(_ inputs: ProposalEvaluation) -> String {
        inputs.design.licensureRulesFile.isEmpty ? "datasets/rules/licensure.yaml" : inputs.design.licensureRulesFile
    }
}
