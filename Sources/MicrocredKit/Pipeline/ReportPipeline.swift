import Foundation
import MicrocredCore

/// A file the pipeline writes: its name in the output folder and its text.
public struct GeneratedFile: Sendable, Hashable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// The main job, `microcred report`, as named stages with typed boundaries:
///
/// 1. **parse** the proposal file (read once) into a `ParsedProposal`;
/// 2. **configure**: resolve one `RunConfiguration` (catalog, data path,
///    weights, criteria, rules, report settings, each with its file);
/// 3. **load** the datasets the proposal needs into a `DataBundle`,
///    concurrently, with their provenance;
/// 4. **evaluate** into one `ProposalEvaluation`: every analysis result and
///    every decision, computed once;
/// 5. **render**: pure functions from the evaluation to `GeneratedFile`s;
/// 6. **write** the files atomically into the output folder.
///
/// Stages 4 and 5 do no I/O; only the edges (1–3, 6) touch files.
public enum ReportPipeline {
    /// Stage 1: reads and parses the proposal. Problems are kept as
    /// diagnostics; a file that cannot be read at all is an error.
    public static func parse(proposalPath: String) -> ParsedProposal {
        ProposalParser.parse(path: proposalPath)
    }

    /// Stage 3: the datasets for the proposal's area (an unreadable area
    /// loads the state files; its problem is reported by `evaluate`).
    public static func load(_ parsed: ParsedProposal, configuration: RunConfiguration) throws -> DataBundle {
        let area = parsed.area?.spec
        let reference = DataBundle.referenceDatasets(for: area, resolver: configuration.resolver)
        let analysis = DataBundle.alignmentDatasets(for: areaDataset(area, resolver: configuration.resolver), profiles: true) + levelDatasets
        let plan = try supplyPlan(configuration: configuration).plan
        // A metro proposal needs, of the all-areas file, the nation, the
        // states and its own metro only.
        var scope: OEWSAreaScope? = nil
        if case .metro(let cbsa) = area { scope = OEWSAreaScope(metros: [cbsa]) }
        let requests = (reference + analysis).map { DatasetRequest($0, scope: $0 == .oewsAllAreas ? scope.map(DatasetScope.oewsAreas) : nil) }
        // Two stages: everything with the HD files, then the completions of
        // the institutions HD places in the proposal's area.
        var bundle = try DataBundle.load(requests: requests + (plan?.institutionRequests ?? []), resolver: configuration.resolver)
        if let plan {
            let dataset = areaDataset(area, resolver: configuration.resolver)
            let areas = DataBundle.oewsDatasets(for: dataset).flatMap { (try? bundle.oews($0).areas) ?? [] }
            let found = area.flatMap { $0.find(in: areas) }
            try bundle.addCompletions(plan, area: found.map(SupplyArea.init), resolver: configuration.resolver)
        }
        return bundle
    }

    /// Datasets read only for the level rule (DesignRulesEngine+Level): O*NET
    /// Education, Training, and Experience (its categories come as its companion).
    public static let levelDatasets: [DatasetID] = [.onetEducation]

    /// Stage 4: checks the proposal against the data and evaluates it.
    public static func evaluate(_ parsed: ParsedProposal, proposalPath: String, bundle: DataBundle,
                                configuration: RunConfiguration, asOf: CalendarDate) throws -> ProposalEvaluation {
        let validated = try ProposalLoader.load(parsed, path: proposalPath, reference: DatasetReferenceData(bundle: bundle))
        let datasetID = DatasetID.oews(for: validated.area.code.kind)
        var inputs = try bundle.alignmentInputs(for: datasetID, aggregates: configuration.socAggregates.value)
        var programs: [CIPProgram] = []
        for (code, _) in validated.programs {
            let program = try inputs.crosswalk.validate(code.description)
            if !programs.contains(where: { $0.code == program.code }) { programs.append(program) }
        }
        let rule: HighDemandRule
        if let listPath = validated.highDemandListPath {
            let mappingPath = ((listPath as NSString).deletingPathExtension) + ".mapping.yaml"
            guard FileManager.default.fileExists(atPath: mappingPath) else {
                throw MicrocredError("high_demand_list \(listPath) has no column mapping", at: SourceLocation(file: validated.proposal.file),
                                     hint: "Write \(mappingPath) (see docs/analysis.md, high-demand lists), or remove high_demand_list to use the derived criteria")
            }
            let mapping = try HighDemandListMapping(document: YAMLDocument.load(path: mappingPath, what: "high-demand list mapping"))
            let rows = try HighDemandListLoader.load(path: listPath, mapping: mapping)
            rule = HighDemandRule(.list(HighDemandListImporter.resolve(rows, mapping: mapping, market: inputs.market,
                                                                         rollup: inputs.crosswalk.rollup,
                                                                         knownTitles: inputs.crosswalk.knownTitles(market: inputs.market))))
        } else {
            rule = HighDemandRule(.derived(configuration.criteria.value))
        }
        // The analysis cites the datasets of the proposal's area only.
        let used = DataBundle.alignmentDatasets(for: datasetID, profiles: true) + [.epOpenings, .onetEducation, .onetEducationCategories]
        let sources = configuration.catalog.datasets.compactMap { entry in used.contains(entry.id) ? bundle.resolved(entry.id) : nil }
        inputs.sources = sources.map { SourceCitation(dataset: $0.entry.id.rawValue, vintage: $0.vintage.vintage, title: $0.entry.title) }
        let reachability = try configuration.reachabilityRules()
        var reachRules = reachability.value
        reachRules.file = configuration.displayName(of: reachability.file)
        let method = CompleterMethod(rules: reachRules, profile: CompleterProfile(proposal: validated.proposal, rules: reachRules),
                                     jobZones: inputs.jobZones, tailoring: validated.proposal.occupationTailoring)
        let alignment = try AlignmentAnalyzer.analyze(programs: programs, area: validated.area, inputs: inputs,
                                                      weights: configuration.weights.value, highDemand: rule, method: method)
        let rules = try configuration.designRules()
        let settings = try configuration.reportSettings()
        var reportSources = sources.map { source in
            var cited = ReportSource(source, asOf: asOf)
            cited.checksumWarning = bundle.checksumMismatches.first { $0.dataset == source.id && $0.vintage == source.vintage.vintage }?.warning
            return cited
        }
        let supplyPlan = try supplyPlan(configuration: configuration)
        var supply: (analysis: SupplyAnalysis, top: Int)? = nil
        if let plan = supplyPlan.plan {
            let s = try Self.supply(plan: plan, proposal: validated.proposal, area: validated.area, programs: programs, alignment: alignment,
                                    inputs: inputs, bundle: bundle, configuration: configuration)
            supply = (s.0, s.top)
            for partial in s.sources {
                guard let resolved = bundle.provenance.last(where: { $0.id == partial.id }) else { continue }
                var source = ReportSource(resolved, asOf: asOf)
                source.vintage = partial.vintage
                reportSources.append(source)
            }
        }
        let oews = reportSources.first { $0.id == datasetID }.map { "OEWS \($0.vintage)" } ?? "OEWS"
        let ep = reportSources.first { $0.id == .epOccupation }.map { "EP \($0.vintage)" } ?? "EP"
        let onet = reportSources.first { $0.id == .onetSkills }?.vintage ?? "O*NET"
        let market = inputs.market, profiles = inputs.profiles
        var evidence = ProposalEvaluation.designEvidence(alignment, onetLevel: { soc in
            guard let profiles, let slot = market.slot(of: soc) else { return nil }
            return profiles.summaryLevel(slot: slot)
        }, oewsLabel: oews, projectionLabel: ep, onetLabel: onet)
        let zones = inputs.jobZones, education = bundle.educationTraining
        evidence.addPreparation(jobZone: { zones?.zone(for: $0)?.zone },
                                requiredEducation: { education?.distribution(.requiredEducation, soc: $0)?.percent },
                                jobZoneSource: reportSources.first { $0.id == .onetJobZones }.map { "\($0.vintage) Job Zones" },
                                requiredEducationSource: reportSources.first { $0.id == .onetEducation }.map { "\($0.vintage) Education, Training, and Experience" })
        let licensure = try configuration.licensureRules()
        let design = DesignRulesEngine.assess(validated.proposal, rules: rules.value, evidence: evidence, licensure: licensure.value)
        let stateComparison = market.slot(of: validated.area.code).flatMap {
            AreaComparison.state(of: $0, market: market, rule: rule, socs: alignment.occupations.filter(\.counts).map(\.demand.soc))
        }
        return ProposalEvaluation(validated: validated, alignment: alignment, design: design, rules: rules.value,
                                  settings: settings.value, sources: reportSources, asOf: asOf,
                                  proposalName: (proposalPath as NSString).lastPathComponent,
                                  configurationFiles: ConfigurationFiles(
                                      designRules: configuration.displayName(of: rules.file),
                                      reportSettings: configuration.displayName(of: settings.file),
                                      scoringWeights: configuration.displayName(of: configuration.weights.file),
                                      highDemandCriteria: configuration.displayName(of: configuration.criteria.file)),
                                  supply: supply?.analysis, supplyNote: supplyPlan.note, supplyTopCompetitors: supply?.top ?? 10, stateComparison: stateComparison)
    }

    /// Stage 5: every report and the index (pure).
    public static func render(_ evaluation: ProposalEvaluation) -> [GeneratedFile] {
        [
            GeneratedFile(name: ReportIndex.fileName, contents: ReportIndex.render(evaluation)),
            GeneratedFile(name: NeedsAssessmentReport.fileName, contents: NeedsAssessmentReport.render(evaluation)),
            GeneratedFile(name: DesignDevelopmentReport.fileName, contents: DesignDevelopmentReport.render(evaluation)),
            GeneratedFile(name: ImplementationReport.fileName, contents: ImplementationReport.render(evaluation)),
            GeneratedFile(name: EvaluationReport.fileName, contents: EvaluationReport.render(evaluation)),
        ]
    }

    /// Stages 1–5 for `proposalPath`: the evaluation and the files to write.
    public static func run(proposalPath: String, configuration: RunConfiguration,
                           asOf: CalendarDate) throws -> (evaluation: ProposalEvaluation, files: [GeneratedFile]) {
        let parsed = parse(proposalPath: proposalPath)
        let bundle = try load(parsed, configuration: configuration)
        let evaluation = try evaluate(parsed, proposalPath: proposalPath, bundle: bundle, configuration: configuration, asOf: asOf)
        return (evaluation, render(evaluation))
    }

    /// Stage 6: writes the files atomically into `folder`.
    /// The marker records `proposalPath` so that another proposal's folder is
    /// never replaced; returns notices (e.g. an interrupted run recovered).
    @discardableResult
    public static func write(_ files: [GeneratedFile], to folder: String, force: Bool, proposalPath: String? = nil) throws -> [String] {
        try OutputDirectory.write(files.map { ($0.name, $0.contents) }, to: folder, force: force, proposalPath: proposalPath)
    }

    /// The OEWS dataset for the proposal's area (the state file when unknown).
    static func areaDataset(_ area: AreaQuery?, resolver: DatasetResolver) -> DatasetID {
        guard let area else { return .oewsState }
        if case .title = area { return resolver.isAvailable(.oewsAllAreas) ? .oewsAllAreas : .oewsState }
        return area.datasetID
    }
}
