import Foundation

extension DesignRulesEngine {
    /// The four financial-aid rows: Title IV program length, Pell, Workforce Pell, gainful employment.
    static func financialAid(_ proposal: Proposal, rules: DesignRules, evidence: DesignEvidence,
                             credential: CredentialTypeDecision) -> [AidDetermination] {
        let (titleIV, tier) = programLength(proposal, rules: rules)
        var pellRow = pell(proposal, rules: rules, credential: credential, tier: tier)
        var workforceRow = workforcePell(proposal, rules: rules, evidence: evidence)
        applyEligibilityFacts(proposal, rules: rules, pell: &pellRow, workforcePell: &workforceRow)
        return [
            titleIV,
            pellRow,
            workforceRow,
            gainfulEmployment(proposal, rules: rules, credential: credential, titleIV: titleIV),
        ]
    }

    /// The hours as the rules compare them: the amount and the unit's name.
    static func amount(_ hours: ProgramHours) -> (value: Double, unit: String) {
        switch hours {
        case .credit(let h, let system): return (h, system.unitName)
        case .clock(let h): return (h, "clock hours")
        }
    }

    static func weeksText(_ weeks: Double) -> String { "\(Figures.short(weeks)) week\(weeks == 1 ? "" : "s")" }

    // MARK: Title IV program length

    /// The Title IV row, and the tier met (nil when none).
    static func programLength(_ proposal: Proposal, rules: DesignRules) -> (AidDetermination, ProgramLengthTier?) {
        let (value, unit) = amount(proposal.hours)
        var reasons: [DesignReason] = []
        let lengthText = "\(Figures.short(value)) \(unit) over \(weeksText(proposal.weeks))"
        for tier in rules.programLength {
            guard tier.uses(proposal.hours) else { continue }
            var failures: [String] = []
            if let minimum = tier.minimum(for: proposal.hours), value < minimum {
                failures.append("\(Figures.short(value)) \(unit) is under its \(Figures.short(minimum))")
            }
            if case .clock = proposal.hours, let max = tier.clockHoursMax, value > max {
                failures.append("\(Figures.short(value)) clock hours is over its \(Figures.short(max))")
            }
            if let weeks = tier.weeksMinimum(for: proposal.hours), proposal.weeks < weeks {
                failures.append("\(weeksText(proposal.weeks)) is under its \(Figures.short(weeks)) weeks of instructional time")
            }
            if !tier.levels.contains(proposal.level) {
                failures = []  // its hours and weeks do not bind a program of another level
                failures.append("it is open only to \(tier.levels.map(\.rawValue).joined(separator: " or ")) programs, and this one is \(proposal.level.rawValue)")
            }
            if failures.isEmpty {
                let aid = tier.aid.map { $0 == .pell ? "Pell" : "Direct Loans" }.joined(separator: " and ")
                reasons.append(DesignReason("\(lengthText) meets the \(tier.id) tier, which can carry \(aid)", tier.citation))
                if !proposal.creditBearing {
                    reasons.append(DesignReason("As a non-credit offering it takes part in Title IV only if the institution runs it as an eligible clock-hour program"))
                }
                var conditions = tier.conditions.map { AidCondition($0, .toBeShown, tier.citation) }
                var result = tier.result
                if tier.fullTimeLoad {
                    conditions.insert(AidCondition("\(Figures.short(value)) \(unit) must be at least the institution's full-time \(proposal.level.rawValue) load for an academic year", .toBeShown, tier.citation), at: 0)
                    result = .conditional
                }
                if !tier.institutionTypes.isEmpty {
                    let types = tier.institutionTypes.map(\.rawValue).joined(separator: " or ")
                    if let type = proposal.institutionType, tier.institutionTypes.contains(type) {
                        reasons.append(DesignReason("The tier applies to \(types) institutions, and this one is \(type.rawValue)", tier.citation))
                    } else {
                        let stated = proposal.institutionType.map { "this one is \($0.rawValue)" } ?? "the proposal gives no institution_type"
                        reasons.append(DesignReason("The tier applies as of right to \(types) institutions; \(stated)", tier.citation))
                        if let other = tier.otherInstitutionsCondition {
                            conditions.insert(AidCondition(other, .toBeShown, tier.citation), at: 0)
                        }
                    }
                }
                let row = AidDetermination(program: .titleIV, name: "Title IV program length", result: result, reasons: reasons,
                                           conditions: conditions, citation: tier.citation)
                return (row, tier)
            }
            reasons.append(DesignReason("Not the \(tier.id) tier: " + failures.joined(separator: "; "), tier.citation))
        }
        // Cite the shortest tier this program could have met: its unit and its level.
        let open = rules.programLength.filter { $0.uses(proposal.hours) && $0.levels.contains(proposal.level) }
        let unitTiers = rules.programLength.filter { $0.uses(proposal.hours) }
        let citation = open.last?.citation ?? unitTiers.last?.citation ?? rules.programLength.first?.citation
            ?? RuleCitation(source: RuleSource(id: "none", citation: "34 CFR 668.8", title: "", publisher: "", effective: rules.effective))
        reasons.insert(DesignReason("As a standalone program, \(lengthText) is shorter than every Title IV program-length tier open to it, so students cannot use federal aid for it on its own", citation), at: 0)
        if !proposal.creditBearing {
            reasons.append(DesignReason("As a non-credit offering it would also need to be run as an eligible clock-hour program"))
        }
        return (AidDetermination(program: .titleIV, name: "Title IV program length", result: .no, reasons: reasons, conditions: [], citation: citation), nil)
    }

    // MARK: Pell

    static func pell(_ proposal: Proposal, rules: DesignRules, credential: CredentialTypeDecision, tier: ProgramLengthTier?) -> AidDetermination {
        let r = rules.pell
        var reasons: [DesignReason] = []
        var conditions: [AidCondition] = []
        let award = credential.proposed == .certification ? credential.institutionAward : (credential.proposed ?? credential.institutionAward)
        func degreeNote() {
            if let target = proposal.stacksInto, target.via == .directCredit, proposal.creditBearing {
                reasons.append(DesignReason("Students already enrolled in \(target.program) may be able to use Pell for these courses as part of that degree program, not for the \(award.rawValue) on its own", r.badgeBelowCreditHours.citation))
            }
        }
        guard r.levels.value.contains(proposal.level) else {
            reasons.append(DesignReason("Pell is for \(r.levels.value.map(\.rawValue).joined(separator: " or ")) students who have no bachelor's degree yet; this is a \(proposal.level.rawValue) credential", r.levels.citation))
            return AidDetermination(program: .pell, name: "Pell Grant", result: .no, reasons: reasons, conditions: [], citation: r.levels.citation)
        }
        if award == .badge, case .credit = proposal.hours {
            let (eq, _) = semesterEquivalent(proposal.hours, rules: rules)
            if eq < r.badgeBelowCreditHours.value {
                reasons.append(DesignReason("A credit-bearing badge of \(hoursText(proposal)) is under \(Figures.short(r.badgeBelowCreditHours.value)) credit hours; such badges usually do not qualify for Pell outside an existing degree program", r.badgeBelowCreditHours.citation))
                degreeNote()
                return AidDetermination(program: .pell, name: "Pell Grant", result: .no, reasons: reasons, conditions: [], citation: r.badgeBelowCreditHours.citation)
            }
            reasons.append(DesignReason("The rule that badges under \(Figures.short(r.badgeBelowCreditHours.value)) credit hours usually do not qualify does not apply at \(hoursText(proposal)); program length decides", r.badgeBelowCreditHours.citation))
        }
        guard let tier, tier.aid.contains(.pell) else {
            let shortestPell = rules.programLength.last { $0.aid.contains(.pell) && $0.levels.contains(proposal.level) && $0.minimum(for: proposal.hours) != nil }
            let citation = tier?.citation ?? shortestPell?.citation ?? r.levels.citation
            if let tier {
                reasons.insert(DesignReason("The \(tier.id) program-length tier it meets carries loans only, not Pell", tier.citation), at: 0)
            } else {
                let pellTiers = rules.programLength.filter { $0.aid.contains(.pell) && $0.levels.contains(proposal.level) }
                let needs = pellTiers.compactMap { t -> String? in
                    guard let m = t.minimum(for: proposal.hours) else { return nil }
                    return "\(Figures.short(m)) \(amount(proposal.hours).unit)" + (t.weeksMin.map { " over at least \(Figures.short($0)) weeks" } ?? "")
                }
                let shortest = needs.last.map { "; the shortest Pell-eligible program needs \($0)" } ?? ""
                reasons.insert(DesignReason("As a standalone program it is too short for Title IV\(shortest)", citation), at: 0)
            }
            degreeNote()
            return AidDetermination(program: .pell, name: "Pell Grant", result: .no, reasons: reasons, conditions: [], citation: citation)
        }
        reasons.insert(DesignReason("It meets the \(tier.id) program-length tier, which can carry Pell for undergraduates without a bachelor's degree", tier.citation), at: 0)
        conditions = tier.conditions.map { AidCondition($0, .toBeShown, tier.citation) }
        conditions.append(AidCondition("Pell used counts toward the \(Figures.short(r.lifetimeCapPercent.value))% lifetime limit", .toBeShown, r.lifetimeCapPercent.citation))
        return AidDetermination(program: .pell, name: "Pell Grant", result: tier.result, reasons: reasons, conditions: conditions, citation: tier.citation)
    }

    // MARK: Workforce Pell

    static func workforcePell(_ proposal: Proposal, rules: DesignRules, evidence: DesignEvidence) -> AidDetermination {
        let r = rules.workforcePell
        var reasons: [DesignReason] = []
        var blocked = false
        if !r.levels.value.contains(proposal.level) {
            blocked = true
            reasons.append(DesignReason("Workforce Pell is for \(r.levels.value.map(\.rawValue).joined(separator: " or ")) programs only; this is \(proposal.level.rawValue)", r.levels.citation))
        }
        if r.excludedDelivery.value.contains(proposal.delivery) {
            blocked = true
            reasons.append(DesignReason("Programs delivered by \(proposal.delivery.rawValue) are excluded", r.excludedDelivery.citation))
        }
        let range = r.hoursRange(for: proposal.hours)
        let (value, unit) = amount(proposal.hours)
        if range.contains(value) {
            reasons.append(DesignReason("\(Figures.short(value)) \(unit) is within \(range) \(unit)", range.citation))
        } else {
            blocked = true
            reasons.append(DesignReason("\(Figures.short(value)) \(unit) is outside \(range) \(unit)", range.citation))
        }
        if r.weeks.contains(proposal.weeks) {
            reasons.append(DesignReason("\(weeksText(proposal.weeks)) is within \(r.weeks) weeks", r.weeks.citation))
        } else {
            blocked = true
            reasons.append(DesignReason("\(weeksText(proposal.weeks)) is outside \(r.weeks) weeks", r.weeks.citation))
        }
        if blocked {
            return AidDetermination(program: .workforcePell, name: "Workforce Pell", result: .no, reasons: reasons, conditions: [], citation: r.law)
        }

        var conditions: [AidCondition] = []
        let (approval, approvalEvidence) = stateApproval(rules: rules, evidence: evidence, upskill: proposal.purpose == .upskill)
        conditions.append(approval)
        if let target = proposal.stacksInto {
            let direct = target.via == .directCredit && proposal.creditBearing
            if direct {
                conditions.append(AidCondition("Stackable and portable: its credits count toward \(target.program)", .met, r.stackable.citation))
            } else if let prior = r.evidence?.priorLearningStacking {
                conditions.append(AidCondition("Stackable and portable: it reaches \(target.program) only through a prior-learning review; \(prior.text)", .likelyUnmet, prior.citation))
            } else {
                conditions.append(AidCondition("Stackable and portable: it reaches \(target.program) through a prior-learning review, which the state must accept as credit toward a degree", .likelyMet, r.stackable.citation))
            }
        } else {
            conditions.append(AidCondition("Stackable and portable: no further certificate or degree is named under stacks_into", .unmet, r.stackable.citation))
        }
        let months = r.operatingMonths.value
        if let start = proposal.startTerm {
            let years = Int((months / 12).rounded(.up))
            let earliest = AcademicTerm(season: start.season, year: start.year + years)
            conditions.append(AidCondition("Operated at least \(Figures.short(months)) months: from a first offering in \(start), \(earliest) at the earliest", .toBeShown, r.operatingMonths.citation))
        } else {
            conditions.append(AidCondition("Operated at least \(Figures.short(months)) months before approval", .toBeShown, r.operatingMonths.citation))
        }
        conditions.append(AidCondition("At least \(Figures.percent(r.completionRate.value)) of students complete", .toBeShown, r.completionRate.citation))
        conditions.append(AidCondition("At least \(Figures.percent(r.placementRate.value)) of completers are placed in jobs within \(Figures.short(r.placementDays.value)) days", .toBeShown, r.placementRate.citation))
        conditions.append(valueAddedEarnings(proposal, rules: rules, evidence: evidence))

        let unmet = conditions.contains { $0.status == .unmet }
        if unmet {
            reasons.insert(DesignReason("Its length and level fit, but as proposed it fails a condition below", r.law), at: 0)
        } else {
            reasons.insert(DesignReason("Its length and level fit; eligibility then depends on state approval and outcome conditions", r.finalRule), at: 0)
        }
        var row = AidDetermination(program: .workforcePell, name: "Workforce Pell", result: unmet ? .no : .conditional, reasons: reasons,
                                   conditions: conditions, citation: r.law)
        row.stateApprovalEvidence = approvalEvidence
        return row
    }

    // MARK: Gainful employment

    static func gainfulEmployment(_ proposal: Proposal, rules: DesignRules, credential: CredentialTypeDecision, titleIV: AidDetermination) -> AidDetermination {
        let r = rules.gainfulEmployment
        let award = credential.proposed == .certification ? credential.institutionAward : (credential.proposed ?? credential.institutionAward)
        var reasons: [DesignReason] = []
        guard r.appliesTo.value.contains(award) else {
            reasons.append(DesignReason("Gainful-employment tests cover \(r.appliesTo.value.map(\.rawValue).joined(separator: " and ")) programs; the institution's award here is a \(award.rawValue)", r.appliesTo.citation))
            return AidDetermination(program: .gainfulEmployment, name: "Gainful employment", result: .notApplicable, reasons: reasons, conditions: [], citation: r.citation)
        }
        guard titleIV.result != .no else {
            reasons.append(DesignReason("The tests apply to non-degree programs that take part in Title IV; as a standalone program this one does not (see Title IV program length), so they do not apply yet", r.appliesTo.citation))
            reasons.append(DesignReason("If it is lengthened into a Title IV certificate, it must pass the debt-to-earnings and earnings-premium tests", r.citation))
            return AidDetermination(program: .gainfulEmployment, name: "Gainful employment", result: .notApplicable, reasons: reasons, conditions: [], citation: r.citation)
        }
        reasons.append(DesignReason("As a Title IV non-degree program it must pass the gainful-employment tests to keep aid", r.appliesTo.citation))
        reasons.append(DesignReason(r.enrollmentNote.text, r.enrollmentNote.citation))
        let conditions = [
            AidCondition("Debt-to-earnings: completers' annual loan payment at most \(Figures.short(r.annualDebtToEarningsMaxPercent.value))% of annual earnings, or at most \(Figures.short(r.discretionaryDebtToEarningsMaxPercent.value))% of discretionary earnings",
                         .toBeShown, r.annualDebtToEarningsMaxPercent.citation),
            AidCondition("Earnings premium: \(r.earningsPremium.text)", .toBeShown, r.earningsPremium.citation),
        ]
        return AidDetermination(program: .gainfulEmployment, name: "Gainful employment", result: .conditional, reasons: reasons,
                                conditions: conditions, citation: r.citation)
    }
}
