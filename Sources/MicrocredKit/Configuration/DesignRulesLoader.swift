import MicrocredCore
import Foundation
import Yams

/// Reads the design-rules file, reporting every malformed entry at once as
/// `file:line:column: message`.
public enum DesignRulesLoader {
    /// Loads and checks the rules file at `path`.
    public static func load(path: String) throws -> DesignRules {
        try load(document: YAMLDocument.load(path: path, what: "rules file"))
    }

    /// Parses rules text (for tests and embedded copies).
    public static func load(text: String, file: String) throws -> DesignRules {
        try load(document: YAMLDocument.parse(text: text, file: file, what: "rules file"))
    }

    static func load(document: YAMLDocument) throws -> DesignRules {
        var state = RulesReader(reader: YAMLFieldReader(file: document.file))
        let rules = state.read(document.root)
        if state.reader.diagnostics.hasErrors || rules == nil {
            let n = state.reader.diagnostics.errorCount
            throw MicrocredError("\(n) problem\(n == 1 ? "" : "s") in the rules file", at: SourceLocation(file: document.file),
                                 hint: "Fix each line above; docs/design-rules.md describes every entry",
                                 diagnostics: state.reader.diagnostics.items)
        }
        guard let rules else { throw MicrocredError("the rules file could not be read", at: SourceLocation(file: document.file)) }
        return rules
    }
}

/// One pass over the rules file's node tree.
private struct RulesReader {
    var reader: YAMLFieldReader
    var sources: [String: RuleSource] = [:]
    var sourceOrder: [RuleSource] = []

    init(reader: YAMLFieldReader) { self.reader = reader }

    /// The mapping's values by key, after rejecting unknown keys and reporting missing ones.
    mutating func section(_ node: Node, name: String, required: [String], optional: [String] = []) -> [String: Node]? {
        reader.section(node, name: name, required: required, optional: optional)?.values
    }

    mutating func date(_ node: Node, key: String) -> String? {
        guard let text = reader.text(node, key: key) else { return nil }
        let parts = text.split(separator: "-")
        guard text.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1900...2200).contains(y), (1...12).contains(m), (1...31).contains(d) else {
            reader.error("'\(key)' is '\(text)'; write a date as YYYY-MM-DD", at: node)
            return nil
        }
        return text
    }

    mutating func citation(_ node: Node, key: String, pinpoint: String? = nil) -> RuleCitation? {
        guard let id = reader.text(node, key: key) else { return nil }
        guard let source = sources[id] else {
            var message = "'\(key)' names source '\(id)', which is not listed under sources"
            if let near = YAMLFieldReader.suggestion(for: id, among: sourceOrder.map(\.id)) { message += "; did you mean '\(near)'?" }
            reader.error(message, at: node)
            return nil
        }
        return RuleCitation(source: source, pinpoint: pinpoint)
    }

    // MARK: Value shapes

    mutating func number(_ node: Node?, name: String, range: ClosedRange<Double> = 0...1_000_000) -> Threshold<Double>? {
        guard let node, let v = section(node, name: name, required: ["value", "source"], optional: ["cite", "note", "year"]) else { return nil }
        let value = v["value"].flatMap { reader.number($0, key: "\(name).value", range: range) }
        let pin = v["cite"].flatMap { reader.text($0, key: "\(name).cite") }
        let cite = v["source"].flatMap { citation($0, key: "\(name).source", pinpoint: pin) }
        let note = v["note"].flatMap { reader.text($0, key: "\(name).note") }
        guard let value, let cite else { return nil }
        return Threshold(value: value, citation: cite, note: note)
    }

    mutating func textList(_ node: Node?, name: String) -> Threshold<[String]>? {
        guard let node, let v = section(node, name: name, required: ["value", "source"], optional: ["cite", "note"]) else { return nil }
        var values: [String]? = nil
        if let n = v["value"], let items = reader.list(n, key: "\(name).value") {
            values = items.compactMap { reader.text($0, key: "\(name).value") }
            if values?.count != items.count { values = nil }
        }
        let pin = v["cite"].flatMap { reader.text($0, key: "\(name).cite") }
        let cite = v["source"].flatMap { citation($0, key: "\(name).source", pinpoint: pin) }
        let note = v["note"].flatMap { reader.text($0, key: "\(name).note") }
        guard let values, let cite else { return nil }
        return Threshold(value: values, citation: cite, note: note)
    }

    mutating func choiceList<T: RawRepresentable & Sendable & Hashable>(_ node: Node?, name: String, _ type: T.Type, choices: [T]) -> Threshold<[T]>? where T.RawValue == String {
        guard let node, let v = section(node, name: name, required: ["value", "source"], optional: ["cite", "note"]) else { return nil }
        var values: [T]? = nil
        if let n = v["value"], let items = reader.list(n, key: "\(name).value") {
            let parsed = items.compactMap { reader.choice($0, key: "\(name).value", T.self, choices: choices) }
            values = parsed.count == items.count ? parsed : nil
        }
        let pin = v["cite"].flatMap { reader.text($0, key: "\(name).cite") }
        let cite = v["source"].flatMap { citation($0, key: "\(name).source", pinpoint: pin) }
        let note = v["note"].flatMap { reader.text($0, key: "\(name).note") }
        guard let values, let cite else { return nil }
        return Threshold(value: values, citation: cite, note: note)
    }

    mutating func ruleText(_ node: Node?, name: String) -> RuleText? {
        guard let node, let v = section(node, name: name, required: ["text", "source"], optional: ["cite"]) else { return nil }
        let text = v["text"].flatMap { reader.text($0, key: "\(name).text") }
        let pin = v["cite"].flatMap { reader.text($0, key: "\(name).cite") }
        let cite = v["source"].flatMap { citation($0, key: "\(name).source", pinpoint: pin) }
        guard let text, let cite else { return nil }
        return RuleText(text: text, citation: cite)
    }

    mutating func range(_ node: Node?, name: String) -> RuleRange? {
        guard let node, let v = section(node, name: name, required: ["min", "source"], optional: ["max", "below", "cite"]) else { return nil }
        let min = v["min"].flatMap { reader.number($0, key: "\(name).min", range: 0...100_000) }
        let max = v["max"].flatMap { reader.number($0, key: "\(name).max", range: 0...100_000) }
        let below = v["below"].flatMap { reader.number($0, key: "\(name).below", range: 0...100_000) }
        let pin = v["cite"].flatMap { reader.text($0, key: "\(name).cite") }
        let cite = v["source"].flatMap { citation($0, key: "\(name).source", pinpoint: pin) }
        if v["max"] != nil && v["below"] != nil {
            reader.error("'\(name)' has both max (inclusive) and below (exclusive); keep one", at: node)
            return nil
        }
        if v["max"] == nil && v["below"] == nil {
            reader.error("'\(name)' needs an upper bound: max (inclusive) or below (exclusive)", at: node)
            return nil
        }
        guard let min, let cite else { return nil }
        if let upper = max ?? below, upper < min {
            reader.error("'\(name)' has an upper bound (\(Figures.plain(upper))) below its min (\(Figures.plain(min)))", at: node)
            return nil
        }
        return RuleRange(min: min, max: max, below: below, citation: cite)
    }

    // MARK: The file

    mutating func read(_ root: Node) -> DesignRules? {
        let top = ["schema", "effective", "reviewed", "sources", "credential_type", "level", "title_iv_program_length",
                   "pell", "workforce_pell", "gainful_employment", "approval", "stacking"]
        guard let v = section(root, name: "the rules file", required: top) else { return nil }
        let schema = v["schema"].flatMap { reader.integer($0, key: "schema", range: 1...1) }
        let effective = v["effective"].flatMap { date($0, key: "effective") }
        let reviewed = v["reviewed"].flatMap { date($0, key: "reviewed") }
        if let n = v["sources"] { readSources(n) }
        let credential = v["credential_type"].flatMap { credentialType($0) }
        let level = v["level"].flatMap { levelRules($0) }
        let tiers = v["title_iv_program_length"].flatMap { programLength($0) }
        let pell = v["pell"].flatMap { pellRules($0) }
        let workforce = v["workforce_pell"].flatMap { workforcePell($0) }
        let ge = v["gainful_employment"].flatMap { gainfulEmployment($0) }
        let approval = v["approval"].flatMap { approvalRules($0) }
        let stacking = v["stacking"].flatMap { stackingRules($0) }
        guard let schema, let effective, let reviewed, let credential, let level, let tiers, let pell, let workforce, let ge,
              let approval, let stacking else { return nil }
        return DesignRules(file: reader.file, schema: schema, effective: effective, reviewed: reviewed, sources: sourceOrder,
                           credentialType: credential, level: level, programLength: tiers, pell: pell, workforcePell: workforce,
                           gainfulEmployment: ge, approval: approval, stacking: stacking)
    }

    mutating func readSources(_ node: Node) {
        guard let items = reader.list(node, key: "sources", allowSingle: false) else { return }
        for (i, item) in items.enumerated() {
            guard let v = section(item, name: "sources[\(i + 1)]", required: ["id", "citation", "title", "publisher", "effective"],
                                  optional: ["url", "note"]) else { continue }
            let id = v["id"].flatMap { reader.text($0, key: "id") }
            let citation = v["citation"].flatMap { reader.text($0, key: "citation") }
            let title = v["title"].flatMap { reader.text($0, key: "title") }
            let publisher = v["publisher"].flatMap { reader.text($0, key: "publisher") }
            let effective = v["effective"].flatMap { date($0, key: "effective") }
            let url = v["url"].flatMap { reader.text($0, key: "url") }
            if let url, let n = v["url"], !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                reader.error("'url' is '\(url)'; it should start with https://", at: n)
            }
            let note = v["note"].flatMap { reader.text($0, key: "note") }
            guard let id, let citation, let title, let publisher, let effective else { continue }
            if sources[id] != nil, let n = v["id"] {
                reader.error("source id '\(id)' is listed twice", at: n)
                continue
            }
            let source = RuleSource(id: id, citation: citation, title: title, publisher: publisher, url: url, effective: effective, note: note)
            sources[id] = source
            sourceOrder.append(source)
        }
    }

    mutating func credentialType(_ node: Node) -> DesignRules.CredentialTypeRules? {
        guard let v = section(node, name: "credential_type", required: [
            "definitions", "badge_below_semester_hours", "undergraduate_certificate_below_semester_hours",
            "quarter_hours_per_semester_hour", "clock_hours_per_semester_hour", "nondegree_entry_education", "dominant_share",
        ]) else { return nil }
        var badge: RuleText?, certificate: RuleText?, certification: RuleText?
        if let d = v["definitions"], let defs = section(d, name: "definitions", required: ["badge", "certificate", "certification"]) {
            badge = ruleText(defs["badge"], name: "definitions.badge")
            certificate = ruleText(defs["certificate"], name: "definitions.certificate")
            certification = ruleText(defs["certification"], name: "definitions.certification")
        }
        let badgeBelow = number(v["badge_below_semester_hours"], name: "badge_below_semester_hours", range: 0...200)
        let certBelow = number(v["undergraduate_certificate_below_semester_hours"], name: "undergraduate_certificate_below_semester_hours", range: 0...200)
        let quarter = number(v["quarter_hours_per_semester_hour"], name: "quarter_hours_per_semester_hour", range: 0.1...10)
        let clock = number(v["clock_hours_per_semester_hour"], name: "clock_hours_per_semester_hour", range: 1...100)
        let nondegree = textList(v["nondegree_entry_education"], name: "nondegree_entry_education")
        let share = number(v["dominant_share"], name: "dominant_share", range: 0...1)
        guard let badge, let certificate, let certification, let badgeBelow, let certBelow, let quarter, let clock, let nondegree, let share else { return nil }
        return .init(badge: badge, certificate: certificate, certification: certification, badgeBelowSemesterHours: badgeBelow,
                     undergraduateCertificateBelowSemesterHours: certBelow, quarterHoursPerSemesterHour: quarter,
                     clockHoursPerSemesterHour: clock, nondegreeEntryEducation: nondegree, dominantShare: share)
    }

    mutating func levelRules(_ node: Node) -> DesignRules.LevelRules? {
        guard let v = section(node, name: "level", required: [
            "graduate_admission", "graduate_stacking_awards", "graduate_entry_education", "bachelor_or_higher_entry_education",
            "graduate_share", "graduate_job_zone", "bachelor_job_zone", "job_zone_share", "ete_post_baccalaureate_category",
            "ete_bachelor_category", "ete_share", "signals_to_agree", "graduate_principle",
        ]) else { return nil }
        let admission = choiceList(v["graduate_admission"], name: "graduate_admission", AdmissionRequirement.self, choices: AdmissionRequirement.allCases)
        let stacking = choiceList(v["graduate_stacking_awards"], name: "graduate_stacking_awards", AwardLevel.self, choices: AwardLevel.allCases)
        let graduate = textList(v["graduate_entry_education"], name: "graduate_entry_education")
        let bachelor = textList(v["bachelor_or_higher_entry_education"], name: "bachelor_or_higher_entry_education")
        let share = number(v["graduate_share"], name: "graduate_share", range: 0...1)
        let zone = number(v["graduate_job_zone"], name: "graduate_job_zone", range: 1...5)
        let bachelorZone = number(v["bachelor_job_zone"], name: "bachelor_job_zone", range: 1...5)
        let zoneShare = number(v["job_zone_share"], name: "job_zone_share", range: 0...1)
        let ete = number(v["ete_post_baccalaureate_category"], name: "ete_post_baccalaureate_category", range: 1...12)
        let eteBachelor = number(v["ete_bachelor_category"], name: "ete_bachelor_category", range: 1...12)
        let eteShare = number(v["ete_share"], name: "ete_share", range: 0...1)
        let agree = number(v["signals_to_agree"], name: "signals_to_agree", range: 1...3)
        let principle = ruleText(v["graduate_principle"], name: "graduate_principle")
        guard let admission, let stacking, let graduate, let bachelor, let share, let zone, let bachelorZone, let zoneShare,
              let ete, let eteBachelor, let eteShare, let agree, let principle else { return nil }
        return .init(graduateAdmission: admission, graduateStackingAwards: stacking, graduateEntryEducation: graduate,
                     bachelorOrHigherEntryEducation: bachelor, graduateShare: share, graduateJobZone: zone, bachelorJobZone: bachelorZone,
                     jobZoneShare: zoneShare, etePostBaccalaureateCategory: ete, eteBachelorCategory: eteBachelor, eteShare: eteShare,
                     signalsToAgree: agree, principle: principle)
    }

    mutating func programLength(_ node: Node) -> [ProgramLengthTier]? {
        guard let v = section(node, name: "title_iv_program_length", required: ["tiers"]),
              let tiersNode = v["tiers"], let items = reader.list(tiersNode, key: "tiers", allowSingle: false) else { return nil }
        var tiers: [ProgramLengthTier] = []
        var ok = true
        for (i, item) in items.enumerated() {
            let name = "tiers[\(i + 1)]"
            guard let t = section(item, name: name, required: ["id", "source", "levels", "result", "aid"],
                                  optional: ["cite", "semester_hours_min", "quarter_hours_min", "clock_hours_min", "clock_hours_max", "weeks_min", "conditions",
                                             "clock_weeks_min", "full_time_load", "institution_types", "other_institutions_condition"])
            else { ok = false; continue }
            let id = t["id"].flatMap { reader.text($0, key: "\(name).id") }
            let pin = t["cite"].flatMap { reader.text($0, key: "\(name).cite") }
            let cite = t["source"].flatMap { citation($0, key: "\(name).source", pinpoint: pin) }
            func optionalNumber(_ key: String, _ this: inout RulesReader) -> Double? {
                t[key].flatMap { this.reader.number($0, key: "\(name).\(key)", range: 0...100_000) }
            }
            let sem = optionalNumber("semester_hours_min", &self), qtr = optionalNumber("quarter_hours_min", &self)
            let clockMin = optionalNumber("clock_hours_min", &self), clockMax = optionalNumber("clock_hours_max", &self)
            let weeks = optionalNumber("weeks_min", &self)
            let clockWeeks = optionalNumber("clock_weeks_min", &self)
            let fullTime = t["full_time_load"].flatMap { reader.bool($0, key: "\(name).full_time_load") } ?? false
            var institutionTypes: [InstitutionType] = []
            if let n = t["institution_types"], let list = reader.list(n, key: "\(name).institution_types") {
                institutionTypes = list.compactMap { reader.choice($0, key: "\(name).institution_types", InstitutionType.self, choices: InstitutionType.allCases) }
            }
            let otherCondition = t["other_institutions_condition"].flatMap { reader.text($0, key: "\(name).other_institutions_condition") }
            if sem == nil && qtr == nil && clockMin == nil && !fullTime {
                reader.error("'\(name)' gives no minimum hours; add semester_hours_min, quarter_hours_min or clock_hours_min (or full_time_load: true)", at: item)
                ok = false
            }
            var levels: [AcademicLevel] = []
            if let n = t["levels"], let list = reader.list(n, key: "\(name).levels") {
                levels = list.compactMap { reader.choice($0, key: "\(name).levels", AcademicLevel.self, choices: AcademicLevel.allCases) }
            }
            let result = t["result"].flatMap { reader.choice($0, key: "\(name).result", AidResult.self, choices: [.yes, .conditional]) }
            var aid: [AidProgram] = []
            if let n = t["aid"], let list = reader.list(n, key: "\(name).aid") {
                aid = list.compactMap { reader.choice($0, key: "\(name).aid", AidProgram.self, choices: [.pell, .loans]) }
            }
            var conditions: [String] = []
            if let n = t["conditions"], let list = reader.list(n, key: "\(name).conditions") {
                conditions = list.compactMap { reader.text($0, key: "\(name).conditions") }
            }
            guard let id, let cite, let result, !levels.isEmpty else { ok = false; continue }
            var tier = ProgramLengthTier(id: id, citation: cite, semesterHoursMin: sem, quarterHoursMin: qtr, clockHoursMin: clockMin,
                                         clockHoursMax: clockMax, weeksMin: weeks, levels: levels, result: result, aid: aid, conditions: conditions)
            tier.clockWeeksMin = clockWeeks
            tier.fullTimeLoad = fullTime
            tier.institutionTypes = institutionTypes
            tier.otherInstitutionsCondition = otherCondition
            tiers.append(tier)
        }
        if items.isEmpty { reader.error("'tiers' is empty; list the program-length tiers of 34 CFR 668.8", at: tiersNode); ok = false }
        return ok ? tiers : nil
    }

    mutating func pellRules(_ node: Node) -> DesignRules.PellRules? {
        guard let v = section(node, name: "pell", required: ["levels", "lifetime_cap_percent", "badge_below_credit_hours", "bachelor_holders",
                                                             "bachelor_admission", "high_school_diploma", "eligible_program"]) else { return nil }
        let levels = choiceList(v["levels"], name: "pell.levels", AcademicLevel.self, choices: AcademicLevel.allCases)
        let cap = number(v["lifetime_cap_percent"], name: "lifetime_cap_percent", range: 0...10_000)
        let badge = number(v["badge_below_credit_hours"], name: "badge_below_credit_hours", range: 0...200)
        let holders = ruleText(v["bachelor_holders"], name: "bachelor_holders")
        let admission = choiceList(v["bachelor_admission"], name: "bachelor_admission", AdmissionRequirement.self, choices: AdmissionRequirement.allCases)
        let diploma = ruleText(v["high_school_diploma"], name: "high_school_diploma")
        let program = ruleText(v["eligible_program"], name: "eligible_program")
        guard let levels, let cap, let badge, let holders, let admission, let diploma, let program else { return nil }
        var rules = DesignRules.PellRules(levels: levels, lifetimeCapPercent: cap, badgeBelowCreditHours: badge)
        rules.eligibility = PellEligibilityFacts(bachelorHolders: holders, bachelorAdmission: admission, highSchoolDiploma: diploma, eligibleProgram: program)
        return rules
    }

    mutating func workforcePell(_ node: Node) -> DesignRules.WorkforcePellRules? {
        guard let v = section(node, name: "workforce_pell", required: [
            "source", "rule_source", "first_award_year_begins", "clock_hours", "semester_hours", "quarter_hours", "weeks", "levels",
            "excluded_delivery", "operating_months", "completion_rate", "placement_rate", "placement_days", "earnings_floor",
            "state_approval", "stackable", "prior_learning_stacking", "not_with_pell", "high_skill_entry_education",
            "high_wage_ratio_to_area_median",
        ]) else { return nil }
        let law = v["source"].flatMap { citation($0, key: "workforce_pell.source") }
        let rule = v["rule_source"].flatMap { citation($0, key: "workforce_pell.rule_source") }
        let begins = v["first_award_year_begins"].flatMap { date($0, key: "first_award_year_begins") }
        let clock = range(v["clock_hours"], name: "clock_hours")
        let semester = range(v["semester_hours"], name: "semester_hours")
        let quarter = range(v["quarter_hours"], name: "quarter_hours")
        let weeks = range(v["weeks"], name: "weeks")
        let levels = choiceList(v["levels"], name: "workforce_pell.levels", AcademicLevel.self, choices: AcademicLevel.allCases)
        let excluded = choiceList(v["excluded_delivery"], name: "excluded_delivery", Delivery.self, choices: Delivery.allCases)
        let months = number(v["operating_months"], name: "operating_months", range: 0...120)
        let completion = number(v["completion_rate"], name: "completion_rate", range: 0...1)
        let placement = number(v["placement_rate"], name: "placement_rate", range: 0...1)
        let days = number(v["placement_days"], name: "placement_days", range: 0...3650)
        let floor = number(v["earnings_floor"], name: "earnings_floor", range: 0...1_000_000)
        var floorYear: Int?
        if let n = v["earnings_floor"], case .mapping(let m) = n {
            if let yearNode = m["year"] { floorYear = reader.integer(yearNode, key: "earnings_floor.year", range: 1990...2200) }
            else { reader.error("'earnings_floor' needs year: the poverty-guideline year its value is for", at: n) }
        }
        let approval = ruleText(v["state_approval"], name: "state_approval")
        let stackable = ruleText(v["stackable"], name: "stackable")
        let prior = ruleText(v["prior_learning_stacking"], name: "prior_learning_stacking")
        let notWithPell = ruleText(v["not_with_pell"], name: "not_with_pell")
        let highSkill = textList(v["high_skill_entry_education"], name: "high_skill_entry_education")
        let highWage = number(v["high_wage_ratio_to_area_median"], name: "high_wage_ratio_to_area_median", range: 0...10)
        guard let law, let rule, let begins, let clock, let semester, let quarter, let weeks, let levels, let excluded, let months,
              let completion, let placement, let days, let floor, let floorYear, let approval, let stackable,
              let prior, let notWithPell, let highSkill, let highWage else { return nil }
        var rules = DesignRules.WorkforcePellRules(law: law, finalRule: rule, firstAwardYearBegins: begins, clockHours: clock, semesterHours: semester,
                     quarterHours: quarter, weeks: weeks, levels: levels, excludedDelivery: excluded, operatingMonths: months,
                     completionRate: completion, placementRate: placement, placementDays: days, earningsFloor: floor,
                     earningsFloorYear: floorYear, stateApproval: approval, stackable: stackable)
        rules.evidence = WorkforcePellEvidenceRules(priorLearningStacking: prior, notWithPell: notWithPell,
                                                    highSkillEntryEducation: highSkill, highWageRatio: highWage)
        return rules
    }

    mutating func gainfulEmployment(_ node: Node) -> DesignRules.GainfulEmploymentRules? {
        guard let v = section(node, name: "gainful_employment", required: [
            "source", "applies_to", "annual_debt_to_earnings_max_percent", "discretionary_debt_to_earnings_max_percent",
            "earnings_premium", "enrollment_note",
        ]) else { return nil }
        let cite = v["source"].flatMap { citation($0, key: "gainful_employment.source") }
        let applies = choiceList(v["applies_to"], name: "applies_to", CredentialType.self, choices: CredentialType.allCases)
        let annual = number(v["annual_debt_to_earnings_max_percent"], name: "annual_debt_to_earnings_max_percent", range: 0...100)
        let discretionary = number(v["discretionary_debt_to_earnings_max_percent"], name: "discretionary_debt_to_earnings_max_percent", range: 0...100)
        let premium = ruleText(v["earnings_premium"], name: "earnings_premium")
        let note = ruleText(v["enrollment_note"], name: "enrollment_note")
        guard let cite, let applies, let annual, let discretionary, let premium, let note else { return nil }
        return .init(citation: cite, appliesTo: applies, annualDebtToEarningsMaxPercent: annual,
                     discretionaryDebtToEarningsMaxPercent: discretionary, earningsPremium: premium, enrollmentNote: note)
    }

    mutating func approvalRules(_ node: Node) -> DesignRules.ApprovalRules? {
        guard let v = section(node, name: "approval", required: ["standalone_certificate", "transcript", "tracking", "enrollment"]) else { return nil }
        let a = ruleText(v["standalone_certificate"], name: "standalone_certificate")
        let b = ruleText(v["transcript"], name: "transcript")
        let c = ruleText(v["tracking"], name: "tracking")
        let d = ruleText(v["enrollment"], name: "enrollment")
        guard let a, let b, let c, let d else { return nil }
        return .init(standaloneCertificate: a, transcript: b, tracking: c, enrollment: d)
    }

    mutating func stackingRules(_ node: Node) -> DesignRules.StackingRules? {
        guard let v = section(node, name: "stacking", required: ["stackable_definition", "non_credit_route", "cpe_first", "military"]) else { return nil }
        let a = ruleText(v["stackable_definition"], name: "stackable_definition")
        let b = ruleText(v["non_credit_route"], name: "non_credit_route")
        let c = ruleText(v["cpe_first"], name: "cpe_first")
        let d = ruleText(v["military"], name: "military")
        guard let a, let b, let c, let d else { return nil }
        return .init(stackableDefinition: a, nonCreditRoute: b, cpeFirst: c, military: d)
    }
}
