import Foundation

/// One named part of the alignment score, with everything needed to
/// recompute it by hand (docs/scoring.md).
public struct ScoreComponent: Sendable, Hashable, Codable {
    /// `openings`, `wage`, `growth`, `highDemandShare` or `educationFit`.
    public var name: String
    /// The measured value (unit in `unit`); nil when no linked occupation has the data.
    public var raw: Double?
    /// 0–1, from `raw` by `formula`.
    public var normalized: Double
    public var weight: Double
    public var unit: String
    /// The denominator `raw` is compared with (openings: the area's estimated
    /// all-occupations openings), when the formula uses one.
    public var reference: Double?
    /// The scale's bounds, e.g. {"floor": 0.75, "cap": 2}.
    public var parameters: [String: Double]
    public var formula: String
    /// Why `raw` is missing, when it is.
    public var note: String?
}

/// The 0–100 alignment score: 100 × Σ(weight × normalized) ÷ Σ weight.
public struct AlignmentScore: Sendable, Hashable, Codable {
    /// Rounded to one decimal.
    public var value: Double
    public var components: [ScoreComponent]
}

/// Openings-weighted sums over a discipline's linked occupations in an area;
/// the inputs of every component.
public struct ComponentSums: Sendable, Hashable {
    /// Σ estimated area openings (occupations with an estimate).
    public var openings = 0.0
    /// Σ openings × min(wage ratio, cap), and Σ openings over occupations with a known wage.
    public var wageSum = 0.0, wageWeight = 0.0
    public var growthSum = 0.0, growthWeight = 0.0
    /// Σ openings of high-demand occupations.
    public var highDemandOpenings = 0.0
    public var educationSum = 0.0, educationWeight = 0.0
    /// Linked occupations with an openings estimate.
    public var counted = 0

    public init() {}

    /// Adds one occupation. `openings` NaN: not counted. `median` +infinity:
    /// top-coded (counts at the wage cap). NaN growth/fit: left out of that mean.
    @inline(__always)
    public mutating func add(openings e: Double, median: Double, areaMedian: Double, wageCap: Double,
                             growth: Double, highDemand: Bool, educationFit: Double) {
        guard e.isFinite else { return }
        counted += 1
        openings += e
        if median == .infinity, areaMedian > 0 {
            wageSum += e * wageCap
            wageWeight += e
        } else if median.isFinite, areaMedian > 0 {
            wageSum += e * min(median / areaMedian, wageCap)
            wageWeight += e
        }
        if growth.isFinite {
            growthSum += e * growth
            growthWeight += e
        }
        if highDemand { highDemandOpenings += e }
        if educationFit.isFinite {
            educationSum += e * educationFit
            educationWeight += e
        }
    }
}

/// Turns component sums into the alignment score (docs/scoring.md).
public enum AlignmentScorer {
    /// The five raw values, in component order; NaN when missing.
    @inline(__always)
    public static func raws(_ s: ComponentSums) -> (openings: Double, wage: Double, growth: Double, highDemand: Double, education: Double) {
        (s.counted > 0 ? s.openings : .nan,
         s.wageWeight > 0 ? s.wageSum / s.wageWeight : .nan,
         s.growthWeight > 0 ? s.growthSum / s.growthWeight : .nan,
         s.openings > 0 ? s.highDemandOpenings / s.openings : .nan,
         s.educationWeight > 0 ? s.educationSum / s.educationWeight : .nan)
    }

    @inline(__always)
    static func clamp01(_ x: Double) -> Double { x.isNaN ? 0 : min(1, max(0, x)) }

    /// log-share scale for openings.
    @inline(__always)
    public static func normalizeOpenings(_ raw: Double, reference: Double, _ scale: ScoringWeights.OpeningsScale) -> Double {
        guard raw.isFinite, raw > 0, reference.isFinite, reference > 0 else { return 0 }
        return clamp01(log10(raw / reference / scale.floorShare) / log10(scale.capShare / scale.floorShare))
    }

    @inline(__always)
    public static func normalizeLinear(_ raw: Double, _ scale: ScoringWeights.LinearScale) -> Double {
        guard raw.isFinite else { return 0 }
        return clamp01((raw - scale.floor) / (scale.cap - scale.floor))
    }

    /// The normalised components and the score (unrounded).
    @inline(__always)
    public static func evaluate(_ s: ComponentSums, reference: Double, _ w: ScoringWeights)
        -> (score: Double, openings: Double, wage: Double, growth: Double, highDemand: Double, education: Double) {
        let r = raws(s)
        let n0 = normalizeOpenings(r.openings, reference: reference, w.openings)
        let n1 = normalizeLinear(r.wage, w.wage)
        let n2 = normalizeLinear(r.growth, w.growth)
        let n3 = clamp01(r.highDemand)
        let n4 = clamp01(r.education)
        let ww = w.weights
        let total = ww.openings + ww.wage + ww.growth + ww.highDemandShare + ww.educationFit
        let score = 100 * (ww.openings * n0 + ww.wage * n1 + ww.growth * n2 + ww.highDemandShare * n3 + ww.educationFit * n4) / total
        return (score, n0, n1, n2, n3, n4)
    }

    /// The score with every component spelled out.
    public static func score(_ s: ComponentSums, reference: Double, weights w: ScoringWeights) -> AlignmentScore {
        let r = raws(s)
        let e = evaluate(s, reference: reference, w)
        let missing = "no linked occupation has an estimated area openings figure"
        let components = [
            ScoreComponent(name: "openings", raw: Figures.rounded(r.openings, 1), normalized: Figures.rounded(e.openings, 4) ?? 0,
                           weight: w.weights.openings, unit: "estimated area annual openings, persons",
                           reference: Figures.rounded(reference, 1),
                           parameters: ["floorShare": w.openings.floorShare, "capShare": w.openings.capShare],
                           formula: "clamp(log10(raw / reference / floorShare) / log10(capShare / floorShare), 0, 1)",
                           note: r.openings.isFinite ? nil : missing),
            ScoreComponent(name: "wage", raw: Figures.rounded(r.wage, 4), normalized: Figures.rounded(e.wage, 4) ?? 0,
                           weight: w.weights.wage, unit: "openings-weighted mean of min(median wage ÷ area all-occupations median, cap)",
                           reference: nil, parameters: ["floor": w.wage.floor, "cap": w.wage.cap],
                           formula: "clamp((raw - floor) / (cap - floor), 0, 1)",
                           note: r.wage.isFinite ? nil : "no linked occupation has both an openings estimate and a published median wage"),
            ScoreComponent(name: "growth", raw: Figures.rounded(r.growth, 4), normalized: Figures.rounded(e.growth, 4) ?? 0,
                           weight: w.weights.growth, unit: "openings-weighted mean EP growth, %",
                           reference: nil, parameters: ["floor": w.growth.floor, "cap": w.growth.cap],
                           formula: "clamp((raw - floor) / (cap - floor), 0, 1)",
                           note: r.growth.isFinite ? nil : missing),
            ScoreComponent(name: "highDemandShare", raw: Figures.rounded(r.highDemand, 4), normalized: Figures.rounded(e.highDemand, 4) ?? 0,
                           weight: w.weights.highDemandShare, unit: "share of the openings in high-demand occupations",
                           reference: nil, parameters: [:], formula: "raw", note: r.highDemand.isFinite ? nil : missing),
            ScoreComponent(name: "educationFit", raw: Figures.rounded(r.education, 4), normalized: Figures.rounded(e.education, 4) ?? 0,
                           weight: w.weights.educationFit, unit: "openings-weighted mean education fit (0–1)",
                           reference: nil, parameters: [:], formula: "raw",
                           note: r.education.isFinite ? nil : "no linked occupation has an openings estimate and a typical entry education in the fit table"),
        ]
        return AlignmentScore(value: Figures.rounded(e.score, 1) ?? 0, components: components)
    }
}
