import MicrocredCore
import Foundation

/// Renders `datasets validate` results as text or JSON.
public enum ValidationOutput {
    public static func text(_ results: [DatasetValidation]) -> String {
        var out = ""
        for result in results {
            let status = result.hasErrors ? "FAILED" : "ok"
            out += "\(result.id) (\(result.vintage)): \(status) — \(result.rows) rows"
            if let path = result.path { out += ", \(path)" }
            if let match = result.sha256Matches { out += match ? ", sha256 matches" : ", sha256 DIFFERS" }
            out += "\n"
            for (name, count) in result.quirks.entries where count > 0 {
                out += "  \(name): \(count)\n"
            }
            for diagnostic in result.diagnostics.items {
                out += "  \(diagnostic)\n"
            }
            if result.diagnostics.droppedErrors > 0 {
                out += "  … \(result.diagnostics.droppedErrors) more errors not shown\n"
            }
        }
        let errors = results.reduce(0) { $0 + $1.diagnostics.errorCount }
        let warnings = results.reduce(0) { $0 + $1.diagnostics.warningCount }
        out += "\(results.count) datasets checked: \(errors) errors, \(warnings) warnings\n"
        return out
    }

    struct JSONResult: Encodable {
        struct Quirk: Encodable { var name: String; var count: Int }
        var id: String
        var vintage: String
        var path: String?
        var rows: Int
        var sha256: String?
        var sha256Matches: Bool?
        var ok: Bool
        var errors: Int
        var warnings: Int
        var quirks: [Quirk]
        var diagnostics: [Diagnostic]
    }

    public static func json(_ results: [DatasetValidation]) throws -> String {
        let items = results.map { r in
            JSONResult(id: r.id.rawValue, vintage: r.vintage, path: r.path, rows: r.rows, sha256: r.sha256, sha256Matches: r.sha256Matches,
                       ok: !r.hasErrors, errors: r.diagnostics.errorCount, warnings: r.diagnostics.warningCount,
                       quirks: r.quirks.entries.map { .init(name: $0.name, count: $0.count) }, diagnostics: r.diagnostics.items)
        }
        return try JSONOutput.encode(["datasets": items])
    }
}
