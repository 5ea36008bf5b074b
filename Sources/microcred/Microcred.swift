import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

@main
struct Microcred: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "microcred",
        abstract: "Evidence-backed microcredential planning from public labor-market data.",
        discussion: """
        microcred reads BLS OEWS and Employment Projections, the NCES CIP–SOC crosswalk and O*NET, \
        scores how well a discipline (CIP code) aligns with in-demand occupations (SOC codes), and writes \
        the four framework reports for a proposed microcredential.
        """,
        version: "0.1.0",
        subcommands: [ReportCommand.self, InitCommand.self, CheckCommand.self, DatasetsCommand.self, AlignCommand.self, RankCommand.self, OccupationCommand.self, HighDemandCommand.self, SupplyCommand.self]
    )

    /// The most command-line arguments accepted. The argument parser's time
    /// grows with the square of the number of repeated options (8,000
    /// `--cip` took seconds), so a longer command line is refused up front.
    static let maxArguments = 1_000

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.count > maxArguments {
            printError("error: \(arguments.count) command-line arguments; microcred accepts at most \(maxArguments)")
            printError("hint: Give fewer options (e.g. fewer --cip codes; `microcred rank` scores every discipline at once)")
            Foundation.exit(2)
        }
        main(arguments)
    }
}

/// Prints to standard error, control characters escaped (tabs and
/// newlines kept) so that no input can reach the terminal raw.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((Terminal.safe(text, allowNewlines: true) + "\n").utf8))
}

/// Runs `body`, printing microcred's errors for people and exiting 1, or 2
/// for usage mistakes. Never traps.
func reportingErrors(_ body: () throws -> Void) throws {
    // A closed pipe is reported as a write error by StandardOutput (exit 1),
    // not a SIGPIPE death.
    signal(SIGPIPE, SIG_IGN)
    do {
        try body()
    } catch let error as MicrocredError {
        for diagnostic in error.diagnostics { printError(diagnostic.description) }
        printError((error.location.map { "\($0): " } ?? "") + "error: " + error.message)
        if let hint = error.hint { printError("hint: " + hint) }
        throw ExitCode(1)
    } catch let error as DatasetLoadError {
        printError(error.description)
        printError("error: a dataset could not be loaded; fix the rows above or replace the file")
        throw ExitCode(1)
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        printError("error: \(error)")
        throw ExitCode(1)
    }
}
