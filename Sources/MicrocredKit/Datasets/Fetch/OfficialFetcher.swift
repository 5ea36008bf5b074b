import Foundation
import MicrocredCore

/// `datasets fetch`: for each dataset vintage missing from the data path,
/// downloads the publisher's file from its official address (or a mirror),
/// checks its sha256, loads it with the dataset's loader and records it in
/// the catalog. Nothing is recorded for a file that fails; the caller
/// writes the returned catalog once, atomically.
public struct OfficialFetcher {
    public struct Request: Sendable {
        /// Dataset ids; empty for every dataset that has an official source.
        public var ids: [DatasetID]
        /// A vintage name; nil for each dataset's newest vintage.
        public var vintage: String?
        /// The folder downloads go into.
        public var destination: String
        public var mirror: String?
        public var settings: DownloadSettings

        public init(ids: [DatasetID], vintage: String?, destination: String, mirror: String?, settings: DownloadSettings) {
            self.ids = ids
            self.vintage = vintage
            self.destination = destination
            self.mirror = mirror
            self.settings = settings
        }
    }

    /// What happened to one dataset.
    public struct Item: Sendable {
        public enum Status: String, Sendable { case present, fetched, reused, recorded }
        public var id: DatasetID
        public var vintage: String
        public var status: Status
        public var path: String
        public var url: String?
        public var rows: Int?
        public var sha256: String?
    }

    public struct Outcome: Sendable {
        public var catalog: DatasetCatalog
        public var items: [Item]
        /// One problem per dataset that could not be fetched.
        public var failures: [MicrocredError]
        public var changed: Bool
    }

    let resolver: DatasetResolver
    let sources: OfficialSources

    public init(resolver: DatasetResolver, sources: OfficialSources) {
        self.resolver = resolver
        self.sources = sources
    }

    public func run(_ request: Request, log: (String) -> Void) -> Outcome {
        var catalog = resolver.catalog
        var items: [Item] = []
        var failures: [MicrocredError] = []
        var changed = false
        let ids = request.ids.isEmpty
            ? catalog.datasets.map(\.id).filter { sources.source($0) != nil }
            : request.ids
        for id in ids {
            do {
                let item = try fetch(id, request: request, catalog: &catalog, log: log)
                if item.status != .present { changed = true }
                items.append(item)
            } catch let error as MicrocredError {
                failures.append(error)
            } catch let error as XLSXError {
                failures.append(MicrocredError("\(id): \(error.message)", at: error.location, hint: error.hint))
            } catch {
                failures.append(MicrocredError("\(id): \(error)", hint: "See docs/datasets.md"))
            }
        }
        return Outcome(catalog: catalog, items: items, failures: failures, changed: changed)
    }

    private func fetch(_ id: DatasetID, request: Request, catalog: inout DatasetCatalog, log: (String) -> Void) throws -> Item {
        guard let index = catalog.datasets.firstIndex(where: { $0.id == id }) else {
            throw MicrocredError("no dataset '\(id)' in the catalog", at: SourceLocation(file: catalog.path),
                                 hint: "Known datasets: " + catalog.datasets.map(\.id.rawValue).joined(separator: ", "))
        }
        let entry = catalog.datasets[index]
        guard let source = sources.source(id) else {
            throw MicrocredError("\(id): no official download address is given for this dataset", at: SourceLocation(file: sources.path), hint: "Download it from \(entry.sourceURL) and use `microcred datasets add`")
        }
        let existing = request.vintage.map { entry.vintage(named: $0) } ?? entry.newestVintage
        let vintageName = request.vintage ?? existing?.vintage ?? ""
        if let existing {
            let found = resolver.dataPath.locate(existing.file)
            if let path = found.path {
                return Item(id: id, vintage: vintageName, status: .present, path: path, url: nil, rows: existing.rows, sha256: existing.sha256)
            }
        }
        let official = try source.fill(source.url, vintage: vintageName)
        let address = OfficialSource.mirrored(official, mirror: request.mirror)
        guard let url = URL(string: address), url.scheme == "https" || url.scheme == "http" else {
            throw MicrocredError("\(id): '\(address)' is not an http(s) address", at: SourceLocation(file: sources.path), hint: "Check --mirror and the url of this dataset")
        }
        let destination = (request.destination as NSString).appendingPathComponent(try source.fill(source.saveAs, vintage: vintageName))
        let known = source.sha256?[vintageName]
            ?? existing.flatMap { v in (v.file as NSString).lastPathComponent == (destination as NSString).lastPathComponent ? v.sha256 : nil }

        var status = Item.Status.fetched
        if FileManager.default.fileExists(atPath: destination), let digest = try? FileDigest.sha256(path: destination),
           known == nil || known?.lowercased() == digest {
            status = .reused
            log("\(id) \(vintageName): using \(destination), already downloaded")
        } else {
            log("\(id) \(vintageName): downloading \(address)")
            if let size = (try? FileManager.default.attributesOfItem(atPath: destination + ".part"))?[.size] as? NSNumber, size.intValue > 0 {
                log("\(id) \(vintageName): resuming from \(size.intValue) bytes in \(destination).part")
            }
            _ = try Downloader(settings: request.settings).download(url, to: destination)
        }
        let digest = try FileDigest.sha256(path: destination)
        if let known, known.lowercased() != digest {
            try? FileManager.default.removeItem(atPath: destination)
            throw MicrocredError("\(id) \(vintageName): the file from \(address) has sha256 \(digest), not \(known.lowercased()) (the release this vintage names); it was removed and the catalog was not changed",
                                 hint: "The publisher may have replaced the file with a newer release: fetch it as a new vintage with --vintage NAME, or check the mirror")
        }
        if let other = source.sha256?.first(where: { $0.key != vintageName && $0.value.lowercased() == digest })?.key {
            throw MicrocredError("\(id): the file from \(address) is the \(other) release, not \(vintageName) (same sha256); the catalog was not changed",
                                 hint: "The publisher has not replaced it with the \(vintageName) release yet; try again after the release date")
        }
        if entry.kind == .epProjections || entry.kind == .epOpenings,
           let base = EPLoader.load(projectionsPath: destination, openingsPath: nil).baseYear,
           let named = VintageRecorder.referenceDate(fromVintage: vintageName).flatMap({ Int($0.prefix(4)) }), named != base {
            throw MicrocredError("\(id): the file from \(address) holds the projections from base year \(base), not vintage '\(vintageName)'; the catalog was not changed",
                                 hint: "BLS serves only the current decade at this address: fetch it under its own name (e.g. --vintage \"\(base)–\(String(base + 10).suffix(2))\")")
        }
        let recorded = VintageRecorder.recordedPath(for: destination, dataPath: resolver.dataPath)
        if let existing, let v = catalog.datasets[index].vintages.firstIndex(where: { $0.vintage == existing.vintage }) {
            let report = DatasetValidator.load(entry, path: destination, catalogDirectory: catalog.directory)
            if report.diagnostics.hasErrors {
                throw MicrocredError("\(destination) (from \(address)) does not load as dataset '\(id)'; the catalog was not changed",
                                     hint: "Check that the publisher's file is still laid out as docs/datasets.md describes",
                                     diagnostics: Array(report.diagnostics.items.filter { $0.severity == .error }.prefix(30)))
            }
            var vintage = catalog.datasets[index].vintages[v]
            vintage.file = recorded
            vintage.sha256 = digest
            vintage.rows = report.rows
            let origin = "fetched from \(official)"
            if !(vintage.note ?? "").contains(origin) {
                vintage.note = [vintage.note, origin].compactMap { $0 }.joined(separator: "; ")
            }
            catalog.datasets[index].vintages[v] = vintage
            return Item(id: id, vintage: vintageName, status: status, path: destination, url: address, rows: report.rows, sha256: digest)
        }
        let outcome = try VintageRecorder.add(file: destination, datasetID: id, vintageName: vintageName, referenceDate: nil,
                                              note: "fetched from \(official)", catalog: catalog, dataPath: resolver.dataPath)
        catalog = outcome.catalog
        return Item(id: id, vintage: vintageName, status: .recorded, path: destination, url: address, rows: outcome.report.rows, sha256: digest)
    }
}
