import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The O*NET 29.3 Job Zones, Education/Training/Experience and Technology
/// Skills files, loaded from the real data path.
final class ONetPreparationRealDataTests: XCTestCase {
    func testJobZones() throws {
        let zones = try XCTUnwrap(RealData.store().bundle([.onetJobZones]).jobZones)
        XCTAssertFalse(zones.report.diagnostics.hasErrors, "\(zones.report.diagnostics.items)")
        XCTAssertEqual(zones.ratings.count, 923)
        XCTAssertEqual(zones.report.quirks["specialty codes (suffix other than .00)"], 149)
        XCTAssertEqual(zones.report.quirks["SOC occupations rated only under specialty codes"], 24)
        // Chief Executives: 11-1011.00 is zone 5; its specialty .03 does not change that.
        let ceo = try XCTUnwrap(zones.zone(for: SOCCode("11-1011")!))
        XCTAssertEqual(ceo.zone, 5)
        XCTAssertEqual(ceo.codes, ["11-1011.00"])
        // Computer Occupations, All Other is rated only under specialties.
        let other = try XCTUnwrap(zones.zone(for: SOCCode("15-1299")!))
        XCTAssertGreaterThan(other.codes.count, 1)
        XCTAssertTrue(other.rule.contains("specialty codes"), other.rule)
        XCTAssertNil(zones.zone(for: SOCCode("55-1011")!))
    }

    func testEducationTrainingExperience() throws {
        let ete = try XCTUnwrap(RealData.store().bundle([.onetEducation]).educationTraining)
        XCTAssertFalse(ete.report.diagnostics.hasErrors, "\(ete.report.diagnostics.items)")
        XCTAssertEqual(ete.report.quirks["importance (IM) rows without a category, skipped"], 1_031)
        XCTAssertEqual(ete.values.count, 36_209 - 1_031)
        XCTAssertEqual(ete.categories[.requiredEducation]?[6], "Bachelor's Degree")
        XCTAssertEqual(ete.categories[.relatedExperience]?.count, 11)
        // Chief Executives, RL category 2 (high school) is 4.46% (line 3 of the file).
        let rl = try XCTUnwrap(ete.distribution(.requiredEducation, soc: SOCCode("11-1011")!))
        XCTAssertEqual(rl.percent[2] ?? -1, 4.46, accuracy: 1e-9)
        XCTAssertEqual(rl.percent.values.reduce(0, +), 100, accuracy: 0.5)
        let bachelorOrMore = try XCTUnwrap(ete.share(.requiredEducation, soc: SOCCode("11-1011")!, atLeast: 6))
        XCTAssertGreaterThan(bachelorOrMore, 0.5)
    }

    func testTechnologySkills() throws {
        let tech = try XCTUnwrap(RealData.store().bundle([.onetTechnology]).technology)
        XCTAssertFalse(tech.report.diagnostics.hasErrors, "\(tech.report.diagnostics.items)")
        XCTAssertEqual(tech.items.count, 32_681)
        XCTAssertEqual(tech.report.quirks["Hot Technology examples"], 11_616)
        XCTAssertEqual(tech.report.quirks["In Demand examples"], 2_339)
        let first = try XCTUnwrap(tech.items.first)
        XCTAssertEqual(first.example, "Adobe Acrobat")
        XCTAssertEqual(first.commodityCode, 43232202)
        XCTAssertTrue(first.hot)
        XCTAssertFalse(first.inDemand)
        let network = tech.items(for: SOCCode("15-1231")!)
        XCTAssertFalse(network.isEmpty)
        XCTAssertEqual(Set(network.map(\.example)).count, network.count, "each example once")
    }

    func testBadFlagIsALocatedError() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("synthetic-technology.csv",
                                 "O*NET-SOC Code,Title,Example,Commodity Code,Commodity Title,Hot Technology,In Demand\n15-1231.00,X,Cisco IOS,43233004,Network os,maybe,N\n")
        let tech = ONetPreparationLoader.loadTechnology(path: path)
        let error = try XCTUnwrap(tech.report.diagnostics.items.first { $0.severity == .error })
        XCTAssertEqual(error.line, 2)
        XCTAssertTrue(error.message.contains("Hot Technology"), error.message)
    }
}
