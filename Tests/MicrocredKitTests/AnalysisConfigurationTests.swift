import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The weights, criteria and list-mapping files: defaults match the code,
/// and malformed files are reported with their line.
final class AnalysisConfigurationTests: XCTestCase {
    func testCommittedDefaultsMatchBuiltIns() throws {
        let dir = RealData.root.appendingPathComponent("datasets")
        let weights = try ScoringWeights(document: YAMLDocument.load(path: dir.appendingPathComponent("scoring-weights.yaml").path, what: "weights"))
        XCTAssertEqual(weights, .default)
        let criteria = try HighDemandCriteria(document: YAMLDocument.load(path: dir.appendingPathComponent("high-demand-criteria.yaml").path, what: "criteria"))
        XCTAssertEqual(criteria, .default)
        let rules = try SOCAggregateRules(document: YAMLDocument.load(path: dir.appendingPathComponent("soc-aggregates.yaml").path, what: "aggregates"))
        XCTAssertEqual(rules.aggregateOf[try XCTUnwrap(SOCCode("53-1049"))], SOCCode("53-1047"))
        XCTAssertEqual(rules.aggregateOf.count, 13)
    }

    func weightsError(_ yaml: String) -> String {
        do {
            _ = try ScoringWeights(document: YAMLDocument.parse(text: yaml, file: "w.yaml", what: "scoring weights"))
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    static let validWeights = """
    weights: {openings: 0.3, wage: 0.25, growth: 0.2, high_demand_share: 0.15, education_fit: 0.1}
    openings: {floor_share: 0.0001, cap_share: 0.01}
    wage: {floor: 0.75, cap: 2.0}
    growth: {floor: -5, cap: 15}
    education_fit: {"Bachelor's degree": 0.75}
    adjacency: {threshold: 0.6, limit: 10}
    competencies: {intermediate_from: 3, advanced_from: 4.5, limit: 10}
    """

    func testMalformedWeightsGiveTheLine() {
        XCTAssertEqual(weightsError(Self.validWeights), "no error")
        // Bad YAML syntax.
        XCTAssertTrue(weightsError("weights:\n  openings: [1, 2\nwage: 3\n").contains("w.yaml:"), weightsError("weights:\n  openings: [1, 2\n"))
        // A misspelt key, on line 3.
        let misspelt = Self.validWeights.replacingOccurrences(of: "wage: {floor", with: "wages: {floor")
        let message = weightsError(misspelt)
        XCTAssertTrue(message.contains("w.yaml:3:1"), message)
        XCTAssertTrue(message.contains("unknown key 'wages'"), message)
        XCTAssertTrue(message.contains("Did you mean 'wage'"), message)
        // A weight that is text, on line 1.
        let text = weightsError(Self.validWeights.replacingOccurrences(of: "openings: 0.3", with: "openings: high"))
        XCTAssertTrue(text.contains("w.yaml:1:"), text)
        // A negative weight.
        let negative = weightsError(Self.validWeights.replacingOccurrences(of: "growth: 0.2", with: "growth: -1"))
        XCTAssertTrue(negative.contains("w.yaml:1:") && negative.contains("0 or more"), negative)
        // cap below floor, on line 3.
        let cap = weightsError(Self.validWeights.replacingOccurrences(of: "wage: {floor: 0.75, cap: 2.0}", with: "wage: {floor: 2, cap: 1}"))
        XCTAssertTrue(cap.contains("w.yaml:3:") && cap.contains("cap must be above floor"), cap)
        // A missing section.
        let missing = weightsError(Self.validWeights.replacingOccurrences(of: "growth: {floor: -5, cap: 15}\n", with: ""))
        XCTAssertTrue(missing.contains("missing required key 'growth'"), missing)
    }

    func testMalformedCriteriaGiveTheLine() {
        func error(_ yaml: String) -> String {
            do { _ = try HighDemandCriteria(document: YAMLDocument.parse(text: yaml, file: "c.yaml", what: "criteria")); return "no error" } catch { return "\(error)" }
        }
        let good = "name: Test\nminimum_area_annual_openings: 100\nminimum_growth_percent: all-occupations\nminimum_wage_ratio_to_area_median: 1.0\n"
        XCTAssertEqual(error(good), "no error")
        let badGrowth = error(good.replacingOccurrences(of: "all-occupations", with: "fast"))
        XCTAssertTrue(badGrowth.contains("c.yaml:3:"), badGrowth)
        XCTAssertTrue(badGrowth.contains("all-occupations"), badGrowth)
        let badOpenings = error(good.replacingOccurrences(of: "100", with: "-3"))
        XCTAssertTrue(badOpenings.contains("c.yaml:2:"), badOpenings)
        let unknown = error(good + "minimum_openings: 5\n")
        XCTAssertTrue(unknown.contains("c.yaml:5:1") && unknown.contains("unknown key"), unknown)
        XCTAssertEqual(try HighDemandCriteria(document: YAMLDocument.parse(text: good.replacingOccurrences(of: "all-occupations", with: "10"), file: "c", what: "c")).minimumGrowth, .percent(10))
    }

    func testFiguresFormatting() {
        XCTAssertEqual(Figures.decimal(100_950, places: 0), "100,950")
        XCTAssertEqual(Figures.decimal(4.95, places: 1), "5.0")
        XCTAssertEqual(Figures.decimal(-0.04, places: 1), "0.0")
        XCTAssertEqual(Figures.decimal(-1234.5, places: 2), "-1,234.50")
        XCTAssertEqual(Figures.dollars(93_550), "$93,550")
        XCTAssertEqual(Figures.wage(.topCoded(atLeast: 239_200)), "top-coded ≥ 239,200")
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        defer { buffer.deallocate() }
        var w = ByteCursor(base: buffer)
        w.fixed4(12.34567); w.byte(44)
        w.fixed4(0.00005); w.byte(44)
        w.fixed4(-0.25); w.byte(44)
        w.tenths(973); w.byte(44)
        w.tenths(5); w.byte(44)
        w.integer(1_234_567); w.byte(44)
        w.integer(0); w.byte(44)
        w.fixed4(.nan)
        XCTAssertEqual(String(decoding: UnsafeBufferPointer(start: buffer, count: w.index), as: UTF8.self),
                       "12.3457,0.0001,-0.2500,97.3,0.5,1234567,0,")
    }

    func testOpeningsEstimateMethod() {
        XCTAssertEqual(OpeningsEstimate.estimate(nationalOpenings: 1_000, areaEmployment: 50, nationalEmployment: 1_000), 50)
        XCTAssertEqual(OpeningsEstimate.estimate(nationalOpenings: 100, areaEmployment: 1, nationalEmployment: 3), 33.3)
        XCTAssertTrue(OpeningsEstimate.estimate(nationalOpenings: 100, areaEmployment: .nan, nationalEmployment: 3).isNaN)
        XCTAssertTrue(OpeningsEstimate.estimate(nationalOpenings: 100, areaEmployment: 5, nationalEmployment: 0).isNaN)
    }

    func testScorerFormulas() {
        var sums = ComponentSums()
        sums.add(openings: 600, median: 100_000, areaMedian: 50_000, wageCap: 2, growth: 5, highDemand: true, educationFit: 1)
        sums.add(openings: 400, median: 25_000, areaMedian: 50_000, wageCap: 2, growth: -5, highDemand: false, educationFit: .nan)
        sums.add(openings: .nan, median: 1e6, areaMedian: 50_000, wageCap: 2, growth: 100, highDemand: true, educationFit: 0)
        let raw = AlignmentScorer.raws(sums)
        XCTAssertEqual(raw.openings, 1_000)
        XCTAssertEqual(raw.wage, (600 * 2 + 400 * 0.5) / 1_000, accuracy: 1e-12)
        XCTAssertEqual(raw.growth, (600 * 5 - 400 * 5) / 1_000.0, accuracy: 1e-12)
        XCTAssertEqual(raw.highDemand, 0.6, accuracy: 1e-12)
        XCTAssertEqual(raw.education, 1, accuracy: 1e-12)
        let score = AlignmentScorer.score(sums, reference: 100_000, weights: .default)
        // share 0.01 = cap → openings normalised 1.
        XCTAssertEqual(score.components[0].normalized, 1, accuracy: 1e-9)
        XCTAssertEqual(score.components[1].normalized, (1.4 - 0.75) / 1.25, accuracy: 1e-4)
        XCTAssertEqual(score.components[2].normalized, (1 + 5) / 20.0, accuracy: 1e-4)
        let expected = 100 * (0.3 * 1 + 0.25 * 0.52 + 0.2 * 0.3 + 0.15 * 0.6 + 0.1 * 1) / 1.0
        XCTAssertEqual(score.value, (expected * 10).rounded() / 10, accuracy: 1e-9)
        XCTAssertEqual(AlignmentScorer.score(ComponentSums(), reference: 100, weights: .default).value, 0)
    }
}

/// The `outcomes` and `advice` blocks of report-settings.yaml are range-checked when loaded.
final class ReportSettingsOutcomesTests: XCTestCase {
    func settingsText() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("datasets/report-settings.yaml"), encoding: .utf8)
    }

    func load(_ text: String) throws -> ReportSettings {
        let dir = try TemporaryDirectory()
        return try ReportSettings.load(path: dir.write("report-settings.yaml", text))
    }

    func testShippedSettingsCarrySourcedTargets() throws {
        let s = try load(settingsText())
        XCTAssertEqual(s.outcomes.certificationPassRate.value, 0.8)
        XCTAssertEqual(s.advice.thinAreaOpenings.value, 100)
        XCTAssertTrue(s.advice.lowPayShareOfAreaMedian.source.contains("OECD"))
    }

    func testOutOfRangeTargetsAreRefusedByName() throws {
        let text = try settingsText()
        let cases: [(String, String, String)] = [
            ("    value: 0.8\n", "    value: 1.5\n", "outcomes.certification_pass_rate.value"),
            ("    value: 180\n", "    value: 0\n", "outcomes.placement_days.value"),
            ("    value: 100\n", "    value: -5\n", "advice.thin_area_openings.value"),
            ("    months: 24\n", "    months: 0\n", "outcomes.upskill_promotion_rate.months"),
        ]
        for (from, to, key) in cases {
            XCTAssertTrue(text.contains(from), from)
            XCTAssertThrowsError(try load(text.replacingOccurrences(of: from, with: to)), key) { error in
                XCTAssertTrue("\(error)".contains(key), "\(error)")
            }
        }
        let emptySource = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.contains("replace with the certifying body's") ? "    source: \"\"" : String($0) }.joined(separator: "\n")
        XCTAssertThrowsError(try load(emptySource)) { XCTAssertTrue("\($0)".contains("outcomes.certification_pass_rate.source"), "\($0)") }
    }
}
