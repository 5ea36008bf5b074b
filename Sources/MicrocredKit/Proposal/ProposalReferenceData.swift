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
    func area(_ spec: AreaQuery) -> AreaLookup
}

/// Reference data from loaded datasets: `cip-codes` for CIP codes and the
/// OEWS files of the bundle for areas (`DataBundle.referenceDatasets` says
/// which to load for a proposal's area).
public struct DatasetReferenceData: ProposalReferenceData {
    public let bundle: DataBundle
    private let cipCatalog: CIPCatalog

    public init(bundle: DataBundle) throws {
        self.bundle = bundle
        self.cipCatalog = try bundle.requireCIPCodes()
    }

    public func cipStatus(_ code: CIPCode) -> CIPStatus {
        if let program = cipCatalog.program(code) {
            if program.isValid { return .valid(title: program.title) }
            return .retired(title: program.title, replacedBy: program.replacedBy)
        }
        let series = cipCatalog.programs.filter { $0.isValid && $0.code.seriesCode == code.seriesCode }.map(\.code)
        return .unknown(suggestions: Array(series.sorted().prefix(6)))
    }

    public func area(_ query: AreaQuery) -> AreaLookup {
        let loaded = bundle.oews.keys.sorted()
        guard !loaded.isEmpty else { return .unavailable("no OEWS file was loaded to look the area up in") }
        let areas = loaded.flatMap { bundle.oews[$0]?.areas ?? [] }
        if let area = query.find(in: areas) { return .found(area) }
        let searched = loaded.map(\.rawValue).joined(separator: ", ")
        switch query {
        case .statePostal(let postal):
            let states = areas.filter { $0.code.kind == .state }
            var near: [String] = []
            for state in states where editDistance(state.primaryState, postal) <= 1 && !near.contains(state.primaryState) {
                near.append(state.primaryState)
            }
            return .unknown(suggestions: Array(near.sorted().prefix(6)), searched: "the \(states.count) states and territories of \(searched)")
        case .title(let title):
            let close = AreaResolver.suggestions(for: title, in: areas).map(\.commandLineName)
            return .unknown(suggestions: close, searched: "the areas of \(searched)")
        default:
            return .unknown(suggestions: [], searched: "the areas of \(searched)")
        }
    }
}

extension DataBundle {
    /// The datasets a proposal naming `area` is checked against: the CIP list
    /// and the OEWS file that publishes the area (for a title, the all-areas
    /// file when it is on the data path, else the national and state files).
    public static func referenceDatasets(for area: AreaQuery?, resolver: DatasetResolver) -> [DatasetID] {
        guard let area else { return [.cipCodes, .oewsNational, .oewsState] }
        if case .title = area {
            return resolver.isAvailable(.oewsAllAreas) ? [.cipCodes, .oewsAllAreas] : [.cipCodes, .oewsNational, .oewsState]
        }
        return [.cipCodes] + oewsDatasets(for: area.datasetID)
    }
}
