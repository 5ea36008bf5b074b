import Foundation
import MicrocredCore

/// Entry points for the libFuzzer harnesses in Sources/microcred-fuzz: each
/// takes arbitrary bytes and must return (or throw a MicrocredError) without
/// trapping, hanging or leaking. Not used by the commands.
public enum FuzzHooks {
    /// Numeric field parsing, then formatting of whatever was accepted.
    public static func numbers(_ bytes: [UInt8]) -> Int {
        var n = 0
        bytes.withUnsafeBytes { raw in
            if let v = FieldParsing.integer(raw) { n += Figures.integer(v).count + Figures.signedInteger(v).count }
            if let v = FieldParsing.thousandths(raw) { n += Figures.decimal(Double(v) / 1000, places: 3).count }
            if let v = FieldParsing.decimal(raw) {
                n += Figures.decimal(v, places: 1).count + Figures.dollarsAndCents(v).count + Figures.signedDecimal(v, places: 2).count
            }
            n += FieldParsing.quote(raw).count
        }
        // The formatter on the bytes read as a double's bit pattern: every value, NaN and infinity included.
        if bytes.count >= 8 {
            let bits = bytes.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let x = Double(bitPattern: bits)
            n += Figures.decimal(x, places: Int(bytes[8 % bytes.count] % 6)).count + Figures.dollarsAndCents(x).count
            _ = Figures.rounded(x, 2)
        }
        return n
    }

    /// The catalog reader: YAML checks, decoding and the catalog's own checks.
    public static func catalog(_ bytes: [UInt8]) throws {
        let document = try YAMLDocument.parse(data: Data(bytes), file: "fuzz-catalog.yaml", what: "dataset catalog")
        var catalog = try document.decode(DatasetCatalog.self)
        catalog.path = "fuzz-catalog.yaml"
        for entry in catalog.datasets { _ = entry.newestVintage?.referenceMonth }
        _ = CatalogWriter.render(catalog, header: "# fuzz\n")
    }

    /// The rules files: design rules, scoring weights, high-demand criteria.
    public static func rules(_ bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? DesignRulesLoader.load(text: text, file: "fuzz-rules.yaml")
        let document = try YAMLDocument.parse(data: Data(bytes), file: "fuzz-rules.yaml", what: "rules file")
        _ = try? ScoringWeights(document: document)
        _ = try? HighDemandCriteria(document: document)
    }

    /// A proposal all the way to the design rules' evaluation.
    public static func evaluation(_ bytes: [UInt8], rules: DesignRules) -> Int {
        let parsed = ProposalParser.parse(text: String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
        guard let proposal = parsed.proposal else { return parsed.diagnostics.items.count }
        let assessment = DesignRulesEngine.assess(proposal, rules: rules)
        return assessment.financialAid.count + assessment.stacking.reasons.count
    }
}
