import MicrocredCore
import Foundation

/// Checks a parsed proposal's codes against reference data (CIP 2020 list,
/// OEWS areas). Pure: the lookups are passed in.
public enum ProposalValidator {
    /// Adds code problems to the parser's and returns the combined check.
    /// `highDemandListExists` answers whether the list's path (as resolved by
    /// the caller) exists; pass nil to skip that check.
    /// `highDemandList` resolves the list's path (nil: not usable);
    /// `listProblem` says why a path that did not resolve is not usable
    /// ("is a FIFO (named pipe), not a regular file"), nil for "not found".
    public static func validate(_ parsed: ParsedProposal, reference: ProposalReferenceData,
                                listProblem: ((String) -> String?)? = nil,
                                highDemandList: ((String) -> String?)? = nil) -> ProposalCheck {
        var diagnostics = parsed.diagnostics
        let file: String? = parsed.file

        var titles: [CIPCode: String] = [:]
        for (code, line, column) in parsed.cipLocations {
            if let title = check(code, key: "cip", reference: reference, file: file, line: line, column: column, diagnostics: &diagnostics) {
                titles[code] = title
            }
        }
        var stackingTitle: String?
        if let place = parsed.stacksIntoCIP {
            stackingTitle = check(place.code, key: "stacks_into.cip", reference: reference, file: file, line: place.line, column: place.column, diagnostics: &diagnostics)
        }

        var area: Area?
        if let place = parsed.area {
            let spec = place.spec
            switch reference.area(spec) {
            case .found(let found): area = found
            case .unknown(let suggestions, let searched):
                var message = "area '\(spec)' is not among \(searched)"
                if !suggestions.isEmpty { message += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?" }
                else { message += "; use " + AreaQuery.spellings + " as OEWS lists them" }
                diagnostics.error(message, file: file, line: place.line, column: place.column)
            case .unavailable(let reason):
                diagnostics.error("area '\(spec)' cannot be checked: \(reason)", file: file, line: place.line, column: place.column)
            }
        }

        var listPath: String?
        if let place = parsed.highDemandList, let resolve = highDemandList {
            let raw = place.path
            listPath = resolve(raw)
            if listPath == nil {
                if let problem = listProblem?(raw) {
                    diagnostics.error("high_demand_list '\(raw)' \(problem); give the path of the list's file or remove the key to derive a list from public data",
                                      file: file, line: place.line, column: place.column)
                } else {
                    diagnostics.error("high_demand_list '\(raw)' was not found (looked beside the proposal and in the current folder); fix the path or remove the key to derive a list from public data",
                                      file: file, line: place.line, column: place.column)
                }
            }
        }

        let sorted = diagnostics.items.enumerated().sorted { a, b in
            let la = (a.element.line ?? 0, a.element.column ?? 0), lb = (b.element.line ?? 0, b.element.column ?? 0)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)

        guard !diagnostics.hasErrors, let proposal = parsed.proposal, let area else {
            return ProposalCheck(validated: nil, diagnostics: sorted)
        }
        let programs = proposal.cip.map { ($0, titles[$0] ?? "") }
        let validated = ValidatedProposal(proposal: proposal, area: area, programs: programs, stackingProgramTitle: stackingTitle,
                                          highDemandListPath: listPath, warnings: sorted.filter { $0.severity != .error })
        return ProposalCheck(validated: validated, diagnostics: sorted)
    }

    /// The title of a valid code, or nil after recording why it is not valid.
    static func check(_ code: CIPCode, key: String, reference: ProposalReferenceData, file: String?, line: Int?, column: Int?,
                      diagnostics: inout Diagnostics) -> String? {
        switch reference.cipStatus(code) {
        case .valid(let title):
            return title
        case .retired(let title, let replacedBy):
            let instead = replacedBy.isEmpty ? "see the CIP 2020 crosswalk for its replacement"
                : "use " + replacedBy.map { "\($0)" }.joined(separator: " or ") + " instead"
            diagnostics.error("\(key) \(code) (\(title)) was retired in CIP 2020; \(instead)", file: file, line: line, column: column)
        case .unknown(let suggestions):
            var message = "\(key) \(code) is not a CIP 2020 code"
            if !suggestions.isEmpty { message += "; codes in series \(code.seriesCode): " + suggestions.map(\.description).joined(separator: ", ") }
            else { message += "; look it up at https://nces.ed.gov/ipeds/cipcode/" }
            diagnostics.error(message, file: file, line: line, column: column)
        }
        return nil
    }
}

/// Reads, parses and validates a proposal file (the I/O edge).
public enum ProposalLoader {
    /// Every problem in the proposal at `path`, checked against `reference`.
    public static func check(path: String, reference: ProposalReferenceData, currentDirectory: String? = nil) -> ProposalCheck {
        check(ProposalParser.parse(path: path), path: path, reference: reference, currentDirectory: currentDirectory)
    }

    /// Every problem in the already parsed proposal read from `path`.
    public static func check(_ parsed: ParsedProposal, path: String, reference: ProposalReferenceData,
                             currentDirectory: String? = nil) -> ProposalCheck {
        let here = currentDirectory ?? FileManager.default.currentDirectoryPath
        return ProposalValidator.validate(parsed, reference: reference, listProblem: { raw in
            highDemandListProblem(raw, proposalPath: path, currentDirectory: here)
        }) { raw in
            resolveHighDemandList(raw, proposalPath: path, currentDirectory: here)
        }
    }

    /// The validated proposal, or a MicrocredError carrying every located problem.
    public static func load(_ parsed: ParsedProposal, path: String, reference: ProposalReferenceData) throws -> ValidatedProposal {
        let result = check(parsed, path: path, reference: reference)
        guard let validated = result.validated, !result.hasErrors else {
            throw problems(result, path: path)
        }
        return validated
    }

    /// The error for a proposal with problems.
    public static func problems(_ check: ProposalCheck, path: String) -> MicrocredError {
        let n = check.errorCount
        return MicrocredError("\(n) problem\(n == 1 ? "" : "s") in the proposal; nothing was written", at: SourceLocation(file: path),
                              hint: "Fix each line above; `microcred init` writes a commented template and docs/proposal.md describes every key",
                              diagnostics: check.diagnostics)
    }

    /// Where a list path is looked for: as given when absolute, else beside
    /// the proposal, then in the current folder.
    static func highDemandListCandidates(_ raw: String, proposalPath: String, currentDirectory: String) -> [String] {
        if raw.hasPrefix("/") { return [raw] }
        return [((proposalPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(raw),
                (currentDirectory as NSString).appendingPathComponent(raw)]
    }

    /// The first candidate that is a regular file: the same check the
    /// report's reader makes, so `check` passes only what `report` can read.
    public static func resolveHighDemandList(_ raw: String, proposalPath: String, currentDirectory: String) -> String? {
        highDemandListCandidates(raw, proposalPath: proposalPath, currentDirectory: currentDirectory).first(where: InputFile.isRegularFile)
    }

    /// Why a list path that did not resolve cannot be read, when something is
    /// there: "is a FIFO (named pipe), not a regular file", "is a folder, …".
    public static func highDemandListProblem(_ raw: String, proposalPath: String, currentDirectory: String) -> String? {
        for candidate in highDemandListCandidates(raw, proposalPath: proposalPath, currentDirectory: currentDirectory) {
            if let what = InputFile.nonRegularKind(candidate) { return "is \(what), not a regular file" }
        }
        return nil
    }
}
