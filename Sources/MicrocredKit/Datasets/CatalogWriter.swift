import MicrocredCore
import Foundation

/// Writes the dataset catalog back as YAML in one fixed layout, keeping the
/// file's leading comment block, so that `datasets add` can record a new
/// vintage. Writes are atomic: a temporary file in the same folder, renamed
/// over the old one.
public enum CatalogWriter {
    /// The catalog as YAML text, `header` (comment lines) first.
    public static func render(_ catalog: DatasetCatalog, header: String) -> String {
        var out = header
        if !out.isEmpty && !out.hasSuffix("\n") { out += "\n" }
        out += "datasets:\n"
        for entry in catalog.datasets {
            out += "  - id: \(scalar(entry.id.rawValue))\n"
            out += "    kind: \(entry.kind.rawValue)\n"
            out += "    title: \(scalar(entry.title))\n"
            out += "    publisher: \(scalar(entry.publisher))\n"
            out += "    source_url: \(scalar(entry.sourceURL))\n"
            out += "    license: \(scalar(entry.license))\n"
            out += "    attribution: \(scalar(entry.attribution))\n"
            out += "    format: \(scalar(entry.format))\n"
            out += "    max_age_months: \(entry.maxAgeMonths)\n"
            out += "    columns: [" + entry.columns.map(flowScalar).joined(separator: ", ") + "]\n"
            if let mapping = entry.mapping { out += "    mapping: \(scalar(mapping))\n" }
            out += "    vintages:\n"
            for v in entry.vintages {
                out += "      - vintage: \(scalar(v.vintage))\n"
                out += "        reference_date: \(scalar(v.referenceDate))\n"
                out += "        file: \(scalar(v.file))\n"
                if let sha = v.sha256 { out += "        sha256: \(sha)\n" }
                if let rows = v.rows { out += "        rows: \(rows)\n" }
                if let note = v.note { out += "        note: \(scalar(note))\n" }
                if let current = v.currentEdition { out += "        current_edition: \(current)\n" }
                if let checked = v.editionChecked { out += "        edition_checked: \(scalar(checked))\n" }
                if let editionNote = v.editionNote { out += "        edition_note: \(scalar(editionNote))\n" }
                if let next = v.nextRelease { out += "        next_release: \(scalar(next))\n" }
            }
        }
        return out
    }

    /// The leading comment block of a catalog file.
    public static func header(of text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") || (line.trimmingCharacters(in: .whitespaces).isEmpty && !lines.isEmpty) {
                lines.append(line)
            } else {
                break
            }
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// Refuses text that cannot be kept in the catalog safely: control
    /// characters (ESC, NUL, U+0085, …) would reach reports and terminals.
    public static func checkText(_ text: String, what: String) throws {
        if let bad = text.unicodeScalars.first(where: { Terminal.isUnsafe($0) }) {
            throw MicrocredError("\(what) '\(Terminal.safe(text))' contains a control character (U+\(String(format: "%04X", bad.value))); the catalog was not changed",
                                 hint: "Type the text again without it")
        }
    }

    /// Renders `catalog` and replaces the file at `catalog.path` atomically,
    /// after reading the new file back: if it does not load as exactly this
    /// catalog, nothing is replaced. A symbolic link to the catalog is
    /// followed (the link stays a link).
    public static func write(_ catalog: DatasetCatalog) throws {
        for entry in catalog.datasets {
            for v in entry.vintages {
                try checkText(v.vintage, what: "vintage name")
                if let note = v.note { try checkText(note, what: "note") }
                try checkText(v.file, what: "file path")
            }
        }
        var target = catalog.path
        if AtomicFile.nonRegularKind(target) == "a symbolic link", let real = realpath(target, nil) {
            target = String(cString: real)
            free(real)
        }
        let existing = (try? String(decoding: InputFile.read(target, what: "dataset catalog", maxBytes: YAMLDocument.maxBytes), as: UTF8.self)) ?? ""
        let text = render(catalog, header: header(of: existing))
        try AtomicFile.write(Data(text.utf8), to: target) { temporary in
            let reread: DatasetCatalog
            do {
                reread = try DatasetCatalog.load(path: temporary)
            } catch {
                throw MicrocredError("the new catalog would not load (\(error)); \(Terminal.safe(catalog.path)) was not changed",
                                     hint: "This is a bug; please report it with the command you ran")
            }
            guard reread.datasets == catalog.datasets else {
                throw MicrocredError("the new catalog does not read back as written; \(Terminal.safe(catalog.path)) was not changed",
                                     hint: "This is a bug; please report it with the command you ran")
            }
        }
    }

    /// A block-context scalar: plain when that reads back as the same string.
    static func scalar(_ text: String) -> String {
        needsQuotes(text, flow: false) ? quoted(text) : text
    }

    /// A scalar inside `[ … ]`.
    static func flowScalar(_ text: String) -> String {
        needsQuotes(text, flow: true) ? quoted(text) : text
    }

    static func needsQuotes(_ text: String, flow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first == " " || last == " " { return true }
        if "!&*?|>'\"%@`#{}[],:".contains(first) || text == "-" || text.hasPrefix("- ") { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        if flow && text.contains(where: { ",[]{}".contains($0) }) { return true }
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(text.lowercased()) { return true }
        // Numbers and full dates would change type when read back.
        if Double(text) != nil { return true }
        if text.range(of: #"^\d{4}-\d{1,2}-\d{1,2}"#, options: .regularExpression) != nil { return true }
        if text.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\\" || $0 == "\"" }) { return true }
        return false
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for ch in text.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}
