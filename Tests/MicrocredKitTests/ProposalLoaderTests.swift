import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Proposal loading against synthetic reference data (no real datasets).
final class ProposalLoaderTests: XCTestCase {
    func testMissingHighDemandListIsReported() throws {
        let dir = try TemporaryDirectory()
        let text = ProposalParserTests.valid.replacingOccurrences(of: "datasets/high-demand/ga-derived.csv", with: "no-such-list.csv")
        let path = try dir.write("synthetic-proposal.yaml", text)
        let result = ProposalLoader.check(path: path, reference: SyntheticReference(), currentDirectory: dir.url.path)
        XCTAssertTrue(result.diagnostics.contains { $0.message.contains("high_demand_list 'no-such-list.csv' was not found") && $0.line == 19 }, "\(result.diagnostics)")
        try dir.write("no-such-list.csv", "SOC\n15-1252\n")
        let found = ProposalLoader.check(path: path, reference: SyntheticReference(), currentDirectory: dir.url.path)
        XCTAssertFalse(found.hasErrors, "\(found.diagnostics)")
        XCTAssertEqual(found.validated?.highDemandListPath, dir.path("no-such-list.csv"))
    }
    func testLoadThrowsEveryProblem() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("synthetic-ten-mistakes.yaml", ProposalParserTests.tenMistakes)
        XCTAssertThrowsError(try ProposalLoader.load(ProposalParser.parse(path: path), path: path, reference: SyntheticReference())) { error in
            guard let error = error as? MicrocredError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.diagnostics.filter { $0.severity == .error }.count, 10)
            XCTAssertTrue(error.message.contains("10 problems"), error.message)
            XCTAssertTrue(error.description.contains(path + ":4:"), error.description)
        }
    }
    func testMissingFileIsAnError() {
        let result = ProposalLoader.check(path: "no-such-folder/proposal.yaml", reference: SyntheticReference())
        XCTAssertTrue(result.hasErrors)
        XCTAssertTrue(result.diagnostics[0].message.contains("not found"), "\(result.diagnostics)")
    }
}
