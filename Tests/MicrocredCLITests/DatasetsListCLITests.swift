import Foundation
import XCTest

/// End-to-end test of `microcred datasets list` over the real data path.
final class DatasetsListCLITests: XCTestCase {
    /// Every vintage found on the data path has its rows counted, a
    /// publisher's workbook (read with the dataset's loader) as well as a CSV.
    func testEveryFoundVintageHasItsRowsCounted() throws {
        let run = try CLIRunner.run(["datasets", "list", "--as-of", "2026-12-01"], in: CLIRunner.root)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stdout.contains("unreadable"), run.stdout)
        let workbook = try XCTUnwrap(run.stdout.split(separator: "\n").first { $0.contains("national_M2023_dl.xlsx") })
        XCTAssertTrue(workbook.contains(" 1396 "), String(workbook))
        XCTAssertTrue(workbook.hasSuffix("match"), String(workbook))
    }
}
