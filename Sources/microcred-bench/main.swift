import CSVStream
import Foundation
import MicrocredCore
import MicrocredKit
#if canImport(Glibc)
import Glibc
#endif

/// microcred-bench: measured benchmarks, not timed tests.
///
///   microcred-bench ingest [--file PATH] [--runs N]
///       Typed load of the OEWS all-areas file vs. a raw libcsv pass.
///   microcred-bench stream [--size-mb N] [--file PATH]
///       Generates (or reads) a large CSV and streams it through CSVStream,
///       reporting peak memory, to show memory stays bounded.
///   microcred-bench ipeds [--runs N]
///       Typed load of the five IPEDS completions files vs. a raw libcsv pass.
///   microcred-bench xlsx [--file WORKBOOK] [--csv PATH]
///       An all-areas-sized OEWS workbook through the xlsx reader, next to
///       the CSV load (see XLSXBench.swift).

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024.0 // kilobytes on Linux
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("microcred-bench: " + message + "\n").utf8))
    exit(1)
}

func option(_ name: String, in args: [String]) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

func locateAllAreas() -> String {
    let env = ProcessInfo.processInfo.environment
    guard let catalogPath = DatasetCatalog.locate(explicit: nil, environment: env),
          let catalog = try? DatasetCatalog.load(path: catalogPath) else {
        fail("cannot find datasets/catalog.yaml; run from the project folder or pass --file")
    }
    let resolver = DatasetResolver(catalog: catalog, dataPath: DataPath(catalogDirectory: catalog.directory, environment: env, dataDirectories: []))
    do {
        return try resolver.require(.oewsAllAreas).path ?? ""
    } catch {
        fail("\(error)")
    }
}

func ingest(_ args: [String]) {
    let path = option("--file", in: args) ?? locateAllAreas()
    let runs = Int(option("--runs", in: args) ?? "5") ?? 5
    let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6

    var rawBest = Double.infinity
    var rawRecords = 0
    for _ in 0..<runs {
        let t0 = now()
        guard let counts = try? RawPass.run(path: path) else { fail("raw pass failed on \(path)") }
        rawBest = min(rawBest, now() - t0)
        rawRecords = counts.records - 1
    }
    let rawPeak = peakMemoryMB()

    var typedBest = Double.infinity
    var rows = 0
    for _ in 0..<runs {
        let t0 = now()
        let data = OEWSLoader.load(path: path)
        typedBest = min(typedBest, now() - t0)
        if data.report.diagnostics.hasErrors { fail("load errors: \(data.report.diagnostics.items.prefix(3))") }
        rows = data.estimates.count
    }
    let typedPeak = peakMemoryMB()

    print("file: \(path)")
    print(String(format: "size: %.1f MB, %d data rows, best of %d runs", size, rows, runs))
    print(String(format: "raw libcsv pass:   %.3f s  %6.1f MB/s  %9.0f rows/s  peak %.0f MB", rawBest, size / rawBest, Double(rawRecords) / rawBest, rawPeak))
    print(String(format: "typed OEWS load:   %.3f s  %6.1f MB/s  %9.0f rows/s  peak %.0f MB", typedBest, size / typedBest, Double(rows) / typedBest, typedPeak))
    print(String(format: "typed / raw: %.2fx", typedBest / rawBest))
}

func stream(_ args: [String]) {
    var path = option("--file", in: args)
    var generated: String? = nil
    if path == nil {
        let megabytes = Int(option("--size-mb", in: args) ?? "1024") ?? 1024
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-bench-\(getpid()).csv").path
        guard let out = fopen(target, "w") else { fail("cannot write \(target)") }
        let header = "id,area,occupation,title,employment,wage\n"
        fputs(header, out)
        var written = header.utf8.count
        var i = 0
        let goal = megabytes * 1_000_000
        while written < goal {
            let line = "\(i),13,15-1252,\"Software Developers, \"\"synthetic\"\" row\",\(1000 + i % 5000),\(50000 + i % 90000)\n"
            fputs(line, out)
            written += line.utf8.count
            i += 1
        }
        fclose(out)
        path = target
        generated = target
    }
    defer { if let generated { unlink(generated) } }
    guard let path else { return }
    let before = peakMemoryMB()
    let t0 = now()
    var records = 0
    var bytes = 0
    do {
        let reader = try CSVReader(path: path)
        try reader.forEach { record in
            records += 1
            bytes += record[3].count
        }
        let elapsed = now() - t0
        let mb = Double(reader.byteCount) / 1e6
        print(String(format: "streamed %.0f MB, %d records in %.2f s (%.0f MB/s)", mb, records, elapsed, mb / elapsed))
        print(String(format: "peak memory: %.1f MB (%.1f MB before streaming)", peakMemoryMB(), before))
    } catch {
        fail("\(error)")
    }
}

let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "ingest": ingest(args)
case "stream": stream(args)
case "ipeds": ipedsBench(args)
case "xlsx": xlsxBench(args)
case "xlsx-generate": xlsxGenerate(args)
default:
    print("usage: microcred-bench ingest [--file PATH] [--runs N] | stream [--size-mb N] [--file PATH] | ipeds [--runs N] | xlsx [--file WORKBOOK] [--csv PATH]")
    exit(args.isEmpty ? 0 : 2)
}
