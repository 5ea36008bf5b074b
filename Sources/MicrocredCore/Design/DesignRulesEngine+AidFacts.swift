import Foundation

/// Pell and Workforce Pell beyond program length: the eligibility facts a
/// counsellor adds (bachelor's holders, dual enrolment, non-credit programs,
/// no Pell and Workforce Pell at once), the state-approval evidence of each
/// linked entry occupation, and the value-added earnings test at the entry
/// wage and the median (docs/design-rules.md).
extension DesignRulesEngine {
    // MARK: Eligibility facts

    static func applyEligibilityFacts(_ proposal: Proposal, rules: DesignRules, pell: inout AidDetermination,
                                      workforcePell: inout AidDetermination) {
        guard let facts = rules.pell.eligibility else { return }
        let admissionHolds = proposal.admissionRequires.map { facts.bachelorAdmission.value.contains($0) } ?? false
        let populationHolds = proposal.targetPopulation.contains(.bachelorHolders)
        let dual = proposal.targetPopulation.contains(.dualEnrollment)
        for index in 0..<2 {
            var row = index == 0 ? pell : workforcePell
            let name = index == 0 ? "Pell" : "Workforce Pell"
            var notes: [DesignReason] = []
            if admissionHolds, let requirement = proposal.admissionRequires {
                if row.result != .no || !row.reasons.contains(where: { $0.citation == rules.pell.levels.citation }) {
                    notes.append(DesignReason("Admission requires a \(requirement == .master ? "master's" : "bachelor's") degree (admission_requires: \(requirement.rawValue)), so \(name) does not apply to any admitted student: \(facts.bachelorHolders.text)", facts.bachelorHolders.citation))
                }
                row.result = .no
                row.conditions = []
            } else if populationHolds {
                let others = proposal.targetPopulation.filter { $0 != .bachelorHolders }
                let rest = others.isEmpty ? "; the proposal names no other learners, so it does not apply to anyone it targets"
                    : "; it can still apply to the other learners (\(others.map(\.rawValue).joined(separator: ", "))) who hold no bachelor's degree"
                notes.append(DesignReason("\(name) does not apply to the bachelor's-degree holders in the target population (bachelor-holders): \(facts.bachelorHolders.text)\(rest)", facts.bachelorHolders.citation))
                if others.isEmpty { row.result = .no; row.conditions = [] }
            }
            if dual {
                notes.append(DesignReason("Dual-enrolment students: \(facts.highSchoolDiploma.text); \(name) does not apply to them until they finish high school", facts.highSchoolDiploma.citation))
            }
            if !proposal.creditBearing {
                if index == 1 {
                    if row.result == .no {
                        notes.append(DesignReason("As a non-credit offering it would first have to become an eligible program (see Pell Grant)", facts.eligibleProgram.citation))
                    } else {
                        row.conditions.insert(AidCondition("Non-credit offering made an eligible program (see Pell Grant)", .toBeShown, facts.eligibleProgram.citation), at: 0)
                    }
                } else if row.result == .no {
                    notes.append(DesignReason("As a non-credit offering: \(facts.eligibleProgram.text)", facts.eligibleProgram.citation))
                } else {
                    row.conditions.insert(AidCondition("Non-credit offering made an eligible program: \(facts.eligibleProgram.text)", .toBeShown, facts.eligibleProgram.citation), at: 0)
                }
            }
            if index == 1, let notWith = rules.workforcePell.evidence?.notWithPell, row.result != .no {
                notes.append(DesignReason(notWith.text.capitalizedFirstLetter, notWith.citation))
            }
            row.reasons.insert(contentsOf: notes, at: admissionHolds ? 0 : row.reasons.count)
            if index == 0 { pell = row } else { workforcePell = row }
        }
    }

    // MARK: State approval

    /// The state-approval condition and, for each linked entry occupation,
    /// whether it is high-skill, high-wage or in-demand (any one suffices).
    static func stateApproval(rules: DesignRules, evidence: DesignEvidence, upskill: Bool = false) -> (AidCondition, [StateApprovalEvidence]) {
        let r = rules.workforcePell
        let one = upskill ? "counted occupation learners hold" : "linked entry occupation"
        let many = upskill ? "counted occupations learners hold" : "linked entry occupations"
        guard let e = r.evidence, !evidence.occupations.isEmpty else {
            return (AidCondition(r.stateApproval.text, .toBeShown, r.stateApproval.citation), [])
        }
        let ratio = e.highWageRatio.value
        let rows = evidence.occupations.map { o -> StateApprovalEvidence in
            var skill: Bool? = nil
            var skillText = "EP gives no typical entry education"
            if let education = o.typicalEducation, !education.isEmpty {
                skill = e.highSkillEntryEducation.value.contains(education)
                skillText = "entry education \(education.lowercased()) (\(evidence.educationSource))" + (skill == true ? "" : ", below the high-skill levels")
            }
            var wage: Bool? = nil
            var wageText = "no published area median wage"
            if let median = o.medianAnnualWage, let area = evidence.areaMedianWage, area > 0 {
                wage = median >= area * ratio
                let against = ratio == 1 ? "the area's all-occupations median \(Figures.dollars(area))"
                    : "\(Figures.short(ratio)) × the area's all-occupations median \(Figures.dollars(area))"
                wageText = "median \(Figures.dollars(median)) \(wage == true ? "at or above" : "below") \(against)" + (evidence.wageSource.map { " (\($0))" } ?? "")
            } else if o.medianAnnualWage != nil {
                wageText = "the area's all-occupations median wage is not published"
            }
            var demand: Bool? = nil
            var demandText = "no high-demand status supplied"
            if let high = o.highDemand {
                demand = high
                demandText = o.highDemandReason ?? (high ? "high-demand" : "not high-demand")
            }
            return StateApprovalEvidence(soc: o.soc, title: o.title, highSkill: skill, highSkillText: skillText, highWage: wage,
                                         highWageText: wageText, inDemand: demand, inDemandText: demandText)
        }
        let supporting = rows.filter(\.supportsApproval)
        let head = "State approval (\(r.stateApproval.text))"
        if supporting.isEmpty {
            return (AidCondition(head + ": \(rows.count == 1 ? "the one \(one) does not show" : "none of the \(rows.count) \(many) shows") as high-skill, high-wage or in-demand on the figures below; the state applies its own criteria",
                                 .likelyUnmet, r.stateApproval.citation), rows)
        }
        let names = supporting.prefix(4).map { o -> String in
            let kinds = [o.highSkill == true ? "high-skill" : nil, o.highWage == true ? "high-wage" : nil, o.inDemand == true ? "in-demand" : nil]
                .compactMap { $0 }.joined(separator: ", ")
            return "\(o.title) (\(kinds))"
        }.joined(separator: "; ") + (supporting.count > 4 ? "; and \(supporting.count - 4) more" : "")
        let count = rows.count == 1 ? "the one \(one) meets" : "\(supporting.count) of the \(rows.count) \(many) meet"
        return (AidCondition(head + ": the evidence supports it, though the state decides: \(count) at least one of the three (any one suffices): \(names); figures in the table below",
                             .likelyMet, r.stateApproval.citation), rows)
    }

    // MARK: Value-added earnings

    /// Tuition and fees against value-added earnings estimated at the entry
    /// wage (p25 by default) and at the median of the linked occupations
    /// (openings-weighted; completers' own earnings are not known yet):
    /// uncertain when the two fall on opposite sides of the cost.
    static func valueAddedEarnings(_ proposal: Proposal, rules: DesignRules, evidence: DesignEvidence) -> AidCondition {
        let r = rules.workforcePell
        let floor = r.earningsFloor
        let base = "Tuition and fees at most value-added earnings (completers' median earnings minus \(Figures.dollars(floor.value)), 150% of the \(r.earningsFloorYear) poverty guideline, in effect from \(floor.citation.source.effective))"
        guard let tuition = proposal.tuition else {
            return AidCondition(base + "; the proposal gives no tuition to compare", .toBeShown, floor.citation)
        }
        let cost = tuition + (proposal.fees ?? 0)
        func weighted(_ wage: (OccupationEvidence) -> Double?) -> Double? {
            let paid = evidence.occupations.filter { (wage($0) ?? 0) > 0 }
            guard !paid.isEmpty else { return nil }
            let weights = paid.map { max(0, $0.openingsWeight) }
            let total = weights.reduce(0, +)
            return zip(paid, weights).reduce(0.0) { $0 + (wage($1.0) ?? 0) * (total > 0 ? $1.1 : 1) } / (total > 0 ? total : Double(paid.count))
        }
        let median = weighted { $0.medianAnnualWage }
        let entry = weighted { $0.entryAnnualWage }
        guard median != nil || entry != nil else {
            return AidCondition(base + "; no linked occupation has a published wage to estimate earnings", .toBeShown, floor.citation)
        }
        let source = evidence.wageSource.map { ", \($0)" } ?? ""
        var parts: [String] = []
        var passes: [Bool] = []
        if let entry {
            parts.append("at the entry wage (\(evidence.entryWageLabel)) \(Figures.dollars(entry)) − \(Figures.dollars(floor.value)) = \(Figures.dollars(entry - floor.value))")
            passes.append(cost <= entry - floor.value)
        }
        if let median {
            parts.append("at the median \(Figures.dollars(median)) − \(Figures.dollars(floor.value)) = \(Figures.dollars(median - floor.value))")
            passes.append(cost <= median - floor.value)
        }
        let status: ConditionStatus
        var verdict: String
        if passes.allSatisfy({ $0 }) {
            status = .likelyMet
            verdict = "met at " + (passes.count == 2 ? "both" : "the one wage published")
        } else if passes.allSatisfy({ !$0 }) {
            status = .likelyUnmet
            verdict = "not met at " + (passes.count == 2 ? "either" : "the one wage published")
        } else {
            status = .uncertain
            verdict = "uncertain: met at the median but not at the entry wage, and completers typically start near the entry wage"
        }
        if entry == nil { verdict += " (no entry wage is published, so the median alone is used)" }
        let counted = proposal.purpose == .upskill ? "counted occupations learners hold" : "linked entry occupations"
        return AidCondition(base + "; estimated from the \(counted)' openings-weighted wages\(source): " + parts.joined(separator: "; ")
                            + ", against tuition and fees of \(Figures.dollars(cost)): \(verdict)", status, floor.citation)
    }
}
