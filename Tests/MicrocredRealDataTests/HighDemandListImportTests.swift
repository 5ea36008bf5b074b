import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Importing high-demand lists through a column mapping, with synthetic lists.
final class HighDemandListImportTests: XCTestCase {
    func importList(csv: String, mapping: String) throws -> HighDemandList {
        let dir = try TemporaryDirectory()
        let csvPath = try dir.write("synthetic-list.csv", csv)
        let mappingPath = try dir.write("synthetic-mapping.yaml", mapping)
        let parsed = try HighDemandListMapping(document: YAMLDocument.load(path: mappingPath, what: "mapping"))
        let rows = try HighDemandListLoader.load(path: csvPath, mapping: parsed)
        let inputs = try AnalysisData.inputs("oews-state")
        var titles: [SOCCode: [String]] = [:]
        for (i, code) in inputs.market.occupations.enumerated() { titles[code, default: []].append(inputs.market.titles[i]) }
        for (code, title) in inputs.crosswalk.socTitles where !(titles[code]?.contains(title) ?? false) { titles[code, default: []].append(title) }
        return HighDemandListImporter.resolve(rows, mapping: parsed, market: inputs.market, rollup: inputs.crosswalk.rollup, knownTitles: titles)
    }

    static let mapping = """
    name: Synthetic test list
    date: 2024-12
    columns:
      soc: Occupation Code
      title: Career
      region: Region
    """

    func testImportWithDiagnostics() throws {
        let csv = """
        Occupation Code,Career,Region
        29-1141,Registered Nurses,Statewide
        15-1132,"Software Developers, Applications",Atlanta
        13-1022,Wholesale and Retail Buyers,Statewide
        15-1252,Registered Nurses,Statewide
        29-1141,Registered Nurses,Coastal
        ABC,Nothing,Statewide
        55-1011,Air Crew Officers,Statewide
        15-1252.00,Software Developers,Statewide
        """
        let list = try importList(csv: csv, mapping: Self.mapping)
        XCTAssertEqual(list.name, "Synthetic test list")
        XCTAssertEqual(list.entries.map(\.soc.description), ["29-1141", "13-1020", "15-1252"])
        XCTAssertEqual(list.entries.first?.region, "Statewide")
        let messages = list.diagnostics.items.map(\.description)
        func has(_ line: Int, _ text: String) -> Bool { messages.contains { $0.contains(":\(line):") && $0.contains(text) } }
        XCTAssertTrue(has(3, "retired"), "\(messages)")            // 15-1132: SOC 2010 code
        XCTAssertTrue(has(4, "13-1020"), "\(messages)")            // rolled up, noted
        XCTAssertTrue(has(5, "does not match"), "\(messages)")     // wrong title for the code
        XCTAssertTrue(has(6, "more than once"), "\(messages)")
        XCTAssertTrue(has(7, "not a SOC code"), "\(messages)")
        XCTAssertTrue(has(8, "military"), "\(messages)")
        XCTAssertTrue(has(9, "O*NET-SOC"), "\(messages)")
    }

    func testTitleOnlyList() throws {
        let list = try importList(csv: "Career\nRegistered Nurses\nsoftware developers\nDragon Tamers\n",
                                  mapping: "name: Titles only\ncolumns:\n  title: Career\n")
        XCTAssertEqual(list.entries.map(\.soc.description), ["29-1141", "15-1252"])
        XCTAssertTrue(list.diagnostics.items.contains { $0.line == 4 && $0.message.contains("Dragon Tamers") })
    }

    func testUnknownColumnsAreAnError() throws {
        XCTAssertThrowsError(try importList(csv: "SOC,Title\n29-1141,Registered Nurses\n", mapping: Self.mapping)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("'Occupation Code'"), text)
            XCTAssertTrue(text.contains("synthetic-mapping.yaml:4:"), text)
            XCTAssertTrue(text.contains("Its columns are: 'SOC', 'Title'"), text)
        }
    }

    func testMappingNeedsACodeOrTitleColumn() throws {
        XCTAssertThrowsError(try importList(csv: "A\n1\n", mapping: "name: x\ncolumns:\n  region: A\n")) { error in
            XCTAssertTrue("\(error)".contains("'soc' or a 'title'"), "\(error)")
        }
        XCTAssertThrowsError(try importList(csv: "A\n1\n", mapping: "name: x\ncolumns:\n  code: A\n")) { error in
            XCTAssertTrue("\(error)".contains("synthetic-mapping.yaml:3:3") && "\(error)".contains("unknown key 'code'"), "\(error)")
        }
    }

    func testImportedListDrivesHighDemandStatus() throws {
        let list = try importList(csv: "Occupation Code,Career,Region\n15-1252,Software Developers,Statewide\n", mapping: Self.mapping)
        let inputs = try AnalysisData.inputs("oews-state")
        let programs = [try inputs.crosswalk.validate("11.0701")]
        let georgia = try AnalysisData.area("GA", inputs)
        let result = try AlignmentAnalyzer.analyze(programs: programs, area: georgia, inputs: inputs, weights: .default, highDemand: HighDemandRule(.list(list)))
        for o in result.occupations {
            XCTAssertEqual(o.demand.highDemand.isHighDemand, o.demand.soc == SOCCode("15-1252"), o.demand.soc.description)
        }
        XCTAssertTrue(result.highDemandLabel.contains("Synthetic test list"))
    }
}
