import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

extension DatasetsCommand {
    struct Fetch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download datasets missing from the data path from their publishers, check them and record them.",
            discussion: """
            For each dataset (all that datasets/sources.yaml lists, or the IDs given) whose vintage is not \
            found on the data path, the publisher's own file is downloaded (resuming a partial FILE.part), \
            its sha256 checked against known releases, loaded with the dataset's loader, and recorded in the \
            catalog (file, sha256, rows), which is rewritten once, atomically. A file that fails is not \
            recorded. A --vintage the catalog does not have yet (next year's "May 2026") is added as a new \
            vintage. BLS refuses scripted downloads without a contact address: give --contact or set \
            MICROCRED_CONTACT.
            """)

        @OptionGroup var data: DataOptions

        @Argument(help: "Dataset ids (default: every dataset with an official source).")
        var ids: [DatasetID] = []

        @Option(help: "The vintage to fetch (default: each dataset's newest).")
        var vintage: String?

        @Option(help: ArgumentHelp("The folder to download into (default: the first folder of $MICROCRED_DATA_PATH).", valueName: "dir"))
        var to: String?

        @Option(help: ArgumentHelp("Download from a mirror: https://HOST/PATH is read from URL/HOST/PATH.", valueName: "url"))
        var mirror: String?

        @Option(help: ArgumentHelp("A contact e-mail address for the User-Agent (default: $MICROCRED_CONTACT).", valueName: "email"))
        var contact: String?

        @Option(help: ArgumentHelp("Seconds without data before a download fails.", valueName: "seconds"))
        var timeout: Double = 60

        func validate() throws {
            if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds.") }
        }

        func run() throws {
            try reportingErrors {
                let resolver = try data.resolver()
                let environment = ProcessInfo.processInfo.environment
                let firstDataFolder = (environment["MICROCRED_DATA_PATH"] ?? "").split(separator: ":").first.map(String.init)
                guard let destination = to ?? firstDataFolder else {
                    throw MicrocredError("no folder to download into",
                                         hint: "Pass --to DIR (and add DIR to MICROCRED_DATA_PATH so that later commands find the files), or set MICROCRED_DATA_PATH")
                }
                let sources = try OfficialSources.load(path: OfficialSources.defaultPath(catalogDirectory: resolver.catalog.directory))
                let contactAddress = contact ?? environment["MICROCRED_CONTACT"].flatMap { $0.isEmpty ? nil : $0 }
                let request = OfficialFetcher.Request(ids: ids, vintage: vintage, destination: destination, mirror: mirror,
                                                      settings: DownloadSettings(contact: contactAddress, idleTimeout: timeout))
                let outcome = OfficialFetcher(resolver: resolver, sources: sources).run(request) { printError($0) }
                if outcome.changed { try CatalogWriter.write(outcome.catalog) }
                for item in outcome.items {
                    switch item.status {
                    case .present: print("\(item.id) \(item.vintage): present (\(item.path))")
                    default: print("\(item.id) \(item.vintage): \(item.status.rawValue) \(item.path), \(item.rows ?? 0) rows, sha256 \(item.sha256 ?? "")")
                    }
                }
                if outcome.changed { print("catalog updated: \(outcome.catalog.path)") }
                if let first = outcome.failures.first {
                    for failure in outcome.failures.dropFirst() {
                        for diagnostic in failure.diagnostics { printError(diagnostic.description) }
                        printError("error: " + failure.message)
                        if let hint = failure.hint { printError("hint: " + hint) }
                    }
                    if outcome.failures.count > 1 { printError("\(outcome.failures.count) datasets could not be fetched") }
                    throw first
                }
            }
        }
    }
}
