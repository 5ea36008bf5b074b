import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// The settings files a run reads instead of the defaults beside the catalog.
struct SettingsOptions: ParsableArguments {
    @Option(name: .customLong("weights"), help: ArgumentHelp("Scoring weights YAML (default: datasets/scoring-weights.yaml).", valueName: "file"))
    var weightsPath: String?

    @Option(name: .customLong("criteria"), help: ArgumentHelp("High-demand criteria YAML (default: datasets/high-demand-criteria.yaml).", valueName: "file"))
    var criteriaPath: String?
}

/// Options shared by the analysis commands: the settings files, and an
/// imported high-demand list instead of the derived criteria.
struct AnalysisOptions: ParsableArguments {
    @OptionGroup var settings: SettingsOptions

    @Option(name: .customLong("high-demand-list"), help: ArgumentHelp("Use this high-demand list CSV instead of derived criteria (needs --high-demand-mapping).", valueName: "csv"))
    var listPath: String?

    @Option(name: .customLong("high-demand-mapping"), help: ArgumentHelp("Column mapping YAML for --high-demand-list.", valueName: "file"))
    var mappingPath: String?

    @Option(name: .customLong("admission"), help: ArgumentHelp("What learners hold on admission, for entry reachability: none, high-school, associate, bachelor or master (default: datasets/rules/entry-reachability.yaml).", valueName: "level"))
    var admission: String?

    @Option(name: .customLong("purpose"), help: ArgumentHelp("entry (count occupations a completer can enter) or upskill (count occupations learners hold).", valueName: "purpose"))
    var purpose: String?

    /// The completer method: the rules file's default profile, with --admission and --purpose.
    func method(configuration: RunConfiguration, jobZones: ONetJobZones?) throws -> CompleterMethod {
        let loaded = try configuration.reachabilityRules()
        var rules = loaded.value
        rules.file = configuration.displayName(of: loaded.file)
        let profile = CompleterProfile(defaultsOf: rules, admission: admission.flatMap(AdmissionRequirement.init(rawValue:)),
                                       purpose: purpose.flatMap(CredentialPurpose.init(rawValue:)))
        return CompleterMethod(rules: rules, profile: profile, jobZones: jobZones)
    }

    func validate() throws {
        if let admission, AdmissionRequirement(rawValue: admission) == nil {
            throw ValidationError("--admission '\(admission)' is not a level: use none, high-school, associate, bachelor or master.")
        }
        if let purpose, CredentialPurpose(rawValue: purpose) == nil {
            throw ValidationError("--purpose '\(purpose)' is not a purpose: use entry or upskill.")
        }
        if (listPath == nil) != (mappingPath == nil) {
            throw ValidationError("--high-demand-list and --high-demand-mapping go together: give both, or neither to use the derived criteria.")
        }
    }

    /// Derived criteria, or the imported list (its diagnostics go to standard error).
    func rule(configuration: RunConfiguration, market: LaborMarket, crosswalk: DisciplineCrosswalk) throws -> HighDemandRule {
        guard let listPath, let mappingPath else { return HighDemandRule(.derived(configuration.criteria.value)) }
        let list = try importList(listPath: listPath, mappingPath: mappingPath, market: market, crosswalk: crosswalk)
        for item in list.diagnostics.items where item.severity != .note { printError(item.description) }
        return HighDemandRule(.list(list))
    }
}

/// Reads and checks a high-demand list through its mapping.
func importList(listPath: String, mappingPath: String, market: LaborMarket, crosswalk: DisciplineCrosswalk) throws -> HighDemandList {
    let mapping = try HighDemandListMapping(document: YAMLDocument.load(path: mappingPath, what: "high-demand list mapping"))
    let rows = try HighDemandListLoader.load(path: listPath, mapping: mapping)
    return HighDemandListImporter.resolve(rows, mapping: mapping, market: market, rollup: crosswalk.rollup,
                                          knownTitles: crosswalk.knownTitles(market: market))
}

/// The datasets of an analysis in one area, loaded once.
struct AreaAnalysis {
    var bundle: DataBundle
    /// The OEWS file the area's figures come from.
    var dataset: DatasetID
    var area: Area
}

/// Loads the datasets for an analysis of the area `query` names (with O*NET
/// Skills and Knowledge when `profiles`, and the datasets `also` names in the
/// same concurrent load); an unknown area is an error suggesting close matches.
func loadAnalysis(_ query: AreaQuery, configuration: RunConfiguration, profiles: Bool, also: [DatasetRequest] = []) throws -> AreaAnalysis {
    let resolver = configuration.resolver
    var dataset = query.datasetID
    if dataset == .oewsAllAreas, !resolver.isAvailable(.oewsAllAreas) {
        // Without the all-areas file, names can still match a state.
        dataset = .oewsState
    }
    // A metro area needs, of the all-areas file, the nation, the states and itself.
    var scope: DatasetScope? = nil
    if case .metro(let cbsa) = query, dataset == .oewsAllAreas { scope = .oewsAreas(OEWSAreaScope(metros: [cbsa])) }
    var bundle = try DataBundle.load(requests: DataBundle.alignmentDatasets(for: dataset, profiles: profiles).map {
        DatasetRequest($0, scope: $0 == .oewsAllAreas ? scope : nil)
    } + also, resolver: resolver)
    var areas = try DataBundle.oewsDatasets(for: dataset).flatMap { try bundle.oews($0).areas }
    if let area = query.find(in: areas) { return AreaAnalysis(bundle: bundle, dataset: dataset, area: area) }
    var searched = resolver.catalog.entry(dataset)?.title ?? dataset.rawValue
    if dataset != .oewsAllAreas, resolver.isAvailable(.oewsAllAreas) {
        // Found only in the wider pool (e.g. a metro area named by its title).
        dataset = .oewsAllAreas
        bundle = try DataBundle.load(requests: DataBundle.alignmentDatasets(for: dataset, profiles: profiles).map { DatasetRequest($0) } + also,
                                 resolver: resolver)
        areas = try bundle.oews(.oewsAllAreas).areas
        searched = "the OEWS areas (nation, states, metropolitan areas)"
    }
    let area = try AreaResolver.resolve(query.description, in: areas, searched: searched)
    return AreaAnalysis(bundle: bundle, dataset: dataset, area: area)
}

/// Writes bytes straight to standard output (file descriptor 1), retrying
/// short writes; a write that fails (a full disk, a closed pipe) stops the
/// run with a message instead of losing output silently.
struct StandardOutput {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, p.count > 0 else { return }
            write(UnsafeRawPointer(base), count: p.count)
        }
    }

    static func write(_ text: String) { write(Array(text.utf8)) }

    static func write(_ base: UnsafeRawPointer, count: Int) {
        var offset = 0
        while offset < count {
            let n = Foundation.write(1, base + offset, count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                FileHandle.standardError.write(Data("error: cannot write to standard output: \(String(cString: strerror(errno)))\n".utf8))
                exit(1)
            }
            offset += n
        }
    }

    /// Kept for callers that flush; writes are unbuffered.
    static func flush() {}
}

/// Renders a document in the chosen format (CSV and JSON are per command).
func render(_ doc: OutputDocument, _ format: OutputFormat) -> String {
    format == .markdown ? doc.markdown() : doc.text()
}

/// `--cip`: a CIP code, or a message that says how to write one.
func parseCIP(_ text: String) throws -> CIPCode {
    guard let code = CIPCode(text) else { throw ValidationError("--cip '\(text)': " + CIPCode.problem(with: text)) }
    return code
}

/// `--soc`: a SOC code, or a message that says how to write one.
func parseSOC(_ text: String) throws -> SOCCode {
    guard let code = SOCCode(text) else { throw ValidationError("--soc '\(text)': " + SOCCode.problem(with: text)) }
    return code
}

/// `--as-of`: a date, or a message that says how to write one.
func parseDate(_ text: String) throws -> CalendarDate {
    guard let date = CalendarDate(text) else {
        throw ValidationError("--as-of '\(text)' is not a date of the form YYYY-MM-DD, e.g. 2026-11-29.")
    }
    // Dataset ages and launch timelines are counted from this date.
    guard (2000...2100).contains(date.year) else {
        throw ValidationError("--as-of '\(text)' is outside the years 2000 to 2100 that microcred's reports can be dated.")
    }
    return date
}
