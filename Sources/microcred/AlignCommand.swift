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

    @Option(name: .customLong("cip"), help: ArgumentHelp("A six-digit CIP 2020 code, e.g. 11.0701. Repeatable; codes combine without double-counting.", valueName: "code"))
    var cips: [String] = []

    @Option(help: ArgumentHelp("US, a state (GA or 13) or a metro area's CBSA code (12060).", valueName: "area"))
    var area: String

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    @Flag(help: "Skip O*NET competencies and adjacent occupations (faster).")
    var noSkills = false

    func validate() throws {
        if cips.isEmpty { throw ValidationError("Give at least one --cip code, e.g. --cip 11.0701.") }
    }

    func run() throws {
        try reportingErrors {
            let store = try data.makeStore(vintages: vintage.vintages)
            let (dataset, area) = try resolveArea(self.area, store: store)
            let inputs = try store.alignmentInputs(for: dataset, profiles: !noSkills)
            var programs: [CIPProgram] = []
            for text in cips {
                let program = try inputs.crosswalk.validate(text)
                if !programs.contains(where: { $0.code == program.code }) { programs.append(program) }
            }
            let weights = try analysis.weights(store: store)
            let rule = try analysis.rule(store: store, market: inputs.market, crosswalk: inputs.crosswalk)
            var prepared = inputs
            prepared.sources = store.citations()
            let result = try AlignmentAnalyzer.analyze(programs: programs, area: area, inputs: prepared, weights: weights, highDemand: rule)
            switch format {
            case .json: print(try AlignmentRendering.json(result))
            case .csv: print(AlignmentRendering.csv(result), terminator: "")
            case .table, .markdown: print(render(AlignmentRendering.document(result), format), terminator: "")
            }
        }
    }
}
