import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The report renderers on the SYNTHETIC evaluation (SyntheticEvaluation):
/// no dataset is read, so these run without MICROCRED_DATA_PATH.
final class SyntheticReportTests: XCTestCase {
    static let goldenFolder = SyntheticEvaluation.root.appendingPathComponent("Tests/MicrocredKitTests/Fixtures/synthetic-reports")

    func testSyntheticGoldenReports() throws {
        let set = ReportGenerator.render(try SyntheticEvaluation.make())
        XCTAssertEqual(set.files.count, 5)
        for (fileName, contents) in set.files {
            GoldenFile.assertMatches(contents, golden: Self.goldenFolder.appendingPathComponent(fileName),
                                     name: "Tests/MicrocredKitTests/Fixtures/synthetic-reports/\(fileName)")
        }
    }

    /// Vintages printed in the reports are the evaluation's, not literals.
    func testVintagesComeFromTheEvaluation() throws {
        let set = ReportGenerator.render(try SyntheticEvaluation.make())
        let all = set.files.map(\.contents).joined()
        XCTAssertFalse(all.contains("May 2024"))
        XCTAssertFalse(all.contains("May 2025"))
        XCTAssertFalse(all.contains("2024–34"))
        let needs = try XCTUnwrap(set.files.first { $0.name == NeedsAssessmentReport.fileName }?.contents)
        XCTAssertTrue(needs.contains("EP's median wages describe May 2098 and OEWS's Synthetic 2099"), needs)
        XCTAssertTrue(needs.contains("OEWS Synthetic 2099 for Synthetic State"))
    }

    /// Suppressed and top-coded figures print as their notes, never as numbers.
    func testSuppressedFiguresStayNotes() throws {
        let needs = NeedsAssessmentReport.render(try SyntheticEvaluation.make())
        let row = try XCTUnwrap(needs.components(separatedBy: "\n").first { $0.hasPrefix("| 15-1244 | Synthetic Administrators |") })
        XCTAssertTrue(row.contains("| not released |"), row)
        XCTAssertTrue(row.contains("| top-coded (at or above the highest wage BLS publishes) |"), row)
        XCTAssertTrue(row.contains("| not estimated: area employment not released (\\*\\*) |"), row)
    }

    /// Hostile proposal text stays text in every report: no HTML, emphasis,
    /// link, heading, list or extra table cell comes out of it.
    func testHostileTextStaysText() throws {
        let set = ReportGenerator.render(try SyntheticEvaluation.make(
            title: "- Nets | *Bold* <script>x</script> [a](https://evil.example) #1",
            partner: "A|B <b>Corp</b> www.example.org", skill: "1. _Reasoning_ \\ `tick`"))
        for (fileName, contents) in set.files {
            let html = try CMark.html(contents)
            XCTAssertFalse(html.contains("<script>"), fileName)
            XCTAssertFalse(html.contains("<em>Bold</em>"), fileName)
            XCTAssertFalse(html.contains("https://evil.example\""), fileName)
            XCTAssertFalse(html.contains("href=\"http://www.example.org"), fileName)
            XCTAssertTrue(html.contains("- Nets | *Bold* &lt;script&gt;x&lt;/script&gt; [a](https://evil.example) #1"), fileName)
            let separators = contents.components(separatedBy: "\n").filter { $0.hasPrefix("| ---") }.count
            XCTAssertEqual(html.components(separatedBy: "<table>").count - 1, separators, fileName)
        }
        let needs = try XCTUnwrap(set.files.first { $0.name == NeedsAssessmentReport.fileName }?.contents)
        XCTAssertTrue(try CMark.html(needs).contains("<td>A|B &lt;b&gt;Corp&lt;/b&gt; www.example.org</td>"))
        let design = try XCTUnwrap(set.files.first { $0.name == DesignDevelopmentReport.fileName }?.contents)
        XCTAssertTrue(try CMark.html(design).contains("<td>1. _Reasoning_ \\ `tick`</td>"), design)
    }

    /// Every table renders as a table in cmark-gfm.
    func testSyntheticReportsAreValidGitHubMarkdown() throws {
        let set = ReportGenerator.render(try SyntheticEvaluation.make())
        for (fileName, contents) in set.files {
            let html = try CMark.html(contents)
            let separators = contents.components(separatedBy: "\n").filter { $0.hasPrefix("| ---") }.count
            XCTAssertGreaterThan(separators, 0, fileName)
            XCTAssertEqual(html.components(separatedBy: "<table>").count - 1, separators, "\(fileName): a table did not render")
        }
    }
}

/// cmark-gfm with the table and autolink extensions, as GitHub renders.
