import Foundation
import XCTest

/// `align`, `rank`, `occupation` and `high-demand` through the command line.
final class AnalysisCommandTests: XCTestCase {
    var temporary: URL!

    override func setUpWithError() throws {
        temporary = FileManager.default.temporaryDirectory.appendingPathComponent("microcred-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temporary)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = temporary.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testAlignJSONForNursingInGeorgia() throws {
        let result = try CLIRunner.run(["align", "--cip", "51.3801", "--area", "GA", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let nurses = try XCTUnwrap((json["occupations"] as? [[String: Any]])?.first { $0["soc"] as? String == "29-1141" })
        XCTAssertEqual((nurses["employment"] as? NSNumber)?.intValue, 100_950)
        XCTAssertEqual((nurses["medianAnnualWage"] as? NSNumber)?.intValue, 93_550)
        XCTAssertEqual((nurses["nationalAnnualOpenings"] as? NSNumber)?.intValue, 189_100)
    }

    func testEveryFormatOfEveryCommand() throws {
        let commands: [[String]] = [
            ["align", "--cip", "11.0701", "--area", "GA"],
            ["rank", "--area", "GA", "--top", "5"],
            ["high-demand", "derive", "--area", "GA"],
            ["occupation", "--soc", "15-1252", "--area", "GA"],
        ]
        for command in commands {
            for format in ["table", "csv", "json", "markdown"] {
                let result = try CLIRunner.run(command + ["--format", format])
                XCTAssertEqual(result.status, 0, "\(command) \(format): \(result.stderr)")
                XCTAssertFalse(result.stdout.isEmpty, "\(command) \(format)")
                switch format {
                case "json": XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)), "\(command)")
                case "table":
                    let widest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
                    XCTAssertLessThanOrEqual(widest, 100, "\(command): a table line is \(widest) columns wide")
                case "markdown": XCTAssertTrue(result.stdout.hasPrefix("# "), "\(command)")
                default: XCTAssertTrue(result.stdout.contains(","), "\(command)")
                }
            }
        }
        let derived = try CLIRunner.run(["high-demand", "derive", "--area", "GA", "--format", "markdown"])
        XCTAssertTrue(derived.stdout.contains("not an official list"))
    }

    func testRankMetroAreaCSV() throws {
        let result = try CLIRunner.run(["rank", "--area", "12060", "--family", "11", "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(String(lines[0]) + "\n", "area,area_title,cip,cip_title,rank,score,openings,wage,growth,high_demand_share,education_fit,est_area_openings,occupations,supply_completions,supply_demand_openings,supply_demand_ratio,supply_band\n")
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix("12060,\"Atlanta-Sandy Springs-Roswell, GA\",11.") })
    }

    /// The supply columns of `rank` are the gap `supply` computes for the
    /// same CIP code and area at the same award levels.
    func testRankSupplyColumnsAgreeWithTheSupplyCommand() throws {
        for (area, cip) in [("GA", "51.0713"), ("12060", "11.0901"), ("42340", "47.0303")] {
            let rank = try CLIRunner.run(["rank", "--area", area, "--format", "csv"])
            XCTAssertEqual(rank.status, 0, rank.stderr)
            let header = rank.stdout.split(separator: "\n")[0].split(separator: ",").map(String.init)
            guard let row = rank.stdout.split(separator: "\n").first(where: { $0.contains(",\(cip),") }) else {
                XCTFail("\(cip) is not ranked in \(area)")
                continue
            }
            // The area title may hold a quoted comma: read the last four fields.
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).suffix(4).map(String.init)
            XCTAssertEqual(header.suffix(4), ["supply_completions", "supply_demand_openings", "supply_demand_ratio", "supply_band"])
            let supply = try CLIRunner.run(["supply", "--cip", cip, "--area", area, "--format", "json"])
            XCTAssertEqual(supply.status, 0, supply.stderr)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(supply.stdout.utf8)) as? [String: Any])
            let gap = try XCTUnwrap((json["supply"] as? [String: Any])?["gap"] as? [String: Any], "\(json.keys.sorted())")
            let completions = try XCTUnwrap((gap["supply"] as? NSNumber)?.doubleValue)
            XCTAssertEqual(Double(fields[0]) ?? -1, completions, accuracy: 0.051, "\(area) \(cip) completions")
            if let demand = (gap["demand"] as? NSNumber)?.doubleValue, let ratio = (gap["ratio"] as? NSNumber)?.doubleValue {
                XCTAssertEqual(Double(fields[1]) ?? -1, demand, accuracy: 0.051, "\(area) \(cip) demand")
                XCTAssertEqual(Double(fields[2]) ?? -1, ratio, accuracy: 0.0051, "\(area) \(cip) ratio")
                XCTAssertFalse(fields[3].isEmpty)
            } else {
                XCTAssertEqual(fields[2], "", "no ratio in `supply`, none in `rank`")
            }
        }
    }

    func testRankWithoutSupplyLeavesTheColumnsEmptyAndSaysWhy() throws {
        let result = try CLIRunner.run(["rank", "--area", "GA", "--top", "3", "--no-supply", "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("--no-supply"), result.stderr)
        XCTAssertTrue(result.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(",,,,") })
    }

    func testRankAllAreasCSV() throws {
        let result = try CLIRunner.run(["rank", "--area", "all", "--top", "2", "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        // The nation, 54 states and territories and 528 metro areas, two disciplines each.
        XCTAssertEqual(lines.count, 1 + 583 * 2)
        XCTAssertTrue(lines[1].hasPrefix("US,U.S.,"), String(lines[1]))
        XCTAssertTrue(lines.contains { $0.hasPrefix("GA,Georgia,") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("12060,\"Atlanta-Sandy Springs-Roswell, GA\",") })
        XCTAssertTrue(result.stderr.contains("583 areas"), result.stderr)
    }

    func assertFails(_ arguments: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try CLIRunner.run(arguments)
        XCTAssertNotEqual(result.status, 0, "expected failure: \(arguments)", file: file, line: line)
        for text in expected {
            XCTAssertTrue(result.stderr.contains(text), "stderr lacks '\(text)':\n\(result.stderr)", file: file, line: line)
        }
        XCTAssertFalse(result.stderr.contains("Fatal error"), file: file, line: line)
    }

    func testBadInput() throws {
        try assertFails(["align", "--cip", "11.9876", "--area", "GA"], ["unknown CIP code 11.9876"])
        try assertFails(["align", "--cip", "01.0309", "--area", "GA"], ["retired", "01.1004 Viticulture and Enology"])
        try assertFails(["align", "--cip", "11.701", "--area", "GA"], ["six-digit"])
        try assertFails(["align", "--cip", "11.0701", "--area", "GX"], ["unknown area 'GX'", "Did you mean", "GA (Georgia)"])
        try assertFails(["align", "--cip", "11.0701", "--area", "Atlnta"], ["unknown area", "12060"])
        try assertFails(["occupation", "--soc", "15-9999", "--area", "GA"], ["15-9999"])
        let weights = try write("bad-weights.yaml", "weights:\n  openings: 0.3\n  wage: lots\n")
        try assertFails(["align", "--cip", "11.0701", "--area", "GA", "--weights", weights], ["bad-weights.yaml:3:"])
        let syntax = try write("broken-weights.yaml", "weights: {openings: 0.3\n")
        try assertFails(["rank", "--area", "GA", "--weights", syntax], ["broken-weights.yaml:"])
        let criteria = try write("bad-criteria.yaml", "name: x\nminimum_area_annual_openings: 100\nminimum_growth: 3\n")
        try assertFails(["high-demand", "derive", "--area", "GA", "--criteria", criteria], ["bad-criteria.yaml:3:1", "unknown key 'minimum_growth'"])
        let list = try write("list.csv", "SOC,Title\n29-1141,Registered Nurses\n")
        let mapping = try write("mapping.yaml", "name: Test list\ncolumns:\n  soc: Code\n  title: Title\n")
        try assertFails(["high-demand", "import", "--list", list, "--mapping", mapping], ["no column 'Code'", "mapping.yaml:3:", "'SOC', 'Title'"])
        try assertFails(["rank", "--area", "all"], ["--format csv"])
    }

    func testHighDemandImport() throws {
        let list = try write("list.csv", "SOC,Title\n29-1141,Registered Nurses\n15-1132,Software Developers Applications\n")
        let mapping = try write("mapping.yaml", "name: Test list\ncolumns:\n  soc: SOC\n  title: Title\n")
        let result = try CLIRunner.run(["high-demand", "import", "--list", list, "--mapping", mapping])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("29-1141"))
        XCTAssertTrue(result.stdout.contains("list.csv:3: warning: 15-1132"), result.stdout)
        let aligned = try CLIRunner.run(["align", "--cip", "51.3801", "--area", "GA", "--high-demand-list", list, "--high-demand-mapping", mapping, "--format", "json"])
        XCTAssertEqual(aligned.status, 0, aligned.stderr)
        XCTAssertTrue(aligned.stdout.contains("\"highDemandReason\" : \"on Test list\""), aligned.stdout)
    }
}
