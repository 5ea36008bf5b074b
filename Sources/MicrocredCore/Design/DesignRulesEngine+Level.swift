import Foundation

/// The level rule (docs/design-rules.md, "Level"): by construction first
/// (who is admitted, what the credits count toward), then by what the linked
/// occupations' skills need, from three signals (EP typical entry education,
/// O*NET Job Zone, O*NET required level of education). A mismatch is raised
/// only when the evidence contradicts the proposal, and it names the evidence.
extension DesignRulesEngine {
    /// What the signals, taken together, say about the skills.
    enum LevelVerdict: Equatable {
        case graduate, bachelorOrHigher, belowBachelor, none
    }

    static func level(_ proposal: Proposal, rules: DesignRules, evidence: DesignEvidence, shares: [EntryEducationShare]) -> LevelDecision {
        let r = rules.level
        var reasons: [DesignReason] = [DesignReason("Principle: \(r.principle.text)", r.principle.citation)]
        let known = shares.filter { $0.label != "Not in EP" }
        let signals = levelSignals(evidence, rules: r, known: known)
        let graduateEP = known.isEmpty ? nil : share(of: r.graduateEntryEducation.value, in: known)
        let bachelorEP = known.isEmpty ? nil : share(of: r.bachelorOrHigherEntryEducation.value, in: known)

        // 1. By construction.
        var basis: LevelBasis? = nil
        let admission = proposal.admissionRequires
        let graduateAdmission = admission.map { r.graduateAdmission.value.contains($0) } ?? false
        if let admission, graduateAdmission {
            basis = .admission
            let holds = admission == .bachelor ? "one" : "a bachelor's degree"
            reasons.append(DesignReason("Admission requires a \(degreeName(admission)) (admission_requires: \(admission.rawValue)), so every learner already holds \(holds): the credential is post-baccalaureate, a program above the baccalaureate level, and graduate level by construction", r.graduateAdmission.citation))
        }
        if let target = proposal.stacksInto, r.graduateStackingAwards.value.contains(target.award) {
            if basis == nil { basis = .stacking }
            reasons.append(DesignReason("Its credits count toward \(target.program), a \(target.award == .doctorate ? "doctoral" : "master's") degree; credits that count toward a graduate degree are graduate credits, so it is graduate level by construction", r.graduateStackingAwards.citation))
            if !graduateAdmission {
                reasons.append(DesignReason("Graduate courses admit learners who hold a bachelor's degree; state it as admission_requires: bachelor" + (admission.map { " (the proposal gives \($0.rawValue))" } ?? ""), r.graduateAdmission.citation))
            }
        }

        // 2. What the skills need.
        let verdict = levelVerdict(signals, rules: r)
        for signal in signals {
            reasons.append(DesignReason(signal.sentence + "; the signal counts for graduate study from \(Figures.percent(signal.threshold.value)) (\(signal.threshold.citation))", signal.definition))
        }
        let needed = min(Int(r.signalsToAgree.value), signals.count)
        let graduateCount = signals.filter(\.pointsToGraduate).count
        let bachelorCount = signals.filter(\.pointsToBachelorOrHigher).count
        let summary = signals.map(shortFigure).joined(separator: "; ")
        let of = "of \(signals.count) signal" + (signals.count == 1 ? "" : "s")
        func reach(_ n: Int) -> String { n == 1 ? "reaches" : "reach" }
        switch verdict {
        case .graduate:
            reasons.append(DesignReason("\(graduateCount) \(of) \(reach(graduateCount)) their graduate share (\(needed) needed): the skills call for graduate study", r.signalsToAgree.citation))
        case .bachelorOrHigher:
            reasons.append(DesignReason("\(bachelorCount) \(of) \(reach(bachelorCount)) a bachelor's degree or more and \(graduateCount) their graduate share (\(needed) needed): the skills build on a bachelor's degree without calling for graduate study", r.signalsToAgree.citation))
        case .belowBachelor:
            let reached = bachelorCount == 0 ? "None of the \(signals.count) signal\(signals.count == 1 ? "" : "s") reaches" : "Only \(bachelorCount) \(of) \(reach(bachelorCount))"
            reasons.append(DesignReason("\(reached) a bachelor's degree or more (\(needed) needed): the skills do not call for graduate study", r.signalsToAgree.citation))
        case .none:
            reasons.append(DesignReason("No linked occupation has an EP entry education, an O*NET Job Zone or O*NET required-education ratings, so the skills give no evidence about level"))
        }

        // 3. Decide; a mismatch only when the evidence contradicts the proposal.
        var recommended = proposal.level
        var mismatch: String? = nil
        if let basis {
            recommended = .graduate
            if verdict == .graduate || verdict == .bachelorOrHigher {
                reasons.append(DesignReason("The evidence agrees: the skills " + (verdict == .graduate ? "call for graduate study" : (basis == .admission ? "build on the bachelor's degree the learners hold" : "build on a bachelor's degree"))))
            }
            if verdict == .belowBachelor {
                reasons.append(DesignReason("Not a mismatch, but worth a committee's question: the occupations' figures above (\(summary)) do not call for graduate study; check that the courses are graduate work and that the linked occupations are those the learners hold or seek"))
            }
            if proposal.level == .undergraduate {
                mismatch = basis == .admission
                    ? "the proposal says undergraduate, but it admits only holders of a \(degreeName(admission ?? .bachelor)) (admission_requires), which makes it post-baccalaureate"
                    : "the proposal says undergraduate, but its credits count toward \(proposal.stacksInto?.program ?? "a graduate degree"), a graduate degree"
            }
        } else if proposal.level == .undergraduate {
            if verdict == .graduate {
                recommended = .graduate
                mismatch = "the proposal says undergraduate; \(graduateCount) of \(signals.count) signals point to graduate study (\(summary))"
            } else if verdict == .bachelorOrHigher {
                reasons.append(DesignReason("An undergraduate credential can teach skills used in occupations that need a bachelor's degree, to learners who hold or are working toward one; it does not by itself qualify them for entry"))
            }
        } else {
            switch verdict {
            case .graduate:
                if let admission {
                    reasons.append(DesignReason("The skills call for graduate study, but admission requires only \(admissionText(admission)); a graduate program admits learners who hold a bachelor's degree: set admission_requires: bachelor", r.graduateAdmission.citation))
                } else {
                    reasons.append(DesignReason("Graduate level is supported by the signals above; state admission_requires: bachelor so that it is post-baccalaureate by construction", r.graduateAdmission.citation))
                }
            case .bachelorOrHigher:
                if let admission {
                    recommended = .undergraduate
                    mismatch = "the proposal says graduate, but admits learners with \(admissionText(admission)) and the skills build on a bachelor's degree without calling for graduate study (\(summary))"
                } else {
                    reasons.append(DesignReason("The skills build on a bachelor's degree: graduate level fits if learners already hold one, so state admission_requires: bachelor; otherwise an undergraduate credential fits", r.graduateAdmission.citation))
                }
            case .belowBachelor:
                recommended = .undergraduate
                let admitted = admission.map { "it admits learners with \(admissionText($0))" } ?? "no admission requirement makes it post-baccalaureate"
                mismatch = "the proposal says graduate, but \(admitted) and the evidence does not call for graduate study (\(summary))"
            case .none:
                if let admission {
                    recommended = .undergraduate
                    mismatch = "the proposal says graduate, but it admits learners with \(admissionText(admission)), who are undergraduates"
                } else {
                    reasons.append(DesignReason("The proposal's level (graduate) is kept; state admission_requires: bachelor if learners must hold a bachelor's degree", r.graduateAdmission.citation))
                }
            }
        }
        if let mismatch {
            reasons.append(DesignReason("Mismatch: \(mismatch); the evidence points to \(recommended.rawValue) level"))
        }
        var decision = LevelDecision(recommended: recommended, proposed: proposal.level, graduateShare: graduateEP, bachelorOrHigherShare: bachelorEP,
                                     onetLevel: weightedONetLevel(evidence), reasons: reasons)
        decision.basis = basis ?? (signals.isEmpty ? .noEvidence : .evidence)
        decision.signals = signals
        return decision
    }

    /// Graduate when enough signals reach their graduate share, bachelor's-or-more
    /// when enough reach that share, below a bachelor's otherwise.
    static func levelVerdict(_ signals: [LevelSignal], rules r: DesignRules.LevelRules) -> LevelVerdict {
        guard !signals.isEmpty else { return .none }
        let needed = min(max(1, Int(r.signalsToAgree.value)), signals.count)
        if signals.filter(\.pointsToGraduate).count >= needed { return .graduate }
        if signals.filter(\.pointsToBachelorOrHigher).count >= needed { return .bachelorOrHigher }
        return .belowBachelor
    }

    /// The three signals, each when at least one linked occupation is rated.
    static func levelSignals(_ evidence: DesignEvidence, rules r: DesignRules.LevelRules, known: [EntryEducationShare]) -> [LevelSignal] {
        var signals: [LevelSignal] = []
        let linked = evidence.occupations.count
        if !known.isEmpty {
            signals.append(LevelSignal(kind: .entryEducation, graduateShare: share(of: r.graduateEntryEducation.value, in: known),
                                       bachelorOrHigherShare: share(of: r.bachelorOrHigherEntryEducation.value, in: known),
                                       threshold: r.graduateShare, definition: r.graduateEntryEducation.citation, graduateMeaning: "of the linked openings need a master's or doctoral degree for entry",
                                       bachelorMeaning: "a bachelor's degree or higher", source: evidence.educationSource,
                                       rated: evidence.occupations.filter { !($0.typicalEducation ?? "").isEmpty }.count, linked: linked))
        }
        let zoned = evidence.occupations.compactMap { o in o.jobZone.map { (o, Double($0)) } }
        if !zoned.isEmpty {
            let weights = weights(zoned.map(\.0))
            let total = weights.reduce(0, +)
            let graduate = zip(zoned, weights).reduce(0.0) { $0 + ($1.0.1 >= r.graduateJobZone.value ? $1.1 : 0) } / total
            let bachelor = zip(zoned, weights).reduce(0.0) { $0 + ($1.0.1 >= r.bachelorJobZone.value ? $1.1 : 0) } / total
            signals.append(LevelSignal(kind: .jobZone, graduateShare: graduate, bachelorOrHigherShare: bachelor, threshold: r.jobZoneShare, definition: r.graduateJobZone.citation,
                                       graduateMeaning: "of the linked openings are in Job Zone \(Figures.plain(r.graduateJobZone.value)) (extensive preparation; most need graduate school)",
                                       bachelorMeaning: "in Job Zone \(Figures.plain(r.bachelorJobZone.value)) or higher", source: evidence.jobZoneSource ?? "O*NET Job Zones",
                                       rated: zoned.count, linked: linked))
        }
        let rated = evidence.occupations.compactMap { o -> (OccupationEvidence, Double, Double)? in
            guard let d = o.requiredEducation else { return nil }
            let keys = d.keys.sorted()
            let total = keys.reduce(0.0) { $0 + (d[$1] ?? 0) }
            guard total > 0 else { return nil }
            let post = keys.filter { Double($0) >= r.etePostBaccalaureateCategory.value }.reduce(0.0) { $0 + (d[$1] ?? 0) } / total
            let bachelor = keys.filter { Double($0) >= r.eteBachelorCategory.value }.reduce(0.0) { $0 + (d[$1] ?? 0) } / total
            return (o, post, bachelor)
        }
        if !rated.isEmpty {
            let weights = weights(rated.map(\.0))
            let total = weights.reduce(0, +)
            let graduate = zip(rated, weights).reduce(0.0) { $0 + $1.0.1 * $1.1 } / total
            let bachelor = zip(rated, weights).reduce(0.0) { $0 + $1.0.2 * $1.1 } / total
            let from = Figures.plain(r.etePostBaccalaureateCategory.value), bachelorFrom = Figures.plain(r.eteBachelorCategory.value)
            signals.append(LevelSignal(kind: .requiredEducation, graduateShare: graduate, bachelorOrHigherShare: bachelor, threshold: r.eteShare, definition: r.etePostBaccalaureateCategory.citation,
                                       graduateMeaning: "of workers surveyed (openings-weighted) say the job needs education past a bachelor's degree (RL categories \(from)–12)",
                                       bachelorMeaning: "a bachelor's degree or more (categories \(bachelorFrom)–12)",
                                       source: evidence.requiredEducationSource ?? "O*NET Education, Training, and Experience",
                                       rated: rated.count, linked: linked))
        }
        return signals
    }

    /// Openings weights of `occupations` (equal weights when none has openings).
    static func weights(_ occupations: [OccupationEvidence]) -> [Double] {
        let w = occupations.map { max(0, $0.openingsWeight) }
        return w.contains { $0 > 0 } ? w : Array(repeating: 1, count: occupations.count)
    }

    /// The openings-weighted O*NET skill level, shown for reference.
    static func weightedONetLevel(_ evidence: DesignEvidence) -> Double? {
        let rated = evidence.occupations.filter { $0.onetLevel != nil }
        guard !rated.isEmpty else { return nil }
        let w = weights(rated)
        let total = w.reduce(0, +)
        return zip(rated, w).reduce(0.0) { $0 + ($1.0.onetLevel ?? 0) * $1.1 } / total
    }

    /// "O*NET Job Zone: 0% past a bachelor's, 12% a bachelor's or more", for a mismatch.
    static func shortFigure(_ s: LevelSignal) -> String {
        "\(s.kind.label) \(Figures.percent(s.graduateShare)) past a bachelor's, \(Figures.percent(s.bachelorOrHigherShare)) a bachelor's or more"
    }

    static func degreeName(_ a: AdmissionRequirement) -> String {
        switch a {
        case .master: return "master's degree"
        case .bachelor: return "bachelor's degree"
        case .associate: return "associate degree"
        case .highSchool: return "high-school diploma"
        case .none: return "no prior credential"
        }
    }

    /// "a high-school diploma", "no prior credential".
    static func admissionText(_ a: AdmissionRequirement) -> String {
        switch a {
        case .none: return "no prior credential (admission_requires: none)"
        case .associate: return "an associate degree (admission_requires: associate)"
        default: return "a \(degreeName(a)) (admission_requires: \(a.rawValue))"
        }
    }
}
