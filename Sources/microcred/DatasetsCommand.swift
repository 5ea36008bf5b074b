import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List, validate and manage the labor-market datasets.",
        subcommands: [List.self, Validate.self, Add.self, Diff.self, Fetch.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show each dataset's vintages, where its file was found, its rows and whether its checksum matches.")

        @OptionGroup var data: DataOptions

        @Flag(help: "Skip counting rows and computing checksums (faster).")
        var quick = false

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The date ages are measured to (default: today).", valueName: "YYYY-MM-DD"),
                transform: parseDate)
        var asOf: CalendarDate?

        func run() throws {
            try reportingErrors {
                let store = try data.resolver()
                let date = asOf ?? CalendarDate.today()
                var rows: [[String]] = [["dataset", "vintage", "age", "file", "rows", "sha256"]]
                for entry in store.catalog.datasets {
                    let newest = entry.newestVintage?.vintage
                    for vintage in entry.vintages {
                        let (path, _) = store.dataPath.locate(vintage.file)
                        var rowText = "-", shaText = "-"
                        if let path, !quick {
                            let counted = try? DatasetInspector.countRows(path: path, entry: entry, catalogDirectory: store.catalog.directory)
                            rowText = counted.map(String.init) ?? "unreadable"
                            if let expected = vintage.sha256 {
                                let digest = try? FileDigest.sha256(path: path)
                                shaText = digest == expected.lowercased() ? "match" : "MISMATCH"
                            } else {
                                shaText = "not recorded"
                            }
                        }
                        let label = vintage.vintage + (vintage.vintage == newest && entry.vintages.count > 1 ? " (default)" : "")
                        let age = DatasetAge.of(entry, vintage: vintage, asOf: date)?.label ?? "?"
                        // A long path loses its front, never its file name.
                        var shown = path ?? "MISSING (\(vintage.file))"
                        if shown.count > 70 { shown = "…" + shown.suffix(69) }
                        rows.append([entry.id.rawValue, label, age, shown, rowText, shaText])
                    }
                }
                print(TextTable.render(rows, maxWidth: 70))
                print("ages are measured from each vintage's reference month to \(date); a dataset is STALE past its max_age_months in the catalog")
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load datasets with their loaders; report quirk counts and every problem as file:line: message.",
            discussion: "Exits 0 when no dataset has errors (warnings are allowed), 1 otherwise.")

        @OptionGroup var data: DataOptions
        @OptionGroup var vintage: VintageOptions

        @Argument(help: "Dataset ids to validate (default: all).")
        var ids: [DatasetID] = []

        @Option(help: "Output format: text or json.")
        var format: ValidateFormat = .text

        enum ValidateFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Flag(name: .customLong("all-vintages"), help: "Validate every vintage of each dataset, not only the default (e.g. the five IPEDS years).")
        var allVintages = false

        func run() throws {
            var failed = false
            try reportingErrors {
                let store = try data.resolver(vintages: vintage.vintages)
                let chosen = ids.isEmpty ? store.catalog.datasets.map(\.id) : ids
                var results: [DatasetValidation] = []
                for id in chosen {
                    let names: [String?] = allVintages ? (store.catalog.entry(id)?.vintages.map(\.vintage) ?? [nil]) : [nil]
                    for name in names {
                        let resolved = try store.resolve(id, vintage: name)
                        results.append(DatasetValidator.validate(resolved, catalogDirectory: store.catalog.directory))
                    }
                }
                failed = results.contains(where: \.hasErrors)
                switch format {
                case .json: print(try ValidationOutput.json(results))
                case .text: print(ValidationOutput.text(results), terminator: "")
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
