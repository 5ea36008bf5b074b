import Foundation
import MicrocredCore
import Yams

extension LicensureRules {
    /// Reads and checks a licensure rules file; every malformed entry is
    /// reported at once as `file:line:column: message`.
    public static func load(path: String) throws -> LicensureRules {
        try load(document: YAMLDocument.load(path: path, what: "licensure rules file"))
    }

    /// Parses rules text (for tests).
    public static func load(text: String, file: String) throws -> LicensureRules {
        try load(document: YAMLDocument.parse(text: text, file: file, what: "licensure rules file"))
    }

    static func load(document: YAMLDocument) throws -> LicensureRules {
        var reader = YAMLFieldReader(file: document.file)
        let entries = LicensureReader.read(document.root, reader: &reader)
        if reader.diagnostics.hasErrors || entries == nil {
            let n = reader.diagnostics.errorCount
            throw MicrocredError("\(n) problem\(n == 1 ? "" : "s") in the licensure rules file", at: SourceLocation(file: document.file),
                                 hint: "Fix each line above; docs/design-rules.md (\"Licensure and outside approval\") describes every key",
                                 diagnostics: reader.diagnostics.items)
        }
        return LicensureRules(file: document.file, entries: entries ?? [])
    }
}

/// One pass over the licensure file's node tree.
private enum LicensureReader {
    static func section(_ node: Node, name: String, required: [String], optional: [String], reader: inout YAMLFieldReader) -> [String: Node]? {
        guard let found = reader.section(node, name: name, required: required, optional: optional), found.complete else { return nil }
        return found.values
    }

    static func date(_ node: Node, key: String, reader: inout YAMLFieldReader) -> String? {
        guard let text = reader.text(node, key: key) else { return nil }
        guard CalendarDate(text) != nil else {
            reader.error("'\(key)' is '\(text)'; write a date as YYYY-MM-DD", at: node)
            return nil
        }
        return text
    }

    static func read(_ root: Node, reader: inout YAMLFieldReader) -> [LicensureEntry]? {
        guard let top = section(root, name: "the licensure rules file", required: ["schema", "entries"], optional: [], reader: &reader) else { return nil }
        _ = top["schema"].flatMap { reader.integer($0, key: "schema", range: 1...1) }
        guard let node = top["entries"], let items = reader.list(node, key: "entries", allowSingle: false) else { return nil }
        var entries: [LicensureEntry] = []
        var ids = Set<String>()
        for (i, item) in items.enumerated() {
            let name = "entries[\(i + 1)]"
            guard let v = section(item, name: name, required: ["id", "title", "kind", "requires", "approved_by", "source"],
                                  optional: ["soc", "cip", "exam", "federal_minimum", "state_varies"], reader: &reader) else { continue }
            let id = v["id"].flatMap { reader.text($0, key: "\(name).id") }
            if let id, let n = v["id"], !ids.insert(id).inserted { reader.error("entry id '\(id)' is listed twice", at: n) }
            let title = v["title"].flatMap { reader.text($0, key: "\(name).title") }
            let kind = v["kind"].flatMap { reader.choice($0, key: "\(name).kind", LicensureEntry.Kind.self, choices: LicensureEntry.Kind.allCases) }
            let requires = v["requires"].flatMap { reader.text($0, key: "\(name).requires") }
            let approvedBy = v["approved_by"].flatMap { reader.text($0, key: "\(name).approved_by") }
            let exam = v["exam"].flatMap { reader.text($0, key: "\(name).exam") }
            let varies = v["state_varies"].flatMap { reader.text($0, key: "\(name).state_varies") }
            var socs: [String] = []
            if let n = v["soc"], let list = reader.list(n, key: "\(name).soc") {
                for code in list {
                    guard let text = reader.text(code, key: "\(name).soc") else { continue }
                    if SOCCode(text) != nil || isSOCPrefix(text) { socs.append(text) }
                    else { reader.error("'\(name).soc' has '\(text)'; write a SOC 2018 code (31-1131) or a prefix of one (25-2)", at: code) }
                }
            }
            var cips: [CIPCode] = []
            if let n = v["cip"], let list = reader.list(n, key: "\(name).cip") {
                for code in list {
                    guard let text = reader.text(code, key: "\(name).cip") else { continue }
                    if let cip = CIPCode(text) { cips.append(cip) }
                    else { reader.error("'\(name).cip' has '\(text)'; write a six-digit CIP 2020 code such as 51.3902", at: code) }
                }
            }
            if socs.isEmpty && cips.isEmpty { reader.error("'\(name)' names no soc or cip; give at least one so the entry can apply", at: item) }
            var minimum: ClockHourMinimum?
            if let n = v["federal_minimum"],
               let m = section(n, name: "\(name).federal_minimum", required: ["clock_hours", "cite"], optional: ["supervised_practical_hours"], reader: &reader) {
                let hours = m["clock_hours"].flatMap { reader.number($0, key: "\(name).federal_minimum.clock_hours", range: 1...10_000) }
                let practical = m["supervised_practical_hours"].flatMap { reader.number($0, key: "\(name).federal_minimum.supervised_practical_hours", range: 0...10_000) }
                let cite = m["cite"].flatMap { reader.text($0, key: "\(name).federal_minimum.cite") }
                if let hours, let practical, practical > hours, let p = m["supervised_practical_hours"] {
                    reader.error("'\(name).federal_minimum.supervised_practical_hours' (\(Figures.plain(practical))) is more than clock_hours (\(Figures.plain(hours)))", at: p)
                }
                if let hours, let cite { minimum = ClockHourMinimum(clockHours: hours, supervisedPracticalHours: practical, cite: cite) }
            }
            var source: LicensureSource?
            if let n = v["source"],
               let s = section(n, name: "\(name).source", required: ["citation", "title", "url", "checked"], optional: ["effective"], reader: &reader) {
                let citation = s["citation"].flatMap { reader.text($0, key: "\(name).source.citation") }
                let sourceTitle = s["title"].flatMap { reader.text($0, key: "\(name).source.title") }
                let url = s["url"].flatMap { reader.text($0, key: "\(name).source.url") }
                if let url, let u = s["url"], !url.hasPrefix("https://") { reader.error("'\(name).source.url' is '\(url)'; it should start with https://", at: u) }
                let checked = s["checked"].flatMap { date($0, key: "\(name).source.checked", reader: &reader) }
                let effective = s["effective"].flatMap { date($0, key: "\(name).source.effective", reader: &reader) }
                if let citation, let sourceTitle, let url, let checked {
                    source = LicensureSource(citation: citation, title: sourceTitle, url: url, effective: effective, checked: checked)
                }
            }
            guard let id, let title, let kind, let requires, let approvedBy, let source else { continue }
            entries.append(LicensureEntry(id: id, title: title, socs: socs, cips: cips, kind: kind, requires: requires, approvedBy: approvedBy,
                                          exam: exam, federalMinimum: minimum, stateVaries: varies, source: source))
        }
        return entries
    }

    /// "25-2" or "25-20": a major group followed by one to three digits.
    static func isSOCPrefix(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, (1...3).contains(parts[1].count) else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}

extension RunConfiguration {
    /// The licensure rules (datasets/rules/licensure.yaml beside the catalog).
    public func licensureRules() throws -> Configured<LicensureRules> {
        let path = LicensureRules.defaultPath(catalogDirectory: catalog.directory)
        var rules = try LicensureRules.load(path: path)
        rules.file = displayName(of: path)
        return Configured(rules, file: path)
    }
}
