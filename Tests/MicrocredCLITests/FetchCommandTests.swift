import Foundation
import XCTest

/// `microcred datasets fetch` against a local HTTP server (127.0.0.1, started
/// and stopped by each test) that serves the shared copies of the
/// publishers' files under their official paths. Nothing is downloaded from
/// the internet.
final class FetchCommandTests: XCTestCase {
    /// A small HTTP/1.1 server: Range requests, a 403 for a User-Agent without
    /// a contact (as BLS does), `/truncate-once/…` sends half of a file once
    /// then drops the connection, `/never/…` accepts and never answers.
    static let serverScript = #"""
    import http.server, os, socket, sys, threading, time, urllib.parse
    root, portfile = sys.argv[1], sys.argv[2]
    truncated = set()
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def log_message(self, *args):
            with open(os.path.join(root, "..", "requests.log"), "a") as log:
                log.write("%s %s %s\n" % (self.path, self.headers.get("Range", "-"), self.headers.get("User-Agent", "-")))
        def do_GET(self):
            path = urllib.parse.urlsplit(self.path).path
            if path.startswith("/never/"):
                time.sleep(60)
                return
            if "contact:" not in self.headers.get("User-Agent", ""):
                self.send_response(403); self.send_header("Content-Length", "0"); self.end_headers(); return
            truncate = path.startswith("/truncate-once/")
            if truncate:
                path = path[len("/truncate-once"):]
            file = os.path.join(root, urllib.parse.unquote(path).lstrip("/"))
            if not os.path.isfile(file):
                self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers(); return
            data = open(file, "rb").read()
            start, ranged = 0, self.headers.get("Range")
            if ranged:
                start = int(ranged.split("=")[1].split("-")[0])
                if start >= len(data):
                    self.send_response(416); self.send_header("Content-Length", "0"); self.end_headers(); return
                self.send_response(206)
                self.send_header("Content-Range", "bytes %d-%d/%d" % (start, len(data) - 1, len(data)))
            else:
                self.send_response(200)
            body = data[start:]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if truncate and file not in truncated:
                truncated.add(file)
                self.wfile.write(body[: len(body) // 2]); self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            self.wfile.write(body)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(portfile + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(portfile + ".tmp", portfile)
    server.serve_forever()
    """#

    var work: URL!
    var server: Process?
    var port = 0

    var shared: URL {
        let path = CLIRunner.dataPath.split(separator: ":").first.map(String.init) ?? ""
        return URL(fileURLWithPath: path)
    }

    var mirror: String { "http://127.0.0.1:\(port)" }

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-fetch-\(UUID().uuidString)")
        let www = work.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        // The shared files under their official paths.
        let served: [(String, String)] = [
            ("official/bls-ep/occupation.xlsx", "www.bls.gov/emp/ind-occ-matrix/occupation.xlsx"),
            ("official/nces-cip/CIP2020_SOC2018_Crosswalk.xlsx", "nces.ed.gov/ipeds/cipcode/Files/CIP2020_SOC2018_Crosswalk.xlsx"),
            ("nces-cip/CIPCode2020.csv", "nces.ed.gov/ipeds/cipcode/Files/CIPCode2020.csv"),
            // A wrong file where the EP workbook should be, for the checksum test.
            ("official/nces-cip/CIP2020_SOC2018_Crosswalk.xlsx", "wrong/www.bls.gov/emp/ind-occ-matrix/occupation.xlsx"),
        ]
        for (from, to) in served {
            let source = shared.appendingPathComponent(from)
            guard FileManager.default.fileExists(atPath: source.path) else {
                XCTFail("\(source.path) is missing: set MICROCRED_DATA_PATH to ../shared/datasets")
                throw CocoaError(.fileNoSuchFile)
            }
            let target = www.appendingPathComponent(to)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: target, withDestinationURL: source)
        }
        // BLS ships the OEWS workbook inside a zip: build that zip from the shared workbook.
        let zipTarget = www.appendingPathComponent("www.bls.gov/oes/special-requests/oesm23nat.zip")
        try FileManager.default.createDirectory(at: zipTarget.deletingLastPathComponent(), withIntermediateDirectories: true)
        try python(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED); z.write(sys.argv[2], 'oesm23nat/national_M2023_dl.xlsx'); z.close()",
                    zipTarget.path, shared.appendingPathComponent("official/bls-oews/national_M2023_dl.xlsx").path])

        // The project: its datasets/ folder (catalog, committed files, rules) and examples.
        let project = work.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for folder in ["datasets", "examples"] {
            try FileManager.default.copyItem(at: CLIRunner.root.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        try FileManager.default.createDirectory(at: work.appendingPathComponent("data"), withIntermediateDirectories: true)

        let script = work.appendingPathComponent("server.py")
        try Data(Self.serverScript.utf8).write(to: script)
        let portFile = work.appendingPathComponent("port")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, www.path, portFile.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        server = process
        // Bounded wait for the port (10 s).
        for _ in 0..<200 {
            if let text = try? String(contentsOf: portFile, encoding: .utf8), let p = Int(text) { port = p; break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertGreaterThan(port, 0, "the test HTTP server did not start")
    }

    override func tearDownWithError() throws {
        if let server, server.isRunning {
            server.terminate()
            server.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: work)
    }

    func python(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "python3 \(arguments)")
    }

    /// Runs microcred in the test's project folder with an empty data folder
    /// on the data path (and nothing else), plus `environment`.
    func microcred(_ arguments: [String], environment extra: [String: String] = [:]) throws -> CLIRunner.Run {
        var environment: [String: String?] = ["MICROCRED_DATA_PATH": work.appendingPathComponent("data").path,
                                              "MICROCRED_CONTACT": nil, "MICROCRED_CATALOG": nil]
        for (k, v) in extra { environment[k] = v }
        return try CLIRunner.run(arguments, in: work.appendingPathComponent("project"), environment: environment)
    }

    var catalogText: String {
        (try? String(contentsOf: work.appendingPathComponent("project/datasets/catalog.yaml"), encoding: .utf8)) ?? ""
    }

    func testFetchIntoAnEmptyDataFolderThenTheReportsAreTodays() throws {
        let fetch = try microcred(["datasets", "fetch", "ep-occupation", "ep-openings", "cip-soc", "cip-codes", "--mirror", mirror,
                                   "--contact", "test@example.org", "--timeout", "20"])
        XCTAssertEqual(fetch.status, 0, fetch.output)
        let data = work.appendingPathComponent("data")
        for file in ["bls-ep/occupation_2024.xlsx", "nces-cip/CIP2020_SOC2018_Crosswalk.xlsx", "nces-cip/CIPCode2020.csv"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: data.appendingPathComponent(file).path), file)
            XCTAssertFalse(FileManager.default.fileExists(atPath: data.appendingPathComponent(file + ".part").path), file)
        }
        XCTAssertTrue(fetch.stdout.contains("ep-openings 2024–34: reused"), fetch.stdout)
        let catalog = catalogText
        XCTAssertTrue(catalog.contains("file: bls-ep/occupation_2024.xlsx"), catalog)
        XCTAssertTrue(catalog.contains("sha256: bebf85e71d3a274eb0531077a9fe1bbcd1167e0a14c59e33071f61cbda9d3a57"), catalog)
        XCTAssertTrue(catalog.contains("fetched from https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx"), catalog)
        // CIPCode2020.csv is the catalog's own file: same checksum, nothing else changed.
        XCTAssertTrue(catalog.contains("file: nces-cip/CIPCode2020.csv"), catalog)
        // The requests named microcred and the contact.
        let log = try String(contentsOf: work.appendingPathComponent("requests.log"), encoding: .utf8)
        XCTAssertTrue(log.contains("microcred/0.1.0 (contact: test@example.org)"), log)

        // Not fetched, from the shared folder instead: O*NET "29.x" ratings (the
        // vintage names no release, so there is no address to fetch) and OEWS
        // all areas (BLS's oesm25all.zip is not in the workspace), and IPEDS
        // (the supply section; not fetched by `datasets fetch`).
        let extra = ["--data", shared.appendingPathComponent("onet").path, "--data", shared.appendingPathComponent("bls-oews").path,
                     "--data", shared.appendingPathComponent("ipeds").path]
        let asOf = try String(contentsOf: CLIRunner.root.appendingPathComponent("reports/as-of"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        for example in ["cloud-networking-badge", "data-science-graduate-certificate", "medical-coding-cpe"] {
            let out = work.appendingPathComponent("reports/\(example)")
            let run = try microcred(["report", "examples/\(example).yaml", "--out", out.path, "--as-of", asOf] + extra)
            XCTAssertEqual(run.status, 0, run.output)
            let expected = CLIRunner.root.appendingPathComponent("reports/\(example)")
            for name in try FileManager.default.contentsOfDirectory(atPath: expected.path) where name.hasSuffix(".md") {
                let a = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
                let b = try String(contentsOf: expected.appendingPathComponent(name), encoding: .utf8)
                XCTAssertTrue(a == b, "\(example)/\(name) differs from the committed report")
            }
        }
    }

    func testAnOEWSZipBecomesTheVintagesFile() throws {
        let run = try microcred(["datasets", "fetch", "oews-national", "--vintage", "May 2023", "--mirror", mirror, "--contact", "test@example.org"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(catalogText.contains("file: bls-oews/oesm23nat.zip"), catalogText)
        let diff = try microcred(["datasets", "diff", "oews-national", "--from", "May 2023", "--to", "May 2025"])
        XCTAssertEqual(diff.status, 0, diff.output)
        XCTAssertTrue(diff.stdout.contains("| U.S. | 15-1251 | Computer Programmers | 120,370 | 92,230 | -28,140 | -23.4% |"), diff.stdout)
    }

    func test403WithoutAContactSaysWhy() throws {
        let run = try microcred(["datasets", "fetch", "cip-soc", "--mirror", mirror])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.stderr.contains("HTTP 403"), run.stderr)
        XCTAssertTrue(run.stderr.contains("--contact"), run.stderr)
        XCTAssertTrue(run.stderr.contains("MICROCRED_CONTACT"), run.stderr)
        XCTAssertFalse(catalogText.contains("CIP2020_SOC2018_Crosswalk.xlsx"))
        // The environment variable works as well as the option.
        let again = try microcred(["datasets", "fetch", "cip-soc", "--mirror", mirror], environment: ["MICROCRED_CONTACT": "test@example.org"])
        XCTAssertEqual(again.status, 0, again.output)
    }

    func testATruncatedDownloadResumes() throws {
        let first = try microcred(["datasets", "fetch", "cip-soc", "--mirror", mirror + "/truncate-once", "--contact", "test@example.org", "--timeout", "10"])
        XCTAssertEqual(first.status, 1, first.output)
        XCTAssertTrue(first.stderr.contains("resumes"), first.stderr)
        let part = work.appendingPathComponent("data/nces-cip/CIP2020_SOC2018_Crosswalk.xlsx.part")
        let kept = try XCTUnwrap((try FileManager.default.attributesOfItem(atPath: part.path))[.size] as? NSNumber).intValue
        XCTAssertGreaterThan(kept, 0)
        XCTAssertFalse(catalogText.contains("CIP2020_SOC2018_Crosswalk.xlsx"))

        let second = try microcred(["datasets", "fetch", "cip-soc", "--mirror", mirror + "/truncate-once", "--contact", "test@example.org", "--timeout", "10"])
        XCTAssertEqual(second.status, 0, second.output)
        XCTAssertTrue(second.stderr.contains("resuming from \(kept) bytes"), second.stderr)
        let log = try String(contentsOf: work.appendingPathComponent("requests.log"), encoding: .utf8)
        XCTAssertTrue(log.contains("bytes=\(kept)-"), log)
        XCTAssertTrue(catalogText.contains("sha256: ba3d59a191b9d977a5c457a66b9348c4f2f7963aafacf72c0b80113b46bf0ab8"), catalogText)
    }

    func testAWrongChecksumIsRefused() throws {
        let before = catalogText
        let run = try microcred(["datasets", "fetch", "ep-occupation", "--mirror", mirror + "/wrong", "--contact", "test@example.org"])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.stderr.contains("not bebf85e71d3a274eb0531077a9fe1bbcd1167e0a14c59e33071f61cbda9d3a57"), run.stderr)
        XCTAssertEqual(catalogText, before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("data/bls-ep/occupation_2024.xlsx").path))
    }

    func testAServerThatNeverAnswersTimesOut() throws {
        let run = try microcred(["datasets", "fetch", "cip-soc", "--mirror", mirror + "/never", "--contact", "test@example.org", "--timeout", "2"])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.stderr.contains("timed out"), run.stderr)
    }

    func testAddAcceptsAWorkbookAndRefusesABrokenOne() throws {
        let broken = work.appendingPathComponent("synthetic-not-a-workbook.xlsx")
        try Data("this is not a zip\n".utf8).write(to: broken)
        let before = catalogText
        let bad = try microcred(["datasets", "add", broken.path, "--dataset", "cip-soc", "--vintage", "CIP 2030 / SOC 2028"])
        XCTAssertEqual(bad.status, 1, bad.output)
        XCTAssertTrue(bad.stderr.contains("is not a zip archive"), bad.stderr)
        XCTAssertEqual(catalogText, before)
    }
}
