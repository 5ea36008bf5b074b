import Foundation

/// Finds the OEWS area a user named on the command line (`US`, `GA`, `13`,
/// `12060`, or a title such as "Atlanta-Sandy Springs-Roswell, GA") among the
/// areas of an OEWS file, and suggests close matches when none fits.
public enum AreaResolver {
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
        if let area = AreaQuery(text)?.find(in: areas) { return area }
        let close = suggestions(for: text, in: areas)
        var hint = "Use " + AreaQuery.spellings + "."
        if !close.isEmpty {
            hint = "Did you mean " + close.map { "\($0.commandLineName) (\($0.title))" }.joined(separator: ", ") + "? " + hint
        }
        throw MicrocredError("unknown area '\(text)': it is not an area of \(searched)", hint: hint)
    }
}
