import Foundation

/// A credential that prepares learners for an outside body's certification
/// (`credential: certification`, or an `industry_certification` block): the
/// institution awards its own badge or certificate for the preparation; the
/// certifying body awards the certification to those who pass its exam.
/// docs/design-rules.md, "Certification preparation".
public struct CertificationPreparation: Sendable, Hashable {
    /// The certification (its exam), e.g. "CompTIA Network+"; nil when the proposal names none.
    public var certificationName: String?
    /// The body that awards it; nil when the proposal names none (a warning with its line).
    public var certifyingBody: String?
    /// The exam's published domains, as the proposal lists them.
    public var examDomains: [String]
    /// The institution's own award for the preparation (badge or certificate).
    public var institutionAward: CredentialType

    /// One row of the assessment plan: an exam domain and how it is assessed.
    public struct DomainAssessment: Sendable, Hashable {
        public var domain: String
        public var assessment: String
    }

    /// "CompTIA Network+ (awarded by CompTIA)", or what is known of it.
    public var certificationLabel: String {
        guard let name = certificationName else { return "not yet named" }
        return name + (certifyingBody.map { " (awarded by \($0))" } ?? "")
    }

    /// What the credential is, in one sentence: preparation, and who awards what.
    public var statement: String {
        let body = certifyingBody ?? "the certifying body (not yet named)"
        let which = certificationName == nil ? " (\(certificationLabel))" : ", \(certificationLabel)"
        return "This credential is preparation for an outside certification\(which): the institution awards its \(institutionAward.rawValue) for completing the preparation, and \(body), not the institution, awards the certification to learners who pass its exam."
    }

    /// Each exam domain with its assessment (a microcred convention).
    public var domainAssessments: [DomainAssessment] {
        examDomains.map { DomainAssessment(domain: $0, assessment: "practice-exam items on this domain, in the exam's format") }
    }

    /// The assessment plan around the exam, in order.
    public var assessmentPlan: [String] {
        var plan: [String] = []
        if examDomains.isEmpty {
            plan.append("Map each assessment to the exam's published domains (objectives); list them in the proposal under industry_certification.domains so this plan can show the mapping")
        } else {
            plan.append("Each of the exam's \(examDomains.count) domains is assessed by practice items in the exam's format (the domain table)")
        }
        plan.append("A full-length, timed practice exam across all domains before learners sit the real exam; learners who fall short of its passing standard get a review plan")
        plan.append("Skills the exam does not test are assessed with the evidence set for each competency at its band (the competency table of this section, or, when O*NET rates none, the competencies the advisory board sets)")
        plan.append("Track learners' results on the exam, as the outside body reports them, to measure the pass rate")
        return plan
    }

    /// What the proposal should still name.
    public var missing: [String] {
        var gaps: [String] = []
        if certificationName == nil { gaps.append("the certification it prepares for (industry_certification.name)") }
        if certifyingBody == nil { gaps.append("the certifying body that awards it (industry_certification.body)") }
        return gaps
    }

    public init(certificationName: String?, certifyingBody: String?, examDomains: [String], institutionAward: CredentialType) {
        self.certificationName = certificationName
        self.certifyingBody = certifyingBody
        self.examDomains = examDomains
        self.institutionAward = institutionAward
    }
}

extension Proposal {
    /// True when the credential prepares for an outside certification:
    /// `credential: certification`, or an `industry_certification` is named.
    public var isCertificationPrep: Bool { credential == .certification || industryCertification != nil }
}

extension ProposalEvaluation {
    /// The certification the credential prepares for, with its certifying
    /// body and exam domains; nil when it prepares for none
    /// (`Proposal.isCertificationPrep`). KPIs and reports read it from here.
    public var certificationPreparation: CertificationPreparation? {
        guard proposal.isCertificationPrep else { return nil }
        let cert = proposal.industryCertification
        return CertificationPreparation(certificationName: cert?.name, certifyingBody: cert?.body, examDomains: cert?.domains ?? [],
                                        institutionAward: design.credentialType.institutionAward)
    }
}
