import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// `admission_requires`, `purpose` and `occupations` in a synthetic proposal.
final class ProposalMethodFieldsTests: XCTestCase {
    func parse(_ extra: String) -> ParsedProposal {
        ProposalParser.parse(text: ProposalParserTests.valid + "\n" + extra, file: "synthetic-proposal.yaml")
    }

    func testFieldsAreRead() throws {
        let parsed = parse("""
        admission_requires: high-school
        purpose: upskill
        occupations:
          add: [{soc: 15-1244.00, reason: "partners hire junior administrators"}]
          remove:
            - {soc: 11-3021, reason: "a management role"}
        """)
        let proposal = try XCTUnwrap(parsed.proposal, "\(parsed.diagnostics.items)")
        XCTAssertEqual(proposal.admissionRequires, .highSchool)
        XCTAssertEqual(proposal.purpose, .upskill)
        XCTAssertEqual(proposal.occupationTailoring.add.first?.soc, SOCCode("15-1244"))
        XCTAssertEqual(proposal.occupationTailoring.add.first?.written, "15-1244.00")
        XCTAssertEqual(proposal.occupationTailoring.remove.first?.reason, "a management role")
    }

    func testBadValuesAreLocatedErrors() throws {
        let parsed = parse("""
        admission_requires: phd
        occupations:
          add: [{soc: 15-12, reason: "x"}, {soc: 15-1244}]
        """)
        XCTAssertNil(parsed.proposal)
        let errors = parsed.diagnostics.items.filter { $0.severity == .error }
        let admission = try XCTUnwrap(errors.first { $0.message.contains("admission_requires") })
        XCTAssertNotNil(admission.line)
        XCTAssertTrue(admission.message.contains("high-school"), admission.message)
        XCTAssertTrue(errors.contains { $0.message.contains("occupations.add.soc") && $0.line != nil })
        XCTAssertTrue(errors.contains { $0.message.contains("has no 'reason'") })
    }

    func testProfileFromRules() throws {
        let rules = try EntryReachabilityRules.load(path: RealData.root.appendingPathComponent("datasets/rules/entry-reachability.yaml").path)
        let proposal = try XCTUnwrap(parse("admission_requires: none").proposal)
        let profile = CompleterProfile(proposal: proposal, rules: rules)
        XCTAssertEqual(profile.heldLabel, "Postsecondary nondegree award", "9 semester hours counts as an award")
        XCTAssertEqual(profile.reachLabel, "Associate's degree")
        XCTAssertFalse(profile.admissionAssumed)
        XCTAssertTrue(profile.purposeAssumed)
    }
}
