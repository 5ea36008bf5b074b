import Foundation
import MicrocredCore

/// The supply side of `microcred report`: the IPEDS years the proposal
/// needs (loaded with the other datasets, in the same concurrent load) and
/// one `SupplyAnalysis` for the evaluation.
extension ReportPipeline {
    /// The IPEDS years to load (the newest `average_years` of the settings),
    /// or the reason there are none: the catalog lists no IPEDS datasets, or
    /// their files are not on the data path.
    public static func supplyPlan(configuration: RunConfiguration) throws -> (plan: IPEDSPlan?, note: String?) {
        let catalog = configuration.catalog
        guard catalog.entry(.ipedsCompletions) != nil, catalog.entry(.ipedsInstitutions) != nil else {
            return (nil, "the dataset catalog lists no IPEDS Completions and Institutional Characteristics, so supply is not shown")
        }
        let settings = try configuration.supplySettings()
        let plan = try IPEDSPlan.resolve([], newest: settings.value.averageYears, catalog: catalog)
        let missing = plan.requests.filter { (try? configuration.resolver.resolve($0.id, vintage: $0.vintage))?.path == nil }
        if let first = missing.first {
            return (nil, "the IPEDS file \(first.id) \(first.vintage ?? "") is not on the data path (docs/supply.md), so supply is not shown")
        }
        return (plan, nil)
    }

    /// One supply analysis of the proposal's CIP codes in its area: the
    /// award levels its credential competes with (competing-awards rules),
    /// demand from the occupations the evaluation counts (entry occupations
    /// for entry credentials), the competitors.
    static func supply(plan: IPEDSPlan, proposal: Proposal, area: Area, programs: [CIPProgram], alignment: DisciplineAlignment,
                       inputs: AlignmentInputs, bundle: DataBundle, configuration: RunConfiguration) throws -> (SupplyAnalysis, top: Int, sources: [ReportSource.Partial]) {
        let settings = try configuration.supplySettings()
        try configuration.reportSettings().value.checkSupplyBands(against: settings, displayName: configuration.displayName(of:))
        let rules = try configuration.competingAwardRules()
        let years = try bundle.ipedsYears(plan)
        let credential = ProposedCredential(level: proposal.level, creditBearing: proposal.creditBearing, programHours: proposal.hours)
        let competing = rules.value.competing(for: credential)
        let counted = Set(alignment.occupations.filter(\.counts).map(\.demand.soc))
        var occupations: [OccupationOpenings] = []
        if let slot = inputs.market.slot(of: area.code) {
            occupations = SupplyOccupations.counted(to: programs.map(\.code), crosswalk: inputs.crosswalk, market: inputs.market, area: slot,
                                                    counts: { counted.contains(inputs.market.occupations[$0]) })
        }
        let label = alignment.method?.profile.purpose == .upskill ? "the occupations learners hold" : "the entry occupations"
        let analysis = SupplyAnalysis.evaluate(years: years, area: SupplyArea(area), programs: programs.map { ($0.code, $0.title) },
                                               competing: competing, settings: settings.value, occupations: occupations,
                                               occupationsCounted: label + " counted by the completer method (docs/analysis.md)")
        let names = years.map(\.vintage), directories = years.map(\.institutionsVintage)
        func span(_ v: [String]) -> String { v.count > 1 ? "\(v.first ?? "") to \(v.last ?? "")" : (v.first ?? "") }
        let sources = [ReportSource.Partial(id: .ipedsCompletions, vintage: span(names)),
                       ReportSource.Partial(id: .ipedsInstitutions, vintage: span(directories))]
        return (analysis, max(1, settings.value.reportTopCompetitors ?? 10), sources)
    }
}

extension ReportSource {
    /// A dataset read in several vintages, cited once with their span.
    struct Partial {
        var id: DatasetID
        var vintage: String
    }
}
