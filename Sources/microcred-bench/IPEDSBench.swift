import CSVStream
import Dispatch
import Foundation
import MicrocredCore
import MicrocredKit

/// `microcred-bench ipeds [--runs N]`: the typed load of every IPEDS
/// completions vintage in the catalog (five years, about 37 MB) against a
/// raw libcsv pass over the same files, one file after another and all at once.
func ipedsBench(_ args: [String]) {
    let runs = Int(option("--runs", in: args) ?? "5") ?? 5
    let env = ProcessInfo.processInfo.environment
    guard let catalogPath = DatasetCatalog.locate(explicit: nil, environment: env),
          let catalog = try? DatasetCatalog.load(path: catalogPath), let entry = catalog.entry(.ipedsCompletions) else {
        fail("cannot find ipeds-completions in datasets/catalog.yaml; run from the project folder")
    }
    let resolver = DatasetResolver(catalog: catalog, dataPath: DataPath(catalogDirectory: catalog.directory, environment: env, dataDirectories: []))
    var paths: [String] = []
    for v in entry.vintages {
        guard let path = (try? resolver.resolve(.ipedsCompletions, vintage: v.vintage))?.path else { fail("ipeds-completions \(v.vintage) is missing") }
        paths.append(path)
    }
    let size = paths.reduce(0.0) { $0 + Double((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) } / 1e6

    func best(_ body: () -> Void) -> Double {
        var t = Double.infinity
        for _ in 0..<max(1, runs) {
            let t0 = now()
            body()
            t = min(t, now() - t0)
        }
        return t
    }
    var rawRows = 0
    let raw = best {
        rawRows = 0
        for p in paths {
            guard let counts = try? RawPass.run(path: p) else { fail("raw pass failed on \(p)") }
            rawRows += counts.records - 1
        }
    }
    var rows = 0
    let typed = best {
        rows = 0
        for p in paths {
            let data = IPEDSCompletionsLoader.load(path: p)
            if data.report.diagnostics.hasErrors { fail("load errors in \(p)") }
            rows += data.report.rows
        }
    }
    let files = paths
    let concurrent = best {
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            _ = IPEDSCompletionsLoader.load(path: files[i])
        }
    }
    print("files: \(paths.count) completions vintages (\(entry.vintages.map(\.vintage).joined(separator: ", ")))")
    print(String(format: "size: %.1f MB, %d data rows, best of %d runs", size, rows, runs))
    print(String(format: "raw libcsv pass:          %.3f s  %6.1f MB/s  %9.0f rows/s", raw, size / raw, Double(rawRows) / raw))
    print(String(format: "typed completions load:   %.3f s  %6.1f MB/s  %9.0f rows/s", typed, size / typed, Double(rows) / typed))
    print(String(format: "typed, files in parallel: %.3f s  %6.1f MB/s  (%d cores)", concurrent, size / concurrent, ProcessInfo.processInfo.activeProcessorCount))
    print(String(format: "typed / raw: %.2fx; peak %.0f MB", typed / raw, peakMemoryMB()))
}
