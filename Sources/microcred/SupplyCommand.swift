import ArgumentParser
import Foundation
import MicrocredCore
import MicrocredKit

/// `microcred supply`: who already trains people for these jobs in an area.
struct SupplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supply",
        abstract: "Completions, competing programs and the supply/demand gap of disciplines (CIP codes) in an area.",
        discussion: """
        Counts IPEDS completions (first majors) by award level and year in the area, each year placed by that year's \
        institutional directory; the award levels the proposed credential competes with (datasets/rules/competing-awards.yaml); \
        the supply/demand ratio against the entry occupations' estimated openings, shared across CIP codes \
        (datasets/supply-settings.yaml); and the institutions already awarding them. See docs/supply.md.
        """)

    @OptionGroup var data: DataOptions
    @OptionGroup var vintage: VintageOptions

    @Option(name: .customLong("cip"), help: ArgumentHelp("A six-digit CIP 2020 code, e.g. 51.3801. Repeatable.", valueName: "code"),
            transform: parseCIP)
    var cips: [CIPCode] = []

    @OptionGroup var areaOption: AreaOptions

    @Option(name: .customLong("years"), parsing: .singleValue,
            help: ArgumentHelp("Academic years of completions, e.g. 2021-22,2023-24 or 2024 (repeatable or comma-separated; default: the newest three).", valueName: "years"))
    var years: [String] = []

    @Option(name: .customLong("award-levels"), parsing: .singleValue,
            help: ArgumentHelp("Competing award levels: AWLEVEL codes (20,21) or groups (short-12-weeks-to-1-year, associate, …). Default: from --level, else the rules file's default.", valueName: "levels"))
    var awardLevels: [String] = []

    @Option(help: ArgumentHelp("The proposed credential's level, to choose competing award levels by the rules file: undergraduate or graduate.", valueName: "level"))
    var level: AcademicLevel?

    @Option(help: ArgumentHelp("The proposed credential's length, in --hours-unit (default semester).", valueName: "n"))
    var hours: Double?

    @Option(name: .customLong("hours-unit"), help: "semester, quarter or clock.")
    var hoursUnit: ProposedCredential.HoursUnit = .semester

    @Flag(name: .customLong("non-credit"), help: "The proposed credential carries no academic credit.")
    var nonCredit = false

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if cips.isEmpty { throw ValidationError("Give at least one --cip code, e.g. --cip 51.3801.") }
        if !awardLevels.isEmpty && level != nil {
            throw ValidationError("--award-levels and --level both choose the competing award levels: give one of them.")
        }
        if (hours != nil || nonCredit) && level == nil {
            throw ValidationError("--hours and --non-credit describe a proposed credential: give its --level too.")
        }
        if level == .undergraduate && hours == nil {
            throw ValidationError("An undergraduate credential's competitors depend on its length: give --hours (and --hours-unit).")
        }
        if let hours, !(hours > 0 && hours.isFinite) { throw ValidationError("--hours must be a positive number, e.g. --hours 12.") }
        for text in awardLevels.flatMap({ $0.split(separator: ",").map(String.init) }) where IPEDSAwardLevel.parseList(text) == nil {
            throw ValidationError("--award-levels: '\(text)' is not an AWLEVEL code (20, 21, 2, 3, 4, 5, 6, 7, 8, 17, 18, 19) or a group (\(IPEDSAwardGroup.allCases.map(\.rawValue).joined(separator: ", "))).")
        }
    }

    func run() throws {
        try reportingErrors {
            let configuration = try data.configuration(vintages: vintage.vintages)
            let settings = try configuration.supplySettings()
            let rules = try configuration.competingAwardRules()
            let yearNames = years.flatMap { $0.split(separator: ",").map(String.init) }
            let plan = try IPEDSPlan.resolve(yearNames, newest: settings.value.averageYears, catalog: configuration.catalog)
            // The HD files load with the labor-market files; the completions
            // then read only the rows of institutions placed in the area.
            let loaded = try loadAnalysis(areaOption.area, configuration: configuration, profiles: false, also: plan.institutionRequests)
            var bundle = loaded.bundle
            try bundle.addCompletions(plan, area: SupplyArea(loaded.area), resolver: configuration.resolver)
            let inputs = try bundle.alignmentInputs(for: loaded.dataset, aggregates: configuration.socAggregates.value)
            let ipeds = try bundle.ipedsYears(plan)
            var programs: [CIPProgram] = []
            var seen = Set<CIPCode>()
            for code in cips where seen.insert(code).inserted {
                programs.append(try inputs.crosswalk.validate(code.description))
            }
            let competing: CompetingAwards
            if !awardLevels.isEmpty {
                var chosen: [IPEDSAwardLevel] = []
                for text in awardLevels.flatMap({ $0.split(separator: ",").map(String.init) }) {
                    for l in IPEDSAwardLevel.parseList(text) ?? [] where !chosen.contains(l) { chosen.append(l) }
                }
                competing = CompetingAwards(levels: chosen, ownLevel: nil, why: "chosen with --award-levels", source: "the command line",
                                            effectiveDate: rules.value.effectiveDate)
            } else if let level {
                let credential = ProposedCredential(level: level, creditBearing: !nonCredit, hours: hours ?? 0, unit: hoursUnit)
                competing = rules.value.competing(for: credential)
            } else {
                competing = rules.value.competing(for: nil)
            }
            let area = loaded.area
            guard let areaSlot = inputs.market.slot(of: area.code) else {
                throw MicrocredError("area \(area.commandLineName) has no OEWS estimates", hint: "Choose a state or metro area OEWS publishes")
            }
            // Demand is the entry occupations the completer method counts
            // (the rules file's default completer profile), as in `align`.
            let reachability = try configuration.reachabilityRules()
            let method = CompleterMethod(rules: reachability.value, profile: CompleterProfile(defaultsOf: reachability.value),
                                         jobZones: inputs.jobZones)
            let mask = method.countsMask(market: inputs.market)
            let occupations = SupplyOccupations.counted(to: programs.map(\.code), crosswalk: inputs.crosswalk, market: inputs.market,
                                                        area: areaSlot, counts: { $0 < mask.count && mask[$0] })
            let counted = method.profile.purpose == .upskill ? "linked occupations learners hold" : "entry occupations"
            let analysis = SupplyAnalysis.evaluate(years: ipeds, area: SupplyArea(area), programs: programs.map { ($0.code, $0.title) },
                                                   competing: competing, settings: settings.value, occupations: occupations,
                                                   occupationsCounted: counted + " (completer method, the default profile of \(configuration.displayName(of: reachability.file)))")
            let sources = bundle.citationsByDataset
            switch output.format {
            case .json:
                let files = [settings.file, rules.file].map(configuration.displayName(of:))
                print(try SupplyRendering.json(analysis, sources: sources, settingsFiles: files))
            case .csv: print(SupplyRendering.csv(analysis), terminator: "")
            case .table, .markdown: print(render(SupplyRendering.document(analysis, sources: sources), output.format), terminator: "")
            }
        }
    }
}

extension AcademicLevel: ExpressibleByArgument {}
extension ProposedCredential.HoursUnit: ExpressibleByArgument {}
