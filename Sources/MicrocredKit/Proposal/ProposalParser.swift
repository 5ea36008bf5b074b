import MicrocredCore
import Foundation
import Yams

/// A proposal as parsed, with the places of the codes that need checking
/// against reference data.
public struct ParsedProposal: Sendable {
    /// The proposal, or nil when a required key is missing or unreadable.
    public var proposal: Proposal?
    /// Every problem found, errors and warnings.
    public var diagnostics: Diagnostics
    /// Where each CIP code was written, in order: (code, line, column).
    public var cipLocations: [(code: CIPCode, line: Int?, column: Int?)]
    /// `stacks_into.cip` and where it was written, even when other keys have errors.
    public var stacksIntoCIP: (code: CIPCode, line: Int?, column: Int?)?
    /// `area` and where it was written, even when other keys have errors.
    public var area: (spec: AreaQuery, line: Int?, column: Int?)?
    /// `high_demand_list` as written and where.
    public var highDemandList: (path: String, line: Int?, column: Int?)?
    /// The proposal file, as given.
    public var file: String
}

/// Reads a proposal file's node tree key by key, so that every problem is
/// reported at once as `file:line:column: message` (syntax, types, unknown
/// keys, contradictions, missing keys). Codes are checked only for format
/// here; `ProposalValidator` checks them against the datasets.
public enum ProposalParser {
    /// Top-level keys, in the order docs/proposal.md lists them.
    public static let topLevelKeys = [
        "title", "institution", "department", "description", "contact",
        "cip", "area", "level", "credential", "credit_bearing", "credit_hours", "clock_hours", "term_system", "weeks",
        "delivery", "schedule", "target_population", "prerequisites", "enrollment_target",
        "stacks_into", "industry_certification", "competencies", "employer_partners", "advisory_board", "prior_learning",
        "tuition", "fees", "financial_aid_sought", "start_term", "high_demand_list",
    ] + ProposalMethodFields.keys
    /// Keys that must be present (plus one of credit_hours or clock_hours).
    public static let requiredKeys = [
        "title", "institution", "cip", "area", "level", "credential", "credit_bearing", "weeks", "delivery", "target_population",
    ]
    static let stacksIntoKeys = ["program", "cip", "award", "credits_applied", "via", "program_credits", "requirement"]
    static let partnerKeys = ["name", "role"]
    static let advisorKeys = ["name", "affiliation"]
    static let priorLearningKeys = ["ace_military", "portfolio", "industry_certifications", "credit_by_exam"]
    static let contactKeys = ["name", "email"]
    static let certificationKeys = ["name", "body", "domains"]

    /// Common other names for keys, for did-you-mean (normalized: lower case, `_`).
    static let aliases: [String: String] = [
        "credits": "credit_hours", "credit": "credit_hours", "semester_hours": "credit_hours", "quarter_hours": "credit_hours",
        "hours": "clock_hours", "contact_hours": "clock_hours",
        "cip_code": "cip", "cip_codes": "cip", "cips": "cip", "discipline": "cip",
        "region": "area", "state": "area", "msa": "area", "location": "area",
        "type": "credential", "credential_type": "credential", "kind": "credential",
        "noncredit": "credit_bearing", "non_credit": "credit_bearing", "for_credit": "credit_bearing",
        "duration": "weeks", "length": "weeks", "duration_weeks": "weeks",
        "modality": "delivery", "format": "delivery", "mode": "delivery",
        "audience": "target_population", "population": "target_population", "learners": "target_population",
        "stacks": "stacks_into", "stacking": "stacks_into", "stackable": "stacks_into", "pathway": "stacks_into",
        "partners": "employer_partners", "employers": "employer_partners", "industry_partners": "employer_partners",
        "advisors": "advisory_board", "advisory": "advisory_board", "board": "advisory_board",
        "pla": "prior_learning", "prior_learning_assessment": "prior_learning", "rpl": "prior_learning",
        "cost": "tuition", "price": "tuition",
        "start": "start_term", "term": "start_term", "start_date": "start_term", "launch": "start_term",
        "certification": "industry_certification", "outside_certification": "industry_certification",
        "enrollment": "enrollment_target", "enrolment_target": "enrollment_target", "enrolment": "enrollment_target",
        "aid": "financial_aid_sought", "financial_aid": "financial_aid_sought",
        "high_demand": "high_demand_list", "hdcl": "high_demand_list",
        "system": "term_system", "calendar": "term_system",
        "learning_outcomes": "competencies", "outcomes": "competencies", "skills": "competencies",
        "summary": "description", "abstract": "description",
        "prereqs": "prerequisites", "admission": "prerequisites",
        "degree": "program", "credits_transferred": "credits_applied", "applied_credits": "credits_applied",
        "organization": "affiliation", "employer": "affiliation", "company": "affiliation",
        "military": "ace_military", "ace": "ace_military", "certifications": "industry_certifications",
    ]

    /// Parses `path` (reading it), or returns the YAML syntax error as one diagnostic.
    public static func parse(path: String) -> ParsedProposal {
        do {
            return parse(try YAMLDocument.load(path: path, what: "proposal"))
        } catch let error as MicrocredError {
            return failure(error, file: path)
        } catch {
            return failure(MicrocredError("\(error)", at: SourceLocation(file: path)), file: path)
        }
    }

    /// Parses proposal text.
    public static func parse(text: String, file: String) -> ParsedProposal {
        do {
            return parse(try YAMLDocument.parse(text: text, file: file, what: "proposal"))
        } catch let error as MicrocredError {
            return failure(error, file: file)
        } catch {
            return failure(MicrocredError("\(error)", at: SourceLocation(file: file)), file: file)
        }
    }

    /// A YAML-level failure as a located diagnostic (its location is the
    /// error's own field).
    static func failure(_ error: MicrocredError, file: String) -> ParsedProposal {
        var diagnostics = Diagnostics()
        var diagnostic = error.diagnostic
        if diagnostic.file == nil { diagnostic.file = file }
        diagnostics.append(diagnostic)
        return ParsedProposal(proposal: nil, diagnostics: diagnostics, cipLocations: [], file: file)
    }

    /// Parses a YAML document already read.
    public static func parse(_ document: YAMLDocument) -> ParsedProposal {
        var state = ParseState(reader: YAMLFieldReader(file: document.file), root: document.root)
        return state.run(file: document.file)
    }
}

/// The parser's working state: one pass over the top-level mapping.
private struct ParseState {
    var reader: YAMLFieldReader
    let root: Node
    var cipLocations: [(code: CIPCode, line: Int?, column: Int?)] = []
    var stacksIntoCIP: (code: CIPCode, line: Int?, column: Int?)?
    var area: (spec: AreaQuery, line: Int?, column: Int?)?
    var highDemandList: (path: String, line: Int?, column: Int?)?

    init(reader: YAMLFieldReader, root: Node) {
        self.reader = reader
        self.root = root
    }

    mutating func run(file: String) -> ParsedProposal {
        func done(_ proposal: Proposal?) -> ParsedProposal {
            ParsedProposal(proposal: proposal, diagnostics: reader.diagnostics, cipLocations: cipLocations,
                           stacksIntoCIP: stacksIntoCIP, area: area, highDemandList: highDemandList, file: file)
        }
        guard let pairs = reader.pairs(root, what: "a proposal") else { return done(nil) }
        reader.rejectUnknownKeys(pairs, allowed: ProposalParser.topLevelKeys, context: "", aliases: ProposalParser.aliases)
        var values: [String: Node] = [:]
        for pair in pairs where values[pair.key] == nil { values[pair.key] = pair.value }
        func present(_ key: String) -> Node? {
            guard let node = values[key] else { return nil }
            if YAMLFieldReader.isNull(node) {
                reader.error("'\(key)' is empty; give it a value or remove the key", at: node)
                return nil
            }
            return node
        }

        // Missing required keys, reported at the top of the file.
        var missing = ProposalParser.requiredKeys.filter { values[$0] == nil }
        if values["credit_hours"] == nil && values["clock_hours"] == nil { missing.append("credit_hours or clock_hours") }
        for key in missing {
            reader.diagnostics.error("missing required key '\(key)'" + Self.missingHint(key), file: file, line: 1, column: 1)
        }

        let title = present("title").flatMap { reader.text($0, key: "title") }
        let institution = present("institution").flatMap { reader.text($0, key: "institution") }
        let department = present("department").flatMap { reader.text($0, key: "department") }
        let description = present("description").flatMap { reader.text($0, key: "description") }
        let prerequisites = present("prerequisites").flatMap { reader.text($0, key: "prerequisites") }
        let schedule = present("schedule").flatMap { reader.text($0, key: "schedule") }

        // cip: one code or a list.
        var cips: [CIPCode]? = nil
        if let node = present("cip"), let items = reader.list(node, key: "cip") {
            var codes: [CIPCode] = []
            var ok = true
            if items.isEmpty { reader.error("'cip' is an empty list; give at least one CIP 2020 code such as 11.0901", at: node); ok = false }
            for item in items {
                guard let code = cipCode(item, key: "cip") else { ok = false; continue }
                if codes.contains(code) {
                    reader.warning("CIP \(code) is listed twice; the second is ignored", at: item)
                    continue
                }
                codes.append(code)
                cipLocations.append((code, item.mark?.line, item.mark?.column))
            }
            if ok { cips = codes }
        }

        var areaSpec: AreaQuery? = nil
        if let node = present("area"), let raw = reader.text(node, key: "area") {
            if let spec = AreaQuery(raw) {
                areaSpec = spec
                area = (spec, node.mark?.line, node.mark?.column)
            } else {
                reader.error("'area' is '\(raw)'; write " + AreaQuery.spellings, at: node)
            }
        }

        let level = present("level").flatMap { reader.choice($0, key: "level", AcademicLevel.self, choices: AcademicLevel.allCases) }
        let credential = present("credential").flatMap { reader.choice($0, key: "credential", CredentialChoice.self, choices: CredentialChoice.allCases) }
        let creditBearing = present("credit_bearing").flatMap { reader.bool($0, key: "credit_bearing") }
        let termSystem = present("term_system").flatMap { reader.choice($0, key: "term_system", TermSystem.self, choices: TermSystem.allCases) }

        // Hours: exactly one of credit_hours and clock_hours.
        let creditNode = present("credit_hours"), clockNode = present("clock_hours")
        let creditHours = creditNode.flatMap { reader.number($0, key: "credit_hours", range: 0.5...200, unit: "credit hours") }
        let clockHours = clockNode.flatMap { reader.number($0, key: "clock_hours", range: 1...6000, unit: "clock hours") }
        var hours: ProgramHours? = nil
        if creditNode != nil, let clockNode {
            reader.error("both 'credit_hours' and 'clock_hours' are given; keep one (credit-bearing offerings count credit hours, non-credit ones clock hours)",
                         at: clockNode)
        } else if let creditHours {
            hours = .credit(creditHours, termSystem ?? .semester)
        } else if let clockHours {
            hours = .clock(clockHours)
            if let node = values["term_system"], termSystem != nil {
                reader.error("'term_system' applies to credit_hours, but this proposal gives clock_hours; remove it", at: node)
            }
        }
        if creditBearing == false, let creditNode {
            reader.error("'credit_hours' is given but credit_bearing is false; a non-credit offering is measured in clock_hours (or set credit_bearing: true)", at: creditNode)
        }

        let weeks = present("weeks").flatMap { reader.number($0, key: "weeks", range: 1...520, unit: "weeks") }
        let delivery = present("delivery").flatMap { reader.choice($0, key: "delivery", Delivery.self, choices: Delivery.allCases) }

        var population: [TargetPopulation]? = nil
        if let node = present("target_population"), let items = reader.list(node, key: "target_population") {
            var list: [TargetPopulation] = []
            var ok = true
            for item in items {
                if let value = reader.choice(item, key: "target_population", TargetPopulation.self, choices: TargetPopulation.allCases) {
                    if !list.contains(value) { list.append(value) }
                } else { ok = false }
            }
            if ok && list.isEmpty { reader.error("'target_population' is empty; name at least one group, e.g. returning-adults", at: node); ok = false }
            if ok { population = list }
        }

        let enrollment = present("enrollment_target").flatMap { reader.integer($0, key: "enrollment_target", range: 1...100_000, unit: "learners") }
        let tuition = present("tuition").flatMap { reader.number($0, key: "tuition", range: 0...1_000_000, unit: "dollars") }
        let fees = present("fees").flatMap { reader.number($0, key: "fees", range: 0...1_000_000, unit: "dollars") }

        var startTerm: AcademicTerm? = nil
        if let node = present("start_term"), let raw = reader.text(node, key: "start_term") {
            startTerm = AcademicTerm(raw)
            if startTerm == nil {
                reader.error("'start_term' is '\(raw)'; write a season and a year from 2000 to 2100, such as Fall 2027 (Fall, Spring, Summer or Winter)", at: node)
            }
        }

        var highDemandListPath: String? = nil
        if let node = present("high_demand_list"), let raw = reader.text(node, key: "high_demand_list") {
            if !raw.lowercased().hasSuffix(".csv") {
                reader.error("'high_demand_list' is '\(raw)'; it should be the path of a CSV file", at: node)
            } else {
                highDemandListPath = raw
                highDemandList = (raw, node.mark?.line, node.mark?.column)
            }
        }

        var competencies: [String] = []
        if let node = present("competencies"), let items = reader.list(node, key: "competencies") {
            competencies = items.compactMap { reader.text($0, key: "competencies") }
        }

        var aidSought: [AidProgram] = []
        if let node = present("financial_aid_sought"), let items = reader.list(node, key: "financial_aid_sought") {
            for item in items {
                if let value = reader.choice(item, key: "financial_aid_sought", AidProgram.self, choices: [.pell, .workforcePell, .loans]),
                   !aidSought.contains(value) {
                    aidSought.append(value)
                }
            }
            if level == .graduate {
                for program in [AidProgram.pell, .workforcePell] where aidSought.contains(program) {
                    reader.error("financial_aid_sought lists \(program.rawValue) but level is graduate; Pell and Workforce Pell are for undergraduates only", at: node)
                }
            }
            if delivery == .correspondence, aidSought.contains(.workforcePell) {
                reader.error("financial_aid_sought lists workforce-pell but delivery is correspondence; Workforce Pell excludes correspondence programs", at: node)
            }
        }

        let contactInfo = present("contact").flatMap { self.contact($0) }
        var certification: IndustryCertification? = nil
        if let node = present("industry_certification") { certification = industryCertification(node) }
        // `certification` is read as preparation for an outside body's certification (docs/design-rules.md).
        if credential == .certification, values["industry_certification"] == nil, let node = values["credential"] {
            reader.warning("credential is certification, read as preparation for an outside certification, but no certifying body is named; add industry_certification: {name: <the certification>, body: <the certifying body>, domains: [<exam domains>]}", at: node)
        } else if let node = values["industry_certification"], let certification, certification.body == nil {
            reader.warning("industry_certification names no certifying body; add body: <the organisation that awards \(certification.name)>", at: node)
        }

        let partners = present("employer_partners").map { employerPartners($0) } ?? []
        let advisors = present("advisory_board").map { advisoryBoard($0) } ?? []
        if values["employer_partners"] == nil && values["advisory_board"] == nil {
            reader.diagnostics.warning("no employer_partners or advisory_board named; the needs assessment will report this as a gap", file: file, line: 1, column: 1)
        }
        let prior = present("prior_learning").flatMap { priorLearning($0) }

        var stacking: StackingTarget? = nil
        if let node = present("stacks_into") {
            stacking = stacksInto(node, level: level)
            if let stacking {
                checkStacking(stacking, node: node, creditBearing: creditBearing, creditHours: creditHours, hasClockHours: clockNode != nil,
                              prior: prior, priorNode: values["prior_learning"])
            }
        }

        let admission = ProposalMethodFields.admission(present("admission_requires"), reader: &reader)
        let purpose = ProposalMethodFields.purpose(present("purpose"), reader: &reader)
        let tailoring = ProposalMethodFields.tailoring(present("occupations"), reader: &reader)
        let institutionType = ProposalMethodFields.institutionType(present("institution_type"), reader: &reader)

        guard !reader.diagnostics.hasErrors,
              let title, let institution, let cips, let areaSpec, let level, let credential, let creditBearing,
              let hours, let weeks, let delivery, let population else { return done(nil) }
        let proposal = Proposal(
            file: file, title: title, institution: institution, cip: cips, area: areaSpec, level: level, credential: credential,
            creditBearing: creditBearing, hours: hours, weeks: weeks, delivery: delivery, targetPopulation: population,
            department: department, stacksInto: stacking, employerPartners: partners, advisoryBoard: advisors, priorLearning: prior,
            tuition: tuition, startTerm: startTerm, highDemandList: highDemandListPath, description: description, contact: contactInfo,
            industryCertification: certification, competencies: competencies, enrollmentTarget: enrollment, fees: fees,
            financialAidSought: aidSought, prerequisites: prerequisites, schedule: schedule)
        var withMethod = proposal
        withMethod.admissionRequires = admission
        withMethod.purpose = purpose
        withMethod.occupationTailoring = tailoring
        withMethod.institutionType = institutionType
        return done(withMethod)
    }

    static func missingHint(_ key: String) -> String {
        switch key {
        case "cip": return " (one or more CIP 2020 codes, e.g. cip: [11.0901])"
        case "area": return " (US, a state such as GA, or a metro CBSA code such as 12060)"
        case "level": return " (undergraduate or graduate)"
        case "credential": return " (badge, certificate, certification or recommend)"
        case "credit_bearing": return " (true or false)"
        case "credit_hours or clock_hours": return " (e.g. credit_hours: 9, or clock_hours: 160 for a non-credit offering)"
        case "weeks": return " (how many weeks a learner takes to finish, e.g. 12)"
        case "delivery": return " (online, hybrid or in-person)"
        case "target_population": return " (e.g. [returning-adults, incumbent-workers])"
        default: return ""
        }
    }

    // MARK: Pieces

    mutating func cipCode(_ node: Node, key: String) -> CIPCode? {
        guard case .scalar(let scalar) = node else {
            reader.error("'\(key)' should be a CIP 2020 code such as 11.0901, found \(YAMLFieldReader.kind(node))", at: node)
            return nil
        }
        let raw = scalar.string.trimmingCharacters(in: .whitespaces)
        guard let code = CIPCode(raw) else {
            reader.error("'\(key)': " + CIPCode.problem(with: scalar.string), at: node)
            return nil
        }
        return code
    }

    mutating func contact(_ node: Node) -> Contact? {
        if case .scalar = node { return reader.text(node, key: "contact").map { Contact(name: $0) } }
        guard let pairs = reader.pairs(node, what: "'contact'") else { return nil }
        reader.rejectUnknownKeys(pairs, allowed: ProposalParser.contactKeys, context: "contact", aliases: ProposalParser.aliases)
        var name: String?, email: String?
        for p in pairs {
            switch p.key {
            case "name": name = reader.text(p.value, key: "contact.name")
            case "email":
                email = reader.text(p.value, key: "contact.email")
                if let e = email, !e.contains("@") { reader.error("'contact.email' is '\(e)'; it should be an e-mail address", at: p.value) }
            default: break
            }
        }
        guard let name else {
            reader.error("'contact' needs a name", at: node)
            return nil
        }
        return Contact(name: name, email: email)
    }

    mutating func industryCertification(_ node: Node) -> IndustryCertification? {
        if case .scalar = node { return reader.text(node, key: "industry_certification").map { IndustryCertification(name: $0) } }
        guard let pairs = reader.pairs(node, what: "'industry_certification'") else { return nil }
        reader.rejectUnknownKeys(pairs, allowed: ProposalParser.certificationKeys, context: "industry_certification", aliases: ProposalParser.aliases)
        var name: String?, body: String?
        var domains: [String] = []
        for p in pairs {
            if p.key == "name" { name = reader.text(p.value, key: "industry_certification.name") }
            if p.key == "body" { body = reader.text(p.value, key: "industry_certification.body") }
            if p.key == "domains", let items = reader.list(p.value, key: "industry_certification.domains") {
                domains = items.compactMap { reader.text($0, key: "industry_certification.domains") }
            }
        }
        guard let name else {
            reader.error("'industry_certification' needs a name (the certification's title)", at: node)
            return nil
        }
        return IndustryCertification(name: name, body: body, domains: domains)
    }

    /// A list of `{name, <second>}` mappings or plain names.
    mutating func namedList(_ node: Node, key: String, keys: [String], second: String) -> [(String, String?)] {
        guard let items = reader.list(node, key: key, allowSingle: false) else { return [] }
        var result: [(String, String?)] = []
        for (i, item) in items.enumerated() {
            if case .scalar = item {
                if let name = reader.text(item, key: "\(key)[\(i + 1)]") { result.append((name, nil)) }
                continue
            }
            guard let pairs = reader.pairs(item, what: "'\(key)' item \(i + 1)") else { continue }
            reader.rejectUnknownKeys(pairs, allowed: keys, context: key, aliases: ProposalParser.aliases)
            var name: String?, other: String?
            var sawName = false
            for p in pairs {
                if p.key == "name" { sawName = true; name = reader.text(p.value, key: "\(key).name") }
                if p.key == second { other = reader.text(p.value, key: "\(key).\(second)") }
            }
            if !sawName { reader.error("'\(key)' item \(i + 1) has no name", at: item) }
            if let name { result.append((name, other)) }
        }
        return result
    }

    mutating func employerPartners(_ node: Node) -> [EmployerPartner] {
        namedList(node, key: "employer_partners", keys: ProposalParser.partnerKeys, second: "role").map { EmployerPartner(name: $0.0, role: $0.1) }
    }

    mutating func advisoryBoard(_ node: Node) -> [AdvisoryMember] {
        namedList(node, key: "advisory_board", keys: ProposalParser.advisorKeys, second: "affiliation").map { AdvisoryMember(name: $0.0, affiliation: $0.1) }
    }

    mutating func priorLearning(_ node: Node) -> PriorLearning? {
        guard let pairs = reader.pairs(node, what: "'prior_learning'") else { return nil }
        reader.rejectUnknownKeys(pairs, allowed: ProposalParser.priorLearningKeys, context: "prior_learning", aliases: ProposalParser.aliases)
        var result = PriorLearning()
        for p in pairs {
            switch p.key {
            case "ace_military": result.aceMilitary = reader.bool(p.value, key: "prior_learning.ace_military") ?? false
            case "portfolio": result.portfolio = reader.bool(p.value, key: "prior_learning.portfolio") ?? false
            case "credit_by_exam": result.creditByExam = reader.bool(p.value, key: "prior_learning.credit_by_exam") ?? false
            case "industry_certifications":
                if YAMLFieldReader.isNull(p.value) { continue }
                if let items = reader.list(p.value, key: "prior_learning.industry_certifications") {
                    result.industryCertifications = items.compactMap { reader.text($0, key: "prior_learning.industry_certifications") }
                }
            default: break
            }
        }
        return result
    }

    mutating func stacksInto(_ node: Node, level: AcademicLevel?) -> StackingTarget? {
        guard let pairs = reader.pairs(node, what: "'stacks_into'") else { return nil }
        reader.rejectUnknownKeys(pairs, allowed: ProposalParser.stacksIntoKeys, context: "stacks_into", aliases: ProposalParser.aliases)
        var program: String?, cip: CIPCode?, award: AwardLevel?, applied: Double?, via: StackingRoute = .directCredit
        var programCredits: Double?, requirement: String?
        var awardNode: Node?, ok = true
        for p in pairs {
            switch p.key {
            case "program": program = reader.text(p.value, key: "stacks_into.program")
            case "cip":
                cip = cipCode(p.value, key: "stacks_into.cip")
                if let cip { stacksIntoCIP = (cip, p.value.mark?.line, p.value.mark?.column) } else { ok = false }
            case "award":
                awardNode = p.value
                award = reader.choice(p.value, key: "stacks_into.award", AwardLevel.self, choices: AwardLevel.allCases)
                if award == nil { ok = false }
            case "credits_applied":
                applied = reader.number(p.value, key: "stacks_into.credits_applied", range: 0...200, unit: "credits")
                if applied == nil { ok = false }
            case "via":
                if let v = reader.choice(p.value, key: "stacks_into.via", StackingRoute.self, choices: StackingRoute.allCases) { via = v } else { ok = false }
            case "program_credits":
                programCredits = reader.number(p.value, key: "stacks_into.program_credits", range: 1...400, unit: "credits")
                if programCredits == nil { ok = false }
            case "requirement": requirement = reader.text(p.value, key: "stacks_into.requirement")
            default: break
            }
        }
        if program == nil {
            if !pairs.contains(where: { $0.key == "program" }) {
                reader.error("'stacks_into' needs program: the degree or certificate it counts toward, e.g. \"B.S. Information Technology\"", at: node)
            }
            ok = false
        }
        if award == nil && awardNode == nil {
            reader.error("'stacks_into' needs award: one of " + AwardLevel.allCases.map(\.rawValue).joined(separator: ", "), at: node)
            ok = false
        }
        if let award, let level, let awardNode {
            if level == .graduate && (award == .associate || award == .bachelor) {
                reader.error("a graduate credential cannot stack into a \(award.rawValue)'s degree; set level: undergraduate or name a graduate program", at: awardNode)
            } else if level == .undergraduate && award.isGraduate {
                reader.warning("an undergraduate credential stacking into a \(award.rawValue)'s degree is unusual; check that the program accepts undergraduate credit", at: awardNode)
            }
        }
        if let applied, let programCredits, applied > programCredits, let n = pairs.first(where: { $0.key == "credits_applied" })?.value {
            reader.error("stacks_into.credits_applied (\(Figures.plain(applied))) is more than program_credits (\(Figures.plain(programCredits)))", at: n)
        }
        guard ok, let program, let award else { return nil }
        return StackingTarget(program: program, cip: cip, award: award, creditsApplied: applied, via: via,
                              programCredits: programCredits, requirement: requirement)
    }

    mutating func checkStacking(_ s: StackingTarget, node: Node, creditBearing: Bool?, creditHours: Double?, hasClockHours: Bool,
                                prior: PriorLearning?, priorNode: Node?) {
        if creditBearing == false && s.via == .directCredit {
            reader.error("credit_bearing is false but stacks_into counts credits directly; a non-credit offering reaches a degree only through a prior-learning review: add via: prior-learning to stacks_into, or set credit_bearing: true", at: node)
        }
        if s.via == .directCredit, let applied = s.creditsApplied, let creditHours, applied > creditHours {
            reader.error("stacks_into.credits_applied (\(Figures.plain(applied))) is more than credit_hours (\(Figures.plain(creditHours))); a credential cannot apply more credits than it carries", at: node)
        }
        if s.via == .priorLearning, !(prior?.offersAnyRoute ?? false) {
            reader.warning("stacks_into is via prior-learning but prior_learning names no route (portfolio, credit_by_exam, ace_military, industry_certifications); say how the review is done", at: priorNode ?? node)
        }
    }
}
