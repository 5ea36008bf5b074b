import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Marketing, KPIs and recommendations that fit the learner and follow from
/// the data (issue 11, items 7 and 8), on real data with small proposals
/// written here (fictional institutions).
final class LearnerFitRealDataTests: XCTestCase {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 1)!

    /// A proposal with the required keys; `extra` adds or overrides keys (YAML lines).
    func evaluate(_ name: String, cip: String, area: String, extra: String) throws -> ProposalEvaluation {
        let dir = try TemporaryDirectory()
        let path = try dir.write("\(name).yaml", """
            title: Fictional \(name)
            institution: Example Fictional College
            cip: [\(cip)]
            area: "\(area)"
            level: undergraduate
            delivery: hybrid
            weeks: 10
            start_term: Fall 2027
            employer_partners: [{name: "Example Employer", role: "hiring partner"}]
            \(extra)
            """)
        return try RealData.store().evaluate(proposalPath: path, asOf: Self.asOf)
    }

    func example(_ name: String) throws -> ProposalEvaluation {
        try RealData.store().evaluate(proposalPath: RealData.root.appendingPathComponent("examples/\(name).yaml").path, asOf: Self.asOf)
    }

    static let childcare = """
        credential: recommend
        credit_bearing: false
        clock_hours: 120
        target_population: [career-changers]
        admission_requires: high-school
        purpose: entry
        tuition: 900
        financial_aid_sought: [workforce-pell]
        """

    func dollars(_ x: Double) -> String { Figures.dollarsAndCents((x / 100).rounded() * 100) }

    func testChildcareInASmallMetroNamesLowPayAndTheThinAreaWithTheStateBeside() throws {
        let e = try evaluate("childcare-albany", cip: "19.0708, 13.1210", area: "10500", extra: Self.childcare)
        let pay = try XCTUnwrap(e.payCheck)
        XCTAssertTrue(pay.isLowPay, "entry wage \(pay.entryWage) vs \(pay.threshold)")
        let low = try XCTUnwrap(e.recommendation.reasons.first { $0.hasPrefix("Low pay") }, "\(e.recommendation.reasons)")
        XCTAssertTrue(low.contains(dollars(pay.entryWage)), low)
        XCTAssertTrue(low.contains(Figures.dollarsAndCents(pay.areaMedian)), low)
        XCTAssertTrue(low.contains("two-thirds"), "the threshold's source is named: \(low)")
        XCTAssertNotEqual(e.recommendation.decision, .proceed)
        // Thin metro: the state's figures for the same entry occupations stand beside it.
        let state = try XCTUnwrap(e.stateComparison)
        XCTAssertEqual(state.area.code.kind, .state)
        XCTAssertEqual(state.rows.map(\.soc), e.countedOccupations.map(\.demand.soc))
        XCTAssertGreaterThan(state.totalOpenings, e.totalAreaOpenings)
        let thin = try XCTUnwrap(e.recommendation.reasons.first { $0.hasPrefix("Thin area") }, "\(e.recommendation.reasons)")
        XCTAssertTrue(thin.contains(Figures.integer(Int(state.totalOpenings.rounded()))), thin)
        XCTAssertTrue(thin.contains("Georgia"), thin)
        let needs = try XCTUnwrap(ReportGenerator.render(e).files.first { $0.name == NeedsAssessmentReport.fileName }?.contents)
        XCTAssertTrue(needs.contains("| Albany, GA openings | high demand | Georgia openings | high demand |"), "the state table is rendered")
        // 120 clock hours is below Workforce Pell's length, so its thresholds are not targets.
        XCTAssertFalse(e.workforcePellApplies)
        XCTAssertFalse(e.kpis.contains { $0.basis.hasPrefix("Workforce Pell") }, "\(e.kpis.map(\.basis))")
        XCTAssertFalse(e.kpis.contains { $0.name == "Value-added earnings" })
    }

    func testChildcareStatewideNamesLowPay() throws {
        let e = try evaluate("childcare-ga", cip: "19.0708, 13.1210", area: "GA", extra: Self.childcare)
        XCTAssertNil(e.stateComparison, "a state has no state beside it")
        let pay = try XCTUnwrap(e.payCheck)
        XCTAssertTrue(pay.isLowPay, "entry wage \(pay.entryWage) vs \(pay.threshold)")
        XCTAssertTrue(e.recommendation.reasons.contains { $0.hasPrefix("Low pay") && $0.contains(self.dollars(pay.entryWage)) }, "\(e.recommendation.reasons)")
        let career = try XCTUnwrap(e.marketing.first { $0.topic == "career start" })
        let top = try XCTUnwrap(e.occupationsWithOpenings.first)
        let p25 = try XCTUnwrap(top.demand.annualWages.p25.value), median = try XCTUnwrap(top.demand.annualWages.median.value)
        XCTAssertTrue(career.text.contains("\(Figures.dollarsAndCents(p25))–\(Figures.dollarsAndCents(median))"), career.text)
    }

    func testCloudBadgeIsSoldWithEntryJobsAndItsAdviceMatchesTheTables() throws {
        let e = try example("cloud-networking-badge")
        let managers = try XCTUnwrap(e.alignment.occupations.first { $0.demand.soc.description == "11-3021" })
        let managersMedian = try XCTUnwrap(managers.demand.annualWages.median.value)
        let marketing = e.marketing.map { $0.text + " " + $0.evidence }.joined(separator: "\n")
        XCTAssertFalse(marketing.contains(Figures.dollarsAndCents(managersMedian)), marketing)
        XCTAssertFalse(marketing.lowercased().contains("computer and information systems managers"), marketing)
        XCTAssertFalse(marketing.lowercased().contains("critical thinking"), marketing)
        let entry = try XCTUnwrap(e.occupationsWithOpenings.first)
        XCTAssertEqual(entry.reach?.reach, .entry)
        let career = try XCTUnwrap(e.marketing.first { $0.topic == "career start" })
        XCTAssertTrue(career.text.contains(Figures.dollarsAndCents(try XCTUnwrap(entry.demand.annualWages.p25.value))), career.text)
        // The reasons name the openings figure the Linked occupations table prints.
        let files = ReportGenerator.render(e).files
        let needs = try XCTUnwrap(files.first { $0.name == NeedsAssessmentReport.fileName }?.contents)
        let figure = ReportBlocks.estimate(entry.demand.areaAnnualOpeningsEstimate, note: nil)
        XCTAssertTrue(needs.contains("| \(figure) |"), "the table prints \(figure)")
        XCTAssertTrue(e.recommendation.reasons.contains { $0.contains(figure) && $0.contains(entry.demand.soc.description) }, "\(e.recommendation.reasons)")
        // No high-demand entry occupation: no advice to narrow toward ones "below"; what to do instead.
        XCTAssertFalse(e.countedOccupations.contains { $0.demand.highDemand.isHighDemand })
        XCTAssertFalse(needs.contains("high-demand occupations below"))
        let advice = try XCTUnwrap(e.recommendation.reasons.first { $0.hasPrefix("None (0%)") }, "\(e.recommendation.reasons)")
        if let adjacent = e.alignment.adjacent.first {
            XCTAssertTrue(advice.contains(adjacent.demand.soc.description) && needs.contains("| \(adjacent.demand.soc) |"), advice)
        } else {
            XCTAssertTrue(advice.contains("no skill-adjacent occupation"), advice)
        }
        // Workforce Pell is sought and not excluded: its thresholds are the targets.
        XCTAssertTrue(e.workforcePellApplies)
        XCTAssertTrue(e.kpis.contains { $0.name == "Completion" && $0.basis.hasPrefix("Workforce Pell completion threshold") })
        XCTAssertTrue(e.kpis.contains { $0.name == "Value-added earnings" })
        XCTAssertTrue(e.kpis.contains { $0.name == "Certification exam pass rate" && $0.target.contains("CompTIA Network+") })
    }

    func testUpskillForPractisingNursesHasNoPlacementKPIAndNoOpeningsPitch() throws {
        let e = try evaluate("nurses-upskill", cip: "51.3801", area: "GA", extra: """
            credential: badge
            credit_bearing: true
            credit_hours: 6
            target_population: [incumbent-workers]
            admission_requires: associate
            purpose: upskill
            competencies: [Assess and stage pressure injuries, Select wound dressings]
            """)
        XCTAssertTrue(e.isUpskill)
        XCTAssertFalse(e.kpis.contains { $0.target.contains("within 180 days") || $0.name.hasPrefix("Placement") }, "\(e.kpis.map(\.target))")
        XCTAssertTrue(e.kpis.contains { $0.name == "Promotion of incumbent workers" })
        XCTAssertTrue(e.kpis.contains { $0.name == "Wage gain of incumbent workers" })
        XCTAssertTrue(e.kpis.contains { $0.name.hasPrefix("Attainment") })
        XCTAssertFalse(e.marketing.contains { $0.text.contains("openings") }, "\(e.marketing.map(\.text))")
        let rn = try XCTUnwrap(e.countedOccupations.first { $0.demand.soc.description == "29-1141" }?.demand.employment.value)
        XCTAssertTrue(e.recommendation.reasons.contains { $0.contains("employ") && $0.contains(Figures.integer(rn)) }, "\(e.recommendation.reasons)")
        let evaluation = try XCTUnwrap(ReportGenerator.render(e).files.first { $0.name == EvaluationReport.fileName }?.contents)
        XCTAssertFalse(evaluation.contains("| Workforce Pell | job placement"), "Workforce Pell is not sought")
        XCTAssertTrue(evaluation.contains("Workforce Pell is not sought"))
    }

    func testCertificationPrepInASmallMetroHasAPassRateKPIFromSettings() throws {
        let e = try evaluate("pharmacy-tech-prep", cip: "51.0805", area: "19140", extra: """
            credential: certification
            industry_certification: {name: "Certified Pharmacy Technician (CPhT)", body: "Pharmacy Technician Certification Board"}
            credit_bearing: false
            clock_hours: 80
            target_population: [career-changers]
            admission_requires: high-school
            purpose: entry
            """)
        XCTAssertTrue(e.preparesForCertification)
        let pass = e.settings.outcomes.certificationPassRate
        let kpi = try XCTUnwrap(e.kpis.first { $0.name == "Certification exam pass rate" })
        XCTAssertTrue(kpi.target.contains("≥ \(Figures.fixed(pass.value * 100, places: 0))%") && kpi.target.contains("CPhT"), kpi.target)
        XCTAssertTrue(kpi.basis.contains(pass.source), kpi.basis)
        XCTAssertTrue(e.marketing.contains { $0.topic == "certification" && $0.text.contains("Pharmacy Technician Certification Board") })
        // Not Workforce Pell: the placement target is the settings' own, cited as such.
        let placement = try XCTUnwrap(e.kpis.first { $0.name == "Placement in entry occupations" })
        XCTAssertTrue(placement.basis.contains("outcomes.placement_rate"), placement.basis)
    }

    func testUnrelatedProposalsGetDifferentSkillMessages() throws {
        let childcare = try evaluate("childcare-skills", cip: "19.0708, 13.1210", area: "GA", extra: Self.childcare)
        let pharmacy = try evaluate("pharmacy-skills", cip: "51.0805", area: "GA", extra: """
            credential: certificate
            credit_bearing: false
            clock_hours: 160
            target_population: [career-changers]
            admission_requires: high-school
            """)
        let graduate = try example("data-science-graduate-certificate")
        let messages = [childcare, pharmacy, graduate].map { e in e.marketing.first { $0.topic == "practical skills" }?.text ?? "" }
        XCTAssertEqual(Set(messages).count, 3, "\(messages)")
        for m in messages {
            XCTAssertFalse(m.isEmpty)
            XCTAssertFalse(m.lowercased().contains("critical thinking, reading comprehension"), m)
        }
        // The graduate certificate's metro has its state beside it; it is not thin.
        XCTAssertNotNil(graduate.stateComparison)
        XCTAssertNil(graduate.thinAreaReason)
        XCTAssertFalse(graduate.kpis.contains { $0.name == "Value-added earnings" }, "Workforce Pell is not sought")
    }
    /// A 90-clock-hour non-credit exam preparation with no admission
    /// requirement reaches no linked occupation at entry (Computer User
    /// Support Specialists need some college): that is a design to revise,
    /// said with what to change, not a gap in the area's data.
    func testNoEntryOccupationIsARevisionWithWhatToChange() throws {
        let e = try evaluate("a-plus-prep", cip: "11.1006", area: "42340", extra: """
            credential: certification
            credit_bearing: false
            clock_hours: 90
            target_population: [career-changers]
            admission_requires: none
            purpose: entry
            industry_certification: {name: "CompTIA A+", body: CompTIA}
            """)
        XCTAssertTrue(e.noEntryOccupation)
        XCTAssertEqual(e.recommendation.decision, .revise)
        let reasons = e.recommendation.reasons.joined(separator: " ")
        XCTAssertTrue(reasons.contains("15-1232 Computer User Support Specialists"), reasons)
        XCTAssertTrue(reasons.contains("admission_requires"), reasons)
        XCTAssertFalse(reasons.contains("Insufficient area data"), reasons)
        // With a high-school diploma on admission, help-desk jobs are in reach.
        let admitted = try evaluate("a-plus-prep-hs", cip: "11.1006", area: "42340", extra: """
            credential: certification
            credit_bearing: false
            clock_hours: 90
            target_population: [career-changers]
            admission_requires: high-school
            purpose: entry
            industry_certification: {name: "CompTIA A+", body: CompTIA}
            """)
        XCTAssertFalse(admitted.noEntryOccupation)
        XCTAssertTrue(admitted.countedOccupations.contains { $0.demand.soc.description == "15-1232" })
    }
    /// The stacking message says how the credential counts: directly for the
    /// credit-bearing examples, through a prior-learning review for the
    /// non-credit medical-coding course (as the Workforce Pell condition says).
    func testTheStackingMessageSaysHowTheCredentialCounts() throws {
        let coding = try XCTUnwrap(try example("medical-coding-cpe").marketing.first { $0.topic == "a step toward a degree" })
        XCTAssertTrue(coding.text.contains("through a prior-learning review"), coding.text)
        let science = try XCTUnwrap(try example("data-science-graduate-certificate").marketing.first { $0.topic == "a step toward a degree" })
        XCTAssertEqual(science.text, "Counts toward the M.S. Analytics")
    }
    /// An occupation the proposal adds has no crosswalk row: the traceability
    /// table says so instead of printing an empty line reference.
    func testAnAddedOccupationIsTracedToTheProposal() throws {
        let e = try evaluate("welding", cip: "48.0508", area: "GA", extra: """
            credential: badge
            credit_bearing: false
            clock_hours: 160
            target_population: [career-changers]
            admission_requires: high-school
            purpose: entry
            occupations:
              add: [{soc: 51-2041, reason: "fabricators hire welders from this course"}]
            """)
        let text = NeedsAssessmentReport.render(e)
        let row = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("| 51-2041 | does") || $0.hasPrefix("| 51-2041 | meets") }, text)
        XCTAssertTrue(row.hasSuffix("no cip-soc row: added by the proposal (occupations: add) |"), String(row))
        XCTAssertFalse(text.contains("cip-soc line  |"))
    }
}
