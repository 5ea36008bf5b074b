import MicrocredCore
import Foundation

/// The completer method's part of `align` output: reachability, entry
/// wages, fallback openings, the high-demand rules side by side, tailoring
/// and "insufficient area data" (docs/analysis.md).
extension AlignmentRendering {
    /// Fields added to each occupation of the JSON contract.
    static func methodFields(_ o: AlignedOccupation, into f: inout [String: JSONValue]) {
        let d = o.demand
        if let reach = o.reach {
            f["reach"] = .string(reach.reach.rawValue)
            f["reachReason"] = .string(reach.reason)
            f["workExperience"] = .text(reach.workExperience)
            f["onTheJobTraining"] = .text(reach.onTheJobTraining)
            f["jobZone"] = reach.jobZone.map { .int($0) } ?? .null
            f["jobZoneRule"] = .text(reach.jobZoneRule)
        }
        f["countsInDemand"] = .bool(o.counts)
        if let reason = o.addedReason { f["addedByProposal"] = .string(reason) }
        f["fallbackOpeningsEstimate"] = .double(d.fallbackOpeningsEstimate)
        if let note = d.fallbackOpeningsNote { f["fallbackOpeningsNote"] = .string(note) }
        f["countedOpenings"] = .double(d.countedOpenings)
        f["locationQuotient"] = .double(d.locationQuotient)
        f["medianAnnualWageP50"] = .double(d.annualWages.median.value)
        f["highDemandRule"] = .string(d.highDemand.rule.rawValue)
        f["highDemandRules"] = .array(d.highDemand.panel.map { p in
            .object(["rule": .string(p.rule.rawValue), "title": .string(p.rule.title), "met": p.met.map { .bool($0) } ?? .null, "detail": .string(p.detail)])
        })
    }

    /// The `method` object of the JSON contract.
    static func methodJSON(_ r: DisciplineAlignment) -> JSONValue {
        guard let m = r.method else { return .null }
        let p = m.profile
        var f: [String: JSONValue] = [
            "admissionRequires": .string(p.admission.rawValue), "admissionAssumed": .bool(p.admissionAssumed),
            "purpose": .string(p.purpose.rawValue), "purposeAssumed": .bool(p.purposeAssumed),
            "completerHolds": .string(p.heldLabel), "reachesEntryEducation": .string(p.reachLabel), "explanation": .string(p.explanation),
            "rulesFile": .text(m.rulesFile), "rulesEffectiveDate": .string(m.rulesEffectiveDate),
            "entryWagePercentile": .int(m.entryWagePercentile),
            "insufficientAreaData": .bool(m.insufficientAreaData), "insufficientReason": .text(m.insufficientReason),
            "marketEmployment": .double(m.marketEmployment), "marketEmploymentSuppressed": .int(m.marketEmploymentSuppressed),
        ]
        let counted = r.occupations.filter(\.counts)
        f["countedOccupations"] = .array(counted.map { .string($0.demand.soc.description) })
        f["careerPath"] = .array(r.occupations.filter { $0.reach?.reach == .advancement && !$0.counts }.map { .string($0.demand.soc.description) })
        f["excluded"] = .array(r.occupations.filter { $0.reach?.reach == .excluded }.map { .string($0.demand.soc.description) })
        f["entryWage"] = .double(weightedWage(counted, percentile: m.entryWagePercentile).flatMap { Figures.rounded($0, 0) })
        f["medianWage"] = .double(weightedWage(counted, percentile: 50).flatMap { Figures.rounded($0, 0) })
        f["added"] = .array(m.added.map { .object(["soc": .string($0.soc.description), "written": .string($0.written), "reason": .string($0.reason)]) })
        f["removed"] = .array(m.removed.map { .object(["soc": .string($0.change.soc.description), "title": .string($0.title), "reason": .string($0.change.reason)]) })
        if let s = m.defaultScore {
            f["defaultCrosswalk"] = .object(["score": .double(s.value), "occupations": .int(m.defaultOccupationCount ?? 0),
                                             "countedOpenings": .double(m.defaultCountedOpenings.flatMap { Figures.rounded($0, 1) })])
        }
        return .object(f)
    }

    /// Openings-weighted wage percentile over `occupations` (direct or fallback openings).
    public static func weightedWage(_ occupations: [AlignedOccupation], percentile: Int) -> Double? {
        var sum = 0.0, weight = 0.0
        for o in occupations {
            guard let e = o.demand.countedOpenings, e > 0, let w = o.demand.annualWage(percentile: percentile).value else { continue }
            sum += e * w
            weight += e
        }
        return weight > 0 ? sum / weight : nil
    }

    /// A wage for a narrow table: dollars, or — when not a published value.
    static func short(_ r: Reported<Double>) -> String { r.value.map { Figures.dollars($0) } ?? (r.isTopCoded ? "top" : "—") }

    /// The score line, or "insufficient area data" in its place.
    static func scoreLine(_ r: DisciplineAlignment) -> String {
        if let m = r.method, m.insufficientAreaData {
            return "Alignment score: insufficient area data (\(m.insufficientReason ?? "too little is known")); no score is given."
        }
        return "Alignment score: \(Figures.decimal(r.score.value, places: 1)) / 100 = 100 × Σ(weight × normalized) ÷ Σ weight (docs/scoring.md)."
    }

    /// Reachability, wages and the high-demand rules, for `table` and `markdown` output.
    static func methodSections(_ r: DisciplineAlignment, into doc: inout OutputDocument) {
        guard let m = r.method else { return }
        doc.heading("Who can be hired: entry reachability")
        doc.paragraph("Completer profile: \(m.profile.explanation). Purpose: \(m.profile.purpose.rawValue)\(m.profile.purposeAssumed ? " (assumed)" : ""). Rules: \(m.rulesFile ?? "entry-reachability rules"), effective \(m.rulesEffectiveDate). "
                      + (m.profile.purpose == .entry ? "Demand figures count entry occupations only; advancement occupations are the career path."
                                                     : "Demand figures count every occupation that is not excluded (learners already hold them)."))
        let p = m.entryWagePercentile
        doc.table(OutputTable(headers: ["SOC", "Reach", "Counts", "p10", "p25", "Median", "Openings", "Why"],
                              rows: r.occupations.map { o in
                                  let d = o.demand
                                  let e = d.countedOpenings.map { (d.openingsAreFallback ? "≈ " : "") + Figures.decimal($0, places: 0) + (d.openingsAreFallback ? " (fallback)" : "") } ?? "—"
                                  return [d.soc.description, o.reach?.reach.rawValue ?? "—", o.counts ? "yes" : "no",
                                          short(d.annualWages.p10), short(d.annualWages.p25), short(d.annualWages.median), e,
                                          (o.addedReason.map { "added by the proposal: \($0); " } ?? "") + (o.reach?.reason ?? "")]
                              }, rightAligned: [3, 4, 5, 6], maxWidths: [7: 22]))
        let counted = r.occupations.filter(\.counts)
        let entry = weightedWage(counted, percentile: p).map { Figures.dollars($0.rounded()) } ?? "not published"
        let median = weightedWage(counted, percentile: 50).map { Figures.dollars($0.rounded()) } ?? "not published"
        doc.paragraph("Entry wage (p\(p), openings-weighted over the counted occupations): \(entry); market median: \(median).")
        if m.profile.purpose == .upskill {
            let size = m.marketEmployment.map { "\(Figures.decimal($0, places: 0)) workers in \(r.area.area.title) hold the counted occupations (OEWS)" }
                ?? "not known: OEWS releases no employment for the counted occupations in \(r.area.area.title)"
            doc.paragraph("Market size (upskill): " + size + (m.marketEmploymentSuppressed > 0 && m.marketEmployment != nil ? "; \(m.marketEmploymentSuppressed) occupation(s) with employment not released are not in that sum." : "."))
        }
        if !m.added.isEmpty || !m.removed.isEmpty {
            var items = m.added.map { "added \($0.written): \($0.reason)" }
            items += m.removed.map { "removed \($0.change.written) \($0.title): \($0.change.reason)" }
            if let s = m.defaultScore {
                items.append("default crosswalk: score \(Figures.decimal(s.value, places: 1)), \(m.defaultOccupationCount ?? 0) counted occupations, \(Figures.decimal(m.defaultCountedOpenings ?? 0, places: 0)) openings/yr; tailored: score \(Figures.decimal(r.score.value, places: 1))")
            }
            doc.heading("Tailored occupation list")
            doc.list(items)
        }
        doc.heading("High demand, rule by rule")
        let rules = r.occupations.first?.demand.highDemand.panel.map(\.rule) ?? []
        doc.paragraph("The score uses: \(r.occupations.first?.demand.highDemand.rule.title ?? "the derived criteria"). Each rule: yes, no, or ? (a figure is unknown).")
        doc.table(OutputTable(headers: ["SOC"] + rules.map(\.rawValue),
                              rows: r.occupations.map { o in
                                  [o.demand.soc.description] + o.demand.highDemand.panel.map { $0.met == true ? "yes" : ($0.met == false ? "no" : "?") }
                              }))
    }
}
