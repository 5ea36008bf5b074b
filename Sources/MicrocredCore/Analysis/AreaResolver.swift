import Foundation

/// Finds the OEWS area a user named on the command line (`US`, `GA`, `13`,
/// `12060`, or a title such as "Atlanta-Sandy Springs-Roswell, GA") among the
/// areas of an OEWS file, and suggests close matches when none fits.
public enum AreaResolver {
    /// The OEWS dataset that publishes the area `text` names: the national
    /// file for the U.S., the state file for a postal code or FIPS code, and
    /// the all-areas file for a metropolitan (CBSA) code or a title.
    public static func datasetID(for text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        let upper = t.uppercased()
        if upper == "US" || upper == "USA" || upper == "99" || upper == "U.S." || upper == "NATION" { return "oews-national" }
        if t.count == 2, t.allSatisfy({ $0.isASCII && $0.isLetter }) { return "oews-state" }
        if (1...2).contains(t.count), t.allSatisfy({ $0.isASCII && $0.isNumber }) { return "oews-state" }
        return "oews-all-areas"
    }

    /// The area `text` names among `areas`, or nil.
    ///
    /// Accepted spellings: `US`/`USA`/`99` for the nation; a state's postal
    /// code (`GA`, from PRIM_STATE) or FIPS code (`13` or `013`); a metro
    /// area's 5-digit CBSA code (`12060`); an exact AREA_TITLE, ignoring case.
    public static func find(_ text: String, in areas: [Area]) -> Area? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let upper = t.uppercased()
        if ["US", "USA", "U.S.", "NATION", "99"].contains(upper) {
            return areas.first { $0.code.kind == .nation }
        }
        if t.count == 2, t.allSatisfy({ $0.isASCII && $0.isLetter }) {
            return areas.first { $0.code.kind == .state && $0.primaryState.uppercased() == upper }
        }
        if !t.isEmpty, t.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(t) {
            if t.count <= 3 {
                return areas.first { $0.code.kind == .state && Int($0.code.code) == number }
            }
            return areas.first { $0.code.kind == .metro && Int($0.code.code) == number }
        }
        let lower = t.lowercased()
        return areas.first { $0.title.lowercased() == lower }
    }

    /// Up to `limit` areas closest to `text`, by edit distance to each area's
    /// command-line name, code and title (and title words contained in the
    /// text), closest first; ties in file order.
    public static func suggestions(for text: String, in areas: [Area], limit: Int = 5) -> [Area] {
        let query = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !query.isEmpty else { return [] }
        var scored: [(distance: Int, order: Int, area: Area)] = []
        for (order, area) in areas.enumerated() {
            let names = [area.commandLineName.lowercased(), area.code.description, area.title.lowercased()]
            var best = Int.max
            for name in names { best = min(best, editDistance(query, name)) }
            // A query contained in the title ("atlanta") is a strong match.
            if query.count >= 3, area.title.lowercased().contains(query) { best = min(best, 1) }
            // Compare with the title's leading part of the same length ("Atlnta" vs "Atlanta-Sandy…").
            let prefix = String(area.title.lowercased().prefix(query.count))
            if query.count >= 4 { best = min(best, editDistance(query, prefix) + 1) }
            scored.append((best, order, area))
        }
        let cutoff = max(2, query.count / 2)
        return scored.filter { $0.distance <= cutoff }
            .sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }
            .prefix(limit).map(\.area)
    }

    /// The area, or an error listing close matches and the accepted spellings.
    public static func resolve(_ text: String, in areas: [Area], searched: String) throws -> Area {
        if let area = find(text, in: areas) { return area }
        let close = suggestions(for: text, in: areas)
        var hint = "Use US, a state postal code (GA) or FIPS code (13), or a metro area's 5-digit CBSA code (12060)."
        if !close.isEmpty {
            hint = "Did you mean " + close.map { "\($0.commandLineName) (\($0.title))" }.joined(separator: ", ") + "? " + hint
        }
        throw MicrocredError("unknown area '\(text)': it is not an area of \(searched)", hint: hint)
    }

    /// Levenshtein distance over characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
