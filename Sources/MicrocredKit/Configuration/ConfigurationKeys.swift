import MicrocredCore
import Yams

/// Checks a configuration file's mapping keys so that a misspelt key is an
/// error with its line rather than silently ignored.
enum ConfigurationKeys {
    static func check(_ document: YAMLDocument, allowed: [String], under path: [String] = [], what: String) throws {
        var node = document.root
        for key in path {
            guard case .mapping(let m) = node, let next = m.first(where: { $0.key.string == key })?.value else { return }
            node = next
        }
        guard case .mapping(let mapping) = node else {
            let (line, column) = node.lineColumn
            let place = path.isEmpty ? "the file" : "'\(path.joined(separator: "."))'"
            throw MicrocredError("\(document.file):\(line):\(column): \(place) must be a mapping of keys to values (key: value)",
                                 hint: "See the default \(what) file in datasets/ for the layout")
        }
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                let (line, column) = key.lineColumn
                let close = allowed.min { editDistance(name, $0) < editDistance(name, $1) }
                throw MicrocredError("\(document.file):\(line):\(column): unknown key '\(name)' in the \(what)" + (path.isEmpty ? "" : " under '\(path.joined(separator: "."))'"),
                                     hint: (close.map { "Did you mean '\($0)'? " } ?? "") + "Allowed keys: " + allowed.joined(separator: ", "))
            }
        }
    }
}

/// A coding key from text.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
