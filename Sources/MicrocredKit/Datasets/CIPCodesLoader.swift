import MicrocredCore
import CSVStream
import Foundation

/// Reads `CIPCode2020.csv`.
///
/// Quirks: every cell quoted, codes written as spreadsheet formulas
/// (`="01.0000"`), and retired codes marked `Moved from` or `Deleted`.
public enum CIPCodesLoader {
    public static let columns = ["CIPFamily", "CIPCode", "Action", "CIPTitle", "CIPDefinition"]

    /// `="01.0000"` → `01.0000`.
    static func unwrapFormula(_ text: String) -> (String, Bool) {
        if text.hasPrefix("=\""), text.hasSuffix("\""), text.count >= 3 {
            return (String(text.dropFirst(2).dropLast()), true)
        }
        return (text, false)
    }

    /// CIP codes mentioned after "to" or "under" in a definition such as
    /// "Moved from 01.0309 to 01.1004" or "Deleted, Report under 45.1103".
    static func replacements(in definition: String) -> [CIPCode] {
        let lower = definition.lowercased()
        guard let anchor = lower.range(of: " to ") ?? lower.range(of: "under ") else { return [] }
        let tail = definition[anchor.upperBound...]
        var codes: [CIPCode] = []
        for token in tail.split(whereSeparator: { !$0.isNumber && $0 != "." }) {
            var t = String(token)
            while t.hasSuffix(".") { t.removeLast() }
            if let code = CIPCode(t), !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    public static func load(path: String) -> CIPCatalog {
        var report = LoadReport(file: path)
        var programs: [CIPProgram] = []
        var index: [CIPCode: Int] = [:]
        var families: [Int: String] = [:]
        var series: [String: String] = [:]
        var formulas = 0, retired = 0, actions = Tally()
        // Spreadsheet-formula cells (="01") put a quote inside an unquoted
        // field, which strict parsing rejects; this file is read leniently
        // and its codes checked here instead.
        var format = CSVFormat.csv
        format.strict = false
        readRecords(path: path, format: format, report: &report, columns: columns) { record, c, report in
            let line = record.line
            let (codeText, wasFormula) = unwrapFormula(FieldParsing.trimmed(record[c[1]]))
            if wasFormula { formulas += 1 }
            let actionText = FieldParsing.trimmed(record[c[2]])
            guard let action = CIPProgram.Action(rawValue: actionText) else {
                report.error("Action '\(actionText)' is not one of: " + CIPProgram.Action.allCases.map(\.rawValue).joined(separator: ", "), line: line)
                return
            }
            var title = FieldParsing.trimmed(record[c[3]])
            if title.hasSuffix(".") { title.removeLast() }
            switch codeText.count {
            case 2:
                if let n = Int(codeText) { families[n] = title } else { report.error("CIPCode '\(codeText)' is not a two-digit family", line: line) }
                return
            case 5:
                series[codeText] = title
                return
            default:
                break
            }
            guard let code = CIPCode(codeText) else {
                report.error("CIPCode: " + CIPCode.problem(with: codeText), line: line)
                return
            }
            actions.add(action.rawValue)
            let definition = FieldParsing.trimmed(record[c[4]])
            let replaced = action.isValid ? [] : replacements(in: definition)
            if !action.isValid { retired += 1 }
            if let existing = index[code] {
                // A code can be listed once as retired and once as valid; keep the valid one.
                if programs[existing].isValid || !action.isValid { return }
                programs[existing] = CIPProgram(code: code, title: title, action: action, definition: definition, replacedBy: replaced, line: line)
                return
            }
            index[code] = programs.count
            programs.append(CIPProgram(code: code, title: title, action: action, definition: definition, replacedBy: replaced, line: line))
        }
        report.quirks.add("codes written as spreadsheet formulas (=\"…\")", formulas)
        report.quirks.add("retired six-digit codes (Moved from, Deleted)", retired)
        for (name, count) in actions.entries { report.quirks.add("six-digit codes: \(name)", count) }
        report.quirks.add("valid six-digit codes", programs.filter(\.isValid).count)
        return CIPCatalog(programs: programs, index: index, familyTitles: families, seriesTitles: series, report: report)
    }
}
