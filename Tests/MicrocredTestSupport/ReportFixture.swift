import Foundation
import MicrocredCore
import MicrocredKit

/// The rendered reports of one evaluation, as the report tests read them.
public struct ReportSet {
    public var files: [(name: String, contents: String)]
    public var recommendation: Recommendation
}

/// The report pipeline's stages as the report tests call them: evaluate a
/// proposal on the shared real data, then render it.
public enum ReportGenerator {
    public static func prepare(proposalPath: String, store: RealDataStore, asOf: CalendarDate) throws -> ProposalEvaluation {
        try store.evaluate(proposalPath: proposalPath, asOf: asOf)
    }

    public static func render(_ evaluation: ProposalEvaluation) -> ReportSet {
        ReportSet(files: ReportPipeline.render(evaluation).map { ($0.name, $0.contents) }, recommendation: evaluation.recommendation)
    }
}
