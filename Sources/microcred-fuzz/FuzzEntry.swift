import CSVStream
import Foundation
import MicrocredKit

// libFuzzer harnesses for CSVStream and the proposal parser.
//
// Built only by scripts/fuzz.sh, which compiles with -sanitize=fuzzer and
// -D FUZZING; libFuzzer then supplies `main`. In an ordinary build this
// target is a small program that says how to run the fuzzer.
//
// MICROCRED_FUZZ_TARGET chooses the harness: `csv` (default) or `proposal`.

let fuzzTarget = ProcessInfo.processInfo.environment["MICROCRED_FUZZ_TARGET"] ?? "csv"

/// Feeds one input to the chosen harness. Any crash, hang or leak is a bug;
/// thrown errors are the expected answer to bad input.
func fuzzOne(_ bytes: [UInt8]) {
    switch fuzzTarget {
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
@_cdecl("LLVMFuzzerTestOneInput")
public func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
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
