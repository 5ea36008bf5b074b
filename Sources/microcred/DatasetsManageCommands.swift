import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

extension DatasetsCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a new release of a dataset and record it in the catalog as a new vintage.",
            discussion: """
            The file is loaded with the dataset's loader. If it has errors nothing is recorded and the catalog \
            is left untouched; otherwise its sha256 and row count are recorded and the catalog is rewritten \
            atomically. Earlier vintages are kept; the newest (by reference date) becomes the default.
            """)

        @OptionGroup var data: DataOptions

        @Argument(help: "The downloaded file (CSV, or TSV for O*NET Occupation Data).")
        var file: String

        @Option(help: "The dataset id, e.g. oews-state (see `microcred datasets list`).")
        var dataset: DatasetID

        @Option(help: "The publisher's name for the release, e.g. \"May 2026\".")
        var vintage: String

        @Option(name: .customLong("reference-date"), help: ArgumentHelp("The month the figures describe, YYYY-MM (read from the vintage name when it has a month and year).", valueName: "YYYY-MM"))
        var referenceDate: String?

        @Option(help: "A note to keep with the vintage.")
        var note: String?

        func run() throws {
            try reportingErrors {
                let store = try data.resolver()
                let outcome = try VintageRecorder.add(file: file, datasetID: dataset, vintageName: vintage, referenceDate: referenceDate,
                                                      note: note, catalog: store.catalog, dataPath: store.dataPath)
                for warning in outcome.warnings { printError(warning.description) }
                try CatalogWriter.write(outcome.catalog)
                print("added \(dataset) vintage '\(outcome.vintage.vintage)' (reference \(outcome.vintage.referenceDate)): \(outcome.report.rows) rows, sha256 \(outcome.vintage.sha256 ?? "")")
                print("recorded file: \(outcome.vintage.file)")
                let entry = outcome.catalog.entry(dataset)
                print("default vintage of \(dataset) is now '\(entry?.newestVintage?.vintage ?? "")'")
            }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two vintages of a dataset.",
            discussion: """
            OEWS: occupations that appear or disappear, employment and median-wage changes above thresholds, \
            and newly suppressed or released cells (use --area to limit it to one area). Employment \
            Projections: occupations that appear or disappear, growth, openings and education changes. \
            Crosswalk: links added and removed.
            """)

        @OptionGroup var data: DataOptions

        @Argument(help: "The dataset id, e.g. oews-state.")
        var dataset: DatasetID

        @Option(help: "The older vintage.")
        var from: String

        @Option(help: "The newer vintage.")
        var to: String

        @Option(help: "Limit an OEWS comparison to one area: US, a state (GA or 13) or an MSA code (12060).")
        var area: AreaQuery?

        @Option(help: "markdown, csv or json.")
        var format: DiffFormat = .markdown

        @Option(name: .customLong("min-employment-change"), help: "Smallest employment change shown, in jobs (with --min-employment-percent).")
        var minEmployment: Int = 500

        @Option(name: .customLong("min-employment-percent"), help: "Smallest employment change shown, in percent.")
        var minEmploymentPercent: Double = 10

        @Option(name: .customLong("min-wage-change"), help: "Smallest median-wage change shown, in dollars (with --min-wage-percent).")
        var minWage: Double = 2_000

        @Option(name: .customLong("min-wage-percent"), help: "Smallest median-wage change shown, in percent.")
        var minWagePercent: Double = 5

        enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case markdown, csv, json }

        func run() throws {
            try reportingErrors {
                let resolver = try data.resolver()
                var thresholds = DiffThresholds()
                thresholds.employmentAbsolute = minEmployment
                thresholds.employmentPercent = minEmploymentPercent
                thresholds.wageAbsolute = minWage
                thresholds.wagePercent = minWagePercent
                let diff = try DatasetDiffer.compare(resolver: resolver, dataset: dataset, from: from, to: to, area: area, thresholds: thresholds)
                switch format {
                case .markdown: print(DiffRenderer.markdown(diff), terminator: "")
                case .csv: print(DiffRenderer.csv(diff), terminator: "")
                case .json: print(try DiffRenderer.json(diff))
                }
            }
        }
    }
}
