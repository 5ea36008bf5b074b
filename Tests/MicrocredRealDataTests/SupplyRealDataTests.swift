import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// IPEDS loaders and the supply side on the real files. Every figure here
/// was computed by hand from the raw CSVs (Python's csv module, decoding HD
/// 2020–2022 as cp1252), as docs/supply.md shows.
final class SupplyRealDataTests: XCTestCase {
    func testYearsLoadThroughTheBundle() throws {
        let store = try RealData.store()
        let plan = try IPEDSPlan.resolve([], newest: 3, catalog: store.catalog)
        XCTAssertEqual(plan.years.map(\.completions), ["2021–22", "2022–23", "2023–24"])
        XCTAssertEqual(plan.years.map(\.institutions), ["2022–23", "2023–24", "2024–25"])
        let bundle = try DataBundle.load(requests: plan.requests, resolver: store.resolver)
        // Each vintage is its own source, in catalog order, oldest first.
        XCTAssertEqual(bundle.provenance.map { "\($0.id) \($0.vintage.vintage)" }, [
            "ipeds-institutions 2022–23", "ipeds-institutions 2023–24", "ipeds-institutions 2024–25",
            "ipeds-completions 2021–22", "ipeds-completions 2022–23", "ipeds-completions 2023–24",
        ])
        XCTAssertEqual(bundle.citationsByDataset.map(\.vintage), ["2022–23, 2023–24, 2024–25", "2021–22, 2022–23, 2023–24"])
        let years = try bundle.ipedsYears(plan)
        XCTAssertEqual(years.map { $0.completions.vintage }, ["2021–22", "2022–23", "2023–24"])
        XCTAssertEqual(years.map { $0.institutions.vintage }, ["2022–23", "2023–24", "2024–25"])
        XCTAssertThrowsError(try IPEDSPlan.resolve(["2030-31"], newest: 3, catalog: store.catalog)) { error in
            XCTAssertTrue("\(error)".contains("Known academic years"), "\(error)")
        }
    }

    static let nursing = CIPCode("51.3801")!

    func years() throws -> [IPEDSYear] {
        try RealData.store().ipedsYears(["2021–22", "2022–23", "2023–24"])
    }

    func testHDFilesAndTheirEncodings() throws {
        let store = try RealData.store()
        let h2020 = IPEDSInstitutionsLoader.load(path: try XCTUnwrap(store.resolver.resolve(.ipedsInstitutions, vintage: "2020–21").path))
        XCTAssertFalse(h2020.report.diagnostics.hasErrors)
        XCTAssertEqual(h2020.report.rows, 6_440)
        XCTAssertEqual(h2020.encoding, .windows1252)
        XCTAssertEqual(h2020.institution(UnitID(430935)!)?.name, "Colegio de Cinematografía Artes y Television")
        XCTAssertEqual(h2020.institution(UnitID(241225)!)?.city, "Bayamón")
        XCTAssertEqual(h2020.report.quirks["CBSA not applicable (-2)"], 288)
        XCTAssertEqual(h2020.report.quirks["CONTROL not available (-3)"], 52)
        XCTAssertEqual(h2020.report.quirks["FIPS padded with spaces"], 1_162)
        let h2024 = IPEDSInstitutionsLoader.load(path: try RealData.path("ipeds-institutions"))
        XCTAssertEqual(h2024.report.rows, 6_072)
        XCTAssertEqual(h2024.encoding, .utf8)
        XCTAssertEqual(h2024.report.quirks["UTF-8 byte-order mark"], 1)
        XCTAssertEqual(h2024.report.quirks["CBSA not applicable (-2)"], 276)
        for data in [h2020, h2024] {
            let tech = try XCTUnwrap(data.institution(UnitID(139755)!))
            XCTAssertEqual(tech.name, "Georgia Institute of Technology-Main Campus")
            XCTAssertEqual(tech.state, "GA")
            XCTAssertEqual(tech.stateFIPS, .value(13))
            XCTAssertEqual(tech.cbsa, .value(12060))
            XCTAssertEqual(tech.county, .value(13121))
            XCTAssertEqual(InstitutionSector.label(tech.sector), "Public, 4-year or above")
        }
    }

    func testCompletionsExtract() throws {
        let data = IPEDSCompletionsLoader.load(path: try RealData.path("ipeds-completions"))
        XCTAssertFalse(data.report.diagnostics.hasErrors)
        XCTAssertEqual(data.report.rows, 286_979)
        XCTAssertEqual(data.records.count, 267_595)
        XCTAssertEqual(data.grandTotalRows, 19_384)
        XCTAssertEqual(data.majors, .firstOnly)
        XCTAssertEqual(data.layout, .subset)
        // Summing the `99` rows in too would double the count to 10,919,724.
        XCTAssertEqual(data.records.reduce(0) { $0 + ($1.total.value ?? 0) }, 5_459_862)
        XCTAssertEqual(data.report.quirks["`99` totals that differ from their six-digit rows"], 0)
    }

    func testGeorgiaRegisteredNursing() throws {
        let years = try years()
        XCTAssertEqual(years.map(\.vintage), ["2021–22", "2022–23", "2023–24"])
        XCTAssertEqual(years.map(\.institutionsVintage), ["2022–23", "2023–24", "2024–25"])
        let ga = AreaCompletions(years: years, area: SupplyArea(kind: .state, code: "GA", name: "Georgia"), detail: [Self.nursing])
        XCTAssertEqual(ga.count(year: 2, cip: Self.nursing, level: .bachelor), 3_480)
        XCTAssertEqual(ga.count(year: 2, cip: Self.nursing, level: .associate), 1_435)
        XCTAssertEqual(ga.count(year: 2, cip: Self.nursing, level: .certificate12WeeksTo1Year), 298)
        XCTAssertEqual(ga.count(year: 0, cip: Self.nursing, level: .bachelor), 3_573)
        XCTAssertEqual(ga.count(year: 1, cip: Self.nursing, level: .bachelor), 3_325)
        XCTAssertEqual(ga.unplacedRows, [0, 0, 0])

        let settings = try SupplySettings.load(path: SupplySettings.defaultPath(catalogDirectory: try RealData.catalog().directory))
        let rules = try CompetingAwardRules.load(path: CompetingAwardRules.defaultPath(catalogDirectory: try RealData.catalog().directory))
        let analysis = SupplyAnalysis.build(completions: ga, years: years, cips: [(Self.nursing, "Registered Nursing/Registered Nurse.")],
                                            competing: rules.competing(for: nil), settings: settings, gap: nil)
        let bachelor = try XCTUnwrap(analysis.cips[0].groups.first { $0.id == "bachelor" })
        XCTAssertEqual(bachelor.completions.byYear, [3_573, 3_325, 3_480])
        // (3,573 + 3,325 + 3,480) / 3 = 3,459.33; down 93 (−2.6 %) over the three years.
        XCTAssertEqual(bachelor.completions.average, 10_378.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(bachelor.completions.change, -93)
        XCTAssertEqual(bachelor.completions.direction, "falling")
        // Levels 20 and 21 (the default competitors): 180, 309, 298; mean 262.33.
        XCTAssertEqual(analysis.competing.byYear, [180, 309, 298])
        XCTAssertEqual(analysis.competing.average, 787.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(analysis.competitors.map(\.name), ["Central Georgia Technical College", "Albany Technical College"])
        XCTAssertEqual(analysis.competitors[0].completionsByYear, [180, 309, 284])
        XCTAssertEqual(analysis.competitors[0].sector, "Public, 2-year")
        XCTAssertEqual(analysis.competitors[1].completionsByYear, [0, 0, 14])
    }

    func testAtlantaMetro() throws {
        let atlanta = AreaCompletions(years: try years(), area: SupplyArea(kind: .metro, code: "12060", name: "Atlanta"), detail: [Self.nursing])
        XCTAssertEqual(atlanta.count(year: 2, cip: Self.nursing, level: .bachelor), 1_606)
        XCTAssertEqual(atlanta.count(year: 2, cip: Self.nursing, level: .associate), 265)
        XCTAssertEqual(atlanta.count(year: 2, cip: Self.nursing, level: .master), 451)
        XCTAssertEqual(atlanta.count(year: 1, cip: Self.nursing, level: .bachelor), 1_435)
    }
}
