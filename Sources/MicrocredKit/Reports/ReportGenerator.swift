import MicrocredCore
import Foundation

/// The four framework reports and their index, as file names and contents.
public struct ReportSet: Sendable {
    public var files: [(name: String, contents: String)]
    public var recommendation: Recommendation
}

/// Produces the reports for a proposal: checks it, analyses its discipline
/// and area, applies the design rules, and renders one file per report.
///
/// Loading happens in `prepare` (the I/O edge); `render` is pure.
public enum ReportGenerator {
    /// Checks the proposal (every problem at once) and gathers everything the
    /// reports need.
    public static func prepare(proposalPath: String, store: DatasetStore, asOf: CalendarDate,
                               weightsPath: String? = nil) throws -> ProposalEvaluation {
        // Read every dataset the report needs at once, on all cores; the
        // proposal's area decides which OEWS file (an unreadable proposal
        // loads the state file, and its problems are reported below).
        var area: AreaSpec? = nil
        if let text = try? String(contentsOfFile: proposalPath, encoding: .utf8) {
            area = ProposalParser.parse(text: text, file: proposalPath).proposal?.area
        }
        var preload = ["cip-codes", "cip-soc", "ep", "onet-skills", "onet-knowledge", "oews-national"]
        if case .metro = area { preload.insert("oews-all-areas", at: 0) } else if area != .nation { preload.append("oews-state") }
        try store.preload(preload)
        let reference = try DatasetReferenceData(store: store)
        let validated = try ProposalLoader.load(path: proposalPath, reference: reference)
        let datasetID: String
        switch validated.area.code.kind {
        case .nation: datasetID = "oews-national"
        case .state: datasetID = "oews-state"
        case .metro: datasetID = "oews-all-areas"
        }
        var inputs = try store.alignmentInputs(for: datasetID, profiles: true)
        var programs: [CIPProgram] = []
        for (code, _) in validated.programs {
            let program = try inputs.crosswalk.validate(code.description)
            if !programs.contains(where: { $0.code == program.code }) { programs.append(program) }
        }
        let directory = store.catalog.directory
        let weights = try ScoringWeights(document: YAMLDocument.load(
            path: weightsPath ?? (directory as NSString).appendingPathComponent("scoring-weights.yaml"), what: "scoring weights file"))
        let rule: HighDemandRule
        if let listPath = validated.highDemandListPath {
            let mappingPath = ((listPath as NSString).deletingPathExtension) + ".mapping.yaml"
            guard FileManager.default.fileExists(atPath: mappingPath) else {
                throw MicrocredError("\(validated.proposal.file): high_demand_list \(listPath) has no column mapping",
                                     hint: "Write \(mappingPath) (see docs/analysis.md, high-demand lists), or remove high_demand_list to use the derived criteria")
            }
            let mapping = try HighDemandListMapping(document: YAMLDocument.load(path: mappingPath, what: "high-demand list mapping"))
            let rows = try HighDemandListLoader.load(path: listPath, mapping: mapping)
            rule = HighDemandRule(.list(HighDemandListImporter.resolve(rows, mapping: mapping, market: inputs.market,
                                                                         rollup: inputs.crosswalk.rollup,
                                                                         knownTitles: inputs.crosswalk.knownTitles(market: inputs.market))))
        } else {
            rule = HighDemandRule(.derived(try HighDemandCriteria(document: YAMLDocument.load(
                path: (directory as NSString).appendingPathComponent("high-demand-criteria.yaml"), what: "high-demand criteria file"))))
        }
        inputs.sources = store.citations()
        let alignment = try AlignmentAnalyzer.analyze(programs: programs, area: validated.area, inputs: inputs, weights: weights, highDemand: rule)
        let rules = try DesignRulesLoader.load(path: DesignRules.defaultPath(catalogDirectory: directory))
        let settings = try ReportSettings.load(path: ReportSettings.defaultPath(catalogDirectory: directory))
        // The datasets this report rests on, in catalog order (not load order,
        // which depends on what else the process did).
        var needed: Set<String> = ["cip-codes", "cip-soc", "ep-occupation", "ep-openings", "onet-skills", "onet-knowledge", datasetID]
        if datasetID == "oews-state" { needed.insert("oews-national") }
        let sources = try store.catalog.datasets.filter { needed.contains($0.id) }.map { ReportSource(try store.require($0.id), asOf: asOf) }
        let oews = sources.first { $0.id == datasetID }.map { "OEWS \($0.vintage)" } ?? "OEWS"
        let ep = sources.first { $0.id == "ep-occupation" }.map { "EP \($0.vintage)" } ?? "EP"
        let onet = sources.first { $0.id == "onet-skills" }?.vintage ?? "O*NET"
        let market = inputs.market, profiles = inputs.profiles
        let evidence = ProposalEvaluation.designEvidence(alignment, onetLevel: { soc in
            guard let profiles, let slot = market.slot(of: soc) else { return nil }
            return summaryLevel(profiles: profiles, slot: slot)
        }, oewsLabel: oews, projectionLabel: ep, onetLabel: onet)
        let design = DesignRulesEngine.assess(validated.proposal, rules: rules, evidence: evidence)
        return ProposalEvaluation(validated: validated, alignment: alignment, design: design, rules: rules, settings: settings,
                            sources: sources, asOf: asOf, proposalName: (proposalPath as NSString).lastPathComponent)
    }

    /// An occupation's summary O*NET level: the importance-weighted mean
    /// level of its ten most important skills and knowledge areas
    /// (docs/reports.md).
    static func summaryLevel(profiles: SkillProfiles, slot: Int) -> Double? {
        guard slot < profiles.importance.count, let importance = profiles.importance[slot], let level = profiles.level[slot] else { return nil }
        let top = importance.indices.sorted { (importance[$0], -$0) > (importance[$1], -$1) }.prefix(10)
        var sum = 0.0, weight = 0.0
        for i in top where level[i].isFinite && importance[i].isFinite {
            sum += importance[i] * level[i]
            weight += importance[i]
        }
        return weight > 0 ? sum / weight : nil
    }

    /// Renders every report and the index.
    public static func render(_ inputs: ProposalEvaluation) -> ReportSet {
        let recommendation = inputs.recommendation
        return ReportSet(files: [
            (ReportIndex.fileName, ReportIndex.render(inputs, recommendation: recommendation)),
            (NeedsAssessmentReport.fileName, NeedsAssessmentReport.render(inputs)),
            (DesignDevelopmentReport.fileName, DesignDevelopmentReport.render(inputs)),
            (ImplementationReport.fileName, ImplementationReport.render(inputs)),
            (EvaluationReport.fileName, EvaluationReport.render(inputs)),
        ], recommendation: recommendation)
    }
}
