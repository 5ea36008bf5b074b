import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// Options shared by the analysis commands: scoring weights, high-demand
/// criteria or an imported high-demand list.
struct AnalysisOptions: ParsableArguments {
    @Option(name: .customLong("weights"), help: ArgumentHelp("Scoring weights YAML (default: datasets/scoring-weights.yaml).", valueName: "file"))
    var weightsPath: String?

    @Option(name: .customLong("criteria"), help: ArgumentHelp("High-demand criteria YAML (default: datasets/high-demand-criteria.yaml).", valueName: "file"))
    var criteriaPath: String?

    @Option(name: .customLong("high-demand-list"), help: ArgumentHelp("Use this high-demand list CSV instead of derived criteria (needs --high-demand-mapping).", valueName: "csv"))
    var listPath: String?

    @Option(name: .customLong("high-demand-mapping"), help: ArgumentHelp("Column mapping YAML for --high-demand-list.", valueName: "file"))
    var mappingPath: String?

    func validate() throws {
        if (listPath == nil) != (mappingPath == nil) {
            throw ValidationError("--high-demand-list and --high-demand-mapping go together: give both, or neither to use the derived criteria.")
        }
    }

    /// The weights file: explicit, else the default beside the catalog, else built in.
    func weights(store: DatasetStore) throws -> ScoringWeights {
        let path = weightsPath ?? (store.catalog.directory as NSString).appendingPathComponent("scoring-weights.yaml")
        if weightsPath == nil && !FileManager.default.fileExists(atPath: path) { return .default }
        return try ScoringWeights(document: YAMLDocument.load(path: path, what: "scoring weights file"))
    }

    func criteria(store: DatasetStore) throws -> HighDemandCriteria {
        let path = criteriaPath ?? (store.catalog.directory as NSString).appendingPathComponent("high-demand-criteria.yaml")
        if criteriaPath == nil && !FileManager.default.fileExists(atPath: path) { return .default }
        return try HighDemandCriteria(document: YAMLDocument.load(path: path, what: "high-demand criteria file"))
    }

    /// Derived criteria, or the imported list (its diagnostics go to standard error).
    func rule(store: DatasetStore, market: LaborMarket, crosswalk: DisciplineCrosswalk) throws -> HighDemandRule {
        guard let listPath, let mappingPath else { return HighDemandRule(.derived(try criteria(store: store))) }
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

/// Finds the area the user named, loading the OEWS file that publishes it;
/// an unknown area is an error suggesting close matches.
func resolveArea(_ text: String, store: DatasetStore) throws -> (dataset: String, area: Area) {
    var dataset = AreaResolver.datasetID(for: text)
    if dataset == "oews-all-areas", (try? store.resolve("oews-all-areas"))?.path == nil {
        // Without the all-areas file, names can still match a state.
        dataset = "oews-state"
    }
    let areas = try store.oewsFiles(for: dataset).flatMap(\.areas)
    if let area = AreaResolver.find(text, in: areas) { return (dataset, area) }
    var pool = areas
    var searched = store.catalog.entry(dataset)?.title ?? dataset
    if dataset != "oews-all-areas", (try? store.resolve("oews-all-areas"))?.path != nil {
        pool = try store.oews("oews-all-areas").areas
        searched = "the OEWS areas (nation, states, metropolitan areas)"
    } else if dataset == "oews-national" {
        pool += try store.oews("oews-state").areas
    }
    // Found only in the wider pool (e.g. a metro code spelt as a name).
    let area = try AreaResolver.resolve(text, in: pool, searched: searched)
    let wider = pool.count > areas.count && (try? store.resolve("oews-all-areas"))?.path != nil
    return (wider ? "oews-all-areas" : (area.code.kind == .nation ? "oews-national" : "oews-state"), area)
}

/// Writes bytes to standard output through one buffer.
struct StandardOutput {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, p.count > 0 else { return }
            _ = fwrite(base, 1, p.count, stdout)
        }
    }

    static func write(_ text: String) { write(Array(text.utf8)) }

    static func flush() { fflush(stdout) }
}

/// Renders a document in the chosen format (CSV and JSON are per command).
func render(_ doc: OutputDocument, _ format: OutputFormat) -> String {
    format == .markdown ? doc.markdown() : doc.text()
}
