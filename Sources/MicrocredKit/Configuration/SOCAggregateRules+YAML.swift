import Foundation
import MicrocredCore
import Yams

extension SOCAggregateRules {
    /// Reads the `aggregates:` mapping of a parsed soc-aggregates.yaml,
    /// reporting a bad code with its line.
    public init(document: YAMLDocument) throws {
        guard case .mapping(let root) = document.root else {
            throw MicrocredError("the SOC aggregates file must be a mapping with an 'aggregates' key", at: SourceLocation(file: document.file))
        }
        let effectiveDate = root.first { $0.key.string == "effective_date" }?.value.string
        guard let aggregates = root.first(where: { $0.key.string == "aggregates" })?.value,
              case .mapping(let pairs) = aggregates else {
            throw MicrocredError("missing the 'aggregates' mapping (aggregate code: [member codes])", at: SourceLocation(file: document.file))
        }
        var map: [SOCCode: SOCCode] = [:]
        func code(_ node: Node) throws -> SOCCode {
            let text = node.string ?? ""
            guard let soc = SOCCode(text) else {
                let (line, column) = node.lineColumn
                throw MicrocredError("\(document.file):\(line):\(column): " + SOCCode.problem(with: text))
            }
            return soc
        }
        for (key, value) in pairs {
            let aggregate = try code(key)
            guard case .sequence(let members) = value else {
                let (line, column) = value.lineColumn
                throw MicrocredError("\(document.file):\(line):\(column): the members of \(aggregate) must be a list such as [21-1011, 21-1014]")
            }
            for member in members { map[try code(member)] = aggregate }
        }
        self.init(aggregateOf: map, effectiveDate: effectiveDate)
    }
}
