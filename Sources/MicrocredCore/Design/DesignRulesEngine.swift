import Foundation

/// Applies the design rules to a proposal: credential type, level, stacking,
/// financial aid and approval path. Pure: proposal, rules and evidence in,
/// assessment out; every threshold comes from `DesignRules`.
public enum DesignRulesEngine {
    /// Assesses `proposal` under `rules`, using the linked occupations in `evidence`.
    public static func assess(_ proposal: Proposal, rules: DesignRules, evidence: DesignEvidence = .none,
                              licensure: LicensureRules = .none) -> DesignAssessment {
        let shares = entryEducation(evidence)
        let credential = credentialType(proposal, rules: rules, evidence: evidence, shares: shares)
        let level = self.level(proposal, rules: rules, evidence: evidence, shares: shares)
        let stacking = self.stacking(proposal, rules: rules)
        let aid = financialAid(proposal, rules: rules, evidence: evidence, credential: credential)
        var approval = self.approval(proposal, rules: rules, credential: credential)
        if !proposal.creditBearing, let facts = rules.pell.eligibility,
           aid.contains(where: { ($0.program == .pell || $0.program == .workforcePell) && $0.result != .no }) || !proposal.financialAidSought.isEmpty {
            approval.reasons.append(DesignReason("For federal aid: \(facts.eligibleProgram.text)", facts.eligibleProgram.citation))
        }
        let outside = LicensureEngine.findings(proposal, rules: licensure, evidence: evidence)
        approval.reasons += outside.map { finding in
            let kind = finding.entry.kind.needsProgramApproval ? "Outside approval" : "Outside exam"
            let problem = finding.severity == .note ? "" : " \(finding.severity == .error ? "Error" : "Warning"): \(finding.messages.first ?? "")"
            return DesignReason("\(kind), \(finding.entry.title): \(finding.entry.requires) (\(finding.entry.approvedBy); \(finding.citation)); see the checklist below.\(problem)")
        }

        var cited = Set<String>()
        func note(_ c: RuleCitation?) { if let c { cited.insert(c.source.id) } }
        credential.reasons.forEach { note($0.citation) }
        level.reasons.forEach { note($0.citation) }
        stacking.reasons.forEach { note($0.citation) }
        for row in aid {
            note(row.citation)
            row.reasons.forEach { note($0.citation) }
            row.conditions.forEach { note($0.citation) }
        }
        approval.reasons.forEach { note($0.citation) }
        return DesignAssessment(credentialType: credential, level: level, stacking: stacking, financialAid: aid, approval: approval,
                                entryEducation: shares, rulesEffective: rules.effective, rulesReviewed: rules.reviewed,
                                sourcesCited: rules.sources.filter { cited.contains($0.id) }, licensure: outside,
                                licensureRulesFile: licensure.file)
    }

    // MARK: Shared figures

    /// The proposal's length in semester hours, and the conversion cited when one was needed.
    static func semesterEquivalent(_ hours: ProgramHours, rules: DesignRules) -> (value: Double, conversion: RuleCitation?) {
        switch hours {
        case .credit(let h, .semester): return (h, nil)
        case .credit(let h, .quarter):
            let t = rules.credentialType.quarterHoursPerSemesterHour
            return (h / t.value, t.citation)
        case .clock(let h):
            let t = rules.credentialType.clockHoursPerSemesterHour
            return (h / t.value, t.citation)
        }
    }

    /// Openings-weighted shares of entry-education labels, largest first, ties by label.
    static func entryEducation(_ evidence: DesignEvidence) -> [EntryEducationShare] {
        var byLabel: [String: Double] = [:]
        var unknown = 0.0, unknownCount = 0
        let anyWeight = evidence.occupations.contains { $0.openingsWeight > 0 }
        for occupation in evidence.occupations {
            let weight = anyWeight ? max(0, occupation.openingsWeight) : 1
            if let label = occupation.typicalEducation, !label.isEmpty {
                byLabel[label, default: 0] += weight
            } else {
                unknown += weight
                unknownCount += 1
            }
        }
        let total = byLabel.values.reduce(0, +)
        var shares = byLabel.keys.sorted().map { label -> EntryEducationShare in
            let openings = byLabel[label] ?? 0
            return EntryEducationShare(label: label, openings: openings, share: total > 0 ? openings / total : 0)
        }
        shares.sort { $0.openings != $1.openings ? $0.openings > $1.openings : $0.label < $1.label }
        if unknownCount > 0 { shares.append(EntryEducationShare(label: "Not in EP", openings: unknown, share: 0)) }
        return shares
    }

    static func share(of labels: [String], in shares: [EntryEducationShare]) -> Double {
        shares.filter { labels.contains($0.label) }.reduce(0) { $0 + $1.share }
    }

    static func hoursText(_ proposal: Proposal) -> String { proposal.hours.description }

    // MARK: Credential type

    static func credentialType(_ proposal: Proposal, rules: DesignRules, evidence: DesignEvidence, shares: [EntryEducationShare]) -> CredentialTypeDecision {
        let r = rules.credentialType
        let (eq, conversion) = semesterEquivalent(proposal.hours, rules: rules)
        var reasons: [DesignReason] = []
        let eqText = conversion == nil ? hoursText(proposal) : "\(hoursText(proposal)) (about \(Figures.short(eq)) semester hours)"
        if let conversion {
            reasons.append(DesignReason("\(hoursText(proposal)) is about \(Figures.short(eq)) semester hours at the conversion the rules file gives", conversion))
        }
        var award: CredentialType
        if eq < r.badgeBelowSemesterHours.value {
            award = .badge
            reasons.append(DesignReason("At \(eqText) it is under the \(Figures.short(r.badgeBelowSemesterHours.value)) semester hours below which credit-bearing badges usually fall, so its size fits a badge: \(r.badge.text)", r.badgeBelowSemesterHours.citation))
        } else {
            award = .certificate
            reasons.append(DesignReason("At \(eqText) it is at or above the \(Figures.short(r.badgeBelowSemesterHours.value)) semester hours below which badges usually fall, so its size fits a certificate: \(r.certificate.text)", r.badgeBelowSemesterHours.citation))
        }
        if proposal.level == .undergraduate, eq >= r.undergraduateCertificateBelowSemesterHours.value {
            reasons.append(DesignReason("At \(eqText) it reaches the \(Figures.short(r.undergraduateCertificateBelowSemesterHours.value))-semester-hour ceiling for undergraduate certificates; shorten it or split it into stackable parts", r.undergraduateCertificateBelowSemesterHours.citation))
        }

        // Entry education of the linked occupations.
        let known = shares.filter { $0.label != "Not in EP" }
        if let top = known.first, top.share >= r.dominantShare.value {
            if r.nondegreeEntryEducation.value.contains(top.label) {
                reasons.append(DesignReason("\(Figures.percent(top.share)) of the linked occupations' openings need a \(top.label.lowercased()) for entry (\(evidence.educationSource)); a certificate is such an award and a badge is not", r.nondegreeEntryEducation.citation))
                if award == .badge { award = .certificate }
            } else if rules.level.bachelorOrHigherEntryEducation.value.contains(top.label) {
                reasons.append(DesignReason("\(Figures.percent(top.share)) of the linked occupations' openings need a \(top.label.lowercased()) for entry (\(evidence.educationSource)); the credential upskills people who hold or are working toward that degree and does not by itself qualify someone for entry", rules.level.bachelorOrHigherEntryEducation.citation))
            } else {
                reasons.append(DesignReason("\(Figures.percent(top.share)) of the linked occupations' openings need \(top.label.lowercased()) for entry (\(evidence.educationSource)); a short credential can signal job-ready skills without a degree", r.nondegreeEntryEducation.citation))
            }
        } else if let top = known.first {
            let list = known.prefix(3).map { "\($0.label.lowercased()) \(Figures.percent($0.share))" }.joined(separator: ", ")
            reasons.append(DesignReason("No single entry-education level covers \(Figures.percent(r.dominantShare.value)) of the linked openings (\(list); \(evidence.educationSource)); the largest is \(top.label.lowercased())", r.dominantShare.citation))
        } else {
            reasons.append(DesignReason("No linked occupation has a typical entry education in the data, so the recommendation rests on length alone"))
        }

        var recommended = award
        if let cert = proposal.industryCertification {
            recommended = .certification
            let body = cert.body.map { " from \($0)" } ?? " (no certifying body is named yet: add industry_certification.body)"
            reasons.append(DesignReason("The proposal prepares learners for \(cert.name)\(body), an outside body's verification of mastery, which is a certification: \(r.certification.text). The institution's own award for the preparation is a \(award.rawValue)", r.certification.citation))
        } else if proposal.credential == .certification {
            // Read as preparation for an outside certification (docs/design-rules.md).
            recommended = .certification
            reasons.append(DesignReason("The proposal asks for a certification, which an outside body awards: \(r.certification.text). microcred reads it as preparation for that certification; the institution's own award for the preparation is a \(award.rawValue). No certification or certifying body is named yet: add industry_certification: {name, body, domains}", r.certification.citation))
        }

        let proposed = proposal.credential.type
        let agreement: CredentialTypeDecision.Agreement
        if let proposed {
            agreement = (proposed == recommended || (recommended == .certification && proposed == award)) ? .agrees : .differs
            if agreement == .differs {
                reasons.append(DesignReason("The proposal names a \(proposed.rawValue); the evidence above points to a \(recommended.rawValue)"))
            }
        } else {
            agreement = .notStated
        }
        return CredentialTypeDecision(recommended: recommended, institutionAward: award, proposed: proposed, agreement: agreement,
                                      semesterHourEquivalent: eq, reasons: reasons)
    }

    // MARK: Level (DesignRulesEngine+Level.swift)

    // MARK: Stacking

    static func stacking(_ proposal: Proposal, rules: DesignRules) -> StackingPlan {
        let r = rules.stacking
        var reasons: [DesignReason] = []
        var missing: [String] = []
        var path: [String] = []
        guard let target = proposal.stacksInto else {
            missing.append("Name the degree it counts toward under stacks_into (program, cip, award, credits_applied)")
            reasons.append(DesignReason("No degree is named, so the credential stands alone; stackable credentials are \(r.stackableDefinition.text)", r.stackableDefinition.citation))
            if proposal.targetPopulation.contains(.returningAdults) {
                missing.append("A continuing-education-first path for returning adults needs a degree to count toward")
            }
            return StackingPlan(target: nil, creditsApplied: nil, creditsNotApplied: nil, creditsRemaining: nil, missing: missing,
                                cpeFirstPath: [], reasons: reasons)
        }
        var applied = target.creditsApplied
        var notApplied: Double? = nil
        var remaining: Double? = nil
        switch (target.via, proposal.hours) {
        case (.directCredit, .credit(let hours, let system)):
            reasons.append(DesignReason("Credit-bearing awards that count directly toward \(target.program) make this a stackable credential: \(r.stackableDefinition.text)", r.stackableDefinition.citation))
            if let a = applied {
                applied = min(a, hours)
                notApplied = hours - min(a, hours)
                reasons.append(DesignReason("\(Figures.short(min(a, hours))) of its \(Figures.short(hours)) \(system.unitName) apply to \(target.program)" + ((notApplied ?? 0) > 0 ? "; \(Figures.short(notApplied ?? 0)) do not" : "")))
            } else {
                missing.append("Say how many of its credits apply to \(target.program) (stacks_into.credits_applied)")
            }
        case (.directCredit, .clock):
            reasons.append(DesignReason("Credits counted directly toward \(target.program) from a clock-hour offering depend on the institution's articulation; the proposal gives \(applied.map { Figures.short($0) } ?? "no") credits", r.stackableDefinition.citation))
            if applied == nil { missing.append("Say how many credits apply to \(target.program) (stacks_into.credits_applied)") }
        case (.priorLearning, _):
            reasons.append(DesignReason("As a non-credit offering it reaches \(target.program) through prior learning: \(r.nonCreditRoute.text)", r.nonCreditRoute.citation))
            if let a = applied {
                reasons.append(DesignReason("The proposal expects a prior-learning review to award \(Figures.short(a)) credits toward \(target.program); the review decides, learner by learner"))
            } else {
                missing.append("Say how many credits a prior-learning review is expected to award (stacks_into.credits_applied)")
            }
        }
        if let total = target.programCredits, let a = applied {
            remaining = max(0, total - a)
            reasons.append(DesignReason("\(target.program) needs \(Figures.short(total)) credits; \(Figures.short(remaining ?? 0)) remain after these \(Figures.short(a))"))
        } else {
            missing.append("Give the credits \(target.program) requires (stacks_into.program_credits) to show what remains")
        }
        if let cip = target.cip {
            if proposal.cip.contains(cip) {
                reasons.append(DesignReason("The degree's CIP \(cip) is one of the credential's own codes"))
            } else if proposal.cip.contains(where: { $0.seriesCode == cip.seriesCode }) {
                reasons.append(DesignReason("The degree's CIP \(cip) is in the same series (\(cip.seriesCode)) as the credential"))
            } else if proposal.cip.contains(where: { $0.family == cip.family }) {
                reasons.append(DesignReason("The degree's CIP \(cip) is in the same family (\(cip.familyCode)) as the credential"))
            } else {
                reasons.append(DesignReason("The degree's CIP \(cip) is in a different family from the credential's; check that the credits count toward its major and not only as electives"))
            }
        } else {
            missing.append("Give the degree's CIP code (stacks_into.cip)")
        }
        if target.requirement == nil {
            missing.append("Say which degree requirement the credits meet: major, concentration or electives (stacks_into.requirement)")
        }

        // Continuing-education-first path for returning adults.
        if proposal.targetPopulation.contains(.returningAdults) {
            let routes = priorLearningRoutes(proposal.priorLearning)
            if routes.isEmpty {
                missing.append("Name a prior-learning route (prior_learning: portfolio, credit_by_exam, ace_military or industry_certifications) to offer returning adults a continuing-education-first path")
            } else {
                if proposal.creditBearing {
                    path.append("Offer the credential's first course as a non-credit continuing and professional education (CPE) course, open without admission to a degree")
                } else {
                    path.append("The learner completes this non-credit continuing and professional education (CPE) offering")
                }
                path.append("On applying to \(target.program), the learner asks for a prior-learning review (\(routes.joined(separator: ", ")))")
                if proposal.creditBearing {
                    path.append("The review awards credit for the matching for-credit course of the credential")
                } else {
                    path.append("The review awards credit for the matching for-credit course" + (applied.map { ", up to \(Figures.short($0)) credits as the proposal expects" } ?? ""))
                }
                path.append("The learner finishes the remaining courses for credit toward \(target.program)")
                reasons.append(DesignReason("A CPE-first path fits returning adults: \(r.cpeFirst.text)", r.cpeFirst.citation))
                if proposal.priorLearning?.aceMilitary == true {
                    reasons.append(DesignReason("Veterans' training can count too: \(r.military.text)", r.military.citation))
                }
            }
        }
        return StackingPlan(target: target, creditsApplied: applied, creditsNotApplied: notApplied, creditsRemaining: remaining,
                            missing: missing, cpeFirstPath: path, reasons: reasons)
    }

    static func priorLearningRoutes(_ prior: PriorLearning?) -> [String] {
        guard let prior else { return [] }
        var routes: [String] = []
        if prior.portfolio { routes.append("portfolio review") }
        if prior.creditByExam { routes.append("credit by examination") }
        if prior.aceMilitary { routes.append("ACE military credit recommendations") }
        if !prior.industryCertifications.isEmpty { routes.append("industry certifications: " + prior.industryCertifications.joined(separator: ", ")) }
        return routes
    }

    // MARK: Approval

    static func approval(_ proposal: Proposal, rules: DesignRules, credential: CredentialTypeDecision) -> ApprovalPlan {
        let r = rules.approval
        let award = credential.proposed == .certification ? credential.institutionAward : (credential.proposed ?? credential.institutionAward)
        var reasons: [DesignReason] = [DesignReason("Enrolment: \(r.enrollment.text)", r.enrollment.citation)]
        var tracked: [String] = []
        let route: String
        let transcript: String
        switch (award, proposal.creditBearing) {
        case (.certificate, true), (.certification, true):
            route = "Propose it as a standalone certificate through the USG administrative approval process, not as a certificate embedded in one degree"
            transcript = "Once completed, the certificate is recorded on the academic transcript as an approved academic program, along with its courses"
            reasons.append(DesignReason(r.standaloneCertificate.text, r.standaloneCertificate.citation))
            reasons.append(DesignReason(r.transcript.text, r.transcript.citation))
        case (.badge, true):
            route = "Approve its courses through the usual curriculum process; the badge itself is not an academic program, so the institution issues it from its own credential system"
            transcript = "The courses and their credits appear on the transcript; the badge itself does not"
            tracked.append("Badge completion and award, in the institution's own credential system (for example an Open Badges 3.0 issuer)")
            reasons.append(DesignReason(r.tracking.text, r.tracking.citation))
        case (_, false):
            route = "Offer it through continuing and professional education; it is not an academic program, so it does not go through academic program approval"
            transcript = "Nothing appears on the academic transcript until a prior-learning review awards credit; then the credited course appears"
            tracked.append("Completion of the non-credit offering and the \(award.rawValue) awarded, in the continuing-education records")
            reasons.append(DesignReason(r.tracking.text, r.tracking.citation))
        }
        if let cert = proposal.industryCertification {
            tracked.append("Learners' results on \(cert.name)" + (cert.body.map { " (awarded by \($0))" } ?? "") + ", which the outside body, not the transcript, records")
            reasons.append(DesignReason(r.tracking.text, r.tracking.citation))
        }
        let (eq, _) = semesterEquivalent(proposal.hours, rules: rules)
        let ceiling = rules.credentialType.undergraduateCertificateBelowSemesterHours
        if award == .certificate, proposal.level == .undergraduate, eq >= ceiling.value {
            reasons.append(DesignReason("At about \(Figures.short(eq)) semester hours it is not under the \(Figures.short(ceiling.value)) semester hours of a USG undergraduate certificate; shorten it before seeking approval", ceiling.citation))
        }
        var seen = Set<DesignReason>()
        reasons = reasons.filter { seen.insert($0).inserted }
        return ApprovalPlan(route: route, transcript: transcript, trackedOutside: tracked, reasons: reasons)
    }
}
