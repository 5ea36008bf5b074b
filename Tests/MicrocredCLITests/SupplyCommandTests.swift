import Foundation
import XCTest

/// `microcred supply` through the command line, on the real data.
final class SupplyCommandTests: XCTestCase {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(["supply"] + arguments + ["--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try XCTUnwrap(object["supply"] as? [String: Any])
    }

    func testNursingInGeorgia() throws {
        let supply = try json(["--cip", "51.3801", "--area", "GA"])
        let cip = try XCTUnwrap((supply["cips"] as? [[String: Any]])?.first)
        let levels = try XCTUnwrap(cip["levels"] as? [[String: Any]])
        func byYear(_ id: String) -> [Int]? {
            (levels.first { $0["id"] as? String == id }?["completions"] as? [String: Any])?["byYear"] as? [Int]
        }
        XCTAssertEqual(byYear("5"), [3_573, 3_325, 3_480])
        XCTAssertEqual(byYear("3"), [1_454, 1_448, 1_435])
        XCTAssertEqual(byYear("21"), [180, 309, 298])
        let gap = try XCTUnwrap(supply["gap"] as? [String: Any])
        // Levels 20 and 21 average (180 + 309 + 298) / 3.
        XCTAssertEqual(try XCTUnwrap(gap["supply"] as? Double), 787.0 / 3, accuracy: 1e-9)
        // Demand is the entry occupations of the default completer profile (a
        // 9-hour undergraduate certificate after high school): Registered Nurses
        // (29-1141, a bachelor's occupation) is not one, so there is no ratio.
        XCTAssertEqual((gap["occupations"] as? [[String: Any]])?.count, 0)
        XCTAssertNil(gap["ratio"])
        XCTAssertEqual(gap["ratioNote"] as? String, "no ratio: no counted occupation is linked to these CIP codes")
        XCTAssertTrue((gap["occupationsCounted"] as? String)?.hasPrefix("entry occupations") ?? false)
        let names = (supply["competitors"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        XCTAssertEqual(names, ["Central Georgia Technical College", "Albany Technical College"])
    }

    /// The worked example of docs/supply.md: Medical Records Specialists' openings shared across four CIP codes.
    func testHealthInformationSharesItsOpenings() throws {
        let gap = try XCTUnwrap(try json(["--cip", "51.0707", "--area", "GA"])["gap"] as? [String: Any])
        let records = try XCTUnwrap((gap["occupations"] as? [[String: Any]])?.first { $0["soc"] as? String == "29-2072" })
        // 14,200 national openings × 5,930 Georgia jobs ÷ 194,720 national jobs = 432.4.
        XCTAssertEqual(try XCTUnwrap(records["annualOpenings"] as? Double), 432.4, accuracy: 1e-9)
        XCTAssertEqual(records["linkedCIPCount"] as? Int, 4)
        // Levels 20 and 21, 2021–22 to 2023–24: 51.0706 118.33, 51.0707 213.67, 51.0713 159.0, 51.0721 0.
        XCTAssertEqual(try XCTUnwrap(records["linkedCompletions"] as? Double), 491, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(records["proposalCompletions"] as? Double), 641.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(records["share"] as? Double), 641.0 / 3 / 491, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(records["sharedOpenings"] as? Double), 432.4 * 641.0 / 3 / 491, accuracy: 1e-9)
    }

    func testAtlantaBachelorsOneYear() throws {
        let supply = try json(["--cip", "51.3801", "--area", "12060", "--years", "2023-24", "--award-levels", "bachelor"])
        let competing = try XCTUnwrap(supply["competing"] as? [String: Any])
        XCTAssertEqual(competing["byYear"] as? [Int], [1_606])
        let competitors = try XCTUnwrap(supply["competitors"] as? [[String: Any]])
        XCTAssertTrue(competitors.allSatisfy { ($0["state"] as? String) != nil })
        XCTAssertEqual(competitors.compactMap { ($0["completionsByYear"] as? [Int])?.first }.reduce(0, +), 1_606)
    }

    func testBadInputIsAnErrorWithAHint() throws {
        let years = try CLIRunner.run(["supply", "--cip", "51.3801", "--area", "GA", "--years", "2030-31"])
        XCTAssertNotEqual(years.status, 0)
        XCTAssertTrue(years.stderr.contains("Known academic years"), years.stderr)
        let levels = try CLIRunner.run(["supply", "--cip", "51.3801", "--area", "GA", "--award-levels", "99"])
        XCTAssertNotEqual(levels.status, 0)
        XCTAssertTrue(levels.stderr.contains("AWLEVEL"), levels.stderr)
        let both = try CLIRunner.run(["supply", "--cip", "51.3801", "--area", "GA", "--award-levels", "20", "--level", "graduate"])
        XCTAssertNotEqual(both.status, 0)
    }

    func testEveryFormat() throws {
        for format in ["table", "markdown", "csv"] {
            let result = try CLIRunner.run(["supply", "--cip", "51.3801", "--area", "GA", "--format", format])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains(format == "csv" ? "GA,51.3801,5,Bachelor's degree,false,3573,3325,3480" : "Central Georgia Technical College"), result.stdout)
        }
    }
}
