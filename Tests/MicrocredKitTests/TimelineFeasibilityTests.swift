import XCTest
@testable import MicrocredCore
@testable import MicrocredKit

/// The launch timeline against the as-of date, on the synthetic evaluation
/// (first term Fall 2099, as of 2099-12-01: every step before it is past).
final class TimelineFeasibilityTests: XCTestCase {
    func testPastStepsAreFlaggedWithTheEarliestFeasibleTerm() throws {
        let inputs = try SyntheticEvaluation.make()
        let fit = try XCTUnwrap(EvaluationPlanner.feasibility(inputs))
        XCTAssertFalse(fit.fits)
        XCTAssertTrue(fit.pastSteps.contains { $0.step.hasPrefix("Submit for approval") })
        XCTAssertFalse(fit.pastSteps.contains { $0.step.hasPrefix("First annual review") })
        let earliest = try XCTUnwrap(fit.earliestFeasibleTerm)
        XCTAssertGreaterThan(earliest, AcademicTerm(season: .fall, year: 2099))
        let t = inputs.settings.timeline
        XCTAssertGreaterThan(t.advisoryBoardMonths, t.approvalSubmissionMonths, "the advisory board meets before submission")
        let start = EvaluationPlanner.startMonth(of: earliest)
        XCTAssertGreaterThanOrEqual(start.year * 12 + start.month - 1 - t.advisoryBoardMonths, 2099 * 12 + 11)
    }
}
