import MicrocredCore

/// An occupation's entry reach for a completer profile (`microcred occupation`).
public struct OccupationReachView: Sendable {
    public var reach: OccupationReach
    public var profile: CompleterProfile
    /// The rules file, as cited.
    public var rulesFile: String?
    public init(reach: OccupationReach, profile: CompleterProfile, rulesFile: String?) {
        self.reach = reach; self.profile = profile; self.rulesFile = rulesFile
    }
}

/// The high-demand rules side by side and the entry reach, in `occupation`
/// and `high-demand derive` output (docs/analysis.md).
extension HighDemandRendering {
    static func verdict(_ met: Bool?) -> String { met == true ? "yes" : (met == false ? "no" : "unknown") }

    static func panelJSON(_ panel: [RuleOutcome], decides: HighDemandRuleName) -> JSONValue {
        .array(panel.map { p in
            .object(["rule": .string(p.rule.rawValue), "title": .string(p.rule.title), "met": p.met.map { .bool($0) } ?? .null,
                     "detail": .string(p.detail), "decidesScore": .bool(p.rule == decides)])
        })
    }

    /// The rules of a derived list's panel, in the order computed.
    static func panelRules(_ l: DerivedHighDemandList) -> [HighDemandRuleName] {
        l.rows.first?.panel.map(\.rule) ?? []
    }

    static func derivedRulesSection(_ l: DerivedHighDemandList, into doc: inout OutputDocument) {
        let rules = panelRules(l)
        guard !rules.isEmpty else { return }
        doc.heading("High demand, rule by rule")
        doc.paragraph("The list above uses \(l.criteria.rule.title) (score_rule in the criteria file). Each published rule's verdict: yes, no, or unknown (a figure the rule needs is not published).")
        doc.table(OutputTable(headers: ["SOC"] + rules.map(\.rawValue), rows: l.rows.map { r in
            [r.soc.description] + rules.map { rule in verdict(r.panel.first { $0.rule == rule }?.met) }
        }))
    }
}

extension OccupationRendering {
    static func reachJSON(_ v: OccupationReachView) -> JSONValue {
        let r = v.reach, p = v.profile
        return .object(["reach": .string(r.reach.rawValue), "reason": .string(r.reason), "typicalEducation": .text(r.typicalEducation),
                        "workExperience": .text(r.workExperience), "onTheJobTraining": .text(r.onTheJobTraining),
                        "jobZone": r.jobZone.map { .int($0) } ?? .null, "jobZoneRule": .text(r.jobZoneRule),
                        "profile": .object(["admissionRequires": .string(p.admission.rawValue), "admissionAssumed": .bool(p.admissionAssumed),
                                            "purpose": .string(p.purpose.rawValue), "purposeAssumed": .bool(p.purposeAssumed),
                                            "completerHolds": .string(p.heldLabel), "reachesEntryEducation": .string(p.reachLabel),
                                            "explanation": .string(p.explanation)]),
                        "rulesFile": .text(v.rulesFile)])
    }

    static func rulesFields(_ d: OccupationDemand, reach: OccupationReachView?, into f: inout [String: JSONValue]) {
        f["highDemandRules"] = HighDemandRendering.panelJSON(d.highDemand.panel, decides: d.highDemand.rule)
        if let reach { f["entryReach"] = reachJSON(reach) }
    }

    static func rulesSection(_ d: OccupationDemand, reach: OccupationReachView?, into doc: inout OutputDocument) {
        if !d.highDemand.panel.isEmpty {
            doc.heading("High demand, rule by rule")
            doc.list(d.highDemand.panel.map { p in
                "\(p.rule.rawValue)\(p.rule == d.highDemand.rule ? " (decides high demand here)" : ""): \(HighDemandRendering.verdict(p.met)) — \(p.detail)"
            })
        }
        if let v = reach {
            doc.heading("Entry reach")
            let explanation = v.profile.explanation.hasSuffix(".") ? v.profile.explanation : v.profile.explanation + "."
            doc.paragraph("Profile: \(explanation) Rules: \(v.rulesFile ?? "built-in defaults").")
            doc.paragraph("Reach: \(v.reach.reason)")
            doc.table(OutputTable(headers: ["Measure", "Value"], rows: [
                ["Reach", v.reach.reach.rawValue],
                ["Typical entry education (EP)", v.reach.typicalEducation ?? "not available"],
                ["Work experience (EP)", v.reach.workExperience ?? "not available"],
                ["On-the-job training (EP)", v.reach.onTheJobTraining ?? "not available"],
                ["O*NET Job Zone", v.reach.jobZone.map(String.init) ?? "not rated"],
            ]))
        }
    }

    static func rulesCSV(_ d: OccupationDemand, reach: OccupationReachView?) -> (headers: [String], values: [String]) {
        var headers = d.highDemand.panel.map { "rule:" + $0.rule.rawValue }
        var values = d.highDemand.panel.map { HighDemandRendering.verdict($0.met) }
        if let r = reach?.reach {
            headers += ["reach", "reachReason", "jobZone"]
            values += [r.reach.rawValue, r.reason, r.jobZone.map(String.init) ?? ""]
        }
        return (headers, values)
    }
}
