import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Recomputes alignment scores by hand from the `align` JSON output, exactly
/// as docs/scoring.md tells a committee member to.
final class ScoringRecomputationTests: XCTestCase {
    /// Parses JSON text into dictionaries.
    func parse(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }

    /// docs/scoring.md, steps 1–4, from the JSON alone.
    func recompute(_ json: [String: Any], file: StaticString = #filePath, line: UInt = #line) throws {
        let area = try XCTUnwrap(json["area"] as? [String: Any])
        let areaMedian = try XCTUnwrap(number(area["allOccupationsMedianWage"]))
        let score = try XCTUnwrap(json["score"] as? [String: Any])
        let components = try XCTUnwrap(score["components"] as? [[String: Any]])
        func component(_ name: String) throws -> [String: Any] { try XCTUnwrap(components.first { $0["name"] as? String == name }) }
        let wageParameters = try XCTUnwrap(try component("wage")["parameters"] as? [String: Any])
        let wageCap = try XCTUnwrap(number(wageParameters["cap"]))

        // Step 1: sums over occupations with an openings estimate.
        var openings = 0.0, wageSum = 0.0, wageWeight = 0.0, growthSum = 0.0, growthWeight = 0.0
        var high = 0.0, fitSum = 0.0, fitWeight = 0.0
        for o in try XCTUnwrap(json["occupations"] as? [[String: Any]]) {
            // Occupations that count (docs/scoring.md): the estimate, or the labelled fallback.
            guard o["countsInDemand"] as? Bool != false,
                  let e = number(o["countedOpenings"]) ?? number(o["areaAnnualOpeningsEstimate"]) else { continue }
            openings += e
            if let median = number(o["medianAnnualWage"]) {
                wageSum += e * min(median / areaMedian, wageCap); wageWeight += e
            } else if (o["medianAnnualWageNote"] as? String)?.hasPrefix("top-coded") == true {
                wageSum += e * wageCap; wageWeight += e
            }
            if let g = number(o["projectedGrowthPercent"]) { growthSum += e * g; growthWeight += e }
            if o["highDemand"] as? Bool == true { high += e }
            if let fit = number(o["educationFit"]) { fitSum += e * fit; fitWeight += e }
        }
        // Step 2: raw values.
        let raw: [String: Double] = ["openings": openings, "wage": wageSum / wageWeight, "growth": growthSum / growthWeight,
                                     "highDemandShare": high / openings, "educationFit": fitSum / fitWeight]
        // Step 3: normalised values.
        var weighted = 0.0, weights = 0.0
        for c in components {
            let name = try XCTUnwrap(c["name"] as? String)
            let r = try XCTUnwrap(raw[name])
            XCTAssertEqual(number(c["raw"]) ?? .nan, r, accuracy: name == "openings" ? 0.051 : 5e-5, name, file: file, line: line)
            let p = c["parameters"] as? [String: Any] ?? [:]
            let n: Double
            switch name {
            case "openings":
                let reference = try XCTUnwrap(number(c["reference"]))
                let floor = try XCTUnwrap(number(p["floorShare"])), cap = try XCTUnwrap(number(p["capShare"]))
                n = min(1, max(0, log10(r / reference / floor) / log10(cap / floor)))
            case "wage", "growth":
                let floor = try XCTUnwrap(number(p["floor"])), cap = try XCTUnwrap(number(p["cap"]))
                n = min(1, max(0, (r - floor) / (cap - floor)))
            default:
                n = min(1, max(0, r))
            }
            XCTAssertEqual(number(c["normalized"]) ?? .nan, n, accuracy: 1e-4, name, file: file, line: line)
            let w = try XCTUnwrap(number(c["weight"]))
            weighted += w * n
            weights += w
        }
        // Step 4: the score.
        XCTAssertEqual(number(score["value"]) ?? .nan, 100 * weighted / weights, accuracy: 0.051, file: file, line: line)
    }

    func testRecomputeSeveralDisciplinesInGeorgia() throws {
        let result = try AnalysisData.align(["52.0201", "51.3801", "13.1210"], "GA")
        XCTAssertGreaterThan(result.occupations.count, 5)
        try recompute(try parse(try AlignmentRendering.json(result)))
    }

    func testRecomputeWithTopCodedWagesInAlabama() throws {
        let result = try AnalysisData.align(["51.0401", "51.1201"], "AL")
        let json = try parse(try AlignmentRendering.json(result))
        let notes = (json["occupations"] as? [[String: Any]] ?? []).compactMap { $0["medianAnnualWageNote"] as? String }
        XCTAssertTrue(notes.contains { $0.hasPrefix("top-coded") }, "expected a top-coded wage among \(notes)")
        try recompute(json)
    }

    func testRecomputeWithCustomWeightsInAtlanta() throws {
        var weights = ScoringWeights.default
        weights.weights.openings = 1
        weights.weights.educationFit = 0
        weights.wage.cap = 1.5
        let result = try AnalysisData.align(["11.0701"], "12060", dataset: "oews-all-areas", weights: weights)
        try recompute(try parse(try AlignmentRendering.json(result)))
    }

    func testJSONContractFieldNames() throws {
        let json = try parse(try AlignmentRendering.json(try AnalysisData.align(["51.3801"], "GA")))
        for key in ["cip", "area", "score", "occupations", "adjacent", "diagnostics", "sources"] { XCTAssertNotNil(json[key], key) }
        XCTAssertEqual(json["cip"] as? [String], ["51.3801"])
        let area = try XCTUnwrap(json["area"] as? [String: Any])
        XCTAssertEqual(area["id"] as? String, "GA")
        XCTAssertEqual(area["name"] as? String, "Georgia")
        let score = try XCTUnwrap(json["score"] as? [String: Any])
        XCTAssertNotNil(number(score["value"]))
        for c in try XCTUnwrap(score["components"] as? [[String: Any]]) {
            for key in ["name", "raw", "normalized", "weight"] { XCTAssertNotNil(c[key], key) }
        }
        let nurses = try XCTUnwrap((json["occupations"] as? [[String: Any]])?.first { $0["soc"] as? String == "29-1141" })
        XCTAssertEqual(number(nurses["employment"]), 100_950)
        XCTAssertEqual(number(nurses["medianAnnualWage"]), 93_550)
        XCTAssertEqual(number(nurses["projectedGrowthPercent"]), 4.9)
        XCTAssertEqual(number(nurses["nationalAnnualOpenings"]), 189_100)
        for key in ["title", "areaAnnualOpeningsEstimate", "typicalEntryEducation", "highDemand", "highDemandReason"] {
            XCTAssertNotNil(nurses[key], key)
        }
        let adjacent = try XCTUnwrap((json["adjacent"] as? [[String: Any]])?.first)
        for key in ["soc", "title", "similarity"] { XCTAssertNotNil(adjacent[key], key) }
        let sources = try XCTUnwrap(json["sources"] as? [[String: Any]])
        XCTAssertTrue(sources.allSatisfy { $0["dataset"] is String && $0["vintage"] is String })
        // Deterministic: the same input gives byte-identical JSON.
        let again = try AlignmentRendering.json(try AnalysisData.align(["51.3801"], "GA"))
        XCTAssertEqual(try AlignmentRendering.json(try AnalysisData.align(["51.3801"], "GA")), again)
    }
}
