import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Synthetic reference data: a handful of CIP codes and areas, enough to
/// exercise every lookup outcome without the datasets.
struct SyntheticReference: ProposalReferenceData {
    func cipStatus(_ code: CIPCode) -> CIPStatus {
        switch code.description {
        case "11.0901": return .valid(title: "Computer Systems Networking and Telecommunications")
        case "11.0103": return .valid(title: "Information Technology")
        case "51.0713": return .valid(title: "Medical Insurance Coding Specialist/Coder")
        case "43.0116": return .retired(title: "Cyber/Computer Forensics and Counterterrorism", replacedBy: [CIPCode("43.0403")!])
        default: return .unknown(suggestions: code.seriesCode == "11.09" ? [CIPCode("11.0901")!] : [])
        }
    }

    func area(_ spec: AreaQuery) -> AreaLookup {
        let georgia = Area(code: AreaCode(kind: .state, code: 13), title: "Georgia", primaryState: "GA")
        switch spec {
        case .nation: return .found(Area(code: .nation, title: "U.S.", primaryState: "US"))
        case .statePostal("GA"), .stateFIPS(13): return .found(georgia)
        case .metro(12060): return .found(Area(code: AreaCode(kind: .metro, code: 12060), title: "Atlanta-Sandy Springs-Roswell, GA", primaryState: "GA"))
        case .statePostal: return .unknown(suggestions: ["GA"], searched: "2 synthetic states")
        default: return .unknown(suggestions: [], searched: "synthetic areas")
        }
    }
}

final class ProposalParserTests: XCTestCase {
    let reference = SyntheticReference()

    func check(_ text: String, file: String = "synthetic-proposal.yaml") -> ProposalCheck {
        ProposalValidator.validate(ProposalParser.parse(text: text, file: file), reference: reference)
    }

    func errors(_ check: ProposalCheck) -> [Diagnostic] { check.diagnostics.filter { $0.severity == .error } }

    /// A valid proposal with every issue key, to vary one line at a time.
    static let valid = """
    title: Cloud Infrastructure Fundamentals
    institution: Example State University
    department: School of Computing
    cip: [11.0901]
    area: GA
    level: undergraduate
    credential: recommend
    credit_bearing: true
    credit_hours: 9
    weeks: 12
    delivery: online
    target_population: [returning-adults, current-students, incumbent-workers]
    stacks_into: {program: "B.S. Information Technology", cip: 11.0103, award: bachelor, credits_applied: 9}
    employer_partners: [{name: "Example Employer", role: "advisory board"}]
    advisory_board: [{name: "A. Member", affiliation: "Example Employer"}]
    prior_learning: {ace_military: true, portfolio: true, industry_certifications: ["CompTIA Network+"]}
    tuition: 1800
    start_term: Fall 2027
    high_demand_list: datasets/high-demand/ga-derived.csv

    """

    func testTheIssueExampleIsAccepted() throws {
        let result = check(Self.valid)
        XCTAssertEqual(errors(result), [], result.diagnostics.map(\.description).joined(separator: "\n"))
        let p = try XCTUnwrap(result.validated?.proposal)
        XCTAssertEqual(p.cip, [CIPCode("11.0901")!])
        XCTAssertEqual(p.area, .statePostal("GA"))
        XCTAssertEqual(p.hours, .credit(9, .semester))
        XCTAssertEqual(p.weeks, 12)
        XCTAssertEqual(p.targetPopulation, [.returningAdults, .currentStudents, .incumbentWorkers])
        XCTAssertEqual(p.stacksInto?.creditsApplied, 9)
        XCTAssertEqual(p.stacksInto?.via, .directCredit)
        XCTAssertEqual(p.priorLearning?.industryCertifications, ["CompTIA Network+"])
        XCTAssertEqual(p.startTerm, AcademicTerm(season: .fall, year: 2027))
        XCTAssertEqual(p.highDemandList, "datasets/high-demand/ga-derived.csv")
        XCTAssertEqual(result.validated?.area.title, "Georgia")
        XCTAssertEqual(result.validated?.programs.first?.title, "Computer Systems Networking and Telecommunications")
    }

    func testTheInitTemplateIsAValidProposal() {
        let result = check(ProposalTemplate.text, file: "proposal.yaml")
        XCTAssertEqual(errors(result), [], result.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertNotNil(result.validated)
    }

    /// The issue's "done when": ten different mistakes, ten line-numbered messages.
    static var tenMistakes: String {
        (try? String(contentsOf: RealData.root.appendingPathComponent("Tests/Fixtures/proposals/synthetic-ten-mistakes.yaml"), encoding: .utf8)) ?? ""
    }

    func testTenMistakesGiveTenLineNumberedMessages() {
        let result = check(Self.tenMistakes)
        let errs = errors(result)
        XCTAssertEqual(errs.count, 10, errs.map(\.description).joined(separator: "\n"))
        XCTAssertNil(result.validated)
        for e in errs {
            XCTAssertEqual(e.file, "synthetic-proposal.yaml")
            XCTAssertNotNil(e.line, e.description)
            XCTAssertNotNil(e.column, e.description)
        }
        func line(_ n: Int, contains text: String) {
            XCTAssertTrue(errs.contains { $0.line == n && $0.message.contains(text) }, "line \(n) should say '\(text)':\n" + errs.map(\.description).joined(separator: "\n"))
        }
        line(4, contains: "43.0116")                       // retired CIP
        line(4, contains: "use 43.0403 instead")
        line(5, contains: "area 'ZZ'")                      // unknown area
        line(6, contains: "did you mean 'undergraduate'")   // bad choice
        line(9, contains: "credit_bearing is false")        // contradiction
        line(10, contains: "should be a number")            // wrong type
        line(13, contains: "via: prior-learning")           // non-credit with stacks_into
        line(13, contains: "more than credit_hours")        // credits_applied > credit_hours
        line(14, contains: "did you mean 'tuition'")        // unknown key
        line(15, contains: "start_term")                    // bad term
        line(16, contains: "should be a list")              // wrong type
        // Messages come in file order.
        let lines = errs.compactMap(\.line)
        XCTAssertEqual(lines, lines.sorted())
        XCTAssertTrue(errs[0].description.hasPrefix("synthetic-proposal.yaml:4:"), errs[0].description)
    }

    func testMissingRequiredKeysAreEachReported() {
        let result = check("title: Only a title\n")
        let messages = errors(result).map(\.message)
        for key in ["institution", "cip", "area", "level", "credential", "credit_bearing", "weeks", "delivery", "target_population", "credit_hours or clock_hours"] {
            XCTAssertTrue(messages.contains { $0.contains("missing required key '\(key)'") }, "missing \(key): \(messages)")
        }
        XCTAssertTrue(errors(result).allSatisfy { $0.line == 1 })
    }

    func testYAMLSyntaxErrorIsLocated() {
        let result = check("title: A\ncip: [11.0901\narea: GA\n")
        let errs = errors(result)
        XCTAssertEqual(errs.count, 1)
        XCTAssertNotNil(errs.first?.line)
        XCTAssertTrue(errs.first?.message.contains("invalid YAML") ?? false, errs.first?.description ?? "")
    }

    func testDuplicateKeyIsLocated() {
        let result = check(Self.valid + "title: Again\n")
        XCTAssertTrue(errors(result).contains { $0.message.contains("duplicate key 'title'") && $0.line != nil }, "\(result.diagnostics)")
    }

    func replacing(_ old: String, with new: String) -> String {
        Self.valid.replacingOccurrences(of: old, with: new)
    }

    func testAreaForms() throws {
        for (text, spec) in [("US", AreaQuery.nation), ("99", .nation), ("GA", .statePostal("GA")), ("13", .stateFIPS(13)), ("\"13\"", .stateFIPS(13)), ("12060", .metro(12060))] {
            let result = check(replacing("area: GA", with: "area: \(text)"))
            XCTAssertEqual(errors(result), [], text)
            XCTAssertEqual(result.validated?.proposal.area, spec, text)
        }
        let bad = errors(check(replacing("area: GA", with: "area: Georgia")))
        XCTAssertEqual(bad.count, 1)
        XCTAssertTrue(bad[0].message.contains("postal code"), bad[0].message)
        let near = errors(check(replacing("area: GA", with: "area: GE")))
        XCTAssertTrue(near[0].message.contains("did you mean 'GA'"), near[0].message)
        XCTAssertEqual(near[0].line, 5)
    }

    func testCIPCodesStayTextAndBadOnesAreExplained() {
        // 11.0100 would be the number 11.01 if read as a float.
        let trailing = errors(check(replacing("cip: [11.0901]", with: "cip: [11.0100]")))
        XCTAssertEqual(trailing.count, 1)
        XCTAssertTrue(trailing[0].message.contains("11.0100 is not a CIP 2020 code"), trailing[0].message)
        let dropped = errors(check(replacing("cip: [11.0901]", with: "cip: [11.09]")))
        XCTAssertTrue(dropped[0].message.contains("'11.0900'"), dropped[0].message)
        let unknown = errors(check(replacing("cip: [11.0901]", with: "cip: [11.0999]")))
        XCTAssertTrue(unknown[0].message.contains("codes in series 11.09: 11.0901"), unknown[0].message)
        let single = check(replacing("cip: [11.0901]", with: "cip: 11.0901"))
        XCTAssertEqual(single.validated?.proposal.cip, [CIPCode("11.0901")!])
        let stacking = errors(check(replacing("cip: 11.0103", with: "cip: 43.0116")))
        XCTAssertTrue(stacking[0].message.hasPrefix("stacks_into.cip 43.0116"), stacking[0].message)
    }

    func testContradictions() {
        let both = errors(check(replacing("credit_hours: 9", with: "credit_hours: 9\nclock_hours: 160")))
        XCTAssertTrue(both.contains { $0.message.contains("both 'credit_hours' and 'clock_hours'") && $0.line == 10 }, "\(both)")

        let graduate = errors(check(replacing("level: undergraduate", with: "level: graduate")))
        XCTAssertTrue(graduate.contains { $0.message.contains("graduate credential cannot stack into a bachelor") }, "\(graduate)")

        let pell = errors(check(replacing("level: undergraduate", with: "level: graduate")
            .replacingOccurrences(of: "award: bachelor", with: "award: master") + "financial_aid_sought: [workforce-pell]\n"))
        XCTAssertTrue(pell.contains { $0.message.contains("Pell and Workforce Pell are for undergraduates") }, "\(pell)")

        // certification without its block is read as preparation for an outside certification: a warning, not an error.
        let certification = check(replacing("credential: recommend", with: "credential: certification"))
        XCTAssertEqual(errors(certification), [], "\(certification.diagnostics)")
        XCTAssertTrue(certification.diagnostics.contains { $0.severity == .warning && $0.message.contains("no certifying body is named") && $0.line != nil },
                      "\(certification.diagnostics)")

        let nonCredit = check(replacing("credit_bearing: true", with: "credit_bearing: false")
            .replacingOccurrences(of: "credit_hours: 9", with: "clock_hours: 160")
            .replacingOccurrences(of: "credits_applied: 9}", with: "credits_applied: 3, via: prior-learning}"))
        XCTAssertEqual(errors(nonCredit), [], "\(nonCredit.diagnostics)")
        XCTAssertEqual(nonCredit.validated?.proposal.stacksInto?.via, .priorLearning)
        XCTAssertEqual(nonCredit.validated?.proposal.hours, .clock(160))
    }

    func testWarningsDoNotBlock() {
        let text = Self.valid
            .replacingOccurrences(of: "employer_partners: [{name: \"Example Employer\", role: \"advisory board\"}]\n", with: "")
            .replacingOccurrences(of: "advisory_board: [{name: \"A. Member\", affiliation: \"Example Employer\"}]\n", with: "")
        let result = check(text)
        XCTAssertEqual(errors(result), [])
        XCTAssertTrue(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("no employer_partners") })
        XCTAssertNotNil(result.validated)
    }

    func testQuarterTermSystemAndOptionalKeys() throws {
        let text = replacing("credit_hours: 9", with: "credit_hours: 12\nterm_system: quarter") + """
        description: A short description.
        contact: {name: "Coordinator", email: "c@example.edu"}
        industry_certification: {name: "CompTIA Network+", body: "CompTIA"}
        competencies: ["Configure networks", "Secure traffic"]
        enrollment_target: 25
        fees: 100
        financial_aid_sought: [workforce-pell, loans]
        prerequisites: None
        schedule: Evenings

        """
        let result = check(text)
        XCTAssertEqual(errors(result), [], "\(result.diagnostics)")
        let p = try XCTUnwrap(result.validated?.proposal)
        XCTAssertEqual(p.hours, .credit(12, .quarter))
        XCTAssertEqual(p.industryCertification, IndustryCertification(name: "CompTIA Network+", body: "CompTIA"))
        XCTAssertEqual(p.competencies.count, 2)
        XCTAssertEqual(p.enrollmentTarget, 25)
        XCTAssertEqual(p.financialAidSought, [.workforcePell, .loans])
        XCTAssertEqual(p.contact?.email, "c@example.edu")
    }

    func testUnknownNestedKeySuggestsTheRightOne() {
        let result = errors(check(replacing("credits_applied: 9}", with: "credits_aplied: 9}")))
        XCTAssertTrue(result.contains { $0.message.contains("unknown key 'credits_aplied' in stacks_into; did you mean 'credits_applied'?") }, "\(result)")
    }

    func testSuggestionUsesAliasesAndEditDistance() {
        XCTAssertEqual(YAMLFieldReader.suggestion(for: "credits", among: ProposalParser.topLevelKeys, aliases: ProposalParser.aliases), "credit_hours")
        XCTAssertEqual(YAMLFieldReader.suggestion(for: "Start-Term", among: ProposalParser.topLevelKeys), "start_term")
        XCTAssertEqual(YAMLFieldReader.suggestion(for: "deliverry", among: ProposalParser.topLevelKeys), "delivery")
        XCTAssertNil(YAMLFieldReader.suggestion(for: "zzzzzzzz", among: ProposalParser.topLevelKeys))
        XCTAssertEqual(editDistance("kitten", "sitting"), 3)
    }

    func testAcademicTermParsing() {
        XCTAssertEqual(AcademicTerm("Fall 2027"), AcademicTerm(season: .fall, year: 2027))
        XCTAssertEqual(AcademicTerm("2028 spring"), AcademicTerm(season: .spring, year: 2028))
        XCTAssertEqual(AcademicTerm("Autumn 2027")?.season, .fall)
        XCTAssertNil(AcademicTerm("Fall"))
        XCTAssertNil(AcademicTerm("Semester 2027"))
        XCTAssertTrue(AcademicTerm(season: .spring, year: 2028) > AcademicTerm(season: .fall, year: 2027))
    }
}
