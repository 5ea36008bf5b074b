import Foundation

/// Where a licensure entry comes from: a regulation or the body that runs
/// the approval or exam, with when the project last compared the entry with it.
public struct LicensureSource: Sendable, Hashable {
    /// e.g. "42 CFR 483.152".
    public var citation: String
    public var title: String
    public var url: String
    /// The date the cited text took effect, when the rules file gives one (`YYYY-MM-DD`).
    public var effective: String?
    /// When the entry was last compared with its source (`YYYY-MM-DD`).
    public var checked: String

    public init(citation: String, title: String, url: String, effective: String? = nil, checked: String) {
        self.citation = citation
        self.title = title
        self.url = url
        self.effective = effective
        self.checked = checked
    }
}

/// A federal minimum of clock hours for an approved program.
public struct ClockHourMinimum: Sendable, Hashable {
    public var clockHours: Double
    /// Of which supervised practical training, when the rule sets it.
    public var supervisedPracticalHours: Double?
    /// The paragraph, e.g. "§483.152(a)(1), (a)(3)".
    public var cite: String

    public init(clockHours: Double, supervisedPracticalHours: Double? = nil, cite: String) {
        self.clockHours = clockHours
        self.supervisedPracticalHours = supervisedPracticalHours
        self.cite = cite
    }
}

/// One occupation (or program) that needs an outside approval or leads to a
/// licensing or certification exam (datasets/rules/licensure.yaml).
public struct LicensureEntry: Sendable, Hashable {
    /// The kind of outside requirement.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The program itself must be approved by an outside body before it is offered.
        case programApproval = "program-approval"
        /// Completers sit an outside exam or certification; the program needs no outside approval.
        case exam
        /// Both: an approved program, then an exam.
        case programApprovalAndExam = "program-approval-and-exam"

        public var needsProgramApproval: Bool { self != .exam }
    }

    public var id: String
    public var title: String
    /// SOC codes or prefixes ("25-2" matches every 25-2xxx code).
    public var socs: [String]
    public var cips: [CIPCode]
    public var kind: Kind
    /// What needs approval or licensure, in words.
    public var requires: String
    /// Who approves or licenses.
    public var approvedBy: String
    /// The exam, when there is one.
    public var exam: String?
    public var federalMinimum: ClockHourMinimum?
    /// What varies by state, with the body to check ("varies by state; check …").
    public var stateVaries: String?
    public var source: LicensureSource

    public init(id: String, title: String, socs: [String], cips: [CIPCode], kind: Kind, requires: String, approvedBy: String,
                exam: String? = nil, federalMinimum: ClockHourMinimum? = nil, stateVaries: String? = nil, source: LicensureSource) {
        self.id = id
        self.title = title
        self.socs = socs
        self.cips = cips
        self.kind = kind
        self.requires = requires
        self.approvedBy = approvedBy
        self.exam = exam
        self.federalMinimum = federalMinimum
        self.stateVaries = stateVaries
        self.source = source
    }

    /// True when `soc` is one of the entry's codes or starts with one of its prefixes.
    public func matches(_ soc: SOCCode) -> Bool {
        let code = soc.description
        return socs.contains { code == $0 || (code.count > $0.count && code.hasPrefix($0)) }
    }
}

/// The licensure rules file.
public struct LicensureRules: Sendable, Hashable {
    /// The file as reports name it.
    public var file: String
    public var entries: [LicensureEntry]

    public init(file: String, entries: [LicensureEntry]) {
        self.file = file
        self.entries = entries
    }

    /// No entries (for callers without the file).
    public static let none = LicensureRules(file: "", entries: [])

    /// `<datasets>/rules/licensure.yaml`.
    public static func defaultPath(catalogDirectory: String) -> String {
        ((catalogDirectory as NSString).appendingPathComponent("rules") as NSString).appendingPathComponent("licensure.yaml")
    }
}

/// One outside approval or exam that applies to a proposal, and how the
/// proposal's hours stand against its federal minimum.
public struct LicensureFinding: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        /// The proposal cannot be approved as written (e.g. under a federal clock-hour minimum).
        case error
        /// Something the proposal must still show (e.g. a clock-hour total for a credit-hour program).
        case warning
        /// The requirement applies; nothing in the proposal contradicts it.
        case note
    }

    public var entry: LicensureEntry
    /// What matched: "CIP 51.3902", "SOC 31-1131 Nursing Assistants".
    public var matchedBy: [String]
    public var severity: Severity
    /// The hours check and what to do, in sentences.
    public var messages: [String]
    /// The rules file as reports name it.
    public var rulesFile: String

    public init(entry: LicensureEntry, matchedBy: [String], severity: Severity, messages: [String], rulesFile: String) {
        self.entry = entry
        self.matchedBy = matchedBy
        self.severity = severity
        self.messages = messages
        self.rulesFile = rulesFile
    }

    /// "42 CFR 483.152, §483.152(a)(1)" style citation of the hour minimum, or the source citation.
    public var citation: String {
        if let minimum = entry.federalMinimum, !minimum.cite.isEmpty { return "\(entry.source.citation), \(minimum.cite)" }
        return entry.source.citation
    }
}

/// Matches a proposal against the licensure rules: by its CIP codes and by
/// its counted (entry) occupations, and checks its hours against a federal
/// minimum. Pure.
public enum LicensureEngine {
    public static func findings(_ proposal: Proposal, rules: LicensureRules, evidence: DesignEvidence) -> [LicensureFinding] {
        rules.entries.compactMap { entry -> LicensureFinding? in
            var matched: [String] = proposal.cip.filter { entry.cips.contains($0) }.map { "CIP \($0)" }
            for o in evidence.occupations where entry.matches(o.soc) {
                matched.append("SOC \(o.soc) \(o.title)")
            }
            guard !matched.isEmpty else { return nil }
            var severity = LicensureFinding.Severity.note
            var messages: [String] = []
            if let minimum = entry.federalMinimum {
                let practical = minimum.supervisedPracticalHours.map { ", at least \(Figures.short($0)) of them supervised practical training" } ?? ""
                let rule = "\(entry.source.citation), \(minimum.cite)"
                switch proposal.hours {
                case .clock(let hours):
                    if hours < minimum.clockHours {
                        severity = .error
                        messages.append("\(Figures.short(hours)) clock hours is under the federal minimum of \(Figures.short(minimum.clockHours)) clock hours\(practical) (\(rule)); \(entry.approvedBy) cannot approve it as proposed. Lengthen it to at least \(Figures.short(minimum.clockHours)) clock hours.")
                    } else {
                        messages.append("\(Figures.short(hours)) clock hours meets the federal minimum of \(Figures.short(minimum.clockHours)) clock hours (\(rule))" + (minimum.supervisedPracticalHours.map { "; show at least \(Figures.short($0)) hours of supervised practical training in the curriculum" } ?? "") + ".")
                    }
                case .credit:
                    severity = .warning
                    messages.append("The proposal is measured in \(proposal.hours.description); the federal minimum is in clock hours: show at least \(Figures.short(minimum.clockHours)) clock hours\(practical) (\(rule)).")
                }
            }
            if entry.kind.needsProgramApproval {
                messages.append("Seek approval of the program from \(entry.approvedBy) before it is offered: \(entry.requires).")
            } else {
                messages.append("The program itself needs no federal approval, but \(entry.requires).")
            }
            if let exam = entry.exam { messages.append("Completers sit \(exam).") }
            if let varies = entry.stateVaries { messages.append(varies.capitalizedFirstLetter + ".") }
            return LicensureFinding(entry: entry, matchedBy: matched, severity: severity, messages: messages, rulesFile: rules.file)
        }
    }
}
