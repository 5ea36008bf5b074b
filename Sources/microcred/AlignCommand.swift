import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// `microcred align`: how well disciplines align with in-demand occupations in an area.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Score how well one or more disciplines (CIP codes) align with in-demand occupations in an area.",
        discussion: """
        Lists the occupations the CIP–SOC crosswalk links to the disciplines (rolled up to codes OEWS and EP publish), \
        each with its demand profile; the 0–100 alignment score with every component's raw value, normalized value \
        and weight (docs/scoring.md); skill-adjacent high-demand occupations; and O*NET competencies.
        """)

    @OptionGroup var data: DataOptions
    @OptionGroup var vintage: VintageOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(name: .customLong("cip"), help: ArgumentHelp("A six-digit CIP 2020 code, e.g. 11.0701. Repeatable; codes combine without double-counting.", valueName: "code"),
            transform: parseCIP)
    var cips: [CIPCode] = []

    @OptionGroup var areaOption: AreaOptions
    @OptionGroup var output: FormatOptions

    @Flag(help: "Skip O*NET competencies and adjacent occupations (faster).")
    var noSkills = false

    func validate() throws {
        if cips.isEmpty { throw ValidationError("Give at least one --cip code, e.g. --cip 11.0701.") }
    }

    func run() throws {
        try reportingErrors {
            let configuration = try data.configuration(vintages: vintage.vintages, analysis: analysis)
            let loaded = try loadAnalysis(areaOption.area, configuration: configuration, profiles: !noSkills)
            let inputs = try loaded.bundle.alignmentInputs(for: loaded.dataset, aggregates: configuration.socAggregates.value)
            var programs: [CIPProgram] = []
            var seen = Set<CIPCode>()
            for code in cips where seen.insert(code).inserted {
                programs.append(try inputs.crosswalk.validate(code.description))
            }
            let rule = try analysis.rule(configuration: configuration, market: inputs.market, crosswalk: inputs.crosswalk)
            let method = try analysis.method(configuration: configuration, jobZones: inputs.jobZones)
            let result = try AlignmentAnalyzer.analyze(programs: programs, area: loaded.area, inputs: inputs,
                                                       weights: configuration.weights.value, highDemand: rule, method: method)
            switch output.format {
            case .json: print(try AlignmentRendering.json(result))
            case .csv: print(AlignmentRendering.csv(result), terminator: "")
            case .table, .markdown: print(render(AlignmentRendering.document(result), output.format), terminator: "")
            }
        }
    }
}
