import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Title IV program length by level, weeks of instructional time and
/// institution type (34 CFR 668.3, 668.8), on synthetic proposals built in code.
final class TitleIVLengthByInstitutionTests: XCTestCase {
    func rules() throws -> DesignRules { try DesignRulesLoader.load(path: DesignRulesTests.rulesPath) }

    func titleIV(_ hours: ProgramHours, weeks: Double, level: AcademicLevel = .undergraduate,
                 type: InstitutionType? = nil) throws -> AidDetermination {
        var p = Proposal(file: "synthetic.yaml", title: "Synthetic certificate", institution: "Example State University",
                         cip: [CIPCode("11.0901")!], area: .statePostal("GA"), level: level, credential: .certificate, creditBearing: true,
                         hours: hours, weeks: weeks, delivery: .online, targetPopulation: [.returningAdults])
        p.institutionType = type
        return try XCTUnwrap(DesignRulesEngine.assess(p, rules: rules()).aid(.titleIV))
    }

    func testTwentyFourSemesterHoursOverTwelveWeeksIsNotEligible() throws {
        for type in [nil] + InstitutionType.allCases.map(Optional.some) {
            let row = try titleIV(.credit(24, .semester), weeks: 12, type: type)
            XCTAssertEqual(row.result, .no, "institution type \(String(describing: type))")
            XCTAssertTrue(row.reasons.contains { $0.text.contains("12 weeks is under its 30 weeks of instructional time") })
        }
    }

    func testWeeksMinimumDiffersForClockHours() throws {
        XCTAssertEqual(try titleIV(.clock(900), weeks: 26).result, .yes)
        XCTAssertEqual(try titleIV(.credit(24, .semester), weeks: 29, type: .public).result, .conditional) // falls to §668.8(d)(1)
        XCTAssertEqual(try titleIV(.credit(24, .semester), weeks: 29, type: .public).citation.pinpoint, "§668.8(d)(1)")
        XCTAssertEqual(try titleIV(.clock(900), weeks: 25, type: .public).citation.pinpoint, "§668.8(d)(1)")
    }

    func testShorterProgramTiersDependOnInstitutionType() throws {
        let proprietary = try titleIV(.credit(16, .semester), weeks: 15, type: .proprietary)
        XCTAssertEqual(proprietary.citation.pinpoint, "§668.8(d)(1)")
        XCTAssertFalse(proprietary.conditions.contains { $0.text.contains("postsecondary vocational institution") })
        XCTAssertTrue(proprietary.reasons.contains { $0.text.contains("this one is proprietary") })
        let publicCollege = try titleIV(.credit(16, .semester), weeks: 15, type: .public)
        XCTAssertEqual(publicCollege.result, .conditional)
        XCTAssertTrue(publicCollege.conditions.contains { $0.text.contains("postsecondary vocational institution (34 CFR 600.6)") })
        XCTAssertTrue(publicCollege.reasons.contains { $0.text.contains("this one is public") })
        let unstated = try titleIV(.credit(16, .semester), weeks: 15)
        XCTAssertTrue(unstated.reasons.contains { $0.text.contains("gives no institution_type") })
    }

    func testGraduateAcademicYearIsTheFullTimeLoadOverThirtyWeeks() throws {
        let year = try titleIV(.credit(12, .semester), weeks: 32, level: .graduate, type: .public)
        XCTAssertEqual(year.result, .conditional)
        XCTAssertEqual(year.citation.pinpoint, "§668.3(a)(2); §668.8(c)(3)")
        XCTAssertTrue(year.conditions.contains { $0.text.contains("full-time graduate load") })
        // The undergraduate 24-hour minimum does not apply to graduate programs.
        XCTAssertFalse(year.reasons.contains { $0.text.contains("under its 24") })
        let short = try titleIV(.credit(12, .semester), weeks: 20, level: .graduate, type: .public)
        XCTAssertEqual(short.citation.pinpoint, "§668.8(d)(2)")
    }

    func testProposalInstitutionTypeIsParsedWithLocatedErrors() throws {
        let base = try String(contentsOf: RealData.root.appendingPathComponent("examples/cloud-networking-badge.yaml"), encoding: .utf8)
        let good = ProposalParser.parse(text: base, file: "synthetic.yaml")
        XCTAssertEqual(good.proposal?.institutionType, .public)
        let bad = base.replacingOccurrences(of: "institution_type: public", with: "institution_type: state-run")
        let result = ProposalParser.parse(text: bad, file: "synthetic.yaml")
        XCTAssertNil(result.proposal)
        let line = try XCTUnwrap(bad.components(separatedBy: "\n").firstIndex { $0.hasPrefix("institution_type") }) + 1
        XCTAssertTrue(result.diagnostics.items.contains { $0.line == line && $0.message.contains("institution_type") && $0.message.contains("proprietary") },
                      "\(result.diagnostics.items)")
    }
}
