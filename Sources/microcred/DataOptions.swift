import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// Where the catalog and data come from; shared by every command that reads datasets.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("catalog"), help: ArgumentHelp("The dataset catalog (default: datasets/catalog.yaml here or in a parent folder, or $MICROCRED_CATALOG).", valueName: "path"))
    var catalogPath: String?

    @Option(name: .customLong("data"), help: ArgumentHelp("A folder to look for dataset files in, after datasets/ and $MICROCRED_DATA_PATH. Repeatable.", valueName: "dir"))
    var dataDirectories: [String] = []

    /// The request for these options, with `vintages` and settings files.
    func request(vintages: [VintageSelection] = [], weightsPath: String? = nil, criteriaPath: String? = nil) -> ConfigurationRequest {
        ConfigurationRequest(catalogPath: catalogPath, dataDirectories: dataDirectories, vintages: vintages,
                             weightsPath: weightsPath, criteriaPath: criteriaPath)
    }

    /// The catalog and data path, with `vintages` choices.
    func resolver(vintages: [VintageSelection] = []) throws -> DatasetResolver {
        try RunConfiguration.resolver(request(vintages: vintages))
    }

    /// The whole run configuration.
    func configuration(vintages: [VintageSelection] = [], analysis: AnalysisOptions? = nil) throws -> RunConfiguration {
        try RunConfiguration.resolve(request(vintages: vintages, weightsPath: analysis?.settings.weightsPath, criteriaPath: analysis?.settings.criteriaPath))
    }
}

/// `--vintage` for commands that read datasets to analyse them.
struct VintageOptions: ParsableArguments {
    @Option(name: .customLong("vintage"), help: ArgumentHelp("Use an older vintage of a dataset: ID=VINTAGE (e.g. oews-state=May 2024), or a vintage name for every dataset that has it. Repeatable; the newest vintage is the default.", valueName: "vintage"))
    var vintages: [VintageSelection] = []
}

/// `--format` for commands that print tables.
struct FormatOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table
}

/// `--area` of `rank`: one area, or every area of the all-areas file.
enum RankArea: ExpressibleByArgument {
    case all
    case area(AreaQuery)

    init?(argument: String) {
        if argument.trimmingCharacters(in: .whitespaces).lowercased() == "all" { self = .all; return }
        guard let query = AreaQuery(argument) else { return nil }
        self = .area(query)
    }
}

/// `--area` for the analysis commands.
struct AreaOptions: ParsableArguments {
    @Option(help: ArgumentHelp("US, a state (GA or 13), a metro area's CBSA code (12060), or an area's exact OEWS title.", valueName: "area"))
    var area: AreaQuery
}

/// Output formats shared by commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}

extension CIPCode: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension SOCCode: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension AreaQuery: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension VintageSelection: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension DatasetID: ExpressibleByArgument {
    public init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        self.init(argument)
    }
}
