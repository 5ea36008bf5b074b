import CSVStream
import Foundation
import MicrocredCore
import MicrocredKit

// libFuzzer harnesses for CSVStream and the proposal parser.
//
// Built for fuzzing only by scripts/fuzz.sh, which compiles with
// -sanitize=fuzzer,address and -D FUZZING; `main` then hands control to
// libFuzzer's driver. In an ordinary build this target replays input files
// through the same harness.
//
// MICROCRED_FUZZ_TARGET chooses the harness: `csv` (default), `proposal`,
// `numbers` (numeric field parsing and formatting), `catalog` (the dataset
// catalog reader), `rules` (design rules, weights and criteria files) or
// `evaluation` (a proposal parsed and run through the design rules).

let fuzzTarget = ProcessInfo.processInfo.environment["MICROCRED_FUZZ_TARGET"] ?? "csv"

/// Feeds one input to the chosen harness. Any crash, hang or leak is a bug;
/// thrown errors are the expected answer to bad input.
/// The repository's design rules, for the evaluation harness.
let fuzzRules: DesignRules? = {
    guard fuzzTarget == "evaluation" else { return nil }
    let path = ProcessInfo.processInfo.environment["MICROCRED_FUZZ_RULES"] ?? "datasets/rules/design-rules.yaml"
    guard let rules = try? DesignRulesLoader.load(path: path) else { fatalError("evaluation harness: cannot load \(path)") }
    return rules
}()

func fuzzOne(_ bytes: [UInt8]) {
    switch fuzzTarget {
    case "numbers":
        _ = FuzzHooks.numbers(bytes)
    case "catalog":
        do { try FuzzHooks.catalog(bytes) } catch is MicrocredError {} catch { fatalError("catalog: not a MicrocredError: \(error)") }
    case "rules":
        do { try FuzzHooks.rules(bytes) } catch is MicrocredError {} catch { fatalError("rules: not a MicrocredError: \(error)") }
    case "evaluation":
        if let fuzzRules { _ = FuzzHooks.evaluation(bytes, rules: fuzzRules) }
    case "proposal":
        let parsed = ProposalParser.parse(text: String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
        _ = parsed.diagnostics.items.count
    default:
        // Small chunks so that records and quotes straddle chunk boundaries.
        for format in [CSVFormat(chunkSize: 16, maxFieldBytes: 1 << 16), CSVFormat(delimiter: 9, quote: nil, chunkSize: 32)] {
            do {
                let reader = try CSVReader(bytes: bytes, name: "fuzz.csv", format: format)
                _ = reader.column("AREA")
                try reader.forEach { record in
                    for i in 0..<record.count { _ = record[i].count }
                    _ = record.string(0)
                }
            } catch let error as CSVError {
                _ = error.description
            } catch {
                fatalError("CSVReader threw a non-CSVError: \(error)")
            }
        }
    }
}

#if FUZZING
/// libFuzzer's entry for programs that keep their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The program's entry. SwiftPM links an executable target with `main`
/// defined as `<target>_main`; defining that symbol here (the file is
/// compiled as a library) keeps libFuzzer's own `main` out of the link, and
/// hands the command line to libFuzzer's driver.
@_cdecl("microcred_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return llvmFuzzerRunDriver(&count, &arguments) { data, size in
        fuzzOne(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }
}
#else
@main
struct FuzzUsage {
    static func main() {
        // Without libFuzzer: run each file named on the command line once
        // through the harness (handy for replaying a crash input).
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            print("microcred-fuzz: build and run with scripts/fuzz.sh; or pass input files to replay them.")
            return
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("microcred-fuzz: cannot read \(file)\n".utf8))
                exit(1)
            }
            fuzzOne(Array(data))
            print("\(file): ok")
        }
    }
}
#endif
