import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The design-rules engine, run on the project's own rules file.
final class DesignRulesTests: XCTestCase {
    static let rulesPath = RealData.root.appendingPathComponent("datasets/rules/design-rules.yaml").path

    func rules() throws -> DesignRules { try DesignRulesLoader.load(path: Self.rulesPath) }

    /// A proposal built in code (synthetic), varied per test.
    func proposal(hours: ProgramHours = .credit(9, .semester), weeks: Double = 12, level: AcademicLevel = .undergraduate,
                  credential: CredentialChoice = .badge, creditBearing: Bool = true, delivery: Delivery = .online,
                  population: [TargetPopulation] = [.returningAdults, .currentStudents, .incumbentWorkers],
                  stacksInto: StackingTarget? = StackingTarget(program: "B.S. Information Technology", cip: CIPCode("11.0103"), award: .bachelor, creditsApplied: 9),
                  prior: PriorLearning? = PriorLearning(aceMilitary: true, portfolio: true, industryCertifications: ["CompTIA Network+"]),
                  certification: IndustryCertification? = nil, tuition: Double? = 1800, start: AcademicTerm? = AcademicTerm("Fall 2027")) -> Proposal {
        Proposal(file: "synthetic.yaml", title: "Cloud Infrastructure Fundamentals", institution: "Example State University",
                 cip: [CIPCode("11.0901")!], area: .statePostal("GA"), level: level, credential: credential, creditBearing: creditBearing,
                 hours: hours, weeks: weeks, delivery: delivery, targetPopulation: population, stacksInto: stacksInto,
                 priorLearning: prior, tuition: tuition, startTerm: start, industryCertification: certification)
    }

    func evidence(_ items: [(String, Double, Double?, Double?)]) -> DesignEvidence {
        DesignEvidence(occupations: items.enumerated().map { i, item in
            OccupationEvidence(soc: SOCCode("15-12\(String(format: "%02d", i + 10))")!, title: "Synthetic occupation \(i + 1)",
                               typicalEducation: item.0, openingsWeight: item.1, onetLevel: item.2, medianAnnualWage: item.3)
        }, educationSource: "synthetic EP", openingsSource: "synthetic openings", wageSource: "synthetic OEWS", onetSource: "synthetic O*NET")
    }

    func aid(_ p: Proposal, _ program: AidProgram) throws -> AidDetermination {
        try XCTUnwrap(DesignRulesEngine.assess(p, rules: rules()).aid(program))
    }

    // MARK: Rules file

    func testRulesFileLoadsWithSourcesAndDates() throws {
        let r = try rules()
        XCTAssertEqual(r.effective, "2026-07-01")
        XCTAssertEqual(r.workforcePell.clockHours.min, 150)
        XCTAssertEqual(r.workforcePell.clockHours.max, 599)
        XCTAssertEqual(r.workforcePell.semesterHours.below, 16)
        XCTAssertEqual(r.workforcePell.weeks.min, 8)
        XCTAssertEqual(r.workforcePell.weeks.below, 15)
        XCTAssertEqual(r.workforcePell.earningsFloor.value, 23475)
        XCTAssertEqual(r.workforcePell.earningsFloorYear, 2025)
        XCTAssertEqual(r.pell.badgeBelowCreditHours.value, 9)
        XCTAssertEqual(r.credentialType.undergraduateCertificateBelowSemesterHours.citation.source.id, "usg-aah-2-3-8")
        XCTAssertEqual(r.gainfulEmployment.annualDebtToEarningsMaxPercent.value, 8)
        XCTAssertEqual(r.gainfulEmployment.discretionaryDebtToEarningsMaxPercent.value, 20)
        XCTAssertEqual(r.programLength.map(\.id), ["academic-year", "academic-year-graduate", "short-undergraduate", "short-graduate", "short-clock-hours-loans"])
        XCTAssertEqual(r.workforcePell.law.source.citation, "P.L. 119-21 §83002")
        XCTAssertEqual(r.workforcePell.finalRule.source.citation, "91 FR 29254")
        XCTAssertEqual(r.gainfulEmployment.citation.source.citation, "88 FR 70004")
        for source in r.sources { XCTAssertEqual(source.effective.count, 10, source.id) }
    }

    func testMalformedRulesFileIsLocated() throws {
        let text = try String(contentsOfFile: Self.rulesPath, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let target = try XCTUnwrap(lines.firstIndex { $0.contains("badge_below_semester_hours:") })
        var broken = lines
        broken[target + 1] = "    value: nine"
        let sourceLine = try XCTUnwrap(lines.firstIndex { $0.contains("source: workforce-pell-law") })
        broken[sourceLine] = broken[sourceLine].replacingOccurrences(of: "workforce-pell-law", with: "workforce-pel-law")
        XCTAssertThrowsError(try DesignRulesLoader.load(text: broken.joined(separator: "\n"), file: "synthetic-rules.yaml")) { error in
            guard let error = error as? MicrocredError else { return XCTFail("\(error)") }
            let d = error.diagnostics
            XCTAssertEqual(d.count, 2, "\(d)")
            XCTAssertTrue(d.contains { $0.line == target + 2 && $0.message.contains("should be a number") }, "\(d)")
            XCTAssertTrue(d.contains { $0.line == sourceLine + 1 && $0.message.contains("did you mean 'workforce-pell-law'") }, "\(d)")
            XCTAssertTrue(error.description.contains("synthetic-rules.yaml:\(target + 2):"), error.description)
        }
    }

    func testRulesFileSyntaxErrorAndMissingSection() throws {
        XCTAssertThrowsError(try DesignRulesLoader.load(text: "schema: 1\nsources: [\n", file: "synthetic-rules.yaml")) { error in
            XCTAssertTrue("\(error)".contains("synthetic-rules.yaml:"), "\(error)")
        }
        let text = try String(contentsOfFile: Self.rulesPath, encoding: .utf8)
        let cut = try XCTUnwrap(text.range(of: "\nstacking:"))
        XCTAssertThrowsError(try DesignRulesLoader.load(text: String(text[..<cut.lowerBound]) + "\n", file: "synthetic-rules.yaml")) { error in
            XCTAssertTrue("\(error)".contains("missing 'stacking'"), "\(error)")
        }
    }

    // MARK: The issue's example: 9 credits, 12 weeks, undergraduate badge

    func testNineCreditTwelveWeekUndergraduateBadgeAidTable() throws {
        let a = DesignRulesEngine.assess(proposal(), rules: try rules())
        XCTAssertEqual(a.financialAid.map(\.program), [.titleIV, .pell, .workforcePell, .gainfulEmployment])

        // Title IV: 9 < 16 semester hours and 12 < 15 weeks; the 8-hour tier is graduate only.
        let titleIV = try XCTUnwrap(a.aid(.titleIV))
        XCTAssertEqual(titleIV.result, .no)
        XCTAssertEqual(titleIV.citation.pinpoint, "§668.8(d)(1)")
        XCTAssertTrue(titleIV.reasons.contains { $0.text.contains("9 semester hours is under its 16") && $0.text.contains("12 weeks is under its 15") })
        XCTAssertTrue(titleIV.reasons.contains { $0.text.contains("short-graduate") && $0.text.contains("open only to graduate") })

        // Pell: exactly 9 is not "under 9", so the badge rule does not decide; program length does.
        let pell = try XCTUnwrap(a.aid(.pell))
        XCTAssertEqual(pell.result, .no)
        XCTAssertEqual(pell.citation.pinpoint, "§668.8(d)(1)")
        XCTAssertTrue(pell.reasons.contains { $0.text.contains("does not apply at 9 semester hours") })
        XCTAssertTrue(pell.reasons.contains { $0.text.contains("16 semester hours over at least 15 weeks") })
        XCTAssertTrue(pell.reasons.contains { $0.text.contains("part of that degree program") })

        // Workforce Pell: 4 ≤ 9 < 16 and 8 ≤ 12 < 15, undergraduate, online → conditional.
        let wp = try XCTUnwrap(a.aid(.workforcePell))
        XCTAssertEqual(wp.result, .conditional)
        XCTAssertEqual(wp.citation.source.citation, "P.L. 119-21 §83002")
        XCTAssertTrue(wp.conditions.contains { $0.text.contains("Governor") && $0.status == .toBeShown })
        XCTAssertTrue(wp.conditions.contains { $0.text.contains("70% of students complete") })
        XCTAssertTrue(wp.conditions.contains { $0.text.contains("70% of completers are placed in jobs within 180 days") })
        XCTAssertTrue(wp.conditions.contains { $0.text.hasPrefix("Stackable") && $0.status == .met })
        XCTAssertTrue(wp.conditions.contains { $0.text.contains("Fall 2028 at the earliest") })

        // Gainful employment: only Title IV non-degree programs; this one is not.
        let ge = try XCTUnwrap(a.aid(.gainfulEmployment))
        XCTAssertEqual(ge.result, .notApplicable)
        XCTAssertEqual(ge.citation.source.citation, "88 FR 70004")

        XCTAssertEqual(a.credentialType.recommended, .certificate)
        XCTAssertEqual(a.credentialType.agreement, .differs)
        XCTAssertTrue(a.sourcesCited.contains { $0.id == "cfr-668-8" })
        XCTAssertTrue(a.sourcesCited.contains { $0.id == "workforce-pell-law" })
    }

    // MARK: Boundaries

    func testWorkforcePellClockHourBoundaries() throws {
        for (hours, expected) in [(149.0, AidResult.no), (150, .conditional), (599, .conditional), (600, .no)] {
            let p = proposal(hours: .clock(hours), weeks: 10, creditBearing: false,
                             stacksInto: StackingTarget(program: "A.A.S. IT", award: .associate, creditsApplied: 3, via: .priorLearning))
            XCTAssertEqual(try aid(p, .workforcePell).result, expected, "\(hours) clock hours")
        }
    }

    func testWorkforcePellCreditHourBoundaries() throws {
        for (hours, expected) in [(3.5, AidResult.no), (4, .conditional), (15.5, .conditional), (16, .no)] {
            let p = proposal(hours: .credit(hours, .semester), stacksInto: StackingTarget(program: "B.S. IT", award: .bachelor, creditsApplied: min(hours, 9)))
            XCTAssertEqual(try aid(p, .workforcePell).result, expected, "\(hours) semester hours")
        }
        for (hours, expected) in [(5.5, AidResult.no), (6, .conditional), (23.5, .conditional), (24, .no)] {
            let p = proposal(hours: .credit(hours, .quarter), stacksInto: StackingTarget(program: "B.S. IT", award: .bachelor, creditsApplied: 3))
            XCTAssertEqual(try aid(p, .workforcePell).result, expected, "\(hours) quarter hours")
        }
    }

    func testWorkforcePellWeekBoundaries() throws {
        for (weeks, expected) in [(7.0, AidResult.no), (8, .conditional), (14, .conditional), (15, .no)] {
            XCTAssertEqual(try aid(proposal(weeks: weeks), .workforcePell).result, expected, "\(weeks) weeks")
        }
    }

    func testWorkforcePellExclusions() throws {
        let graduate = try aid(proposal(level: .graduate, stacksInto: nil), .workforcePell)
        XCTAssertEqual(graduate.result, .no)
        XCTAssertTrue(graduate.reasons.contains { $0.text.contains("undergraduate programs only") })
        let correspondence = try aid(proposal(delivery: .correspondence), .workforcePell)
        XCTAssertEqual(correspondence.result, .no)
        XCTAssertTrue(correspondence.reasons.contains { $0.text.contains("correspondence are excluded") })
        let standalone = try aid(proposal(stacksInto: nil), .workforcePell)
        XCTAssertEqual(standalone.result, .no)
        XCTAssertTrue(standalone.conditions.contains { $0.status == .unmet })
    }

    func testWorkforcePellValueAddedEarningsProxy() throws {
        let r = try rules()
        // Weighted mean wage (50,000×3 + 30,000×1)/4 = 45,000; minus 23,475 = 21,525.
        let ev = evidence([("Associate's degree", 300, nil, 50_000), ("Associate's degree", 100, nil, 30_000)])
        let cheap = try XCTUnwrap(DesignRulesEngine.assess(proposal(tuition: 1800), rules: r, evidence: ev).aid(.workforcePell))
        let proxy = try XCTUnwrap(cheap.conditions.first { $0.text.hasPrefix("Tuition and fees") })
        XCTAssertEqual(proxy.status, .likelyMet)
        XCTAssertTrue(proxy.text.contains("$45,000") && proxy.text.contains("$21,525") && proxy.text.contains("$1,800"), proxy.text)
        let dear = try XCTUnwrap(DesignRulesEngine.assess(proposal(tuition: 25_000), rules: r, evidence: ev).aid(.workforcePell))
        XCTAssertEqual(dear.conditions.first { $0.text.hasPrefix("Tuition and fees") }?.status, .likelyUnmet)
        XCTAssertEqual(dear.result, .conditional)
    }

    func testTitleIVProgramLengthBoundaries() throws {
        func titleIV(_ hours: ProgramHours, weeks: Double, level: AcademicLevel = .undergraduate) throws -> AidDetermination {
            try aid(proposal(hours: hours, weeks: weeks, level: level, credential: .certificate, stacksInto: nil), .titleIV)
        }
        XCTAssertEqual(try titleIV(.credit(24, .semester), weeks: 30).result, .yes)
        XCTAssertEqual(try titleIV(.credit(24, .semester), weeks: 30).citation.pinpoint, "§668.8(c)(3); §668.3(a)")
        XCTAssertEqual(try titleIV(.credit(16, .semester), weeks: 15).result, .conditional)
        XCTAssertEqual(try titleIV(.credit(16, .semester), weeks: 15).citation.pinpoint, "§668.8(d)(1)")
        XCTAssertEqual(try titleIV(.credit(16, .semester), weeks: 14).result, .no)
        XCTAssertEqual(try titleIV(.credit(15.5, .semester), weeks: 15).result, .no)
        XCTAssertEqual(try titleIV(.credit(36, .quarter), weeks: 30).result, .yes)
        XCTAssertEqual(try titleIV(.clock(900), weeks: 26).result, .yes)
        XCTAssertEqual(try titleIV(.clock(600), weeks: 15).citation.pinpoint, "§668.8(d)(1)")
        XCTAssertEqual(try titleIV(.clock(599), weeks: 10).citation.pinpoint, "§668.8(d)(3)")
        XCTAssertEqual(try titleIV(.clock(599), weeks: 10).result, .conditional)
        XCTAssertEqual(try titleIV(.clock(300), weeks: 10).result, .conditional)
        XCTAssertEqual(try titleIV(.clock(299), weeks: 10).result, .no)
        XCTAssertEqual(try titleIV(.clock(300), weeks: 9).result, .no)
        XCTAssertEqual(try titleIV(.credit(8, .semester), weeks: 10, level: .graduate).citation.pinpoint, "§668.8(d)(2)")
        XCTAssertEqual(try titleIV(.credit(8, .semester), weeks: 10, level: .graduate).result, .conditional)
        XCTAssertEqual(try titleIV(.credit(7.5, .semester), weeks: 10, level: .graduate).result, .no)
    }

    func testPellRules() throws {
        let small = try aid(proposal(hours: .credit(6, .semester)), .pell)
        XCTAssertEqual(small.result, .no)
        XCTAssertEqual(small.citation.source.id, "usg-microcredentials-faq")
        XCTAssertTrue(small.reasons.contains { $0.text.contains("under 9 credit hours") })
        let justUnder = try aid(proposal(hours: .credit(8.5, .semester)), .pell)
        XCTAssertEqual(justUnder.citation.source.id, "usg-microcredentials-faq")
        let longCertificate = try aid(proposal(hours: .credit(16, .semester), weeks: 15, credential: .certificate), .pell)
        XCTAssertEqual(longCertificate.result, .conditional)
        XCTAssertTrue(longCertificate.conditions.contains { $0.text.contains("600% lifetime limit") })
        let graduate = try aid(proposal(hours: .credit(24, .semester), weeks: 30, level: .graduate, credential: .certificate, stacksInto: nil), .pell)
        XCTAssertEqual(graduate.result, .no)
        XCTAssertEqual(graduate.citation.source.id, "pell-statute")
        let loansOnly = try aid(proposal(hours: .clock(400), weeks: 12, credential: .certificate, creditBearing: false, stacksInto: nil), .pell)
        XCTAssertEqual(loansOnly.result, .no)
        XCTAssertTrue(loansOnly.reasons.contains { $0.text.contains("loans only") })
    }

    func testGainfulEmploymentAppliesToTitleIVCertificates() throws {
        let ge = try aid(proposal(hours: .credit(24, .semester), weeks: 30, credential: .certificate), .gainfulEmployment)
        XCTAssertEqual(ge.result, .conditional)
        XCTAssertTrue(ge.conditions.contains { $0.text.contains("8% of annual earnings") && $0.text.contains("20% of discretionary") })
        XCTAssertTrue(ge.conditions.contains { $0.text.contains("Earnings premium") })
    }

    // MARK: Credential type and level

    func testCredentialTypeByLength() throws {
        let r = try rules()
        XCTAssertEqual(DesignRulesEngine.assess(proposal(hours: .credit(6, .semester), credential: .recommend), rules: r).credentialType.recommended, .badge)
        XCTAssertEqual(DesignRulesEngine.assess(proposal(hours: .credit(8.99, .semester), credential: .recommend), rules: r).credentialType.recommended, .badge)
        XCTAssertEqual(DesignRulesEngine.assess(proposal(hours: .credit(9, .semester), credential: .recommend), rules: r).credentialType.recommended, .certificate)
        // 13.5 quarter hours = 9 semester hours; 300 clock hours = 8 semester hours.
        let quarter = DesignRulesEngine.assess(proposal(hours: .credit(13.5, .quarter), credential: .recommend), rules: r).credentialType
        XCTAssertEqual(quarter.semesterHourEquivalent, 9, accuracy: 1e-9)
        XCTAssertEqual(quarter.recommended, .certificate)
        let clock = DesignRulesEngine.assess(proposal(hours: .clock(300), credential: .recommend, creditBearing: false, stacksInto: nil), rules: r).credentialType
        XCTAssertEqual(clock.semesterHourEquivalent, 8, accuracy: 1e-9)
        XCTAssertEqual(clock.recommended, .badge)
        XCTAssertTrue(clock.reasons.contains { $0.citation?.pinpoint == "§668.8(l) (at least 37.5 clock hours per semester hour)" })
        let agree = DesignRulesEngine.assess(proposal(hours: .credit(6, .semester), credential: .badge), rules: r).credentialType
        XCTAssertEqual(agree.agreement, .agrees)
        let long = DesignRulesEngine.assess(proposal(hours: .credit(30, .semester), weeks: 30, credential: .certificate), rules: r)
        XCTAssertTrue(long.credentialType.reasons.contains { $0.citation?.source.id == "usg-aah-2-3-8" })
        XCTAssertTrue(long.approval.reasons.contains { $0.citation?.source.id == "usg-aah-2-3-8" })
        let short = DesignRulesEngine.assess(proposal(hours: .credit(29.5, .semester), weeks: 30, credential: .certificate), rules: r)
        XCTAssertFalse(short.approval.reasons.contains { $0.citation?.source.id == "usg-aah-2-3-8" })
    }

    func testCredentialTypeUsesEntryEducationAndOutsideCertification() throws {
        let r = try rules()
        let nondegree = evidence([("Postsecondary nondegree award", 700, nil, nil), ("Bachelor's degree", 300, nil, nil)])
        let c = DesignRulesEngine.assess(proposal(hours: .credit(6, .semester), credential: .badge), rules: r, evidence: nondegree).credentialType
        XCTAssertEqual(c.recommended, .certificate)
        XCTAssertEqual(c.agreement, .differs)
        XCTAssertTrue(c.reasons.contains { $0.text.contains("70% of the linked occupations' openings need a postsecondary nondegree award") })

        let cert = IndustryCertification(name: "CompTIA Network+", body: "CompTIA")
        let withCert = DesignRulesEngine.assess(proposal(hours: .credit(6, .semester), credential: .badge, certification: cert), rules: r).credentialType
        XCTAssertEqual(withCert.recommended, .certification)
        XCTAssertEqual(withCert.institutionAward, .badge)
        XCTAssertEqual(withCert.agreement, .agrees)
        XCTAssertTrue(withCert.reasons.contains { $0.text.contains("CompTIA Network+ from CompTIA") })
        let approval = DesignRulesEngine.assess(proposal(hours: .credit(6, .semester), credential: .badge, certification: cert), rules: r).approval
        XCTAssertTrue(approval.trackedOutside.contains { $0.contains("CompTIA Network+") })
        XCTAssertTrue(approval.trackedOutside.contains { $0.contains("Badge completion") })
    }

    func testEntryEducationShares() {
        let shares = DesignRulesEngine.entryEducation(evidence([("Bachelor's degree", 600, nil, nil), ("Associate's degree", 200, nil, nil),
                                                                ("Bachelor's degree", 200, nil, nil)]))
        XCTAssertEqual(shares.map(\.label), ["Bachelor's degree", "Associate's degree"])
        XCTAssertEqual(shares[0].share, 0.8, accuracy: 1e-9)
        XCTAssertEqual(shares[1].openings, 200, accuracy: 1e-9)
        var ev = evidence([("Bachelor's degree", 0, nil, nil), ("Master's degree", 0, nil, nil)])
        ev.occupations.append(OccupationEvidence(soc: SOCCode("15-1299")!, title: "Synthetic", typicalEducation: nil, openingsWeight: 0))
        let equal = DesignRulesEngine.entryEducation(ev)
        XCTAssertEqual(equal.first?.share ?? 0, 0.5, accuracy: 1e-9)
        XCTAssertEqual(equal.last?.label, "Not in EP")
    }

    func testLevelDecision() throws {
        let r = try rules()
        let masters = evidence([("Master's degree", 600, nil, nil), ("Bachelor's degree", 400, nil, nil)])
        let graduate = DesignRulesEngine.assess(proposal(), rules: r, evidence: masters).level
        XCTAssertEqual(graduate.recommended, .graduate)
        XCTAssertFalse(graduate.matches)
        XCTAssertEqual(graduate.graduateShare ?? 0, 0.6, accuracy: 1e-9)
        XCTAssertTrue(graduate.reasons.contains { $0.text.hasPrefix("Mismatch") })

        // Bachelor's-level entry, but Job Zone 5 and post-baccalaureate education for most openings: 2 of 3 signals.
        var highSkill = evidence([("Bachelor's degree", 800, 5.5, nil), ("Associate's degree", 200, 4.5, nil)])
        highSkill.addPreparation(jobZone: { $0.description == "15-1210" ? 5 : 3 },
                                 requiredEducation: { $0.description == "15-1210" ? [6: 30, 8: 70] : [3: 100] },
                                 jobZoneSource: "synthetic Job Zones", requiredEducationSource: "synthetic ETE")
        let onet = DesignRulesEngine.assess(proposal(), rules: r, evidence: highSkill).level
        XCTAssertEqual(onet.onetLevel ?? 0, 5.3, accuracy: 1e-9)
        XCTAssertEqual(onet.signals.map(\.kind), [.entryEducation, .jobZone, .requiredEducation])
        XCTAssertEqual(onet.signals[1].graduateShare, 0.8, accuracy: 1e-9)
        XCTAssertEqual(onet.signals[2].graduateShare, 0.56, accuracy: 1e-9)
        XCTAssertEqual(onet.signals[2].bachelorOrHigherShare, 0.8, accuracy: 1e-9)
        XCTAssertEqual(onet.recommended, .graduate)
        XCTAssertTrue(onet.reasons.contains { $0.text.hasPrefix("Mismatch") && $0.text.contains("2 of 3 signals") })
        // The O*NET skill level alone no longer decides: with EP alone, bachelor's entry stays undergraduate.
        let levelOnly = DesignRulesEngine.assess(proposal(), rules: r, evidence: evidence([("Bachelor's degree", 800, 5.5, nil)])).level
        XCTAssertEqual(levelOnly.recommended, .undergraduate)
        XCTAssertTrue(levelOnly.matches)

        let ordinary = evidence([("Bachelor's degree", 800, 4.0, nil), ("Associate's degree", 200, 3.0, nil)])
        let undergraduate = DesignRulesEngine.assess(proposal(), rules: r, evidence: ordinary).level
        XCTAssertEqual(undergraduate.recommended, .undergraduate)
        XCTAssertTrue(undergraduate.matches)

        let none = DesignRulesEngine.assess(proposal(level: .graduate, stacksInto: nil), rules: r).level
        XCTAssertEqual(none.recommended, .graduate)
        XCTAssertNil(none.graduateShare)
        XCTAssertEqual(none.basis, .noEvidence)
    }

    func testLevelByConstructionAndContradictions() throws {
        let r = try rules()
        let highSchool = evidence([("High school diploma or equivalent", 900, 2.5, nil), ("No formal educational credential", 100, 2.0, nil)])
        // Bachelor's admission: graduate by construction, no mismatch even when the jobs need less (a caution instead).
        var p = proposal(level: .graduate, credential: .certificate, stacksInto: nil)
        p.admissionRequires = .bachelor
        let admitted = DesignRulesEngine.assess(p, rules: r, evidence: highSchool).level
        XCTAssertEqual(admitted.basis, .admission)
        XCTAssertEqual(admitted.recommended, .graduate)
        XCTAssertFalse(admitted.reasons.contains { $0.text.hasPrefix("Mismatch") })
        XCTAssertTrue(admitted.reasons.contains { $0.text.hasPrefix("Not a mismatch") })
        // The same proposal labelled undergraduate contradicts its own admission requirement.
        p.level = .undergraduate
        let contradicted = DesignRulesEngine.assess(p, rules: r, evidence: highSchool).level
        XCTAssertEqual(contradicted.recommended, .graduate)
        XCTAssertTrue(contradicted.reasons.contains { $0.text.hasPrefix("Mismatch") && $0.text.contains("admission_requires") })
        // Stacking into a master's: graduate by construction, and admission is asked for.
        let masters = StackingTarget(program: "M.S. Analytics", award: .master, creditsApplied: 9)
        let stacked = DesignRulesEngine.assess(proposal(level: .graduate, stacksInto: masters), rules: r, evidence: highSchool).level
        XCTAssertEqual(stacked.basis, .stacking)
        XCTAssertTrue(stacked.matches)
        XCTAssertTrue(stacked.reasons.contains { $0.text.contains("admission_requires: bachelor") })
        // Graduate with no admission requirement and high-school jobs: a mismatch naming the EP figure.
        let unsupported = DesignRulesEngine.assess(proposal(level: .graduate, stacksInto: nil), rules: r, evidence: highSchool).level
        XCTAssertEqual(unsupported.recommended, .undergraduate)
        let mismatch = try XCTUnwrap(unsupported.reasons.first { $0.text.hasPrefix("Mismatch") }).text
        XCTAssertTrue(mismatch.contains("EP typical entry education 0% past a bachelor's, 0% a bachelor's or more"), mismatch)
        // Graduate with no admission requirement and bachelor's-entry jobs: consistent, no mismatch, admission asked for.
        let bachelors = evidence([("Bachelor's degree", 900, 4.0, nil)])
        let building = DesignRulesEngine.assess(proposal(level: .graduate, stacksInto: nil), rules: r, evidence: bachelors).level
        XCTAssertTrue(building.matches)
        XCTAssertTrue(building.reasons.contains { $0.text.contains("state admission_requires: bachelor") })
        // Graduate that admits high-school graduates, bachelor's-entry jobs: undergraduate.
        var open = proposal(level: .graduate, stacksInto: nil)
        open.admissionRequires = .highSchool
        let openLevel = DesignRulesEngine.assess(open, rules: r, evidence: bachelors).level
        XCTAssertEqual(openLevel.recommended, .undergraduate)
        XCTAssertTrue(openLevel.reasons.contains { $0.text.hasPrefix("Mismatch") && $0.text.contains("high-school diploma") })
    }

    func testCertificationPreparationWithoutBlock() throws {
        let r = try rules()
        let p = proposal(credential: .certification)
        let type = DesignRulesEngine.assess(p, rules: r).credentialType
        XCTAssertTrue(p.isCertificationPrep)
        XCTAssertEqual(type.recommended, .certification)
        XCTAssertEqual(type.agreement, .agrees)
        XCTAssertTrue(type.reasons.contains { $0.text.contains("No certification or certifying body is named yet") })
        XCTAssertFalse(proposal(credential: .badge).isCertificationPrep)
        XCTAssertTrue(proposal(certification: IndustryCertification(name: "Synthetic exam")).isCertificationPrep)
    }

    // MARK: Stacking and approval

    func testStackingCreditsAndCPEFirstPath() throws {
        let r = try rules()
        let target = StackingTarget(program: "B.S. Information Technology", cip: CIPCode("11.0103"), award: .bachelor, creditsApplied: 6,
                                    programCredits: 120, requirement: "major electives")
        let s = DesignRulesEngine.assess(proposal(stacksInto: target), rules: r).stacking
        XCTAssertEqual(s.creditsApplied, 6)
        XCTAssertEqual(s.creditsNotApplied, 3)
        XCTAssertEqual(s.creditsRemaining, 114)
        XCTAssertEqual(s.missing, [])
        XCTAssertEqual(s.cpeFirstPath.count, 4)
        XCTAssertTrue(s.cpeFirstPath[0].contains("first course"))
        XCTAssertTrue(s.cpeFirstPath[1].contains("portfolio review"))
        XCTAssertTrue(s.reasons.contains { $0.citation?.source.id == "usg-microcredentials-faq" && $0.text.contains("CPE-first") })

        let none = DesignRulesEngine.assess(proposal(stacksInto: nil), rules: r).stacking
        XCTAssertEqual(none.cpeFirstPath, [])
        XCTAssertTrue(none.missing.contains { $0.contains("stacks_into") })

        let noRoute = DesignRulesEngine.assess(proposal(prior: nil), rules: r).stacking
        XCTAssertEqual(noRoute.cpeFirstPath, [])
        XCTAssertTrue(noRoute.missing.contains { $0.contains("prior-learning route") })

        let adultsOnlyNot = DesignRulesEngine.assess(proposal(population: [.currentStudents]), rules: r).stacking
        XCTAssertEqual(adultsOnlyNot.cpeFirstPath, [])
    }

    func testNonCreditCPEOfferingReachesDegreeThroughPriorLearning() throws {
        let target = StackingTarget(program: "A.A.S. Health Information Technology", cip: CIPCode("51.0707"), award: .associate,
                                    creditsApplied: 6, via: .priorLearning, programCredits: 60, requirement: "coding courses")
        let a = DesignRulesEngine.assess(proposal(hours: .clock(160), weeks: 10, credential: .recommend, creditBearing: false, stacksInto: target),
                                         rules: try rules())
        XCTAssertTrue(a.stacking.cpeFirstPath[0].contains("completes this non-credit"))
        XCTAssertTrue(a.stacking.cpeFirstPath[2].contains("up to 6 credits"))
        XCTAssertEqual(a.stacking.creditsRemaining, 54)
        XCTAssertTrue(a.stacking.reasons.contains { $0.text.contains("prior-learning evaluation") })
        XCTAssertEqual(a.aid(.titleIV)?.result, .no)
        XCTAssertEqual(a.aid(.workforcePell)?.result, .conditional)
        // A prior-learning route alone does not show credit toward the degree (workforce_pell.prior_learning_stacking).
        XCTAssertEqual(a.aid(.workforcePell)?.conditions.first { $0.text.hasPrefix("Stackable") }?.status, .likelyUnmet)
        XCTAssertTrue(a.approval.route.contains("continuing and professional education"))
        XCTAssertTrue(a.approval.transcript.contains("prior-learning review"))
    }

    func testApprovalPathForCertificateAndBadge() throws {
        let r = try rules()
        let certificate = DesignRulesEngine.assess(proposal(hours: .credit(12, .semester), credential: .certificate), rules: r).approval
        XCTAssertTrue(certificate.route.contains("standalone certificate") && certificate.route.contains("USG administrative approval"))
        XCTAssertTrue(certificate.transcript.contains("academic transcript"))
        XCTAssertEqual(certificate.trackedOutside, [])
        let badge = DesignRulesEngine.assess(proposal(hours: .credit(6, .semester), credential: .badge), rules: r).approval
        XCTAssertTrue(badge.transcript.contains("the badge itself does not"))
        XCTAssertFalse(badge.trackedOutside.isEmpty)
    }

    func testAssessmentIsDeterministic() throws {
        let r = try rules()
        let ev = evidence([("Bachelor's degree", 500, 4.2, 70_000), ("Associate's degree", 500, 3.9, 55_000)])
        XCTAssertEqual(DesignRulesEngine.assess(proposal(), rules: r, evidence: ev), DesignRulesEngine.assess(proposal(), rules: r, evidence: ev))
    }
}
