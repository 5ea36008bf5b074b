import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The level rule, certification preparation and data-age warnings, run
/// through the report pipeline on the real datasets. The proposals other
/// than the examples are synthetic (written here, named "synthetic").
final class LevelAndCertificationRealDataTests: XCTestCase {
    func example(_ name: String) throws -> String {
        try String(contentsOf: RealData.root.appendingPathComponent("examples/\(name).yaml"), encoding: .utf8)
    }

    /// Evaluates `yaml` (written to a temporary file named `name`) on the real data.
    func evaluate(_ yaml: String, name: String) throws -> (ProposalEvaluation, [GeneratedFile]) {
        let dir = try TemporaryDirectory()
        let path = try dir.write(name, yaml)
        let evaluation = try RealData.store().evaluate(proposalPath: path, asOf: ReportTests.asOf)
        return (evaluation, ReportPipeline.render(evaluation))
    }

    func file(_ files: [GeneratedFile], _ name: String) -> String { files.first { $0.name == name }?.contents ?? "" }

    /// Replaces the line that starts with `key:` (or removes it with nil).
    func set(_ yaml: String, _ key: String, _ value: String?) -> String {
        yaml.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("\(key):") else { return line }
            return value.map { "\(key): \($0)" }
        }.joined(separator: "\n")
    }

    /// Removes a mapping key and its indented lines.
    func remove(_ yaml: String, block key: String) -> String {
        var out: [String] = [], skipping = false
        for line in yaml.components(separatedBy: "\n") {
            if line.hasPrefix("\(key):") { skipping = true; continue }
            if skipping, line.hasPrefix(" ") { continue }
            skipping = false
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    // MARK: Level

    func testGraduateCertificateIsNoLongerToldToBecomeUndergraduate() throws {
        let (evaluation, files) = try evaluate(try example("data-science-graduate-certificate"), name: "data-science-graduate-certificate.yaml")
        let level = evaluation.design.level
        XCTAssertEqual(level.recommended, .graduate)
        XCTAssertTrue(level.matches)
        XCTAssertEqual(level.basis, .admission)
        XCTAssertFalse(level.reasons.contains { $0.text.hasPrefix("Mismatch") }, "\(level.reasons)")
        // The evidence is shown with its figures: EP, Job Zone and O*NET required education.
        XCTAssertEqual(level.signals.map(\.kind), [.entryEducation, .jobZone, .requiredEducation])
        let design = file(files, DesignDevelopmentReport.fileName)
        XCTAssertTrue(design.contains("**Recommended level: graduate.** This matches the proposal."), design)
        XCTAssertFalse(design.contains("Recommended level: undergraduate"))
        XCTAssertTrue(design.contains("O\\*NET 29.3 Job Zones"), design)
    }

    func testBachelorAdmissionAloneMakesACertificateGraduateWithoutMismatch() throws {
        // Synthetic variant of the example: no stacking, so the admission requirement alone decides.
        let yaml = remove(try example("data-science-graduate-certificate"), block: "stacks_into")
        let (evaluation, _) = try evaluate(yaml, name: "synthetic-bachelor-admission.yaml")
        let level = evaluation.design.level
        XCTAssertNil(evaluation.proposal.stacksInto)
        XCTAssertEqual(evaluation.proposal.admissionRequires, .bachelor)
        XCTAssertEqual(level.basis, .admission)
        XCTAssertEqual(level.recommended, .graduate)
        XCTAssertTrue(level.matches)
        XCTAssertTrue(level.reasons.contains { $0.text.contains("post-baccalaureate") && $0.citation?.source.id == "cfr-668-2" }, "\(level.reasons)")
        XCTAssertFalse(level.reasons.contains { $0.text.hasPrefix("Mismatch") })
    }

    func testUndergraduateAdviceCannotTripTheStackingWarning() throws {
        // Synthetic: an undergraduate certificate that stacks into a master's gets the parser's
        // warning; the level rule then says graduate, so following it clears the warning.
        var yaml = set(try example("data-science-graduate-certificate"), "level", "undergraduate")
        yaml = set(yaml, "admission_requires", nil)
        let (evaluation, _) = try evaluate(yaml, name: "synthetic-undergraduate-into-masters.yaml")
        XCTAssertTrue(evaluation.validated.warnings.contains { $0.message.contains("stacking into a master's degree is unusual") })
        XCTAssertEqual(evaluation.design.level.recommended, .graduate)
        XCTAssertEqual(evaluation.design.level.basis, .stacking)
        XCTAssertTrue(evaluation.design.level.reasons.contains { $0.text.hasPrefix("Mismatch") && $0.text.contains("M.S. Analytics") })

        let followed = set(try example("data-science-graduate-certificate"), "admission_requires", nil)
        let (after, _) = try evaluate(followed, name: "synthetic-graduate-into-masters.yaml")
        XCTAssertFalse(after.validated.warnings.contains { $0.message.contains("unusual") })
        XCTAssertTrue(after.design.level.matches)
    }

    func testUndergraduateBadgeForBachelorsEntryJobsStaysUndergraduate() throws {
        let yaml = """
        # Synthetic test proposal: an undergraduate badge with no prerequisites, CIP 11.0701 (computer science).
        title: Programming Foundations
        institution: Example State University
        institution_type: public
        cip: [11.0701]
        area: GA
        level: undergraduate
        credential: badge
        credit_bearing: true
        credit_hours: 6
        weeks: 12
        delivery: online
        target_population: [current-students, career-changers]
        admission_requires: none
        purpose: entry
        employer_partners:
          - {name: "Example Software Co.", role: "hiring partner"}
        """
        let (evaluation, files) = try evaluate(yaml, name: "synthetic-programming-badge.yaml")
        // The premise: the crosswalk links it to occupations that need a bachelor's degree for entry.
        XCTAssertTrue(evaluation.alignment.occupations.contains { $0.demand.typicalEntryEducation == "Bachelor's degree" })
        let level = evaluation.design.level
        XCTAssertEqual(level.recommended, .undergraduate)
        XCTAssertTrue(level.matches)
        XCTAssertFalse(level.reasons.contains { $0.text.hasPrefix("Mismatch") }, "\(level.reasons)")
        XCTAssertFalse(level.signals.contains(where: \.pointsToGraduate))
        XCTAssertTrue(file(files, DesignDevelopmentReport.fileName).contains("**Recommended level: undergraduate.** This matches the proposal."))
    }

    func testGraduateProposalForHighSchoolEntryJobsGetsAMismatchNamingTheEvidence() throws {
        let yaml = """
        # Synthetic test proposal: a graduate certificate with no admission requirement, CIP 52.0411
        # (customer service), whose occupations need a high-school diploma (or some college) for entry.
        title: Customer Experience Leadership
        institution: Example State University
        institution_type: public
        cip: [52.0411]
        area: GA
        level: graduate
        credential: certificate
        credit_bearing: true
        credit_hours: 12
        weeks: 30
        delivery: online
        target_population: [incumbent-workers]
        purpose: entry
        employer_partners:
          - {name: "Example Contact Center", role: "hiring partner"}
        """
        let (evaluation, files) = try evaluate(yaml, name: "synthetic-customer-service-graduate.yaml")
        // The premise: every counted occupation needs less than a postsecondary award for entry.
        let entry = Set(evaluation.design.entryEducation.map(\.label))
        XCTAssertTrue(entry.contains("High school diploma or equivalent"), "\(entry)")
        XCTAssertTrue(entry.isSubset(of: ["High school diploma or equivalent", "Some college, no degree", "No formal educational credential"]), "\(entry)")
        let level = evaluation.design.level
        XCTAssertEqual(level.recommended, .undergraduate)
        XCTAssertFalse(level.matches)
        XCTAssertEqual(level.basis, .evidence)
        let mismatch = try XCTUnwrap(level.reasons.first { $0.text.hasPrefix("Mismatch") }).text
        for named in ["EP typical entry education 0%", "O*NET Job Zone 0%", "O*NET required level of education"] {
            XCTAssertTrue(mismatch.contains(named), mismatch)
        }
        XCTAssertTrue(file(files, DesignDevelopmentReport.fileName).contains("This differs from the proposal (graduate)."))
    }

    // MARK: Certification preparation

    func testCertificationWithItsBlockGivesAReport() throws {
        let yaml = set(try example("cloud-networking-badge"), "credential", "certification")
            .replacingOccurrences(of: #"industry_certification: {name: "CompTIA Network+", body: "CompTIA"}"#,
                                  with: #"industry_certification: {name: "CompTIA Network+", body: "CompTIA", domains: ["Networking concepts", "Network security"]}"#)
        let (evaluation, files) = try evaluate(yaml, name: "synthetic-network-certification.yaml")
        XCTAssertTrue(evaluation.proposal.isCertificationPrep)
        let prep = try XCTUnwrap(evaluation.certificationPreparation)
        XCTAssertEqual(prep.certifyingBody, "CompTIA")
        XCTAssertEqual(prep.certificationName, "CompTIA Network+")
        XCTAssertEqual(prep.examDomains, ["Networking concepts", "Network security"])
        XCTAssertEqual(evaluation.design.credentialType.recommended, .certification)
        XCTAssertEqual(evaluation.design.credentialType.agreement, .agrees)
        XCTAssertFalse(evaluation.validated.warnings.contains { $0.message.contains("certifying body") })
        let design = file(files, DesignDevelopmentReport.fileName)
        XCTAssertTrue(design.contains("**Preparation for an outside certification.**"), design)
        XCTAssertTrue(design.contains("CompTIA, not the institution, awards the certification"), design)
        XCTAssertTrue(design.contains("| Network security | practice-exam items on this domain, in the exam's format |"), design)
        XCTAssertEqual(files.count, 5)
    }

    func testCertificationWithoutItsBlockWarnsAndStillReports() throws {
        let base = set(try example("cloud-networking-badge"), "credential", "certification")
        let yaml = set(base, "industry_certification", nil)
        let line = try XCTUnwrap(yaml.components(separatedBy: "\n").firstIndex { $0.hasPrefix("credential:") }) + 1
        let (evaluation, files) = try evaluate(yaml, name: "synthetic-certification-no-body.yaml")
        let warning = try XCTUnwrap(evaluation.validated.warnings.first { $0.message.contains("no certifying body is named") })
        XCTAssertEqual(warning.line, line)
        XCTAssertEqual(warning.severity, .warning)
        let prep = try XCTUnwrap(evaluation.certificationPreparation)
        XCTAssertNil(prep.certifyingBody)
        XCTAssertEqual(evaluation.design.credentialType.recommended, .certification)
        XCTAssertEqual(evaluation.design.credentialType.agreement, .agrees)
        XCTAssertTrue(file(files, ReportIndex.fileName).contains("`synthetic-certification-no-body.yaml:\(line)`: credential is certification"))
        XCTAssertTrue(file(files, DesignDevelopmentReport.fileName).contains("the certifying body that awards it (industry\\_certification.body)"))
    }

    func testCertificationBlockWithoutBodyWarnsAtTheBlock() throws {
        let yaml = try example("medical-coding-cpe")
            .replacingOccurrences(of: #"industry_certification: {name: "Certified Professional Coder (CPC)", body: "AAPC"}"#,
                                  with: #"industry_certification: {name: "Certified Professional Coder (CPC)"}"#)
        let line = try XCTUnwrap(yaml.components(separatedBy: "\n").firstIndex { $0.hasPrefix("industry_certification:") }) + 1
        let (evaluation, _) = try evaluate(yaml, name: "synthetic-coding-no-body.yaml")
        let warning = try XCTUnwrap(evaluation.validated.warnings.first { $0.message.contains("names no certifying body") })
        XCTAssertEqual(warning.line, line)
    }

    // MARK: Data age

    func testDataAgeWarningsNameTheReleaseAndAppearOncePerFile() throws {
        let (evaluation, files) = try evaluate(try example("data-science-graduate-certificate"), name: "data-science-graduate-certificate.yaml")
        let catalog = try RealData.store().catalog
        // The crosswalk is the publisher's current edition: not stale, labelled so in Sources.
        let crosswalk = try XCTUnwrap(evaluation.sources.first { $0.id == .cipSOC }?.age)
        XCTAssertGreaterThan(crosswalk.months, crosswalk.maxMonths)
        XCTAssertFalse(crosswalk.isStale)
        XCTAssertNil(crosswalk.warning)
        let checked = try XCTUnwrap(catalog.entry(.cipSOC)?.newestVintage?.editionChecked)
        // A stale dataset names the release the catalog says to look for.
        let ep = try XCTUnwrap(evaluation.sources.first { $0.id == .epOccupation }?.age)
        let next = try XCTUnwrap(catalog.entry(.epOccupation)?.newestVintage?.nextRelease)
        let warning = try XCTUnwrap(ep.warning)
        XCTAssertTrue(warning.hasSuffix("look for \(next)"), warning)
        for generated in files {
            XCTAssertFalse(generated.contents.contains("cip-soc (CIP 2020 / SOC 2018) is"), generated.name)
            XCTAssertEqual(generated.contents.components(separatedBy: warning).count - 1, 1, generated.name)
            XCTAssertFalse(generated.contents.contains("check for a newer release"), generated.name)
        }
        XCTAssertTrue(file(files, ReportIndex.fileName).contains("The publisher's current edition (checked \(checked))"))
    }
}
