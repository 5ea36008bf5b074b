import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// `microcred occupation`: one occupation's demand profile in an area.
struct OccupationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "occupation",
        abstract: "Show one occupation's employment, wages, growth, openings and high-demand status in an area.")

    @OptionGroup var data: DataOptions
    @OptionGroup var vintage: VintageOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: ArgumentHelp("A SOC 2018 code, e.g. 15-1252.", valueName: "code"))
    var soc: String

    @Option(help: ArgumentHelp("US, a state (GA or 13) or a metro area's CBSA code (12060).", valueName: "area"))
    var area: String

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    func run() throws {
        try reportingErrors {
            guard let code = SOCCode(soc) else {
                throw MicrocredError("--soc: " + SOCCode.problem(with: soc))
            }
            let store = try data.makeStore(vintages: vintage.vintages)
            let (dataset, area) = try resolveArea(self.area, store: store)
            let market = try store.laborMarket(for: dataset)
            let crosswalk = DisciplineCrosswalk(crosswalk: try store.crosswalk(), catalog: try store.cipCodes(), market: market,
                                                rules: try store.socAggregateRules())
            let rollup = crosswalk.rollup.resolve(code)
            guard let published = rollup.to, let slot = market.slot(of: published), let a = market.slot(of: area.code) else {
                let known = crosswalk.socTitles[code].map { " (\($0))" } ?? ""
                throw MicrocredError("\(code)\(known): \(rollup.kind == .unpublished && known.isEmpty ? "not a SOC 2018 code that OEWS, EP or the crosswalk knows" : rollup.explanation)",
                                     hint: "Give a detailed SOC 2018 code such as 15-1252 (Software Developers)")
            }
            if rollup.kind != .published { printError("note: " + rollup.explanation) }
            let rule = try analysis.rule(store: store, market: market, crosswalk: crosswalk)
            let demand = OccupationDemand(market: market, area: a, occupation: slot, rule: rule)
            let sources = store.citations()
            switch format {
            case .json: print(try OccupationRendering.json(demand, sources: sources))
            case .csv: print(OccupationRendering.csv(demand), terminator: "")
            case .table, .markdown: print(render(OccupationRendering.document(demand, sources: sources), format), terminator: "")
            }
        }
    }
}
