import Foundation
import XCTest

/// End-to-end attacks on the built binary (issue: no trap, no hang, no lost
/// file, no unsafe output). Every case checks the exit status, the message
/// and that nothing outside the output folder changed. Inputs are synthetic.
final class HardeningCLITests: XCTestCase {
    var dir: URL!
    let example = CLIRunner.root.appendingPathComponent("examples/cloud-networking-badge.yaml")
    var catalog: String { CLIRunner.root.appendingPathComponent("datasets/catalog.yaml").path }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    struct Run {
        var status: Int32
        var signaled: Bool
        var timedOut: Bool
        var output: String
    }

    /// Runs the binary with a watchdog (a hang fails the test instead of
    /// blocking it) and optional standard output path (e.g. /dev/full).
    func run(_ arguments: [String], in directory: URL? = nil, stdout: String? = nil, timeout: TimeInterval = 60,
             file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        let binary = try CLIRunner.binary(file: file, line: line)
        let errURL = dir.appendingPathComponent("stderr-\(UUID().uuidString)")
        let outURL = dir.appendingPathComponent("stdout-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL); try? FileManager.default.removeItem(at: outURL) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? CLIRunner.root
        var environment = ProcessInfo.processInfo.environment
        environment["MICROCRED_DATA_PATH"] = CLIRunner.dataPath
        environment.removeValue(forKey: "MICROCRED_CATALOG")
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: stdout.map { URL(fileURLWithPath: $0) } ?? outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline { process.terminate(); timedOut = true; break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        let output = ((try? String(contentsOf: outURL, encoding: .utf8)) ?? "") + ((try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        let result = Run(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal && !timedOut,
                         timedOut: timedOut, output: output)
        XCTAssertFalse(result.timedOut, "\(arguments.prefix(4)): did not finish in \(timeout) s", file: file, line: line)
        XCTAssertFalse(result.signaled, "\(arguments.prefix(4)): killed by signal \(result.status)\n\(output)", file: file, line: line)
        return result
    }

    /// Asserts a clean failure: exit 1 or 2 and every `expected` text in the output.
    func assertFails(_ r: Run, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(r.status == 1 || r.status == 2, "exit \(r.status)\n\(r.output)", file: file, line: line)
        for text in expected {
            XCTAssertTrue(r.output.contains(text), "expected “\(text)” in:\n\(r.output)", file: file, line: line)
        }
        XCTAssertFalse(r.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 }, "raw control character in:\n\(r.output)", file: file, line: line)
    }

    /// Every file under `url` with its bytes (and symlinks as their target).
    func snapshot(_ url: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: url.path) else { return out }
        for case let name as String in e {
            let path = url.appendingPathComponent(name).path
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) { out[name] = Data(("link:" + target).utf8); continue }
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            out[name] = isDir.boolValue ? Data("dir".utf8) : (InputFileProbe.isRegular(path) ? FileManager.default.contents(atPath: path) : Data("special".utf8))
        }
        return out
    }

    func report(_ proposal: String, _ extra: [String], in directory: URL? = nil) throws -> Run {
        try run(["report", proposal, "--catalog", catalog, "--as-of", "2025-06-01"] + extra, in: directory)
    }

    /// A copy of the catalog changed by `replacing` (which must change it)
    /// beside links to the real datasets folder's files; returns its path.
    func alteredCatalog(_ target: String, with replacement: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let catalogDir = dir.appendingPathComponent("datasets")
        try FileManager.default.createDirectory(at: catalogDir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: CLIRunner.root.appendingPathComponent("datasets").path) where name != "catalog.yaml" {
            try FileManager.default.createSymbolicLink(at: catalogDir.appendingPathComponent(name),
                                                       withDestinationURL: CLIRunner.root.appendingPathComponent("datasets/\(name)"))
        }
        let text = try String(contentsOfFile: catalog, encoding: .utf8)
        let altered = text.replacingOccurrences(of: target, with: replacement)
        XCTAssertNotEqual(altered, text, "the catalog no longer holds \(target); update this test", file: file, line: line)
        let path = catalogDir.appendingPathComponent("catalog.yaml").path
        try altered.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `report` of `proposal` into `out` with another catalog and the real data files.
    func report(_ proposal: String, catalog other: String, out: URL) throws -> Run {
        try run(["report", proposal, "--catalog", other, "--as-of", "2025-06-01", "--out", out.path,
                 "--data", CLIRunner.root.appendingPathComponent("datasets").path])
    }

    // MARK: Traps

    func testOutDotIsRefusedNotATrap() throws {
        let before = snapshot(dir)
        for out in [".", "./", dir.path] {
            let r = try report(example.path, ["--out", out], in: dir)
            assertFails(r, ["is the current folder", "Give a folder of its own"])
        }
        XCTAssertEqual(snapshot(dir).count, before.count)
    }

    func testWeightsOf1e308AreRefused() throws {
        let weights = dir.appendingPathComponent("synthetic-weights.yaml")
        let text = try String(contentsOf: CLIRunner.root.appendingPathComponent("datasets/scoring-weights.yaml"), encoding: .utf8)
        try text.replacingOccurrences(of: "openings: 0.30", with: "openings: 1e308").write(to: weights, atomically: true, encoding: .utf8)
        let r = try run(["align", "--cip", "11.0701", "--area", "GA", "--no-skills", "--weights", weights.path])
        assertFails(r, ["synthetic-weights.yaml:", "at most 1000"])
    }

    func testImpossibleAsOfDatesAreRefused() throws {
        for date in ["0001-01-01", "9999-12-31"] {
            let r = try run(["report", example.path, "--catalog", catalog, "--out", dir.appendingPathComponent("out").path, "--as-of", date])
            // A usage error: the argument parser's exit status 64 (EX_USAGE).
            XCTAssertEqual(r.status, 64, r.output)
            XCTAssertTrue(r.output.contains("--as-of '\(date)'") && r.output.contains("2000 to 2100"), r.output)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    // MARK: Hangs

    func testFIFOsAreRefusedEverywhere() throws {
        let fifo = dir.appendingPathComponent("synthetic.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let cases: [[String]] = [
            ["check", fifo],
            ["report", fifo, "--out", dir.appendingPathComponent("out").path],
            ["datasets", "add", fifo, "--dataset", "oews-national", "--vintage", "May 2031", "--catalog", catalog],
            ["high-demand", "import", "--list", fifo, "--mapping", fifo],
            ["align", "--cip", "11.0701", "--area", "GA", "--no-skills", "--weights", fifo],
            ["check", example.path, "--rules", fifo],
            ["datasets", "list", "--catalog", fifo],
        ]
        for arguments in cases {
            let r = try run(arguments, timeout: 30)
            assertFails(r, ["synthetic.fifo", "FIFO"])
        }
        // /dev/zero never ends and is not a file either.
        assertFails(try run(["check", "/dev/zero"], timeout: 30), ["/dev/zero", "character device"])
        // A folder is a folder, not "not found".
        assertFails(try run(["check", dir.path], timeout: 30), ["is a folder"])
    }

    func testHighDemandListFIFOFailsCheckAsReportWould() throws {
        let fifo = dir.appendingPathComponent("synthetic-list.csv").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let proposal = dir.appendingPathComponent("synthetic-proposal.yaml")
        try (String(contentsOf: example, encoding: .utf8) + "high_demand_list: synthetic-list.csv\n").write(to: proposal, atomically: true, encoding: .utf8)
        assertFails(try run(["check", proposal.path, "--catalog", catalog], timeout: 30), ["high_demand_list 'synthetic-list.csv' is a FIFO (named pipe), not a regular file"])
        assertFails(try report(proposal.path, ["--out", dir.appendingPathComponent("out").path]), ["high_demand_list"])
    }

    func testArgumentFloodIsRefusedQuickly() throws {
        let r = try run(["align", "--area", "GA"] + Array(repeating: ["--cip", "11.0701"], count: 8_000).flatMap { $0 }, timeout: 10)
        assertFails(r, ["16003 command-line arguments", "at most 1000"])
    }

    // MARK: Lost or clobbered data

    func testStandardOutputWriteErrorsFail() throws {
        XCTAssertTrue(FileManager.default.isWritableFile(atPath: "/dev/full"), "this test needs /dev/full (Linux)")
        for arguments in [["rank", "--area", "GA", "--top", "5"], ["align", "--cip", "11.0701", "--area", "GA", "--no-skills"],
                          ["datasets", "list"], ["check", example.path]] {
            let r = try run(arguments, stdout: "/dev/full")
            assertFails(r, ["cannot write to standard output"])
        }
    }

    func testDatasetsAddRefusesControlCharactersAndKeepsTheCatalog() throws {
        let copy = dir.appendingPathComponent("datasets")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        let catalogCopy = copy.appendingPathComponent("catalog.yaml")
        try FileManager.default.copyItem(atPath: catalog, toPath: catalogCopy.path)
        let before = try Data(contentsOf: catalogCopy)
        let file = CLIRunner.root.appendingPathComponent("datasets/bls-oews/oews_may2025_national.csv").path
        for extra in [["--vintage", "May 2031\u{1}"], ["--vintage", "May 2031", "--note", "a\u{85}b"], ["--vintage", "May 2031", "--note", "\u{1B}[31mred"]] {
            let r = try run(["datasets", "add", file, "--dataset", "oews-national", "--catalog", catalogCopy.path] + extra)
            assertFails(r, ["control character", "the catalog was not changed"])
            XCTAssertEqual(try Data(contentsOf: catalogCopy), before)
        }
        // Through a symlink, the link stays a link and the real file is updated.
        let link = dir.appendingPathComponent("link-catalog.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: catalogCopy)
        let ok = try run(["datasets", "add", file, "--dataset", "oews-national", "--vintage", "May 2031", "--reference-date", "2031-05",
                          "--catalog", link.path, "--data", CLIRunner.root.appendingPathComponent("datasets").path])
        XCTAssertEqual(ok.status, 0, ok.output)
        XCTAssertNotNil(try? FileManager.default.destinationOfSymbolicLink(atPath: link.path))
        XCTAssertTrue(try String(contentsOf: catalogCopy, encoding: .utf8).contains("May 2031"))
        XCTAssertEqual(try run(["datasets", "list", "--catalog", link.path, "--data", CLIRunner.root.appendingPathComponent("datasets").path]).status, 0)
    }

    func testInitForceNeverReplacesSpecialFiles() throws {
        let target = dir.appendingPathComponent("target.txt")
        try Data("keep\n".utf8).write(to: target)
        let link = dir.appendingPathComponent("link.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let fifo = dir.appendingPathComponent("pipe.yaml").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        assertFails(try run(["init", link.path, "--force"]), ["symbolic link", "refusing to replace it"])
        assertFails(try run(["init", fifo, "--force"], timeout: 30), ["FIFO", "refusing to replace it"])
        assertFails(try run(["init", "/dev/null", "--force"]), ["device", "refusing to replace it"])
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), target.path)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "keep\n")
    }

    func testTwoProposalsWithTheSameDefaultFolderDoNotClobberEachOther() throws {
        let text = try String(contentsOf: example, encoding: .utf8)
        try text.write(to: dir.appendingPathComponent("Nursing CNA.yaml"), atomically: true, encoding: .utf8)
        try text.write(to: dir.appendingPathComponent("nursing-cna.yaml"), atomically: true, encoding: .utf8)
        let first = try report("Nursing CNA.yaml", [], in: dir)
        XCTAssertEqual(first.status, 0, first.output)
        let out = dir.appendingPathComponent("reports/nursing-cna")
        let before = snapshot(out)
        // Recorded relative to the output folder's parent (dir/reports): no machine path.
        let marker = try String(contentsOf: out.appendingPathComponent(".microcred-output"), encoding: .utf8)
        XCTAssertTrue(marker.contains("proposal: ../Nursing CNA.yaml\n"), marker)
        XCTAssertFalse(marker.contains(dir.path), marker)
        let second = try report("nursing-cna.yaml", [], in: dir)
        assertFails(second, ["another proposal", "Nursing CNA.yaml", "--out"])
        XCTAssertEqual(snapshot(out), before)
        // The same proposal again replaces its own folder.
        XCTAssertEqual(try report("Nursing CNA.yaml", [], in: dir).status, 0)
    }

    func testSameNamedProposalsInDifferentFoldersDoNotShareAFolder() throws {
        let text = try String(contentsOf: example, encoding: .utf8)
        for folder in ["fall", "spring"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            try text.write(to: dir.appendingPathComponent("\(folder)/badge.yaml"), atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try report("fall/badge.yaml", [], in: dir).status, 0)
        let out = dir.appendingPathComponent("reports/badge")
        let before = snapshot(out)
        assertFails(try report("spring/badge.yaml", [], in: dir), ["another proposal", "../fall/badge.yaml", "../spring/badge.yaml", "--out"])
        XCTAssertEqual(snapshot(out), before)
        // The same file named another way (absolute path) is the same proposal.
        let again = try report(dir.appendingPathComponent("fall/badge.yaml").path, [], in: dir)
        XCTAssertEqual(again.status, 0, again.output)
    }

    func testForceNeverOverwritesTheUsersFilesAndLeavesNoMarker() throws {
        let out = dir.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("my notes\n".utf8).write(to: out.appendingPathComponent("README.md"))
        try Data("thesis\n".utf8).write(to: out.appendingPathComponent("thesis.md"))
        let before = snapshot(out)
        assertFails(try report(example.path, ["--out", out.path, "--force"]), ["README.md", "did not write", "refusing to overwrite"])
        XCTAssertEqual(snapshot(out), before)
        // Without the clash, --force adds the files, leaves no marker, and a plain run never deletes the user's files.
        try FileManager.default.removeItem(at: out.appendingPathComponent("README.md"))
        XCTAssertEqual(try report(example.path, ["--out", out.path, "--force"]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent(".microcred-output").path))
        XCTAssertEqual(try report(example.path, ["--out", out.path, "--force"]).status, 0, "a second --force run may update its own files")
        assertFails(try report(example.path, ["--out", out.path]), ["did not write"])
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("thesis.md"), encoding: .utf8), "thesis\n")
    }

    func testAKillBetweenTheFinalRenamesIsRecovered() throws {
        let reports = dir.appendingPathComponent("reports")
        let out = reports.appendingPathComponent("badge")
        XCTAssertEqual(try report(example.path, ["--out", out.path]).status, 0)
        // As a run killed between its renames leaves it: the old folder moved
        // aside, the new one staged, nothing at --out (pid 999999999 is not running).
        try FileManager.default.moveItem(at: out, to: reports.appendingPathComponent(".badge.old-999999999-1"))
        try FileManager.default.createDirectory(at: reports.appendingPathComponent(".badge.new-999999999-1"), withIntermediateDirectories: true)
        let r = try report(example.path, ["--out", out.path])
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertTrue(r.output.contains("restored the earlier output"), r.output)
        XCTAssertTrue(r.output.contains("left in"), r.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: reports.path), ["badge"])
    }

    func testSymlinkedOutIsFollowedNotReplaced() throws {
        let real = dir.appendingPathComponent("real-out")
        let link = dir.appendingPathComponent("link-out")
        XCTAssertEqual(try report(example.path, ["--out", real.path]).status, 0)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let r = try report(example.path, ["--out", link.path])
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: real.appendingPathComponent("README.md").path))
    }

    func testAChecksumMismatchIsAWarningInTheReportsThatCiteTheVintage() throws {
        // A catalog copy whose oews-state sha256 is wrong; the data files are the real ones.
        let real = "61ce5b1045322d993590516e6d094038807750a148f817f72687cabd9149b41e"
        let other = try alteredCatalog("sha256: \(real)", with: "sha256: " + String(repeating: "0", count: 64))
        let out = dir.appendingPathComponent("out")
        let r = try report(example.path, catalog: other, out: out)
        XCTAssertEqual(r.status, 0, r.output)
        let expected = "oews-state (May 2025): bls-oews/oews\\_may2025\\_state.csv does not match the catalog: its sha256 is \(real.prefix(12))…, the catalog records 000000000000…"
        for name in ["needs-assessment.md", "design-and-development.md", "implementation.md", "evaluation.md"] {
            let md = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(md.contains("**Data integrity.**"), name)
            XCTAssertTrue(md.contains(expected), "\(name):\n\(md.prefix(3000))")
        }
        // With the real catalog there is no such line.
        let clean = dir.appendingPathComponent("clean")
        XCTAssertEqual(try report(example.path, ["--out", clean.path]).status, 0)
        XCTAssertFalse(try String(contentsOf: clean.appendingPathComponent("needs-assessment.md"), encoding: .utf8).contains("Data integrity"))
    }

    // MARK: Unsafe output and misleading messages

    func testControlCharactersInPathsNeverReachTheTerminal() throws {
        let r = try run(["check", dir.appendingPathComponent("x\u{1B}[31m.yaml").path])
        assertFails(r, ["\\u{1b}[31m.yaml", "not found"])
    }

    func testReportsDoNotLinkBareURLsOrUnsafeSourceURLs() throws {
        let proposal = dir.appendingPathComponent("synthetic-url.yaml")
        let text = try String(contentsOf: example, encoding: .utf8)
            .replacingOccurrences(of: "title: Cloud Networking Fundamentals", with: "title: \"Cloud https://evil.example/x and www.evil.example\"")
        try text.write(to: proposal, atomically: true, encoding: .utf8)
        let other = try alteredCatalog("source_url: https://www.bls.gov/oes/tables.htm", with: "source_url: \"javascript:alert(1)//<script>x</script>\"")
        let out = dir.appendingPathComponent("out")
        let r = try report(proposal.path, catalog: other, out: out)
        XCTAssertEqual(r.status, 0, r.output)
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where name.hasSuffix(".md") {
            let md = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            XCTAssertFalse(md.contains("https://evil.example"), "\(name) links a bare URL")
            XCTAssertFalse(md.contains("<javascript:"), name)
            XCTAssertFalse(md.contains("<script>"), name)
        }
    }
}

/// Whether a path is a regular file (the test's own check, not the code under test).
enum InputFileProbe {
    static func isRegular(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}
