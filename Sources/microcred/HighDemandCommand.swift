import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// `microcred high-demand`: derive or import high-demand career lists.
struct HighDemandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "high-demand",
        abstract: "Derive a high-demand occupation list from public data, or import and check an official list.",
        subcommands: [Derive.self, Import.self])

    struct Derive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Derive a high-demand list for an area with the criteria in datasets/high-demand-criteria.yaml (not an official list).")

        @OptionGroup var data: DataOptions
        @OptionGroup var vintage: VintageOptions

        @OptionGroup var areaOption: AreaOptions

        @Option(name: .customLong("criteria"), help: ArgumentHelp("Criteria YAML (default: datasets/high-demand-criteria.yaml).", valueName: "file"))
        var criteriaPath: String?

        @Flag(help: "List every occupation evaluated, not only those that qualify.")
        var all = false

        @OptionGroup var output: FormatOptions

        func run() throws {
            try reportingErrors {
                let configuration = try RunConfiguration.resolve(data.request(vintages: vintage.vintages, criteriaPath: criteriaPath))
                let criteria = configuration.criteria.value
                let loaded = try loadAnalysis(areaOption.area, configuration: configuration, profiles: false)
                let market = try loaded.bundle.laborMarket(for: loaded.dataset), area = loaded.area
                guard let a = market.slot(of: area.code) else { throw MicrocredError("area \(area.title) is not in the loaded data") }
                let list = HighDemandDeriver.derive(market: market, area: a, criteria: criteria, includeAll: all)
                let sources = loaded.bundle.citations
                switch output.format {
                case .json: print(try HighDemandRendering.json(list, sources: sources))
                case .csv: print(HighDemandRendering.csv(list), terminator: "")
                case .table, .markdown: print(render(HighDemandRendering.document(list, sources: sources), output.format), terminator: "")
                }
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a high-demand list CSV through a column mapping and report unknown codes and mismatched titles.",
            discussion: "Exits 1 when a mapped column is missing or no row matches a SOC code; warnings are printed with file:line.")

        @OptionGroup var data: DataOptions

        @Option(name: .customLong("list"), help: ArgumentHelp("The list CSV.", valueName: "csv"))
        var listPath: String

        @Option(name: .customLong("mapping"), help: ArgumentHelp("The column mapping YAML (docs/analysis.md).", valueName: "file"))
        var mappingPath: String

        @Option(help: "Output format: table or markdown (json and csv print the matched entries).")
        var format: OutputFormat = .table

        func run() throws {
            var failed = false
            try reportingErrors {
                let configuration = try data.configuration()
                let bundle = try DataBundle.load(DataBundle.alignmentDatasets(for: .oewsNational, profiles: false),
                                                 resolver: configuration.resolver)
                let inputs = try bundle.alignmentInputs(for: .oewsNational, aggregates: configuration.socAggregates.value)
                let market = inputs.market, crosswalk = inputs.crosswalk
                let list = try importList(listPath: listPath, mappingPath: mappingPath, market: market, crosswalk: crosswalk)
                failed = list.entries.isEmpty
                switch format {
                case .table, .markdown: print(render(HighDemandRendering.document(list), format), terminator: "")
                case .csv:
                    print(OutputTable(headers: ["soc", "title", "region", "listedCode", "line"],
                                                     rows: list.entries.map { [$0.soc.description, $0.title, $0.region ?? "", $0.listedCode ?? "", $0.line.map(String.init) ?? ""] }).csv(),
                          terminator: "")
                    for d in list.diagnostics.items { printError(d.description) }
                case .json:
                    let value = JSONValue.object([
                        "name": .string(list.name), "date": .text(list.date),
                        "entries": .array(list.entries.map { .object(["soc": .string($0.soc.description), "title": .string($0.title),
                                                                       "region": .text($0.region), "listedCode": .text($0.listedCode),
                                                                       "line": $0.line.map { .int($0) } ?? .null]) }),
                        "diagnostics": .array(list.diagnostics.items.map { .string($0.description) }),
                    ])
                    print(try JSONOutput.encode(value))
                }
            }
            if failed {
                printError("error: no row of the list matched a published SOC occupation")
                throw ExitCode(1)
            }
        }
    }
}
