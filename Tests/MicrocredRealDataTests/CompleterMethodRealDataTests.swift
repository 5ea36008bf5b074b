import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The completer method on real data: entry reachability, entry wages,
/// scale-aware high demand, suppressed employment, residual codes and an
/// official list (issue 10's "done when").
final class CompleterMethodRealDataTests: XCTestCase {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

    func method(_ configuration: RunConfiguration, inputs: AlignmentInputs, admission: AdmissionRequirement? = nil,
                purpose: CredentialPurpose? = nil) throws -> CompleterMethod {
        let rules = try configuration.reachabilityRules().value
        return CompleterMethod(rules: rules, profile: CompleterProfile(defaultsOf: rules, admission: admission, purpose: purpose), jobZones: inputs.jobZones)
    }

    func align(_ cip: String, dataset: String, area: String, purpose: CredentialPurpose? = nil) throws -> DisciplineAlignment {
        let store = try RealData.store()
        let configuration = try store.configuration()
        let inputs = try store.alignmentInputs(for: dataset, profiles: false)
        let program = try inputs.crosswalk.validate(cip)
        let query = try XCTUnwrap(AreaQuery(area))
        let a = try XCTUnwrap(query.find(in: inputs.market.areas))
        return try AlignmentAnalyzer.analyze(programs: [program], area: a, inputs: inputs, weights: configuration.weights.value,
                                             highDemand: HighDemandRule(.derived(configuration.criteria.value)),
                                             method: method(configuration, inputs: inputs, purpose: purpose))
    }

    func testCloudBadgeCountsOnlyJobsACompleterCanEnter() throws {
        let path = RealData.root.appendingPathComponent("examples/cloud-networking-badge.yaml").path
        let evaluation = try RealData.store().evaluate(proposalPath: path, asOf: Self.asOf)
        func reach(_ soc: String) -> ReachClass? { evaluation.alignment.occupations.first { $0.demand.soc.description == soc }?.reach?.reach }
        XCTAssertEqual(reach("11-3021"), .advancement)
        XCTAssertEqual(reach("15-1241"), .advancement)
        XCTAssertEqual(reach("25-1021"), .excluded)
        XCTAssertEqual(reach("15-1231"), .entry)
        XCTAssertTrue(evaluation.careerPath.contains { $0.demand.soc.description == "11-3021" })
        // The all-linked openings-weighted median was $138,676 (issue 10); the entry wage is p25 of entry occupations.
        let entry = try XCTUnwrap(evaluation.entryWage)
        let median = try XCTUnwrap(evaluation.weightedMedianWage)
        XCTAssertLessThan(entry, median)
        XCTAssertLessThan(median, 138_676)
        let p25 = try XCTUnwrap(evaluation.countedOccupations.first { $0.demand.soc.description == "15-1231" }?.demand.annualWages.p25.value)
        XCTAssertEqual(entry, p25, accuracy: 0.5, "one entry occupation: its p25")
        let kpi = try XCTUnwrap(evaluation.kpis.first { $0.name == "Completers' median earnings" })
        XCTAssertFalse(kpi.target.contains("138,700"), kpi.target)
        XCTAssertTrue(kpi.basis.contains("p25"), kpi.basis)
        let placement = try XCTUnwrap(evaluation.kpis.first { $0.name.hasPrefix("Placement") })
        XCTAssertFalse(placement.target.contains("11-3021"), placement.target)
    }

    func testSavannahLogisticiansQualifyAtTheAreasScale() throws {
        let store = try RealData.store()
        let configuration = try store.configuration()
        let inputs = try store.alignmentInputs(for: "oews-all-areas", profiles: false)
        let market = inputs.market
        let a = try XCTUnwrap(market.slot(of: AreaCode(kind: .metro, code: 42340)))
        let o = try XCTUnwrap(market.slot(of: SOCCode("13-1081")!))
        let openings = market.areaOpeningsEstimate(area: a, occupation: o)
        XCTAssertLessThan(openings, 100, "below the fixed 100-openings bar")
        let status = HighDemandRule(.derived(configuration.criteria.value)).status(market: market, area: a, occupation: o)
        XCTAssertEqual(status.rule, .scaleAware)
        XCTAssertTrue(status.isHighDemand, status.reason)
        let lq = try XCTUnwrap(status.panel.first { $0.rule == .concentration })
        XCTAssertEqual(lq.met, true, lq.detail)
        // Beside it, the state's (Hot Careers) verdict is shown.
        XCTAssertNotNil(status.panel.first { $0.rule == .hotCareers }?.met)
    }

    func testAlbanyRegisteredNursesAreNeverAZeroScore() throws {
        // Entry (default profile): RNs need a bachelor's degree, so the data are insufficient, not a 0.0 score.
        let entry = try align("51.3801", dataset: "oews-all-areas", area: "10500")
        XCTAssertEqual(entry.method?.insufficientAreaData, true)
        let rn = try XCTUnwrap(entry.occupations.first { $0.demand.soc.description == "29-1141" })
        XCTAssertNil(rn.demand.areaAnnualOpeningsEstimate, "TOT_EMP is ** in Albany")
        let fallback = try XCTUnwrap(rn.demand.fallbackOpeningsEstimate)
        XCTAssertGreaterThan(fallback, 0)
        XCTAssertTrue(rn.demand.fallbackOpeningsNote?.contains("fallback") ?? false)
        XCTAssertFalse(AlignmentRendering.scoreLine(entry).contains("0.0"))
        // Upskill (incumbent nurses): a real score on the labelled fallback.
        let upskill = try align("51.3801", dataset: "oews-all-areas", area: "10500", purpose: .upskill)
        XCTAssertEqual(upskill.method?.insufficientAreaData, false)
        XCTAssertGreaterThan(upskill.score.value, 0)
        XCTAssertTrue(upskill.diagnostics.items.contains { $0.message.contains("fallback") })
    }

    func testHealthInformaticsWarnsAboutResidualCodes() throws {
        let result = try align("51.2706", dataset: "oews-state", area: "GA")
        let warning = result.diagnostics.items.first { $0.message.contains("residual \"All Other\" codes carry") }
        XCTAssertNotNil(warning, "\(result.diagnostics.items.map(\.message))")
    }

    func testRankScoresAlbanyDisciplinesWithFallbacks() throws {
        let store = try RealData.store()
        let configuration = try store.configuration()
        let inputs = try store.alignmentInputs(for: "oews-all-areas", profiles: false)
        let rule = HighDemandRule(.derived(configuration.criteria.value))
        let a = try XCTUnwrap(inputs.market.slot(of: AreaCode(kind: .metro, code: 10500)))
        let plain = DisciplineRanker(market: inputs.market, crosswalk: inputs.crosswalk, weights: configuration.weights.value, rule: rule)
            .rank(area: a)
        XCTAssertTrue(plain.ranked.contains { $0.cip == CIPCode("51.3801")! }, "RNs' fallback openings let registered nursing be ranked in Albany")
        let withMethod = DisciplineRanker(market: inputs.market, crosswalk: inputs.crosswalk, weights: configuration.weights.value, rule: rule,
                                          method: try method(configuration, inputs: inputs)).rank(area: a)
        XCTAssertLessThan(withMethod.ranked.count, plain.ranked.count, "advancement and excluded occupations do not count")
    }

    func testNewJerseyOfficialListImports() throws {
        let listPath = try XCTUnwrap(RealData.store().dataPath.roots.map { ($0.directory as NSString).appendingPathComponent("state-lists/nj/nj_in_demand_socs_2025.csv") }
            .first { FileManager.default.fileExists(atPath: $0) }, "state-lists/nj is not on the data path")
        let dir = try TemporaryDirectory()
        let mappingPath = try dir.write("nj.mapping.yaml", "name: New Jersey In-Demand Occupations List\ndate: 2025-06\ncolumns:\n  soc: SOC\n  title: OCCUPATIONTITLE\n")
        let mapping = try HighDemandListMapping(document: YAMLDocument.load(path: mappingPath, what: "mapping"))
        let rows = try HighDemandListLoader.load(path: listPath, mapping: mapping)
        XCTAssertEqual(rows.rows.count, 149)
        let inputs = try RealData.store().alignmentInputs(for: "oews-state", profiles: false)
        let list = HighDemandListImporter.resolve(rows, mapping: mapping, market: inputs.market, rollup: inputs.crosswalk.rollup,
                                                  knownTitles: inputs.crosswalk.knownTitles(market: inputs.market))
        // 29-2011/29-2012 → 29-2010 and 31-1121/31-1122 → 31-1120 roll up (noted), so 147 distinct published codes.
        XCTAssertEqual(list.entries.count, 147, "\(list.diagnostics.items.map(\.message))")
        XCTAssertTrue(list.entries.contains { $0.soc == SOCCode("29-2010") })
        XCTAssertGreaterThanOrEqual(list.diagnostics.items.filter { $0.severity == .note && $0.message.contains("29-201") }.count, 2)
        let nj = try XCTUnwrap(inputs.market.slot(of: AreaCode(kind: .state, code: 34)))
        let rn = try XCTUnwrap(inputs.market.slot(of: SOCCode("29-1141")!))
        let status = HighDemandRule(.list(list)).status(market: inputs.market, area: nj, occupation: rn)
        XCTAssertEqual(status.rule, .list)
        XCTAssertEqual(status.panel.first { $0.rule == .list }?.met, status.isHighDemand)
    }
}
