import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// `microcred report`: the four framework reports for a proposal.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the four framework reports (needs assessment, design & development, implementation, evaluation) for a proposal.",
        discussion: """
        Checks the proposal (every problem is listed, and nothing is written if there is one), analyses its \
        disciplines and area, applies the design rules, and writes needs-assessment.md, design-and-development.md, \
        implementation.md, evaluation.md and an index README.md into the output folder. The folder is written \
        atomically: a failed run leaves an earlier one intact. The same inputs and --as-of date give byte-identical reports.
        """)

    @OptionGroup var data: DataOptions
    @OptionGroup var vintage: VintageOptions

    @Argument(help: "The proposal file (YAML; `microcred init` writes a template).")
    var proposal: String

    @Option(help: ArgumentHelp("The output folder (default: reports/<proposal name>).", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date the reports are written for (default: today, UTC).", valueName: "YYYY-MM-DD"),
            transform: parseDate)
    var asOf: CalendarDate?

    @OptionGroup var settings: SettingsOptions

    @Flag(help: "Write into a non-empty folder that microcred did not write (other files there are kept).")
    var force = false

    func run() throws {
        try reportingErrors {
            let configuration = try RunConfiguration.resolve(data.request(vintages: vintage.vintages, weightsPath: settings.weightsPath, criteriaPath: settings.criteriaPath))
            let (inputs, files) = try ReportPipeline.run(proposalPath: proposal, configuration: configuration,
                                                         asOf: asOf ?? CalendarDate.today())
            let name = OutputDirectory.safeName(((proposal as NSString).lastPathComponent as NSString).deletingPathExtension, fallback: "proposal")
            let folder = out ?? ("reports" as NSString).appendingPathComponent(name)
            let notices = try ReportPipeline.write(files, to: folder, force: force, proposalPath: proposal)
            for notice in notices { printError(notice) }
            print("wrote \(files.count) files to \(folder): " + files.map(\.name).joined(separator: ", "))
            print("recommendation: \(inputs.recommendation.decision.rawValue)" + (inputs.insufficientAreaData ? "" : "; alignment score \(Figures.fixed(inputs.alignment.score.value, places: 1))"))
            for warning in inputs.validated.warnings { printError(warning.description) }
            // Outside approvals the proposal cannot meet as written (the design report shows them too).
            for finding in inputs.design.licensure where finding.severity != .note {
                printError("\(proposal): \(finding.severity.rawValue): \(finding.entry.title): \(finding.messages.first ?? "") (see design-and-development.md)")
            }
        }
    }
}
