import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// `microcred init [PATH]`: writes the commented proposal template.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented proposal template to edit.",
        discussion: "The template is a valid proposal; docs/proposal.md explains every key. Check your edits with `microcred check`.")

    @Argument(help: ArgumentHelp("Where to write the proposal.", valueName: "path"))
    var path: String = "proposal.yaml"

    @Flag(help: "Replace the file if it already exists.")
    var force = false

    func run() throws {
        try reportingErrors {
            if let what = AtomicFile.nonRegularKind(path) {
                throw MicrocredError("is \(what); refusing to replace it", at: SourceLocation(file: Terminal.safe(path)), hint: "Give the path of a new or ordinary file")
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    throw MicrocredError("is a folder", at: SourceLocation(file: path), hint: "Give a file name, e.g. \((path as NSString).appendingPathComponent("proposal.yaml"))")
                }
                if !force {
                    throw MicrocredError("already exists; nothing was written", at: SourceLocation(file: path), hint: "Choose another name, or pass --force to replace it")
                }
            }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                throw MicrocredError("the folder \(folder) does not exist", at: SourceLocation(file: path), hint: "Create it first, or give another path")
            }
            try AtomicFile.write(Data(ProposalTemplate.text.utf8), to: path)
            print("Wrote \(path). Edit it, then run: microcred check \(path)")
        }
    }
}

/// `microcred check PROPOSAL.yaml`: validation only.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a proposal file and list every problem as file:line:column.",
        discussion: """
        Reads the proposal, checks its keys and types, its CIP codes against CIP 2020 and its area against OEWS, \
        and reads the design-rules file. Exits 0 when there are no errors (warnings are allowed), 1 otherwise. \
        With --design it also prints the design rules' results that need no labor-market analysis \
        (credential type by length, stacking, financial aid, approval path).
        """)

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("The proposal file.", valueName: "proposal.yaml"))
    var proposal: String

    @Option(name: .customLong("rules"), help: ArgumentHelp("The design-rules file (default: rules/design-rules.yaml beside the dataset catalog).", valueName: "path"))
    var rulesPath: String?

    @Flag(help: "Also print the design rules' results (without occupation evidence).")
    var design = false

    func run() throws {
        var failed = false
        try reportingErrors {
            let resolver = try data.resolver()
            let parsed = ReportPipeline.parse(proposalPath: proposal)
            let bundle = try DataBundle.load(DataBundle.referenceDatasets(for: parsed.area?.spec, resolver: resolver), resolver: resolver)
            let reference = try DatasetReferenceData(bundle: bundle)
            let check = ProposalLoader.check(parsed, path: proposal, reference: reference)
            for diagnostic in check.diagnostics { printError(diagnostic.description) }
            let rulesFile = rulesPath ?? DesignRules.defaultPath(catalogDirectory: resolver.catalog.directory)
            var rules: DesignRules?
            do {
                rules = try DesignRulesLoader.load(path: rulesFile)
            } catch let error as MicrocredError {
                printError("error: " + error.description)
                failed = true
            }
            guard let validated = check.validated, !check.hasErrors else {
                let n = check.errorCount
                printError("\(proposal): \(n) error\(n == 1 ? "" : "s"), \(check.warningCount) warning\(check.warningCount == 1 ? "" : "s")")
                failed = true
                return
            }
            let p = validated.proposal
            // Outside approvals keyed by the proposal's CIP codes (the report also matches its occupations).
            let licensure = try LicensureRules.load(path: LicensureRules.defaultPath(catalogDirectory: resolver.catalog.directory))
            let outside = LicensureEngine.findings(p, rules: licensure, evidence: .none).filter { $0.severity != .note }
            for finding in outside {
                printError("\(proposal): \(finding.severity.rawValue): \(finding.entry.title) (CIP match): " + finding.messages.joined(separator: " "))
            }
            let outsideErrors = outside.filter { $0.severity == .error }.count
            if outsideErrors > 0 {
                printError("\(proposal): \(outsideErrors) error\(outsideErrors == 1 ? "" : "s") against the licensure rules (\(licensure.file))")
                failed = true
                return
            }
            let codes = validated.programs.map { "\($0.code) \($0.title)" }.joined(separator: "; ")
            print("\(proposal): OK (\(check.warningCount) warning\(check.warningCount == 1 ? "" : "s"))")
            print("  \(p.title) — \(p.institution)")
            print("  CIP: \(codes)")
            print("  Area: \(validated.area.title) (\(validated.area.commandLineName))")
            print("  \(p.level.rawValue), \(p.hours), \(YAMLFieldRendering.number(p.weeks)) weeks, \(p.delivery.rawValue), \(p.creditBearing ? "credit-bearing" : "non-credit")")
            if design, let rules {
                print("")
                print(DesignSummary.text(DesignRulesEngine.assess(p, rules: rules)))
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// Plain-text rendering for `check --design`.
enum DesignSummary {
    static func text(_ a: DesignAssessment) -> String {
        var lines: [String] = []
        let c = a.credentialType
        lines.append("Credential type: \(c.recommended.rawValue)" + (c.proposed.map { " (proposal: \($0.rawValue), \(c.agreement.rawValue))" } ?? ""))
        for r in c.reasons { lines.append("  - " + line(r)) }
        lines.append("Stacking:")
        for r in a.stacking.reasons { lines.append("  - " + line(r)) }
        for m in a.stacking.missing { lines.append("  - missing: " + m) }
        for (i, step) in a.stacking.cpeFirstPath.enumerated() { lines.append("  \(i + 1). " + step) }
        lines.append("Financial aid:")
        var rows = [["rule", "result", "source"]]
        for row in a.financialAid { rows.append([row.name, row.result.label, row.citation.description]) }
        lines.append(TextTable.render(rows))
        for row in a.financialAid {
            lines.append("  \(row.name): \(row.result.label)")
            for r in row.reasons { lines.append("    - " + line(r)) }
            for c in row.conditions { lines.append("    - [\(c.status.rawValue)] \(c.text)" + (c.citation.map { " (\($0))" } ?? "")) }
        }
        lines.append("Approval: \(a.approval.route)")
        lines.append("Transcript: \(a.approval.transcript)")
        for t in a.approval.trackedOutside { lines.append("Tracked outside the transcript: \(t)") }
        lines.append("Rules effective \(a.rulesEffective), reviewed \(a.rulesReviewed)")
        return lines.joined(separator: "\n")
    }

    static func line(_ r: DesignReason) -> String { r.text + (r.citation.map { " (\($0))" } ?? "") }
}

/// Number formatting shared by the proposal commands.
enum YAMLFieldRendering {
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
