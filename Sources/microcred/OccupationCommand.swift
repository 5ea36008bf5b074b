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

    @Option(help: ArgumentHelp("A SOC 2018 code, e.g. 15-1252.", valueName: "code"), transform: parseSOC)
    var soc: SOCCode

    @OptionGroup var areaOption: AreaOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingErrors {
            let code = soc
            let configuration = try data.configuration(vintages: vintage.vintages, analysis: analysis)
            let loaded = try loadAnalysis(areaOption.area, configuration: configuration, profiles: false)
            let inputs = try loaded.bundle.alignmentInputs(for: loaded.dataset, aggregates: configuration.socAggregates.value)
            let market = inputs.market, crosswalk = inputs.crosswalk, area = loaded.area
            let rollup = crosswalk.rollup.resolve(code)
            guard let published = rollup.to, let slot = market.slot(of: published), let a = market.slot(of: area.code) else {
                let known = crosswalk.socTitles[code].map { " (\($0))" } ?? ""
                throw MicrocredError("\(code)\(known): \(rollup.kind == .unpublished && known.isEmpty ? "not a SOC 2018 code that OEWS, EP or the crosswalk knows" : rollup.explanation)",
                                     hint: "Give a detailed SOC 2018 code such as 15-1252 (Software Developers)")
            }
            if rollup.kind != .published { printError("note: " + rollup.explanation) }
            let rule = try analysis.rule(configuration: configuration, market: market, crosswalk: crosswalk)
            let demand = OccupationDemand(market: market, area: a, occupation: slot, rule: rule)
            let sources = loaded.bundle.citations
            let method = try analysis.method(configuration: configuration, jobZones: inputs.jobZones)
            let reach = OccupationReachView(reach: method.reach(market: market, occupation: slot), profile: method.profile,
                                            rulesFile: method.rules.file)
            switch output.format {
            case .json: print(try OccupationRendering.json(demand, sources: sources, reach: reach))
            case .csv: print(OccupationRendering.csv(demand, reach: reach), terminator: "")
            case .table, .markdown: print(render(OccupationRendering.document(demand, sources: sources, reach: reach), output.format), terminator: "")
            }
        }
    }
}
