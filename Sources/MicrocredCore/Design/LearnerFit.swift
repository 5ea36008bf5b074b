import Foundation

/// The state's figures for the occupations a metro proposal counts, so a
/// thin metro is read beside its state (docs/reports.md, "Recommendation").
public struct AreaComparison: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var soc: SOCCode
        public var title: String
        /// Estimated state openings a year; nil when the state's employment is not published.
        public var openings: Double?
        public var highDemand: Bool
        public var reason: String
    }

    public var area: Area
    public var rows: [Row]

    /// Σ of the known state openings.
    public var totalOpenings: Double { rows.reduce(0) { $0 + ($1.openings ?? 0) } }

    /// Share of the known state openings in occupations high demand in the state; nil with none known.
    public var highDemandShare: Double? {
        let total = totalOpenings
        guard total > 0 else { return nil }
        return rows.filter(\.highDemand).reduce(0) { $0 + ($1.openings ?? 0) } / total
    }

    /// The state of metro `area` with each of `socs` under `rule`; nil for a
    /// state or the nation, or when the state is not loaded.
    public static func state(of area: Int, market: LaborMarket, rule: HighDemandRule, socs: [SOCCode]) -> AreaComparison? {
        guard market.areas[area].code.kind == .metro, let s = market.parentSlot(of: area), market.areas[s].code.kind == .state else { return nil }
        let rows = socs.compactMap { soc -> Row? in
            guard let o = market.slot(of: soc) else { return nil }
            let openings = market.areaOpeningsEstimate(area: s, occupation: o)
            let status = rule.status(market: market, area: s, occupation: o)
            return Row(soc: soc, title: market.titles[o], openings: openings.isFinite ? openings : nil,
                       highDemand: status.isHighDemand, reason: status.reason)
        }
        return AreaComparison(area: market.areas[s], rows: rows)
    }
}

/// The entry wage against the area's all-occupations median (low pay; docs/reports.md).
public struct PayCheck: Sendable, Hashable {
    /// Openings-weighted entry wage of the counted occupations.
    public var entryWage: Double
    /// The area's OEWS 00-0000 median annual wage.
    public var areaMedian: Double
    /// `advice.low_pay_share_of_area_median` × `areaMedian`.
    public var threshold: Double
    public var share: Double
    public var source: String
    public var isLowPay: Bool { entryWage < threshold }
}

/// One message of the marketing plan, with its evidence.
public struct MarketingMessage: Sendable, Hashable {
    public var topic: String
    public var text: String
    public var evidence: String
}

extension ProposalEvaluation {
    /// True for `purpose: upskill` (incumbent workers in the jobs they hold).
    public var isUpskill: Bool { alignment.method?.profile.purpose == .upskill }

    /// True when the credential prepares for an outside body's exam:
    /// `credential: certification`, or an `industry_certification` block.
    public var preparesForCertification: Bool { proposal.isCertificationPrep }

    /// The exam in words: "CompTIA Network+ exam of CompTIA".
    public var certificationName: String {
        guard let c = proposal.industryCertification else { return "outside certification exam (the proposal names none; add industry_certification)" }
        return c.name + " exam" + (c.body.map { " of \($0)" } ?? "")
    }

    /// The Workforce Pell determination, when the proposal seeks it.
    public var workforcePellDetermination: AidDetermination? {
        guard proposal.financialAidSought.contains(.workforcePell) else { return nil }
        return design.financialAid.first { $0.program == .workforcePell }
    }

    /// True when Workforce Pell applies: sought, and not excluded by the design rules.
    public var workforcePellApplies: Bool {
        guard let d = workforcePellDetermination else { return false }
        return d.result != .no && d.result != .notApplicable
    }

    /// Why Workforce Pell's thresholds are not this program's targets; nil when it applies.
    public var workforcePellNote: String? {
        if workforcePellApplies { return nil }
        if workforcePellDetermination != nil { return "Workforce Pell is sought but the design rules exclude this program (see the implementation report), so its thresholds are not targets here" }
        return "Workforce Pell is not sought (financial_aid_sought), so its thresholds are not targets here"
    }

    /// The entry wage against the area median; nil when either is not published.
    public var payCheck: PayCheck? {
        guard let wage = entryWage, let median = alignment.area.allOccupationsMedianWage.value, median > 0 else { return nil }
        let rule = settings.advice.lowPayShareOfAreaMedian
        return PayCheck(entryWage: wage, areaMedian: median, threshold: median * rule.value, share: rule.value, source: rule.source)
    }

    /// Why the area is thin (few counted openings, or suppressed employment); nil when it is not.
    public var thinAreaReason: String? {
        let floor = settings.advice.thinAreaOpenings.value
        var why: [String] = []
        if totalAreaOpenings < floor {
            why.append("the \(proposalPurposeLabel) offer about \(Figures.integer(Int(totalAreaOpenings.rounded()))) estimated openings a year, fewer than \(Figures.integer(Int(floor.rounded())))")
        }
        let suppressed = countedOccupations.filter { !$0.demand.employment.isValue }
        if !suppressed.isEmpty {
            why.append("area employment is not published for " + suppressed.map { "\($0.demand.soc)" }.joined(separator: ", "))
        }
        return why.isEmpty ? nil : why.joined(separator: "; ")
    }

    /// "≈ 1,234" as the occupation tables print an openings estimate.
    static func openingsText(_ value: Double) -> String { "≈ " + Figures.integer(Int(value.rounded())) }

    /// "$40,530–$56,000" (p25 to median), or what is published.
    static func wageRange(_ d: OccupationDemand) -> String? {
        switch (d.annualWages.p25.value, d.annualWages.median.value) {
        case let (low?, mid?): return "\(Figures.dollarsAndCents(low))–\(Figures.dollarsAndCents(mid))"
        case let (nil, mid?): return "median \(Figures.dollarsAndCents(mid)) (25th percentile not published)"
        case let (low?, nil): return "from \(Figures.dollarsAndCents(low)) (median not published)"
        default: return nil
        }
    }
}

/// The marketing plan's messages, from the proposal and the counted
/// occupations only (docs/reports.md, "Marketing").
public enum MarketingPlanner {
    public static func messages(_ inputs: ProposalEvaluation) -> [MarketingMessage] {
        let p = inputs.proposal
        var messages = [practicalSkills(inputs)]
        messages += career(inputs)
        if inputs.preparesForCertification {
            messages.append(MarketingMessage(topic: "certification", text: "Prepares you for the \(inputs.certificationName)",
                                             evidence: p.industryCertification == nil ? "proposal's credential: certification" : "proposal's industry_certification"))
        }
        messages.append(MarketingMessage(topic: "schedule fit", text: "\(p.delivery.rawValue.capitalizedFirstLetter), \(Figures.fixed(p.weeks, places: 0)) weeks" + (p.schedule.map { "; " + $0 } ?? ""), evidence: "proposal"))
        if let stack = p.stacksInto {
            // Credits count directly only for a credit-bearing credential with
            // direct credit; otherwise the route is a prior-learning review
            // (the Workforce Pell stacking condition says the same).
            let direct = stack.via == .directCredit && p.creditBearing
            messages.append(MarketingMessage(topic: "a step toward a degree",
                                             text: direct ? "Counts toward the \(stack.program)"
                                                          : "Can earn credit toward the \(stack.program) through a prior-learning review",
                                             evidence: "proposal's stacking pathway"))
        }
        return messages
    }

    /// The proposer's competencies first; else the counted occupations'
    /// flagged technology skills; else their specific (non-general) O*NET skills.
    static func practicalSkills(_ inputs: ProposalEvaluation) -> MarketingMessage {
        let own = inputs.proposal.competencies.prefix(3)
        if !own.isEmpty {
            return MarketingMessage(topic: "practical skills", text: "Hands-on practice: " + own.joined(separator: "; "),
                                    evidence: "the proposal's competencies (\(inputs.proposal.competencies.count) listed; mapped to O*NET in the design report)")
        }
        let focus = inputs.alignment.focus
        if let tech = focus?.technology.prefix(3), !tech.isEmpty {
            return MarketingMessage(topic: "practical skills", text: "Hands-on with " + tech.map(\.example).joined(separator: ", "),
                                    evidence: "O*NET Technology Skills of the \(inputs.proposalPurposeLabel) (\(inputs.onetLabel); the proposal lists no competencies)")
        }
        if let skills = focus?.skills.prefix(3), !skills.isEmpty {
            return MarketingMessage(topic: "practical skills", text: "Practice in " + skills.map { $0.element.name.lowercased() }.joined(separator: ", "),
                                    evidence: "top O*NET skills of the \(inputs.proposalPurposeLabel) beyond the basic skills they all share (\(inputs.onetLabel); the proposal lists no competencies)")
        }
        return MarketingMessage(topic: "practical skills", text: "Name the skills taught: the proposal lists no competencies and O*NET gives no specific skill for the \(inputs.proposalPurposeLabel)",
                                evidence: "—")
    }

    /// Entry: the counted (entry) occupations with most openings, at their
    /// p25–median pay. Upskill: the pay range of the jobs learners hold, and
    /// the advancement occupations as the next step; never their openings.
    static func career(_ inputs: ProposalEvaluation) -> [MarketingMessage] {
        let area = inputs.alignment.area.area.title
        let top = inputs.occupationsWithOpenings.sorted {
            let l = $0.demand.countedOpenings ?? 0, r = $1.demand.countedOpenings ?? 0
            return l != r ? l > r : $0.demand.soc < $1.demand.soc
        }.prefix(2)
        if inputs.isUpskill {
            var out: [MarketingMessage] = []
            let held = top.compactMap { o -> String? in
                guard let low = o.demand.annualWages.p25.value, let high = o.demand.annualWages.p75.value else { return nil }
                return "\(o.demand.title.lowercased()) in \(area) earn \(Figures.dollarsAndCents(low)) at the 25th percentile and \(Figures.dollarsAndCents(high)) at the 75th"
            }
            if !held.isEmpty {
                out.append(MarketingMessage(topic: "growth in the job you hold", text: "Room to grow: " + held.joined(separator: "; "),
                                            evidence: "\(inputs.oewsLabel) annual wage percentiles of the occupations learners hold"))
            }
            let next = inputs.careerPath.filter { $0.demand.annualWages.median.value != nil }.prefix(2)
            if !next.isEmpty {
                out.append(MarketingMessage(topic: "next step", text: "A step toward " + next.map { "\($0.demand.title.lowercased()) (median \(Figures.dollarsAndCents($0.demand.annualWages.median.value ?? 0)))" }.joined(separator: " or "),
                                            evidence: "advancement occupations linked by the crosswalk (more education or experience needed; \(inputs.oewsLabel))"))
            }
            return out
        }
        let lines = top.compactMap { o -> String? in
            guard let openings = o.demand.countedOpenings, let pay = ProposalEvaluation.wageRange(o.demand) else { return nil }
            return "about \(Figures.integer(Int(openings.rounded()))) openings a year for \(o.demand.title.lowercased())\(o.demand.openingsAreFallback ? " (fallback estimate)" : ""), paying \(pay)"
        }
        guard !lines.isEmpty else { return [] }
        return [MarketingMessage(topic: "career start", text: "In \(area): " + lines.joined(separator: "; "),
                                 evidence: "estimated area openings of the entry occupations a completer can be hired into; \(inputs.oewsLabel) 25th percentile to median wage")]
    }
}

/// The figures behind each recommendation reason (docs/reports.md,
/// "Recommendation"): openings and high-demand share with the rule, what to
/// do when no counted occupation is high demand, low pay, and a thin area
/// with its state's figures.
public enum RecommendationEvidence {
    /// "the entry occupations offer about 292 estimated openings a year in Georgia (largest: 15-1231 …, ≈ 292)".
    static func demandText(_ inputs: ProposalEvaluation) -> String {
        let area = inputs.alignment.area.area.title
        let openings = "about \(Figures.integer(Int(inputs.totalAreaOpenings.rounded()))) estimated openings a year"
        if inputs.isUpskill {
            // Incumbent workers: the market is the employment in the jobs they hold (docs/analysis.md).
            let employed = inputs.countedOccupations.compactMap { o in o.demand.employment.value.map { (o, $0) } }
            let total = employed.reduce(0) { $0 + $1.1 }
            let largest = employed.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.demand.soc < $1.0.demand.soc }.prefix(2)
                .map { "\($0.0.demand.soc) \($0.0.demand.title), \(Figures.integer($0.1))" }
            guard total > 0 else { return "the occupations learners hold have no published employment in \(area); they offer \(openings)" }
            return "the occupations learners hold employ \(Figures.integer(total)) in \(area) (largest: " + largest.joined(separator: "; ") + "), with \(openings)"
        }
        let largest = inputs.occupationsWithOpenings.prefix(2).map { "\($0.demand.soc) \($0.demand.title), \(ProposalEvaluation.openingsText($0.demand.countedOpenings ?? 0))" }
        var text = "the \(inputs.proposalPurposeLabel) offer \(openings) in \(area)"
        if !largest.isEmpty { text += " (largest: " + largest.joined(separator: "; ") + ")" }
        return text
    }

    static func ruleTitle(_ inputs: ProposalEvaluation) -> String {
        (inputs.countedOccupations.first?.demand.highDemand.rule ?? .scaleAware).title
    }

    /// What to do when too few openings are high demand: the high-demand
    /// counted occupations if there are any, else the skill-adjacent ones,
    /// else a wider area or another discipline.
    static func highDemandAdvice(_ inputs: ProposalEvaluation) -> String {
        let high = inputs.occupationsWithOpenings.filter(\.demand.highDemand.isHighDemand).prefix(3)
        if !high.isEmpty {
            return "narrow the credential toward the high-demand \(inputs.proposalPurposeLabel) of the Linked occupations table: " + high.map { "\($0.demand.soc) \($0.demand.title) (\(ProposalEvaluation.openingsText($0.demand.countedOpenings ?? 0)) openings)" }.joined(separator: ", ")
        }
        let adjacent = inputs.alignment.adjacent.prefix(2)
        if !adjacent.isEmpty {
            return "none of the \(inputs.proposalPurposeLabel) is high demand here; the high-demand occupations under Skill-adjacent opportunities (e.g. " + adjacent.map { "\($0.demand.soc) \($0.demand.title)" }.joined(separator: ", ")
                + ") are where a bridge could lead: add them under occupations: add with a reason if the credential prepares for them, or change its focus"
        }
        return "none of the \(inputs.proposalPurposeLabel) and no skill-adjacent occupation is high demand here; test the proposal against the state or a larger area, or another discipline, before building it"
    }

    static func lowPayText(_ inputs: ProposalEvaluation, _ pay: PayCheck) -> String {
        let wp = inputs.rules.workforcePell
        return "Low pay: the openings-weighted entry wage (\(inputs.entryWageLabel)) of the \(inputs.proposalPurposeLabel) is \(Figures.dollarsAndCents((pay.entryWage / 100).rounded() * 100)) a year in \(inputs.alignment.area.area.title), "
            + "below \(Figures.fixed(pay.share * 100, places: 0))% (\(Figures.dollarsAndCents((pay.threshold / 100).rounded() * 100))) of the area's all-occupations median of \(Figures.dollarsAndCents(pay.areaMedian)) (\(inputs.oewsLabel), 00-0000; \(pay.source)); "
            + "150% of the \(wp.earningsFloorYear) poverty line is \(Figures.dollarsAndCents(wp.earningsFloor.value)). Tell learners what the jobs pay, keep the price low, and show the stacking step toward better-paid occupations."
    }

    static func payText(_ inputs: ProposalEvaluation, _ pay: PayCheck) -> String {
        "The openings-weighted entry wage (\(inputs.entryWageLabel)) of the \(inputs.proposalPurposeLabel) is \(Figures.dollarsAndCents((pay.entryWage / 100).rounded() * 100)) a year, \(Figures.fixed(pay.entryWage / pay.areaMedian * 100, places: 0))% of the area's all-occupations median of \(Figures.dollarsAndCents(pay.areaMedian)) (\(inputs.oewsLabel); low pay is below \(Figures.fixed(pay.share * 100, places: 0))%)."
    }

    /// A thin area, with the state's figures beside a metro's.
    static func areaReasons(_ inputs: ProposalEvaluation) -> [String] {
        guard let why = inputs.thinAreaReason else { return [] }
        var text = "Thin area: in \(inputs.alignment.area.area.title) \(why)."
        if let state = inputs.stateComparison, !state.rows.isEmpty {
            text += " In \(state.area.title) the same \(inputs.proposalPurposeLabel) offer about \(Figures.integer(Int(state.totalOpenings.rounded()))) estimated openings a year"
            if let share = state.highDemandShare { text += ", \(Figures.fixed(share * 100, places: 0))% of them high demand there" }
            text += " (table below): recruit and place across the state, or plan for a small cohort."
        } else {
            text += " Plan for a small cohort and confirm demand with employers."
        }
        return [text]
    }
}
