import ArgumentParser
import Dispatch
import Foundation
import MicrocredCore
import MicrocredKit

/// `microcred rank`: every discipline ranked by alignment in an area, or in all areas.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank every valid six-digit CIP 2020 code with crosswalk links by alignment in an area (or --area all).",
        discussion: """
        Uses the same score as `align` (docs/scoring.md). `--area all` scores every area of the OEWS all-areas file \
        (the U.S., 54 states and territories, 528 metropolitan areas) and needs --format csv.
        """)

    @OptionGroup var data: DataOptions
    @OptionGroup var vintage: VintageOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: ArgumentHelp("US, a state (GA or 13), a metro area's CBSA code (12060), or all.", valueName: "area"))
    var area: RankArea

    @Option(help: "Show only the first N disciplines.")
    var top: Int?

    @Option(help: ArgumentHelp("Only CIP family NN, e.g. 11 (Computer and information sciences).", valueName: "NN"))
    var family: Int?

    @OptionGroup var output: FormatOptions
    var format: OutputFormat { output.format }

    @Flag(help: "Leave out the supply columns (IPEDS completions against openings; docs/supply.md).")
    var noSupply = false

    @Option(name: .customLong("award-levels"),
            help: ArgumentHelp("Award levels counted as supply: AWLEVEL codes or groups, comma-separated (default: the competing-awards rules' default, short certificates).",
                               valueName: "levels"))
    var awardLevels: [String] = []

    @Flag(help: ArgumentHelp("Print the time of each phase to standard error (for benchmarks).", visibility: .hidden))
    var timings = false

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be 1 or more.") }
        if let family, !(1...99).contains(family) { throw ValidationError("--family is a two-digit CIP family such as 11 or 51.") }
        for text in awardLevels.flatMap({ $0.split(separator: ",").map(String.init) }) where IPEDSAwardLevel.parseList(text) == nil {
            throw ValidationError("--award-levels: '\(text)' is not an AWLEVEL code (20, 21, 2, 3, 4, 5, 6, 7, 8, 17, 18, 19) or a group (\(IPEDSAwardGroup.allCases.map(\.rawValue).joined(separator: ", "))).")
        }
        if case .all = area, format != .csv {
            throw ValidationError("--area all writes about a million rows; use it with --format csv.")
        }
    }

    func run() throws {
        try reportingErrors {
            let configuration = try data.configuration(vintages: vintage.vintages, analysis: analysis)
            let weights = configuration.weights.value
            guard case .area(let query) = area else {
                try rankAll(configuration: configuration)
                return
            }
            let (plan, supplyNote) = noSupply ? (nil, "left out with --no-supply") : try ReportPipeline.supplyPlan(configuration: configuration)
            let loaded = try loadAnalysis(query, configuration: configuration, profiles: false, also: plan?.institutionRequests ?? [])
            var bundle = loaded.bundle
            if let plan { try bundle.addCompletions(plan, area: SupplyArea(loaded.area), resolver: configuration.resolver) }
            let inputs = try bundle.alignmentInputs(for: loaded.dataset, aggregates: configuration.socAggregates.value)
            let area = loaded.area
            let rule = try analysis.rule(configuration: configuration, market: inputs.market, crosswalk: inputs.crosswalk)
            let method = try analysis.method(configuration: configuration, jobZones: inputs.jobZones)
            let ranker = DisciplineRanker(market: inputs.market, crosswalk: inputs.crosswalk, weights: weights, rule: rule, method: method)
            guard let a = inputs.market.slot(of: area.code) else { throw MicrocredError("area \(area.title) is not in the loaded data") }
            let (ranked, unscored) = ranker.rank(area: a, family: family)
            let rendering = RankRendering(crosswalk: inputs.crosswalk)
            let supply = try plan.map { try rankSupply(plan: $0, bundle: bundle, inputs: inputs, method: method, configuration: configuration, awardLevels: awardLevels).area(a, market: inputs.market) }
            switch format {
            case .csv:
                if let supplyNote { printError("note: supply columns are empty: \(supplyNote)") }
                var out = Array(RankRendering.csvHeader.utf8)
                rendering.appendCSV(area: area, ranked: top.map { Array(ranked.prefix($0)) } ?? ranked, supply: supply, to: &out)
                StandardOutput.write(out)
                StandardOutput.flush()
            case .json:
                print(try rendering.json(area: area, ranked: ranked, unscored: unscored, top: top, weights: weights,
                                         label: rule.label, sources: bundle.citationsByDataset, supply: supply, supplyNote: supplyNote))
            case .table, .markdown:
                print(render(rendering.document(area: area, ranked: ranked, unscored: unscored, top: top, family: family, label: rule.label,
                                                supply: supply, supplyNote: supplyNote), format),
                      terminator: "")
            }
        }
    }

    /// Every area of the all-areas file, streamed as CSV: areas are scored in
    /// parallel batches and written in file order.
    func rankAll(configuration: RunConfiguration) throws {
        var clock = PhaseClock(enabled: timings)
        let weights = configuration.weights.value
        let (plan, supplyNote) = noSupply ? (nil, "left out with --no-supply") : try ReportPipeline.supplyPlan(configuration: configuration)
        let bundle = try DataBundle.load(requests: DataBundle.alignmentDatasets(for: .oewsAllAreas, profiles: false).map { DatasetRequest($0) }
                                            + (plan?.requests ?? []), resolver: configuration.resolver)
        let inputs = try bundle.alignmentInputs(for: .oewsAllAreas, aggregates: configuration.socAggregates.value)
        clock.mark("load and prepare data")
        let rule = try analysis.rule(configuration: configuration, market: inputs.market, crosswalk: inputs.crosswalk)
        let method = try analysis.method(configuration: configuration, jobZones: inputs.jobZones)
        let supply = try plan.map { try rankSupply(plan: $0, bundle: bundle, inputs: inputs, method: method, configuration: configuration, awardLevels: awardLevels) }
        if let supplyNote { printError("note: supply columns are empty: \(supplyNote)") }
        clock.mark("place completions")
        let ranker = DisciplineRanker(market: inputs.market, crosswalk: inputs.crosswalk, weights: weights, rule: rule, method: method)
        let rendering = RankRendering(crosswalk: inputs.crosswalk)
        let areas = inputs.market.areas
        StandardOutput.write(RankRendering.csvHeader)
        let batch = 32
        var unscored = 0, rows = 0
        var start = 0
        let buffers = ParallelBuffers(count: batch)
        defer { buffers.deallocate() }
        while start < areas.count {
            let end = min(areas.count, start + batch)
            let first = start
            DispatchQueue.concurrentPerform(iterations: end - first) { k in
                let a = first + k
                let (all, left) = ranker.rank(area: a, family: family)
                let ranked = top.map { Array(all.prefix($0)) } ?? all
                let figures = supply?.area(a, market: inputs.market)
                let base = buffers.reserve(k, bytes: rendering.maximumCSVBytes(area: areas[a], rows: ranked.count, supply: figures))
                buffers.finish(k, count: rendering.writeCSV(area: areas[a], ranked: ranked, supply: figures, to: base), rows: ranked.count, unscored: left)
            }
            for k in 0..<(end - start) {
                buffers.write(k)
                rows += buffers.rows[k]
                unscored += buffers.unscored[k]
            }
            start = end
        }
        StandardOutput.flush()
        clock.mark("score and write")
        printError("note: \(rows) (area, CIP) scores for \(areas.count) areas; \(unscored) (area, CIP) pairs left out because no linked occupation has an openings estimate in the area")
    }
}

/// The supply columns of a ranking: every discipline's completions at the
/// award levels any credential competes with (the competing-awards rules'
/// default, as `supply` without --level), against its share of the openings
/// of the occupations the completer method counts.
func rankSupply(plan: IPEDSPlan, bundle: DataBundle, inputs: AlignmentInputs, method: CompleterMethod,
                configuration: RunConfiguration, awardLevels: [String]) throws -> RankSupply {
    let settings = try configuration.supplySettings()
    var levels: [IPEDSAwardLevel] = []
    for text in awardLevels.flatMap({ $0.split(separator: ",").map(String.init) }) {
        for l in IPEDSAwardLevel.parseList(text) ?? [] where !levels.contains(l) { levels.append(l) }
    }
    if levels.isEmpty { levels = try configuration.competingAwardRules().value.competing(for: nil).levels }
    let supply = DisciplineSupply(years: try bundle.ipedsYears(plan), levels: levels,
                                  averageYears: settings.value.averageYears, crosswalk: inputs.crosswalk, market: inputs.market)
    return RankSupply(supply: supply, settings: settings.value, counts: method.countsMask(market: inputs.market))
}

/// Per-area output buffers, reused from batch to batch; worker `k` touches
/// only slot `k`, and the main thread reads them after the batch.
final class ParallelBuffers: @unchecked Sendable {
    private var pointers: [UnsafeMutablePointer<UInt8>?]
    private var capacities: [Int]
    private var counts: [Int]
    private(set) var rows: [Int]
    private(set) var unscored: [Int]
    private let lock = NSLock()

    init(count: Int) {
        pointers = Array(repeating: nil, count: count)
        capacities = Array(repeating: 0, count: count)
        counts = Array(repeating: 0, count: count)
        rows = Array(repeating: 0, count: count)
        unscored = Array(repeating: 0, count: count)
    }

    /// Slot `k`'s memory, grown to at least `bytes`.
    func reserve(_ k: Int, bytes: Int) -> UnsafeMutablePointer<UInt8> {
        lock.lock()
        defer { lock.unlock() }
        if let p = pointers[k], capacities[k] >= bytes { return p }
        pointers[k]?.deallocate()
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes, 1))
        pointers[k] = p
        capacities[k] = max(bytes, 1)
        return p
    }

    func finish(_ k: Int, count: Int, rows r: Int, unscored u: Int) {
        lock.lock()
        counts[k] = count
        rows[k] = r
        unscored[k] = u
        lock.unlock()
    }

    /// Writes slot `k` to standard output.
    func write(_ k: Int) {
        guard let p = pointers[k], counts[k] > 0 else { return }
        StandardOutput.write(UnsafeRawPointer(p), count: counts[k])
    }

    func deallocate() {
        for p in pointers { p?.deallocate() }
        pointers = Array(repeating: nil, count: pointers.count)
    }
}

/// Wall-clock phase times on standard error, when enabled.
struct PhaseClock {
    let enabled: Bool
    var last = DispatchTime.now().uptimeNanoseconds

    init(enabled: Bool) { self.enabled = enabled }

    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        printError(String(format: "timing: %@ %.3f s", phase as NSString, Double(now - last) / 1e9))
        last = now
    }
}
