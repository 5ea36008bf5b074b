import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Loads every real dataset and checks figures read from its rows.
final class RealDataLoaderTests: XCTestCase {
    func testOEWSStateGeorgia() throws {
        let data = try RealData.store().oews("oews-state")
        XCTAssertFalse(data.report.diagnostics.hasErrors)
        XCTAssertEqual(data.report.rows, 37_408)
        XCTAssertEqual(data.areas.count, 54)
        let georgia = AreaCode(kind: .state, code: 13)
        XCTAssertEqual(data.areas.first { $0.code == georgia }?.primaryState, "GA")
        let detailed = data.estimates.filter { $0.area == georgia && $0.group == .detailed }
        XCTAssertEqual(detailed.count, 759)
        let nurses = try XCTUnwrap(detailed.first { $0.occupation == SOCCode("29-1141") })
        XCTAssertEqual(nurses.employment, .value(100_950))
        XCTAssertEqual(nurses.annual.median, .value(93_550))
        // Teachers publish annual wages only: hourly cells are "not published", never 0.
        let teachers = try XCTUnwrap(data.estimates.first { $0.area == georgia && $0.occupation == SOCCode("25-2021") })
        XCTAssertTrue(teachers.annualOnly)
        XCTAssertEqual(teachers.hourly.median, .notPublished)
        XCTAssertNotNil(teachers.annual.median.value)
    }

    func testOEWSSuppressedAndTopCodedCellsAreNotZero() throws {
        let data = try RealData.store().oews("oews-state")
        // Alabama 11-9039: employment "**"; 29-1022: wages "#".
        let alabama = AreaCode(kind: .state, code: 1)
        let admin = try XCTUnwrap(data.estimates.first { $0.area == alabama && $0.occupation == SOCCode("11-9039") })
        XCTAssertEqual(admin.employment, .notReleased)
        XCTAssertEqual(admin.annual.median, .value(94_610))
        let surgeons = try XCTUnwrap(data.estimates.first { $0.area == alabama && $0.occupation == SOCCode("29-1022") })
        XCTAssertEqual(surgeons.employment, .value(130))
        XCTAssertEqual(surgeons.annual.median, .topCoded(atLeast: nil))
        XCTAssertEqual(surgeons.annual.median.note(), "top-coded (at or above the highest wage BLS publishes)")
        XCTAssertEqual(data.report.quirks["wage cells top-coded (#)"], 1114)
        XCTAssertEqual(data.report.quirks["employment cells not released (**)"], 1318)
    }

    func testOEWSNationalAndAllAreas() throws {
        let national = try RealData.store().oews("oews-national")
        XCTAssertEqual(national.report.rows, 1_104)
        let total = try XCTUnwrap(national.estimates.first { $0.occupation == .allOccupations })
        XCTAssertEqual(total.employment, .value(155_495_730))
        XCTAssertEqual(total.annual.median, .value(50_980))
        XCTAssertEqual(national.estimates.filter { $0.group == .detailed }.count, 830)
        // The seven detailed codes that end in 0.
        XCTAssertEqual(national.report.quirks["detailed occupations whose code ends in 0"], 7)

        let all = try RealData.store().oews("oews-all-areas")
        XCTAssertEqual(all.report.rows, 236_799)
        XCTAssertEqual(all.areas.filter { $0.code.kind == .metro }.count, 528)
        XCTAssertEqual(all.areas.filter { $0.code.kind == .state }.count, 54)
        let atlanta = try XCTUnwrap(all.areas.first { $0.code == AreaCode(kind: .metro, code: 12060) })
        XCTAssertEqual(atlanta.title, "Atlanta-Sandy Springs-Roswell, GA")
    }

    func testEmploymentProjections() throws {
        let ep = try RealData.store().projections()
        XCTAssertEqual(ep.projections.count, 1_113)
        XCTAssertEqual(ep.projections.filter(\.isLineItem).count, 832)
        XCTAssertEqual(ep.decadeLabel, "2024–34")
        XCTAssertEqual(ep.wageYear, 2024)
        let nurses = try XCTUnwrap(ep.projection(SOCCode("29-1141")!))
        XCTAssertEqual(nurses.title, "Registered nurses")
        XCTAssertEqual(nurses.depth, 3)
        XCTAssertEqual(nurses.growthPercent, .value(4.9))
        XCTAssertEqual(nurses.annualOpenings, .value(189_100))
        XCTAssertEqual(nurses.employmentBase, .value(3_391_000))
        XCTAssertEqual(nurses.medianWage, .value(93_600))
        XCTAssertEqual(nurses.typicalEducation, "Bachelor's degree")
        XCTAssertEqual(nurses.laborForceExits, .value(97_900))
        XCTAssertEqual(nurses.occupationalTransfers, .value(74_600))
        let total = try XCTUnwrap(ep.projection(.allOccupations))
        XCTAssertEqual(total.growthPercent, .value(3.1))
        XCTAssertEqual(total.typicalEducation, nil)
        XCTAssertEqual(ep.projections.filter { if case .topCoded(atLeast: 239_200) = $0.medianWage { return true } else { return false } }.count, 19)
        // EP publishes legislators, which OEWS does not.
        XCTAssertNotNil(ep.projection(SOCCode("11-1031")!))
    }

    func testCrosswalk() throws {
        let crosswalk = try RealData.store().crosswalk()
        XCTAssertEqual(crosswalk.links.count, 6_097)
        XCTAssertEqual(crosswalk.report.quirks["NO MATCH rows (SOC 99-9999)"], 194)
        XCTAssertEqual(crosswalk.report.quirks["UTF-8 byte-order mark"], 1)
        XCTAssertEqual(crosswalk.report.quirks["no newline after the last row"], 1)
        let nursing = crosswalk.links(for: CIPCode("51.3801")!)
        XCTAssertTrue(nursing.contains { $0.soc == SOCCode("29-1141") })
        XCTAssertEqual(crosswalk.links.first?.cip, CIPCode("01.0000"))
        XCTAssertEqual(crosswalk.links.first?.cipTitle, "Agriculture, General.")
    }

    func testCIPCodes() throws {
        let cip = try RealData.store().cipCodes()
        XCTAssertEqual(cip.programs.filter(\.isValid).count, 2_173)
        let cs = try XCTUnwrap(cip.program(CIPCode("11.0701")!))
        XCTAssertEqual(cs.title, "Computer Science")
        XCTAssertTrue(cs.isValid)
        // 01.0309 moved to 01.1004.
        let moved = try XCTUnwrap(cip.program(CIPCode("01.0309")!))
        XCTAssertFalse(moved.isValid)
        XCTAssertEqual(moved.replacedBy, [CIPCode("01.1004")!])
        XCTAssertEqual(cip.familyTitles[11], "COMPUTER AND INFORMATION SCIENCES AND SUPPORT SERVICES")
        XCTAssertEqual(cip.seriesTitles["11.07"], "Computer Science")
    }

    func testONet() throws {
        let occupations = try RealData.store().onetOccupations()
        XCTAssertEqual(occupations.occupations.count, 1_016)
        XCTAssertEqual(occupations.occupations.first { $0.onetCode == "15-1252.00" }?.title, "Software Developers")

        let skills = try RealData.store().onetRatings(.skill)
        XCTAssertEqual(skills.ratings.count, 61_530)
        let first = try XCTUnwrap(skills.ratings.first)
        XCTAssertEqual(first.soc, SOCCode("11-1011"))
        XCTAssertEqual(first.elementName, "Reading Comprehension")
        XCTAssertEqual(first.scale, .importance)
        XCTAssertEqual(first.value, 4.12, accuracy: 1e-9)
        XCTAssertEqual(Set(skills.ratings.map(\.elementID)).count, 35)

        let knowledge = try RealData.store().onetRatings(.knowledge)
        XCTAssertEqual(Set(knowledge.ratings.map(\.elementID)).count, 33)
        XCTAssertEqual(knowledge.report.quirks["blank N"], 1_386)
        XCTAssertGreaterThan(knowledge.report.quirks["ratings marked Recommend Suppress"], 0)
    }

    func testEveryDatasetValidatesWithoutErrors() throws {
        let store = try RealData.store()
        for entry in store.catalog.datasets {
            let resolved = try store.resolve(entry.id)
            XCTAssertNotNil(resolved.path, "\(entry.id) missing")
            let result = DatasetValidator.validate(resolved, catalogDirectory: store.catalog.directory, checksum: entry.id != .oewsAllAreas)
            XCTAssertFalse(result.hasErrors, "\(entry.id): \(result.diagnostics.items)")
            XCTAssertEqual(result.rows, resolved.vintage.rows, entry.id.rawValue)
            if entry.id != .oewsAllAreas { XCTAssertEqual(result.sha256Matches, true, entry.id.rawValue) }
        }
    }
}
