import MicrocredCore
import Foundation

/// What the CIP 2020 list says about a code.
public enum CIPStatus: Sendable, Hashable {
    case valid(title: String)
    /// Retired in the 2020 revision; `replacedBy` names the codes to use instead.
    case retired(title: String, replacedBy: [CIPCode])
    /// Not in the list; `suggestions` are valid codes of the same series.
    case unknown(suggestions: [CIPCode])
}

/// What the area lists say about a proposal's area.
public enum AreaLookup: Sendable, Hashable {
    case found(Area)
    /// Not an OEWS area; `suggestions` are names (`GA`, `12060`) that are.
    case unknown(suggestions: [String], searched: String)
    /// The area list could not be read; the reason says which dataset and why.
    case unavailable(String)
}

/// The reference lookups a proposal's codes are checked against, kept
/// behind a protocol so that the parser and validator stay pure and tests
/// can supply small synthetic tables.
public protocol ProposalReferenceData {
    /// The CIP 2020 status of `code`.
    func cipStatus(_ code: CIPCode) -> CIPStatus
    /// The OEWS area `spec` names.
    func area(_ spec: AreaSpec) -> AreaLookup
}

/// Reference data from the project's datasets: `cip-codes` for CIP codes,
/// `oews-national` and `oews-state` for the U.S. and states, and
/// `oews-all-areas` (read only when a metropolitan area is named) for MSAs.
public final class DatasetReferenceData: ProposalReferenceData {
    public let store: DatasetStore
    private let cipCatalog: CIPCatalog

    /// Loads the CIP list now (it is needed for every proposal); area lists load on first use.
    public init(store: DatasetStore) throws {
        self.store = store
        self.cipCatalog = try store.cipCodes()
    }

    public func cipStatus(_ code: CIPCode) -> CIPStatus {
        if let program = cipCatalog.program(code) {
            if program.isValid { return .valid(title: program.title) }
            return .retired(title: program.title, replacedBy: program.replacedBy)
        }
        let series = cipCatalog.programs.filter { $0.isValid && $0.code.seriesCode == code.seriesCode }.map(\.code)
        return .unknown(suggestions: Array(series.sorted().prefix(6)))
    }

    public func area(_ spec: AreaSpec) -> AreaLookup {
        do {
            switch spec {
            case .nation:
                let areas = try store.oews("oews-national").areas
                if let us = areas.first(where: { $0.code.kind == .nation }) { return .found(us) }
                return .unknown(suggestions: [], searched: "oews-national")
            case .statePostal(let postal):
                let states = try store.oews("oews-state").areas.filter { $0.code.kind == .state }
                if let state = states.first(where: { $0.primaryState == postal }) { return .found(state) }
                let near = states.map(\.primaryState).filter { YAMLFieldReader.editDistance($0, postal) <= 1 }.sorted()
                return .unknown(suggestions: Array(near.prefix(6)), searched: "the \(states.count) states and territories of oews-state")
            case .stateFIPS(let fips):
                let states = try store.oews("oews-state").areas.filter { $0.code.kind == .state }
                if let state = states.first(where: { $0.code.code == Int32(fips) }) { return .found(state) }
                return .unknown(suggestions: [], searched: "the \(states.count) states and territories of oews-state")
            case .metro(let cbsa):
                let metros = try store.oews("oews-all-areas").areas.filter { $0.code.kind == .metro }
                if let metro = metros.first(where: { $0.code.code == Int32(cbsa) }) { return .found(metro) }
                return .unknown(suggestions: [], searched: "the \(metros.count) metropolitan areas of oews-all-areas")
            }
        } catch let error as MicrocredError {
            return .unavailable(error.message)
        } catch {
            return .unavailable("\(error)")
        }
    }
}
