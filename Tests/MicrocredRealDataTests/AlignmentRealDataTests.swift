import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Prepared analysis inputs over the real data, built once per OEWS file set.
enum AnalysisData {
    nonisolated(unsafe) private static var cache: [String: AlignmentInputs] = [:]
    private static let lock = NSLock()

    static func inputs(_ dataset: String, profiles: Bool = true) throws -> AlignmentInputs {
        lock.lock()
        defer { lock.unlock() }
        let key = dataset + (profiles ? "+onet" : "")
        if let hit = cache[key] { return hit }
        let store = try RealData.store()
        for id in ["oews-national", "ep-occupation", "ep-openings", "cip-soc", "cip-codes", "onet-skills", "onet-knowledge", dataset] {
            _ = try RealData.path(id)
        }
        let inputs = try store.alignmentInputs(for: dataset, profiles: profiles)
        cache[key] = inputs
        return inputs
    }

    static func area(_ text: String, _ inputs: AlignmentInputs) throws -> Area {
        try AreaResolver.resolve(text, in: inputs.market.areas, searched: "test data")
    }

    static func align(_ cips: [String], _ areaText: String, dataset: String = "oews-state",
                      weights: ScoringWeights = .default) throws -> DisciplineAlignment {
        let inputs = try inputs(dataset)
        let programs = try cips.map { try inputs.crosswalk.validate($0) }
        return try AlignmentAnalyzer.analyze(programs: programs, area: try area(areaText, inputs), inputs: inputs,
                                             weights: weights, highDemand: HighDemandRule(.derived(.default)))
    }
}

/// Alignment, demand profiles and ranking checked against figures in the real files.
final class AlignmentRealDataTests: XCTestCase {
    func testRegisteredNursingInGeorgia() throws {
        let result = try AnalysisData.align(["51.3801"], "GA")
        XCTAssertEqual(result.area.area.title, "Georgia")
        let nurses = try XCTUnwrap(result.occupations.first { $0.demand.soc == SOCCode("29-1141") }?.demand)
        XCTAssertEqual(nurses.employment, .value(100_950))
        XCTAssertEqual(nurses.annualWages.median, .value(93_550))
        XCTAssertEqual(nurses.projectedGrowthPercent.value ?? 0, 4.9, accuracy: 1e-9)
        XCTAssertEqual(nurses.nationalAnnualOpenings, .value(189_100))
        XCTAssertEqual(nurses.typicalEntryEducation, "Bachelor's degree")
        // EP's May 2024 wage is kept apart from OEWS May 2025.
        XCTAssertEqual(nurses.projectionMedianWage, .value(93_600))
        // Estimate = 189,100 × 100,950 ÷ national OEWS employment.
        let national = try XCTUnwrap(nurses.nationalEmployment.value)
        XCTAssertEqual(nurses.areaAnnualOpeningsEstimate ?? 0, (189_100.0 * 100_950 / Double(national) * 10).rounded() / 10, accuracy: 1e-9)
        XCTAssertEqual(nurses.wageRelativeToAreaMedian ?? 0, 93_550.0 / 48_170.0, accuracy: 1e-9)
        XCTAssertTrue(nurses.highDemand.isHighDemand)
        XCTAssertTrue(result.score.value > 50 && result.score.value <= 100)
        XCTAssertEqual(result.score.components.map(\.name), ["openings", "wage", "growth", "highDemandShare", "educationFit"])
        XCTAssertTrue(result.sources.contains { $0.dataset == "oews-state" && $0.vintage == "May 2025" })
        XCTAssertTrue(result.sources.contains { $0.dataset == "ep-occupation" })
    }

    func testAtlantaMetroArea() throws {
        let inputs = try AnalysisData.inputs("oews-all-areas")
        let atlanta = try AnalysisData.area("12060", inputs)
        XCTAssertEqual(atlanta.title, "Atlanta-Sandy Springs-Roswell, GA")
        let result = try AnalysisData.align(["51.3801"], "12060", dataset: "oews-all-areas")
        let nurses = try XCTUnwrap(result.occupations.first { $0.demand.soc == SOCCode("29-1141") }?.demand)
        XCTAssertEqual(nurses.employment, .value(56_460))
        XCTAssertEqual(nurses.annualWages.median, .value(100_490))
        XCTAssertEqual(result.area.allOccupationsMedianWage, .value(51_170))
        XCTAssertEqual(nurses.wageRelativeToAreaMedian ?? 0, 100_490.0 / 51_170.0, accuracy: 1e-9)
    }

    func testTopCodedWageIsCarriedNotZero() throws {
        let inputs = try AnalysisData.inputs("oews-state")
        let market = inputs.market
        let alabama = try XCTUnwrap(market.slot(of: AreaCode(kind: .state, code: 1)))
        let surgeons = try XCTUnwrap(market.slot(of: try XCTUnwrap(SOCCode("29-1022"))))
        let demand = OccupationDemand(market: market, area: alabama, occupation: surgeons, rule: HighDemandRule(.derived(.default)))
        XCTAssertEqual(demand.annualWages.median, .topCoded(atLeast: nil))
        XCTAssertNil(demand.wageRelativeToAreaMedian)
        XCTAssertEqual(demand.medianAnnualWageNote, "top-coded (at or above the highest wage BLS publishes)")
        let check = try XCTUnwrap(demand.highDemand.checks.first { $0.name == "wageRatioToAreaMedian" })
        XCTAssertEqual(check.passed, true)
        XCTAssertEqual(check.note, "median wage top-coded")
        guard case .object(let json) = AlignmentRendering.occupationJSON(demand, oewsVintage: nil) else { return XCTFail("not an object") }
        XCTAssertEqual(json["medianAnnualWage"], .null)
        XCTAssertEqual(json["medianAnnualWageNote"], .string("top-coded (at or above the highest wage BLS publishes)"))
        // In a score, a top-coded wage counts at the wage cap.
        var sums = ComponentSums()
        sums.add(openings: 10, median: .infinity, areaMedian: 50_000, wageCap: 2, growth: 1, highDemand: false, educationFit: 1)
        XCTAssertEqual(AlignmentScorer.raws(sums).wage, 2, accuracy: 1e-12)
    }

    func testSuppressedEmploymentIsNotZero() throws {
        let inputs = try AnalysisData.inputs("oews-state")
        let market = inputs.market
        let alabama = try XCTUnwrap(market.slot(of: AreaCode(kind: .state, code: 1)))
        let admin = try XCTUnwrap(market.slot(of: try XCTUnwrap(SOCCode("11-9039"))))
        let demand = OccupationDemand(market: market, area: alabama, occupation: admin, rule: HighDemandRule(.derived(.default)))
        XCTAssertEqual(demand.employment, .notReleased)
        XCTAssertNil(demand.areaAnnualOpeningsEstimate)
        XCTAssertEqual(demand.areaAnnualOpeningsNote, "not estimated: area employment not released (**)")
        XCTAssertFalse(demand.highDemand.isHighDemand)
        // Not a number from nothing: a labelled fallback from the nation's estimate.
        XCTAssertNotNil(demand.fallbackOpeningsEstimate)
        XCTAssertTrue(demand.fallbackOpeningsNote?.hasPrefix("fallback:") ?? false)
        XCTAssertTrue(demand.highDemand.reason.contains("fallback openings"), demand.highDemand.reason)
    }

    func testRollUpsAndDiagnostics() throws {
        let inputs = try AnalysisData.inputs("oews-state")
        let rollup = inputs.crosswalk.rollup
        XCTAssertEqual(rollup.resolve(try XCTUnwrap(SOCCode("21-1011"))).to, SOCCode("21-1018"))
        XCTAssertEqual(rollup.resolve(try XCTUnwrap(SOCCode("21-1011"))).kind, .aggregate)
        XCTAssertEqual(rollup.resolve(try XCTUnwrap(SOCCode("13-1021"))).to, SOCCode("13-1020"))
        XCTAssertEqual(rollup.resolve(try XCTUnwrap(SOCCode("13-1021"))).kind, .broad)
        XCTAssertEqual(rollup.resolve(try XCTUnwrap(SOCCode("55-1011"))).kind, .military)
        XCTAssertEqual(rollup.resolve(try XCTUnwrap(SOCCode("29-1141"))).kind, .published)
        // Every crosswalk code is either published, rolled up, military or NO MATCH: none is dropped silently.
        let kinds = Set(inputs.crosswalk.links.flatMap { $0.map(\.rollup.kind) })
        XCTAssertFalse(kinds.contains(.unpublished), "crosswalk codes with no estimates: \(inputs.crosswalk.links.flatMap { $0 }.filter { $0.rollup.kind == .unpublished }.map(\.soc))")
        // A discipline linked to military codes says so.
        let military = try XCTUnwrap(inputs.crosswalk.cips.indices.first { inputs.crosswalk.links[$0].contains { $0.rollup.kind == .military } })
        let result = try AnalysisData.align([inputs.crosswalk.cips[military].description], "GA")
        XCTAssertTrue(result.diagnostics.items.contains { $0.severity == .warning && $0.message.contains("military") })
        // 13-1021/22/23 (buyers) roll up to 13-1020 and are recorded.
        let buyers = try XCTUnwrap(inputs.crosswalk.cips.indices.first { inputs.crosswalk.links[$0].contains { $0.soc == SOCCode("13-1022") } })
        let purchasing = try AnalysisData.align([inputs.crosswalk.cips[buyers].description], "GA")
        XCTAssertTrue(purchasing.rollups.contains { $0.from == SOCCode("13-1022") && $0.to == SOCCode("13-1020") })
        XCTAssertTrue(purchasing.occupations.contains { $0.demand.soc == SOCCode("13-1020") })
    }

    func testNoMatchAndGenericWarnings() throws {
        let inputs = try AnalysisData.inputs("oews-state")
        let noMatch = try XCTUnwrap(inputs.crosswalk.cips.indices.first { inputs.crosswalk.links[$0].allSatisfy { $0.soc.isNoMatch } })
        let result = try AnalysisData.align([inputs.crosswalk.cips[noMatch].description], "GA")
        XCTAssertTrue(result.occupations.isEmpty)
        XCTAssertTrue(result.diagnostics.items.contains { $0.message.contains("NO MATCH") })
        XCTAssertEqual(result.score.value, 0)
        let generic = try XCTUnwrap(inputs.crosswalk.cips.indices.first { i in
            let links = inputs.crosswalk.links[i]
            return !links.isEmpty && links.allSatisfy { $0.rollup.to?.isAllOther == true }
        })
        let genericResult = try AnalysisData.align([inputs.crosswalk.cips[generic].description], "GA")
        XCTAssertTrue(genericResult.diagnostics.items.contains { $0.message.contains("All Other") })
    }

    func testSeveralCIPsDoNotDoubleCount() throws {
        let one = try AnalysisData.align(["11.0701"], "GA")
        let both = try AnalysisData.align(["11.0701", "11.0701", "11.0103"], "GA")
        XCTAssertEqual(both.programs.count, 2)
        let socs = both.occupations.map(\.demand.soc)
        XCTAssertEqual(socs.count, Set(socs).count)
        let shared = Set(one.occupations.map(\.demand.soc)).intersection(socs)
        XCTAssertFalse(shared.isEmpty)
        let total = both.occupations.compactMap(\.demand.areaAnnualOpeningsEstimate).reduce(0, +)
        XCTAssertEqual(both.score.components[0].raw ?? 0, (total * 10).rounded() / 10, accuracy: 0.05)
        let software = try XCTUnwrap(both.occupations.first { $0.demand.soc == SOCCode("15-1252") })
        XCTAssertEqual(Set(software.links.map(\.cip)).count, 2)
    }

    func testCIPValidation() throws {
        let crosswalk = try AnalysisData.inputs("oews-state").crosswalk
        XCTAssertThrowsError(try crosswalk.validate("01.0309")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("retired"), text)
            XCTAssertTrue(text.contains("01.1004"), text)
        }
        XCTAssertThrowsError(try crosswalk.validate("45.1401")) { error in
            XCTAssertTrue("\(error)".contains("45.1103"), "\(error)")
        }
        XCTAssertThrowsError(try crosswalk.validate("11.9876")) { error in
            XCTAssertTrue("\(error)".contains("unknown CIP code 11.9876"), "\(error)")
        }
        XCTAssertThrowsError(try crosswalk.validate("11.701")) { error in
            XCTAssertTrue("\(error)".contains("11.7010") || "\(error)".contains("six-digit"), "\(error)")
        }
        XCTAssertEqual(try crosswalk.validate("11.0701").title, "Computer Science")
    }

    func testAreaResolutionAndSuggestions() throws {
        let areas = try AnalysisData.inputs("oews-all-areas").market.areas
        XCTAssertEqual(AreaQuery("GA")?.find(in: areas)?.title, "Georgia")
        XCTAssertEqual(AreaQuery("13")?.find(in: areas)?.title, "Georgia")
        XCTAssertEqual(AreaQuery("us")?.find(in: areas)?.code, .nation)
        XCTAssertEqual(AreaQuery("12060")?.find(in: areas)?.title, "Atlanta-Sandy Springs-Roswell, GA")
        XCTAssertEqual(AreaQuery("GA")?.datasetID, DatasetID("oews-state"))
        XCTAssertEqual(AreaQuery("12060")?.datasetID, DatasetID("oews-all-areas"))
        XCTAssertEqual(AreaQuery("US")?.datasetID, DatasetID("oews-national"))
        XCTAssertThrowsError(try AreaResolver.resolve("GX", in: areas, searched: "OEWS")) { error in
            XCTAssertTrue("\(error)".contains("Did you mean"), "\(error)")
            XCTAssertTrue("\(error)".contains("GA"), "\(error)")
        }
        XCTAssertThrowsError(try AreaResolver.resolve("Atlanta", in: areas, searched: "OEWS")) { error in
            XCTAssertTrue("\(error)".contains("12060"), "\(error)")
        }
        XCTAssertEqual(editDistance("kitten", "sitting"), 3)
    }

    func testRankAgreesWithAlign() throws {
        let inputs = try AnalysisData.inputs("oews-state")
        let ranker = DisciplineRanker(market: inputs.market, crosswalk: inputs.crosswalk, weights: .default,
                                      rule: HighDemandRule(.derived(.default)))
        let georgia = try XCTUnwrap(inputs.market.slot(of: AreaCode(kind: .state, code: 13)))
        let (ranked, unscored) = ranker.rank(area: georgia)
        XCTAssertGreaterThan(ranked.count, 1_500)
        XCTAssertEqual(ranked.count + unscored, inputs.crosswalk.cips.count)
        for cip in ["51.3801", "11.0701", "52.0201"] {
            let entry = try XCTUnwrap(ranked.first { $0.cip == CIPCode(cip) })
            let aligned = try AnalysisData.align([cip], "GA")
            XCTAssertEqual(entry.score, aligned.score.value, accuracy: 0.05, cip)
            XCTAssertEqual(entry.wage, aligned.score.components[1].normalized, accuracy: 1e-4, cip)
        }
        // Sorted best first; ties by code.
        for (l, r) in zip(ranked, ranked.dropFirst()) { XCTAssertGreaterThanOrEqual((l.score * 10).rounded(), (r.score * 10).rounded()) }
        let family = ranker.rank(area: georgia, family: 11).ranked
        XCTAssertTrue(family.allSatisfy { $0.cip.family == 11 })
        XCTAssertFalse(family.isEmpty)
    }

    func testDerivedHighDemandListGeorgia() throws {
        let market = try AnalysisData.inputs("oews-state").market
        let georgia = try XCTUnwrap(market.slot(of: AreaCode(kind: .state, code: 13)))
        let list = HighDemandDeriver.derive(market: market, area: georgia, criteria: .default, includeAll: true)
        XCTAssertEqual(list.evaluated, 759)
        XCTAssertEqual(list.allOccupationsGrowth, 3.1, accuracy: 1e-9)
        XCTAssertEqual(list.areaAllOccupationsMedianWage, 48_170)
        let nurses = try XCTUnwrap(list.rows.first { $0.soc == SOCCode("29-1141") })
        XCTAssertTrue(nurses.isHighDemand)
        XCTAssertEqual(nurses.checks.map(\.name), ["areaAnnualOpenings", "growthPercent", "wageRatioToAreaMedian"])
        for row in list.rows {
            // A row qualifies exactly when every check passed.
            XCTAssertEqual(row.isHighDemand, row.checks.allSatisfy { $0.passed == true }, row.soc.description)
            if let growth = row.checks[1].value, row.isHighDemand { XCTAssertGreaterThanOrEqual(growth, 3.1) }
        }
        XCTAssertTrue(HighDemandRendering.csv(list).contains("derived from public data; not an official list"))
    }

    func testCompetenciesAndAdjacency() throws {
        let result = try AnalysisData.align(["11.0701"], "GA")
        XCTAssertEqual(result.skills.count, 10)
        XCTAssertEqual(result.knowledge.count, 10)
        XCTAssertTrue(result.skills.allSatisfy { $0.element.domain == .skill })
        for c in result.skills + result.knowledge {
            guard let level = c.level, let band = c.band else { continue }
            let expected: Competency.Band = level >= 4.5 ? .advanced : level >= 3.0 ? .intermediate : .foundational
            XCTAssertEqual(band, expected)
        }
        XCTAssertEqual(result.skills.map(\.importance), result.skills.map(\.importance).sorted(by: >))
        let linked = Set(result.occupations.map(\.demand.soc))
        XCTAssertFalse(result.adjacent.isEmpty)
        for a in result.adjacent {
            XCTAssertFalse(linked.contains(a.demand.soc))
            XCTAssertTrue(a.demand.highDemand.isHighDemand)
            XCTAssertGreaterThanOrEqual(a.similarity, 0.6)
        }
    }

    func testSkillProfilesSpecialtyAverage() throws {
        let inputs = try AnalysisData.inputs("oews-state")
        let profiles = try XCTUnwrap(inputs.profiles)
        XCTAssertEqual(profiles.elements.filter { $0.domain == .skill }.count, 35)
        XCTAssertEqual(profiles.elements.filter { $0.domain == .knowledge }.count, 33)
        let nurses = try XCTUnwrap(inputs.market.slot(of: try XCTUnwrap(SOCCode("29-1141"))))
        XCTAssertTrue(profiles.hasProfile(nurses))
        let similarSelf = profiles.centredCosine(try XCTUnwrap(profiles.importance[nurses]), try XCTUnwrap(profiles.importance[nurses]))
        XCTAssertEqual(similarSelf, 1, accuracy: 1e-9)
        XCTAssertGreaterThan(profiles.suppressedRatings, 0)
    }
}
