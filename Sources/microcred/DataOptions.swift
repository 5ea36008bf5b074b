import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// Options shared by every command that reads datasets.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("catalog"), help: ArgumentHelp("The dataset catalog (default: datasets/catalog.yaml here or in a parent folder, or $MICROCRED_CATALOG).", valueName: "path"))
    var catalogPath: String?

    @Option(name: .customLong("data"), help: ArgumentHelp("A folder to look for dataset files in, after datasets/ and $MICROCRED_DATA_PATH. Repeatable.", valueName: "dir"))
    var dataDirectories: [String] = []

    /// Reads the catalog and builds the data path, with `vintages` choices
    /// (see `VintageOptions`).
    func makeStore(vintages: [String] = []) throws -> DatasetStore {
        let environment = ProcessInfo.processInfo.environment
        guard let path = DatasetCatalog.locate(explicit: catalogPath, environment: environment) else {
            throw MicrocredError("cannot find datasets/catalog.yaml in this folder or any parent",
                                 hint: "Run microcred from the project folder, or pass --catalog PATH (or set MICROCRED_CATALOG)")
        }
        let catalog = try DatasetCatalog.load(path: path)
        let dataPath = DataPath(catalogDirectory: catalog.directory, environment: environment, dataDirectories: dataDirectories)
        let choices = try DatasetStore.parseVintageChoices(vintages, catalog: catalog)
        return DatasetStore(catalog: catalog, dataPath: dataPath, vintageChoices: choices)
    }
}

/// `--vintage` for commands that read datasets to analyse them.
struct VintageOptions: ParsableArguments {
    @Option(name: .customLong("vintage"), help: ArgumentHelp("Use an older vintage of a dataset: ID=VINTAGE (e.g. oews-state=May 2024), or a vintage name for every dataset that has it. Repeatable; the newest vintage is the default.", valueName: "vintage"))
    var vintages: [String] = []
}

/// Output formats shared by commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}

/// Parses `--as-of YYYY-MM-DD`, defaulting to today (UTC).
func parseAsOf(_ text: String?) throws -> CalendarDate {
    guard let text else { return CalendarDate.today() }
    guard let date = CalendarDate(text) else {
        throw ValidationError("--as-of '\(text)' is not a date of the form YYYY-MM-DD, e.g. 2026-11-29.")
    }
    return date
}
