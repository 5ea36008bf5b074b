import Foundation
import MicrocredCore
import Yams

/// Reads the proposal keys of the completer method: `admission_requires`,
/// `purpose` and `occupations: {add: [...], remove: [...]}` (docs/proposal.md).
enum ProposalMethodFields {
    static let keys = ["admission_requires", "purpose", "occupations", "institution_type"]

    static func institutionType(_ node: Node?, reader: inout YAMLFieldReader) -> InstitutionType? {
        node.flatMap { reader.choice($0, key: "institution_type", InstitutionType.self, choices: InstitutionType.allCases) }
    }

    static func admission(_ node: Node?, reader: inout YAMLFieldReader) -> AdmissionRequirement? {
        node.flatMap { reader.choice($0, key: "admission_requires", AdmissionRequirement.self, choices: AdmissionRequirement.allCases) }
    }

    static func purpose(_ node: Node?, reader: inout YAMLFieldReader) -> CredentialPurpose? {
        node.flatMap { reader.choice($0, key: "purpose", CredentialPurpose.self, choices: CredentialPurpose.allCases) }
    }

    /// `occupations:` with `add` and `remove` lists of `{soc:, reason:}`;
    /// SOC 2018 codes (15-1211) or O*NET-SOC codes (15-1211.01).
    static func tailoring(_ node: Node?, reader: inout YAMLFieldReader) -> OccupationTailoring {
        guard let node, let pairs = reader.pairs(node, what: "'occupations'") else { return OccupationTailoring() }
        reader.rejectUnknownKeys(pairs, allowed: ["add", "remove"], context: "occupations", aliases: [:])
        var result = OccupationTailoring()
        for pair in pairs {
            guard pair.key == "add" || pair.key == "remove" else { continue }
            let key = "occupations.\(pair.key)"
            guard let items = reader.list(pair.value, key: key, allowSingle: false) else { continue }
            var changes: [OccupationChange] = []
            for item in items {
                guard let fields = reader.pairs(item, what: "an item of '\(key)'") else { continue }
                reader.rejectUnknownKeys(fields, allowed: ["soc", "reason"], context: key, aliases: [:])
                var soc: (SOCCode, String)? = nil
                var reason: String? = nil
                for field in fields {
                    if field.key == "soc", let text = reader.text(field.value, key: "\(key).soc") {
                        if let code = SOCCode(text) { soc = (code, text) }
                        else if let parsed = SOCCode.parseONet(text) { soc = (parsed.soc, text) }
                        else { reader.error("'\(key).soc' is '\(text)': " + SOCCode.problem(with: text) + " (a SOC 2018 code such as 15-1211, or an O*NET-SOC code such as 15-1211.01)", at: field.value) }
                    } else if field.key == "reason" {
                        reason = reader.text(field.value, key: "\(key).reason")
                    }
                }
                guard let (code, written) = soc else {
                    if !fields.contains(where: { $0.key == "soc" }) { reader.error("an item of '\(key)' has no 'soc'; write {soc: 15-1211, reason: ...}", at: item) }
                    continue
                }
                guard let reason else {
                    reader.error("'\(key)' item \(written) has no 'reason'; say why the occupation is \(pair.key == "add" ? "added" : "removed") (reports show it)", at: item)
                    continue
                }
                if changes.contains(where: { $0.soc == code }) {
                    reader.warning("'\(key)' lists \(code) twice; the second is ignored", at: item)
                    continue
                }
                changes.append(OccupationChange(soc: code, written: written, reason: reason, line: item.mark?.line))
            }
            if pair.key == "add" { result.add = changes } else { result.remove = changes }
        }
        for change in result.add where result.remove.contains(where: { $0.soc == change.soc }) {
            reader.error("occupations: \(change.soc) is both added and removed; keep one", at: node)
        }
        return result
    }
}
