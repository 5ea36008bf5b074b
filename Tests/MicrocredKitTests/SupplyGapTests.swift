import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The gap, its sharing rule, the bands and the competing-award rules, on synthetic figures.
final class SupplyGapTests: XCTestCase {
    func settings() throws -> SupplySettings {
        try SupplySettings.load(path: SupplySettings.defaultPath(catalogDirectory: try RealData.catalog().directory))
    }

    func testOpeningsAreSharedNotCountedPerCIP() throws {
        let x = CIPCode("11.0701")!, y = CIPCode("11.0101")!, z = CIPCode("11.0801")!
        let occupations = [
            OccupationOpenings(soc: SOCCode("15-1252")!, title: "Synthetic A", annualOpenings: 100, openingsNote: nil, linkedCIPs: [x, y]),
            OccupationOpenings(soc: SOCCode("15-1254")!, title: "Synthetic B", annualOpenings: 40, openingsNote: nil, linkedCIPs: [x, z]),
            OccupationOpenings(soc: SOCCode("15-1299")!, title: "Synthetic C", annualOpenings: nil, openingsNote: "not estimated", linkedCIPs: [x]),
        ]
        let gap = SupplyGap.compute(occupations: occupations, proposal: [x, y], completions: [x: 30, y: 10],
                                    settings: try settings(), averageYears: ["2023–24"])
        // A: both linked CIPs are the proposal's → share 1, 100 openings (not 200).
        XCTAssertEqual(gap.occupations[0].share, 1, accuracy: 1e-12)
        XCTAssertEqual(gap.occupations[0].sharedOpenings ?? 0, 100, accuracy: 1e-9)
        XCTAssertEqual(gap.occupations[0].occupationRatio ?? 0, 0.4, accuracy: 1e-12)
        // B: x has 30 completions, z none → x takes all 40.
        XCTAssertEqual(gap.occupations[1].share, 1, accuracy: 1e-12)
        XCTAssertEqual(gap.occupations[1].shareRule, "completions")
        XCTAssertNil(gap.occupations[2].sharedOpenings)
        XCTAssertEqual(gap.demand, 140, accuracy: 1e-9)
        XCTAssertEqual(gap.supply, 40, accuracy: 1e-9)
        XCTAssertEqual(gap.ratio ?? 0, 40.0 / 140, accuracy: 1e-12)
        XCTAssertEqual(gap.band?.id, "undersupplied")

        // Only x in the proposal: A's 100 openings are shared 30:10 → 75.
        let one = SupplyGap.compute(occupations: occupations, proposal: [x], completions: [x: 30, y: 10, z: 10],
                                    settings: try settings(), averageYears: ["2023–24"])
        XCTAssertEqual(one.occupations[0].share, 0.75, accuracy: 1e-12)
        XCTAssertEqual(one.occupations[1].share, 0.75, accuracy: 1e-12)
        XCTAssertEqual(one.demand, 75 + 30, accuracy: 1e-9)
        // No completions anywhere: equal shares.
        let none = SupplyGap.compute(occupations: occupations, proposal: [x], completions: [:], settings: try settings(), averageYears: [])
        XCTAssertEqual(none.occupations[0].shareRule, "equal")
        XCTAssertEqual(none.occupations[0].share, 0.5, accuracy: 1e-12)
        XCTAssertEqual(none.ratio ?? -1, 0, accuracy: 1e-12)
    }

    func testNoOpeningsNoRatio() throws {
        let gap = SupplyGap.compute(occupations: [OccupationOpenings(soc: SOCCode("15-1252")!, title: "A", annualOpenings: nil, openingsNote: "x", linkedCIPs: [CIPCode("11.0701")!])],
                                    proposal: [CIPCode("11.0701")!], completions: [:], settings: try settings(), averageYears: [])
        XCTAssertNil(gap.ratio)
        XCTAssertNil(gap.band)
        XCTAssertNotNil(gap.ratioNote)
    }

    func testBandsAtTheirEdges() throws {
        let s = try settings()
        XCTAssertEqual(s.averageYears, 3)
        let cases: [(Double, String)] = [(0.0, "undersupplied"), (0.59, "undersupplied"), (0.594, "undersupplied"), (0.595, "somewhat-undersupplied"),
                                         (0.90, "somewhat-undersupplied"), (0.91, "balanced"), (1.20, "balanced"), (1.21, "somewhat-oversupplied"),
                                         (1.49, "somewhat-oversupplied"), (1.495, "oversupplied"), (1.5, "oversupplied"), (12, "oversupplied")]
        for (ratio, id) in cases { XCTAssertEqual(s.band(of: ratio)?.id, id, "ratio \(ratio)") }
    }

    func testCompetingAwardRules() throws {
        let rules = try CompetingAwardRules.load(path: CompetingAwardRules.defaultPath(catalogDirectory: try RealData.catalog().directory))
        func levels(_ c: ProposedCredential?) -> [Int] { rules.competing(for: c).levels.map(\.rawValue) }
        XCTAssertEqual(levels(nil), [20, 21])
        XCTAssertEqual(levels(ProposedCredential(level: .undergraduate, creditBearing: true, hours: 8, unit: .semester)), [20, 21])
        XCTAssertEqual(levels(ProposedCredential(level: .undergraduate, creditBearing: true, hours: 9, unit: .semester)), [20, 21, 2])
        XCTAssertEqual(rules.ownLevel(of: ProposedCredential(level: .undergraduate, creditBearing: true, hours: 299, unit: .clock)), .certificateUnder12Weeks)
        XCTAssertEqual(rules.ownLevel(of: ProposedCredential(level: .undergraduate, creditBearing: true, hours: 45, unit: .quarter)), .certificate1To2Years)
        XCTAssertEqual(levels(ProposedCredential(level: .undergraduate, creditBearing: true, hours: 70, unit: .semester)), [2, 4, 3])
        XCTAssertEqual(levels(ProposedCredential(level: .undergraduate, creditBearing: false, hours: 40, unit: .clock)), [20, 21])
        XCTAssertEqual(levels(ProposedCredential(level: .graduate, creditBearing: true, hours: 12, unit: .semester)), [6, 8])
    }

    func testBadRulesFileIsAnError() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("synthetic-competing.yaml", """
        effective_date: 2026-11-01
        sources: {a: A}
        lengths: {source: a, levels: [{award_level: 20}]}
        default: {competes_with: [20, 22], why: w, source: a}
        rules: []
        """)
        XCTAssertThrowsError(try CompetingAwardRules.load(path: path)) { error in
            XCTAssertTrue("\(error)".contains("AWLEVEL 22"), "\(error)")
        }
    }
}
