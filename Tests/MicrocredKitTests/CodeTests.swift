import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

final class CodeTests: XCTestCase {
    func testSOCCodeParsesAndKnowsItsParents() throws {
        let code = try XCTUnwrap(SOCCode("15-1252"))
        XCTAssertEqual(code.description, "15-1252")
        XCTAssertEqual(code.majorGroup.description, "15-0000")
        XCTAssertEqual(code.minorGroup.description, "15-1200")
        XCTAssertEqual(code.broadOccupation.description, "15-1250")
        XCTAssertEqual(SOCCode("01-1011")?.description, "01-1011")
        XCTAssertTrue(SOCCode("55-3016")!.isMilitary)
        XCTAssertTrue(SOCCode("99-9999")!.isNoMatch)
        XCTAssertLessThan(SOCCode("11-1011")!, SOCCode("15-1252")!)
    }

    func testSOCCodeRejectsWrongFormats() {
        for bad in ["151252", "15-125", "15-12522", "15_1252", " 15-1252", "15-1252 ", "AB-1234", "", "15-1252.00"] {
            XCTAssertNil(SOCCode(bad), bad)
        }
        XCTAssertTrue(SOCCode.problem(with: " 15-1252").contains("stray spaces"))
        XCTAssertTrue(SOCCode.problem(with: "=\"15-1252\"").contains("spreadsheet formula"))
        XCTAssertTrue(SOCCode.problem(with: "15-1252.00").contains("O*NET-SOC"))
        XCTAssertTrue(SOCCode.problem(with: "151252").contains("hyphen"))
        let onet = SOCCode.parseONet("15-1252.01")
        XCTAssertEqual(onet?.soc, SOCCode("15-1252"))
        XCTAssertEqual(onet?.suffix, 1)
    }

    func testCIPCodeParsesAndKnowsItsParents() throws {
        let code = try XCTUnwrap(CIPCode("11.0701"))
        XCTAssertEqual(code.description, "11.0701")
        XCTAssertEqual(code.family, 11)
        XCTAssertEqual(code.familyCode, "11")
        XCTAssertEqual(code.seriesCode, "11.07")
        XCTAssertEqual(CIPCode("01.0000")?.description, "01.0000")
        XCTAssertTrue(CIPCode("99.9999")!.isPlaceholder)
    }

    func testCIPCodeRejectsWrongFormatsWithHelpfulMessages() {
        for bad in ["11.07", "1.0701", "110701", "11.07011", "11-0701", "", "ab.cdef"] {
            XCTAssertNil(CIPCode(bad), bad)
        }
        XCTAssertTrue(CIPCode.problem(with: "11.07").contains("'11.0700'"))
        XCTAssertTrue(CIPCode.problem(with: "1.0701").contains("'01.0701'"))
        XCTAssertTrue(CIPCode.problem(with: "11.0701 ").contains("stray spaces"))
        XCTAssertTrue(CIPCode.problem(with: "=\"11.0701\"").contains("spreadsheet formula"))
    }

    func testAreaCodeDescription() {
        XCTAssertEqual(AreaCode.nation.description, "99")
        XCTAssertEqual(AreaCode(kind: .state, code: 1).description, "01")
        XCTAssertEqual(AreaCode(kind: .metro, code: 12060).description, "12060")
        XCTAssertEqual(AreaCode(kind: .metro, code: 1234).description, "01234")
    }
}
