import XCTest
import MicrocredCore
@testable import MicrocredKit

/// The licensure rules loader and engine on small synthetic files.
final class LicensureRulesTests: XCTestCase {
    static let entry = """
    schema: 1
    entries:
      - id: synthetic-aide
        title: Synthetic aide program
        kind: program-approval
        soc: [31-1131, 25-2]
        cip: [51.3902]
        requires: the synthetic state approves the program
        approved_by: the synthetic board
        federal_minimum: {clock_hours: 75, supervised_practical_hours: 16, cite: "§1(a)"}
        source: {citation: "Synthetic Rule 1", title: "A synthetic rule", url: "https://example.org/rule", checked: 2026-12-01}
    """

    func testReadsAnEntry() throws {
        let rules = try LicensureRules.load(text: Self.entry, file: "synthetic-licensure.yaml")
        XCTAssertEqual(rules.entries.count, 1)
        let e = rules.entries[0]
        XCTAssertEqual(e.federalMinimum?.clockHours, 75)
        XCTAssertTrue(e.matches(SOCCode("25-2021")!))
        XCTAssertTrue(e.matches(SOCCode("31-1131")!))
        XCTAssertFalse(e.matches(SOCCode("31-1132")!))
        XCTAssertFalse(e.matches(SOCCode("25-1011")!))
    }

    func testMalformedEntriesAreReportedWithTheirLine() {
        let bad = Self.entry
            .replacingOccurrences(of: "kind: program-approval", with: "kind: approval")
            .replacingOccurrences(of: "checked: 2026-12-01", with: "checked: soon")
            .replacingOccurrences(of: "supervised_practical_hours: 16", with: "supervised_practical_hours: 90")
        XCTAssertThrowsError(try LicensureRules.load(text: bad, file: "synthetic-licensure.yaml")) { error in
            let text = (error as? MicrocredError).map { ($0.diagnostics.map(\.description) + [$0.description]).joined(separator: "\n") } ?? "\(error)"
            XCTAssertTrue(text.contains("synthetic-licensure.yaml:5:"), text)        // kind, line 5
            XCTAssertTrue(text.contains("'entries[1].kind' is 'approval'"), text)
            XCTAssertTrue(text.contains("write a date as YYYY-MM-DD"), text)
            XCTAssertTrue(text.contains("is more than clock_hours"), text)
        }
    }

    func testClockHoursUnderTheMinimumAreAnError() throws {
        let rules = try LicensureRules.load(text: Self.entry, file: "synthetic-licensure.yaml")
        let cip = try XCTUnwrap(CIPCode("51.3902"))
        func proposal(_ hours: ProgramHours) -> Proposal {
            Proposal(file: "synthetic.yaml", title: "T", institution: "I", cip: [cip], area: .nation, level: .undergraduate,
                     credential: .certificate, creditBearing: false, hours: hours, weeks: 8, delivery: .inPerson, targetPopulation: [.careerChangers])
        }
        XCTAssertEqual(LicensureEngine.findings(proposal(.clock(40)), rules: rules, evidence: .none).map(\.severity), [.error])
        XCTAssertEqual(LicensureEngine.findings(proposal(.clock(75)), rules: rules, evidence: .none).map(\.severity), [.note])
        XCTAssertEqual(LicensureEngine.findings(proposal(.credit(3, .semester)), rules: rules, evidence: .none).map(\.severity), [.warning])
        let other = Proposal(file: "s.yaml", title: "T", institution: "I", cip: [try XCTUnwrap(CIPCode("11.0101"))], area: .nation,
                             level: .undergraduate, credential: .certificate, creditBearing: false, hours: .clock(40), weeks: 8,
                             delivery: .inPerson, targetPopulation: [.careerChangers])
        XCTAssertTrue(LicensureEngine.findings(other, rules: rules, evidence: .none).isEmpty)
    }
}
