import Foundation
import MicrocredCore

extension SupplySettings {
    /// `datasets/supply-settings.yaml` beside the catalog.
    public static func defaultPath(catalogDirectory: String) -> String {
        (catalogDirectory as NSString).appendingPathComponent("supply-settings.yaml")
    }

    /// Reads and checks a settings file.
    public static func load(path: String) throws -> SupplySettings {
        let document = try YAMLDocument.load(path: path, what: "supply settings file")
        let settings = try document.decode(SupplySettings.self)
        let at = SourceLocation(file: path)
        if !(1...10).contains(settings.averageYears) {
            throw MicrocredError("average_years is \(settings.averageYears); it is a number of years from 1 to 10", at: at, hint: "Lightcast uses 3")
        }
        guard let last = settings.bands.last, last.max == nil else {
            throw MicrocredError("the last supply_demand_bands entry must have no max, so that every ratio has a band", at: at,
                                 hint: "Remove `max` from the last band")
        }
        var previous = -Double.infinity
        for band in settings.bands.dropLast() {
            guard let max = band.max, max > previous else {
                throw MicrocredError("band '\(band.id)' needs a max above the previous band's", at: at, hint: "List the bands from lowest to highest ratio")
            }
            previous = max
        }
        return settings
    }
}

extension CompetingAwardRules {
    /// `datasets/rules/competing-awards.yaml` beside the catalog.
    public static func defaultPath(catalogDirectory: String) -> String {
        (catalogDirectory as NSString).appendingPathComponent("rules/competing-awards.yaml")
    }

    /// Reads and checks a rules file: every AWLEVEL a real one, every rule's source listed.
    public static func load(path: String) throws -> CompetingAwardRules {
        let document = try YAMLDocument.load(path: path, what: "competing-awards rules file")
        let rules = try document.decode(CompetingAwardRules.self)
        let at = SourceLocation(file: path)
        for (i, rule) in ([rules.defaultRule] + rules.rules).enumerated() {
            let name = i == 0 ? "default" : "rules[\(i - 1)]"
            if rule.competesWith.isEmpty {
                throw MicrocredError("\(name).competes_with is empty", at: at, hint: "List the AWLEVEL codes it competes with, e.g. [20, 21]")
            }
            for code in rule.competesWith + [rule.when?.ownLevel].compactMap({ $0 }) where IPEDSAwardLevel(rawValue: code) == nil {
                throw MicrocredError("\(name) names AWLEVEL \(code), which is not an IPEDS award level", at: at,
                                     hint: "Use 20, 21, 2, 3, 4, 5, 6, 7, 8, 17, 18 or 19")
            }
            if rules.sources[rule.source] == nil {
                throw MicrocredError("\(name) cites source '\(rule.source)', which `sources` does not list", at: at, hint: "Add it under sources with its title")
            }
        }
        for length in rules.lengths.levels where IPEDSAwardLevel(rawValue: length.awardLevel) == nil {
            throw MicrocredError("lengths names AWLEVEL \(length.awardLevel), which is not an IPEDS award level", at: at, hint: "Use 20, 21, 2 or 4")
        }
        return rules
    }
}

extension RunConfiguration {
    /// The supply settings (datasets/supply-settings.yaml beside the catalog).
    public func supplySettings() throws -> Configured<SupplySettings> {
        let path = SupplySettings.defaultPath(catalogDirectory: catalog.directory)
        return Configured(try SupplySettings.load(path: path), file: path)
    }

    /// The competing-award rules (datasets/rules/competing-awards.yaml beside the catalog).
    public func competingAwardRules() throws -> Configured<CompetingAwardRules> {
        let path = CompetingAwardRules.defaultPath(catalogDirectory: catalog.directory)
        return Configured(try CompetingAwardRules.load(path: path), file: path)
    }
}
