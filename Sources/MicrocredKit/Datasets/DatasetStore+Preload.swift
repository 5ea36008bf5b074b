import MicrocredCore
import Foundation

extension DatasetStore {
    /// Loads datasets `ids` on all cores at once and keeps them in the cache,
    /// so that later calls (`oews`, `projections`, `onetRatings`, …) return at
    /// once. `ep` stands for Employment Projections tables 1.2 and 1.10
    /// together. Missing files and load errors are thrown here, in `ids`
    /// order, as the accessors would throw them.
    public func preload(_ ids: [String]) throws {
        struct Job {
            var key: String
            var resolved: [ResolvedDataset]
            var load: () -> (value: Any, reports: [LoadReport])
        }
        var jobs: [Job] = []
        for id in ids where !isCached(id) {
            if id == "ep" {
                let table = try require("ep-occupation"), openings = try require("ep-openings")
                jobs.append(Job(key: "ep", resolved: [table, openings]) {
                    let data = EPLoader.load(projectionsPath: table.path ?? "", openingsPath: openings.path)
                    return (data, [data.report] + (data.openingsReport.map { [$0] } ?? []))
                })
                continue
            }
            let resolved = try require(id)
            let path = resolved.path ?? ""
            let load: () -> (value: Any, reports: [LoadReport])
            switch resolved.entry.kind {
            case .oews: load = { let d = OEWSLoader.load(path: path); return (d, [d.report]) }
            case .cipSocCrosswalk: load = { let d = CrosswalkLoader.load(path: path); return (d, [d.report]) }
            case .cipCodes: load = { let d = CIPCodesLoader.load(path: path); return (d, [d.report]) }
            case .onetOccupations: load = { let d = ONetLoader.loadOccupations(path: path); return (d, [d.report]) }
            case .onetSkills: load = { let d = ONetLoader.loadRatings(path: path, domain: .skill); return (d, [d.report]) }
            case .onetKnowledge: load = { let d = ONetLoader.loadRatings(path: path, domain: .knowledge); return (d, [d.report]) }
            default: continue
            }
            jobs.append(Job(key: id, resolved: [resolved], load: load))
        }
        let results = PreloadResults(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            results.set(i, jobs[i].load())
        }
        for (i, job) in jobs.enumerated() {
            guard let result = results.get(i) else { continue }
            for report in result.reports { try report.throwIfErrors() }
            store(job.key, result.value)
            for resolved in job.resolved { markUsedPublicly(resolved) }
        }
    }
}

/// Results of concurrent loads, guarded by a lock.
private final class PreloadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [(value: Any, reports: [LoadReport])?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: (value: Any, reports: [LoadReport])) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }

    func get(_ i: Int) -> (value: Any, reports: [LoadReport])? {
        lock.lock()
        defer { lock.unlock() }
        return values[i]
    }
}
