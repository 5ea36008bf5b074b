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

        @Option(help: ArgumentHelp("US, a state (GA or 13) or a metro area's CBSA code (12060).", valueName: "area"))
        var area: String

        @Option(name: .customLong("criteria"), help: ArgumentHelp("Criteria YAML (default: datasets/high-demand-criteria.yaml).", valueName: "file"))
        var criteriaPath: String?

        @Flag(help: "List every occupation evaluated, not only those that qualify.")
        var all = false

        @Option(help: "Output format: table, csv, json or markdown.")
        var format: OutputFormat = .table

        func run() throws {
            try reportingErrors {
                let store = try data.makeStore(vintages: vintage.vintages)
                var options = AnalysisOptions()
                options.criteriaPath = criteriaPath
                let criteria = try options.criteria(store: store)
                let (dataset, area) = try resolveArea(self.area, store: store)
                let market = try store.laborMarket(for: dataset)
                guard let a = market.slot(of: area.code) else { throw MicrocredError("area \(area.title) is not in the loaded data") }
                let list = HighDemandDeriver.derive(market: market, area: a, criteria: criteria, includeAll: all)
                let sources = store.citations()
                switch format {
                case .json: print(try HighDemandRendering.json(list, sources: sources))
                case .csv: print(HighDemandRendering.csv(list), terminator: "")
                case .table, .markdown: print(render(HighDemandRendering.document(list, sources: sources), format), terminator: "")
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
                let store = try data.makeStore()
                let market = try store.laborMarket(for: "oews-national")
                let crosswalk = DisciplineCrosswalk(crosswalk: try store.crosswalk(), catalog: try store.cipCodes(), market: market,
                                                    rules: try store.socAggregateRules())
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
