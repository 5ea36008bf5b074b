import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Proposal checks against the real CIP 2020 list and OEWS areas.
final class ProposalRealDataTests: XCTestCase {
    // Guarded by the tests running serially (or by `lock` where there is one).
    nonisolated(unsafe) static var cachedReference: DatasetReferenceData?

    func reference() throws -> DatasetReferenceData {
        if let cached = Self.cachedReference { return cached }
        _ = try RealData.path("cip-codes")
        let made = try DatasetReferenceData(bundle: RealData.store().bundle([.cipCodes, .oewsNational, .oewsState, .oewsAllAreas]))
        Self.cachedReference = made
        return made
    }

    func testEveryExampleProposalPassesAgainstRealData() throws {
        let reference = try reference()
        let folder = RealData.root.appendingPathComponent("examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 3)
        for name in names {
            let path = folder.appendingPathComponent(name).path
            let result = ProposalLoader.check(path: path, reference: reference, currentDirectory: RealData.root.path)
            XCTAssertFalse(result.hasErrors, "\(name):\n" + result.diagnostics.map(\.description).joined(separator: "\n"))
            XCTAssertNotNil(result.validated, name)
        }
    }

    func testExamplesCoverTheThreeKinds() throws {
        let reference = try reference()
        func load(_ name: String) throws -> ValidatedProposal {
            try ProposalLoader.load(ProposalParser.parse(path: RealData.root.appendingPathComponent("examples/\(name)").path), path: RealData.root.appendingPathComponent("examples/\(name)").path, reference: reference)
        }
        let badge = try load("cloud-networking-badge.yaml")
        XCTAssertEqual(badge.proposal.credential, .badge)
        XCTAssertEqual(badge.proposal.level, .undergraduate)
        XCTAssertEqual(badge.area.title, "Georgia")
        let graduate = try load("data-science-graduate-certificate.yaml")
        XCTAssertEqual(graduate.proposal.level, .graduate)
        XCTAssertEqual(graduate.proposal.credential, .certificate)
        XCTAssertEqual(graduate.area.code, AreaCode(kind: .metro, code: 12060))
        let cpe = try load("medical-coding-cpe.yaml")
        XCTAssertFalse(cpe.proposal.creditBearing)
        XCTAssertEqual(cpe.proposal.stacksInto?.via, .priorLearning)
        XCTAssertTrue(cpe.proposal.targetPopulation.contains(.returningAdults))
        XCTAssertEqual(cpe.area.primaryState, "GA")
    }

    func testRealLookups() throws {
        let reference = try reference()
        XCTAssertEqual(reference.cipStatus(CIPCode("11.0901")!), .valid(title: "Computer Systems Networking and Telecommunications"))
        guard case .retired(_, let replacedBy) = reference.cipStatus(CIPCode("43.0116")!) else { return XCTFail("43.0116 is retired in CIP 2020") }
        XCTAssertEqual(replacedBy, [CIPCode("43.0403")!])
        guard case .unknown(let suggestions) = reference.cipStatus(CIPCode("11.0950")!) else { return XCTFail("11.0950 is not a CIP code") }
        XCTAssertEqual(suggestions, [CIPCode("11.0901")!, CIPCode("11.0902")!, CIPCode("11.0999")!])
        guard case .found(let us) = reference.area(.nation) else { return XCTFail("US") }
        XCTAssertEqual(us.code, .nation)
        guard case .found(let ga) = reference.area(.stateFIPS(13)) else { return XCTFail("FIPS 13") }
        XCTAssertEqual(ga.primaryState, "GA")
        guard case .found(let ny) = reference.area(.statePostal("NY")) else { return XCTFail("NY") }
        XCTAssertEqual(ny.code, AreaCode(kind: .state, code: 36))
        guard case .unknown = reference.area(.statePostal("ZZ")) else { return XCTFail("ZZ is not a state") }
        guard case .unknown = reference.area(.stateFIPS(3)) else { return XCTFail("FIPS 03 is not used") }
    }

}
