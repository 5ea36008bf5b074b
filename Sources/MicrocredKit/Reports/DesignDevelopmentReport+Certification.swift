import MicrocredCore

extension DesignDevelopmentReport {
    /// The assessment plan around an outside certification's exam, when the
    /// credential prepares for one (`ProposalEvaluation.certificationPreparation`).
    static func certificationAssessment(_ inputs: ProposalEvaluation) -> MarkdownDocument {
        var doc = MarkdownDocument()
        guard let prep = inputs.certificationPreparation else { return doc }
        doc.paragraph("\(strong: "Preparation for an outside certification.") \(prep.statement)")
        if !prep.missing.isEmpty {
            doc.quote("\(strong: "Gap:") the proposal does not name \(prep.missing.joined(separator: " or ")).")
        }
        doc.numbered(prep.assessmentPlan.map(MarkdownText.text))
        if !prep.domainAssessments.isEmpty {
            doc.table(MarkdownTable(["exam domain (\(prep.certificationName ?? "certification"))", "assessed by"],
                                    prep.domainAssessments.map { ["\($0.domain)", "\($0.assessment)"] }))
        }
        return doc
    }
}
