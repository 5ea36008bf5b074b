import Foundation
import MicrocredCore

extension EntryReachabilityRules {
    /// `datasets/rules/entry-reachability.yaml` beside the catalog.
    public static func defaultPath(catalogDirectory: String) -> String {
        ((catalogDirectory as NSString).appendingPathComponent("rules") as NSString).appendingPathComponent("entry-reachability.yaml")
    }

    /// Reads and checks a rules file; problems name the file and the key.
    public static func load(path: String) throws -> EntryReachabilityRules {
        let document = try YAMLDocument.load(path: path, what: "entry-reachability rules file")
        var rules = try document.decode(EntryReachabilityRules.self)
        rules.file = path
        let problems = rules.problems()
        if !problems.isEmpty {
            throw MicrocredError("\(path): " + problems.joined(separator: "; "),
                                 hint: "Use the EP category names exactly as listed under education_levels (docs/analysis.md, entry reachability)")
        }
        return rules
    }
}

extension RunConfiguration {
    /// The entry-reachability rules (datasets/rules/entry-reachability.yaml beside the catalog).
    public func reachabilityRules() throws -> Configured<EntryReachabilityRules> {
        let path = EntryReachabilityRules.defaultPath(catalogDirectory: catalog.directory)
        return Configured(try EntryReachabilityRules.load(path: path), file: path)
    }
}
