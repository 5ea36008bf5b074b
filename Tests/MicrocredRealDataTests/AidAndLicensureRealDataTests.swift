import XCTest
import MicrocredCore
import MicrocredKit
import MicrocredTestSupport

/// Pell and Workforce Pell eligibility facts, the value-added test at the
/// entry wage and the median, state-approval evidence, and licensure
/// (datasets/rules/licensure.yaml), on the real datasets (Georgia).
/// The childcare figures were read from the OEWS May 2025 Georgia row of
/// 39-9011 Childcare Workers (p25 $23,940, median $28,020), against the
/// $23,475 floor of the rules file: $465 and $4,545 against $1,500.
final class AidAndLicensureRealDataTests: XCTestCase {
    func evaluate(_ yaml: String) throws -> ProposalEvaluation {
        let dir = try TemporaryDirectory()
        let path = try dir.write("proposal.yaml", yaml)
        return try RealData.store().evaluate(proposalPath: path, asOf: ReportTests.asOf)
    }

    func nurseAide(hours: String, population: String = "[career-changers]") -> String {
        """
        title: Nurse Aide Training
        institution: Example Technical College
        cip: [51.3902]
        area: GA
        level: undergraduate
        credential: certificate
        credit_bearing: false
        \(hours)
        weeks: 8
        delivery: in-person
        target_population: \(population)
        tuition: 900
        start_term: Fall 2028
        employer_partners: [{name: "Example Nursing Home"}]
        """
    }

    func testNurseAideProgramNamesItsStateApprovalAndTheFederalMinimum() throws {
        let evaluation = try evaluate(nurseAide(hours: "clock_hours: 120"))
        let finding = try XCTUnwrap(evaluation.design.licensure.first { $0.entry.id == "nurse-aide" })
        XCTAssertEqual(finding.severity, .note)
        XCTAssertTrue(finding.matchedBy.contains("CIP 51.3902"), "\(finding.matchedBy)")
        XCTAssertEqual(finding.entry.federalMinimum?.clockHours, 75)
        XCTAssertEqual(finding.entry.federalMinimum?.supervisedPracticalHours, 16)
        XCTAssertEqual(finding.entry.source.citation, "42 CFR 483.152")
        XCTAssertTrue(finding.messages.joined().contains("meets the federal minimum of 75 clock hours"), "\(finding.messages)")
        XCTAssertTrue(finding.messages.joined().contains("16 hours of supervised practical training"), "\(finding.messages)")
        // The approval path, the timeline and the checklist name it.
        XCTAssertTrue(evaluation.design.approval.reasons.contains { $0.text.contains("Outside approval, Nurse aide training") })
        XCTAssertTrue(evaluation.timeline.contains { $0.step.contains("Submit for outside approval: Nurse aide training") }, "\(evaluation.timeline)")
        let implementation = ImplementationReport.render(evaluation)
        XCTAssertTrue(implementation.contains("**Outside approval and licensure checklist**"), implementation)
        XCTAssertTrue(implementation.contains("75 clock hours, 16 supervised practical"), implementation)
        let design = DesignDevelopmentReport.render(evaluation)
        XCTAssertTrue(design.contains("## Licensure and outside approval"))
        XCTAssertFalse(design.contains("**Error:**"), design)
    }

    func testNurseAideUnderSeventyFiveClockHoursIsAnError() throws {
        let evaluation = try evaluate(nurseAide(hours: "clock_hours: 40"))
        let finding = try XCTUnwrap(evaluation.design.licensure.first { $0.entry.id == "nurse-aide" })
        XCTAssertEqual(finding.severity, .error)
        XCTAssertTrue(finding.messages[0].hasPrefix("40 clock hours is under the federal minimum of 75 clock hours"), finding.messages[0])
        let design = DesignDevelopmentReport.render(evaluation)
        XCTAssertTrue(design.contains("> **Error:** Nurse aide training and competency evaluation: 40 clock hours is under the federal minimum"), design)
        // `microcred check` matches by CIP alone, without occupation evidence.
        let rules = try LicensureRules.load(path: LicensureRules.defaultPath(catalogDirectory: RealData.root.appendingPathComponent("datasets").path))
        XCTAssertEqual(LicensureEngine.findings(evaluation.proposal, rules: rules, evidence: .none).map(\.severity), [.error])
    }

    func testNurseAideInCreditHoursMustShowItsClockHours() throws {
        let evaluation = try evaluate(nurseAide(hours: "credit_hours: 4").replacingOccurrences(of: "credit_bearing: false", with: "credit_bearing: true"))
        let finding = try XCTUnwrap(evaluation.design.licensure.first { $0.entry.id == "nurse-aide" })
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertTrue(finding.messages[0].contains("show at least 75 clock hours, at least 16 of them supervised practical training"), finding.messages[0])
    }

    func testDualEnrolmentStudentsWithoutADiplomaAreNotPellEligible() throws {
        let evaluation = try evaluate(nurseAide(hours: "clock_hours: 160", population: "[dual-enrollment, career-changers]"))
        for program in [AidProgram.pell, .workforcePell] {
            let row = try XCTUnwrap(evaluation.design.aid(program))
            XCTAssertTrue(row.reasons.contains { $0.text.hasPrefix("Dual-enrolment students: a student still in high school without a diploma") && $0.citation?.source.id == "cfr-668-32" },
                          "\(program): \(row.reasons.map(\.text))")
        }
        // Non-credit: it must first become an eligible program (a condition while Workforce Pell is open, else a reason).
        let workforce = try XCTUnwrap(evaluation.design.aid(.workforcePell))
        XCTAssertTrue(workforce.conditions.contains { $0.text.hasPrefix("Non-credit offering made an eligible program") && $0.status == .toBeShown }
                      || workforce.reasons.contains { $0.text.hasPrefix("As a non-credit offering it would first have to become an eligible program") },
                      "\(workforce)")
        let pell = try XCTUnwrap(evaluation.design.aid(.pell))
        XCTAssertTrue(pell.reasons.contains { $0.text.contains("program participation agreement") })
        // The approval path says so too, since Workforce Pell is still open by length.
        XCTAssertEqual(workforce.result == .no, !evaluation.design.approval.reasons.contains { $0.text.hasPrefix("For federal aid: a non-credit offering") })
    }

    func testIncumbentNursesWithBachelorsDegreesAreToldPellDoesNotApply() throws {
        let evaluation = try evaluate("""
            title: Nurse Leadership
            institution: Example Technical College
            cip: [51.3801]
            area: GA
            level: undergraduate
            credential: certificate
            credit_bearing: true
            credit_hours: 9
            weeks: 14
            delivery: online
            target_population: [incumbent-workers, bachelor-holders]
            purpose: upskill
            tuition: 2400
            employer_partners: [{name: "Example Hospital"}]
            """)
        for program in [AidProgram.pell, .workforcePell] {
            let row = try XCTUnwrap(evaluation.design.aid(program))
            XCTAssertTrue(row.reasons.contains { $0.text.contains("does not apply to the bachelor's-degree holders in the target population") },
                          "\(program): \(row.reasons.map(\.text))")
        }
        // Registered Nurses: high-skill, high-wage and high-demand in Georgia, so the evidence supports state approval.
        let workforce = try XCTUnwrap(evaluation.design.aid(.workforcePell))
        let rn = try XCTUnwrap(workforce.stateApprovalEvidence.first { $0.soc.description == "29-1141" })
        XCTAssertEqual(rn.highSkill, true)
        XCTAssertEqual(rn.highWage, true)
        XCTAssertEqual(rn.inDemand, true)
        XCTAssertTrue(workforce.conditions.contains { $0.text.hasPrefix("State approval") && $0.status == .likelyMet && $0.text.contains("the evidence supports it") })
        XCTAssertTrue(workforce.reasons.contains { $0.text.hasPrefix("A student cannot receive a Pell Grant and a Workforce Pell Grant") } || workforce.result == .no)
    }

    func testAdmissionRequiringABachelorsRulesOutPell() throws {
        let evaluation = try evaluate("""
            title: Clinical Documentation for Graduates
            institution: Example Technical College
            cip: [51.0713]
            area: GA
            level: undergraduate
            credential: certificate
            credit_bearing: true
            credit_hours: 12
            weeks: 12
            delivery: online
            target_population: [career-changers]
            admission_requires: bachelor
            tuition: 1500
            """)
        for program in [AidProgram.pell, .workforcePell] {
            let row = try XCTUnwrap(evaluation.design.aid(program))
            XCTAssertEqual(row.result, .no)
            XCTAssertTrue(row.reasons[0].text.hasPrefix("Admission requires a bachelor's degree (admission_requires: bachelor)"), row.reasons[0].text)
            XCTAssertTrue(row.conditions.isEmpty)
        }
    }

    func testChildcareValueAddedIsUncertainBetweenTheEntryWageAndTheMedian() throws {
        let evaluation = try evaluate("""
            title: Early Childcare Foundations
            institution: Example Technical College
            cip: [19.0709]
            area: GA
            level: undergraduate
            credential: certificate
            credit_bearing: true
            credit_hours: 6
            weeks: 12
            delivery: hybrid
            target_population: [career-changers]
            admission_requires: high-school
            tuition: 1500
            stacks_into: {program: "A.A.S. Early Childhood Care and Education", award: associate, via: prior-learning, credits_applied: 6}
            prior_learning: {portfolio: true}
            employer_partners: [{name: "Example Early Learning Center"}]
            """)
        let workforce = try XCTUnwrap(evaluation.design.aid(.workforcePell))
        let test = try XCTUnwrap(workforce.conditions.first { $0.text.hasPrefix("Tuition and fees at most value-added earnings") })
        XCTAssertEqual(test.status, .uncertain)
        XCTAssertTrue(test.text.contains("at the entry wage (p25) $23,940 − $23,475 = $465"), test.text)
        XCTAssertTrue(test.text.contains("at the median $28,020 − $23,475 = $4,545"), test.text)
        XCTAssertTrue(test.text.contains("2025 poverty guideline, in effect from 2025-01-15"), test.text)
        // Prior-learning stacking alone does not show credit toward the degree.
        XCTAssertTrue(workforce.conditions.contains { $0.text.hasPrefix("Stackable and portable: it reaches") && $0.status == .likelyUnmet })
        // Childcare Workers: none of the three, so the evidence does not support state approval.
        XCTAssertTrue(workforce.conditions.contains { $0.text.hasPrefix("State approval") && $0.status == .likelyUnmet })
        let row = try XCTUnwrap(workforce.stateApprovalEvidence.first { $0.soc.description == "39-9011" })
        XCTAssertEqual([row.highSkill, row.highWage, row.inDemand], [false, false, false])
        XCTAssertTrue(row.highWageText.hasPrefix("median $28,020 below the area's all-occupations median"), row.highWageText)
    }
    /// A post-master's family nurse practitioner certificate names APRN
    /// licensure and the national certification exam (matched by its CIP
    /// code); the nurses' own jobs (Registered Nurses) trigger nothing.
    func testPostMastersNursePractitionerCertificateNamesAPRNLicensure() throws {
        let evaluation = try evaluate("""
            title: Post-Master's Family Nurse Practitioner Certificate
            institution: Example State University
            cip: [51.3805]
            area: 12060
            level: graduate
            credential: certificate
            credit_bearing: true
            credit_hours: 24
            weeks: 45
            delivery: hybrid
            target_population: [incumbent-workers]
            admission_requires: master
            purpose: upskill
            tuition: 14000
            employer_partners: [{name: "Example Hospital"}]
            """)
        let ids = evaluation.design.licensure.map(\.entry.id)
        XCTAssertEqual(ids, ["nurse-practitioner"])
        let finding = try XCTUnwrap(evaluation.design.licensure.first)
        XCTAssertTrue(finding.entry.exam?.contains("AANPCB or ANCC") ?? false)
        XCTAssertEqual(evaluation.design.level.recommended, .graduate)
    }
}
