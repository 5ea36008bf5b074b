import Foundation
import MicrocredCore

/// A configuration value with the file it came from.
public struct Configured<Value: Sendable>: Sendable {
    public var value: Value
    /// The file read; nil when the built-in defaults were used because the
    /// default file does not exist.
    public var file: String?

    public init(_ value: Value, file: String?) {
        self.value = value
        self.file = file
    }
}

/// What a command asks for: every option that decides where configuration
/// and data come from. The CLI fills it from its shared option groups.
public struct ConfigurationRequest: Sendable {
    public var catalogPath: String?
    public var dataDirectories: [String] = []
    public var vintages: [VintageSelection] = []
    public var weightsPath: String?
    public var criteriaPath: String?
    public var environment: [String: String]

    public init(catalogPath: String? = nil, dataDirectories: [String] = [], vintages: [VintageSelection] = [],
                weightsPath: String? = nil, criteriaPath: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.catalogPath = catalogPath
        self.dataDirectories = dataDirectories
        self.vintages = vintages
        self.weightsPath = weightsPath
        self.criteriaPath = criteriaPath
        self.environment = environment
    }
}

/// Everything a run is configured by, resolved the same way for every
/// command: the catalog and data path, and the settings files, each with the
/// file it was read from.
///
/// A file named explicitly must exist. A default file (beside the catalog)
/// that does not exist falls back to the built-in defaults where there are
/// any (scoring weights, high-demand criteria), and that is cited as such.
public struct RunConfiguration: Sendable {
    public var resolver: DatasetResolver
    public var weights: Configured<ScoringWeights>
    public var criteria: Configured<HighDemandCriteria>
    public var socAggregates: Configured<SOCAggregateRules>

    public var catalog: DatasetCatalog { resolver.catalog }

    public init(resolver: DatasetResolver, weights: Configured<ScoringWeights>, criteria: Configured<HighDemandCriteria>,
                socAggregates: Configured<SOCAggregateRules>) {
        self.resolver = resolver
        self.weights = weights
        self.criteria = criteria
        self.socAggregates = socAggregates
    }

    /// Reads the catalog, builds the data path and reads the settings files.
    public static func resolve(_ request: ConfigurationRequest) throws -> RunConfiguration {
        let resolver = try resolver(request)
        let directory = resolver.catalog.directory
        let weights = try configured(explicit: request.weightsPath, defaultName: "scoring-weights.yaml", in: directory,
                                     builtIn: ScoringWeights.default) {
            try ScoringWeights(document: YAMLDocument.load(path: $0, what: "scoring weights file"))
        }
        let criteria = try configured(explicit: request.criteriaPath, defaultName: "high-demand-criteria.yaml", in: directory,
                                      builtIn: HighDemandCriteria.default) {
            try HighDemandCriteria(document: YAMLDocument.load(path: $0, what: "high-demand criteria file"))
        }
        let aggregatesPath = (directory as NSString).appendingPathComponent("soc-aggregates.yaml")
        let aggregates = Configured(try SOCAggregateRules(document: YAMLDocument.load(path: aggregatesPath, what: "SOC aggregates file")),
                                    file: aggregatesPath)
        return RunConfiguration(resolver: resolver, weights: weights, criteria: criteria, socAggregates: aggregates)
    }

    /// The catalog and data path alone (for the `datasets` commands).
    public static func resolver(_ request: ConfigurationRequest) throws -> DatasetResolver {
        guard let path = DatasetCatalog.locate(explicit: request.catalogPath, environment: request.environment) else {
            throw MicrocredError("cannot find datasets/catalog.yaml in this folder or any parent",
                                 hint: "Run microcred from the project folder, or pass --catalog PATH (or set MICROCRED_CATALOG)")
        }
        let catalog = try DatasetCatalog.load(path: path)
        let dataPath = DataPath(catalogDirectory: catalog.directory, environment: request.environment, dataDirectories: request.dataDirectories)
        let choices = try DatasetResolver.vintageChoices(request.vintages, catalog: catalog)
        return DatasetResolver(catalog: catalog, dataPath: dataPath, vintageChoices: choices)
    }

    /// The design rules (datasets/rules/design-rules.yaml beside the catalog).
    public func designRules() throws -> Configured<DesignRules> {
        let path = DesignRules.defaultPath(catalogDirectory: catalog.directory)
        return Configured(try DesignRulesLoader.load(path: path), file: path)
    }

    /// The report settings (datasets/report-settings.yaml beside the catalog).
    public func reportSettings() throws -> Configured<ReportSettings> {
        let path = ReportSettings.defaultPath(catalogDirectory: catalog.directory)
        return Configured(try ReportSettings.load(path: path), file: path)
    }

    /// How a configuration file is named in reports: its path under the
    /// catalog's folder (`datasets/rules/design-rules.yaml`), or its file name
    /// for a file elsewhere, so that no report names a folder of this machine.
    public func displayName(of file: String?) -> String {
        guard let file else { return "built-in defaults" }
        let directory = catalog.directory
        let folder = (directory as NSString).lastPathComponent
        if !directory.isEmpty, file.hasPrefix(directory + "/") {
            return (folder.isEmpty || folder == "." ? "" : folder + "/") + String(file.dropFirst(directory.count + 1))
        }
        return (file as NSString).lastPathComponent
    }

    private static func configured<T: Sendable>(explicit: String?, defaultName: String, in directory: String, builtIn: T,
                                                 _ read: (String) throws -> T) throws -> Configured<T> {
        if let explicit { return Configured(try read(explicit), file: explicit) }
        let path = (directory as NSString).appendingPathComponent(defaultName)
        guard FileManager.default.fileExists(atPath: path) else { return Configured(builtIn, file: nil) }
        return Configured(try read(path), file: path)
    }
}
