import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses one XML part of a workbook with Foundation's streaming
/// `XMLParser` (SAX: no tree is built), after refusing any document type
/// declaration. A DTD is the only way to declare entities, so refusing it
/// rules out entity expansion ("billion laughs") and external entities.
enum XMLPart {
    /// Where the part's bytes are.
    enum Source {
        case data(Data)
        case file(URL)
    }

    /// A delegate that can carry an error out of the parse.
    protocol Handler: XMLParserDelegate {
        /// Set when the handler aborted the parse; rethrown by `parse`.
        var failure: Error? { get }
        /// Where the parser was, for messages about malformed XML.
        var position: String? { get }
        /// True when the handler stopped the parse on purpose.
        var stopped: Bool { get }
    }

    static func parse(_ source: Source, file: String, part: String, sheet: String? = nil, handler: Handler) throws {
        let head: Data
        let parser: XMLParser
        switch source {
        case .data(let data):
            head = data.prefix(1 << 16)
            parser = XMLParser(data: data)
        case .file(let url):
            guard let handle = try? FileHandle(forReadingFrom: url) else {
                throw XLSXError(file: file, sheet: sheet, "cannot read the extracted part '\(part)'", hint: "Check TMPDIR")
            }
            head = handle.readData(ofLength: 1 << 16)
            try? handle.close()
            guard let stream = InputStream(url: url) else {
                throw XLSXError(file: file, sheet: sheet, "cannot read the extracted part '\(part)'", hint: "Check TMPDIR")
            }
            parser = XMLParser(stream: stream)
        }
        if let problem = prologProblem(head) {
            throw XLSXError(file: file, sheet: sheet, "part '\(part)' \(problem)",
                            hint: "Spreadsheet parts never declare a DTD or entities; this file was not written by a spreadsheet program. Use the publisher's own file")
        }
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = handler
        let ok = parser.parse()
        if let failure = handler.failure { throw failure }
        if !ok && !handler.stopped {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            let place = handler.position.map { " after \($0)" } ?? ""
            throw XLSXError(file: file, sheet: sheet, "part '\(part)' is not well-formed XML at line \(parser.lineNumber)\(place) (\(reason))",
                            hint: "The file is probably truncated or damaged: download it again")
        }
    }

    /// Why the prolog (everything before the root element) is refused, or
    /// nil when it holds only a declaration, comments and white space.
    static func prologProblem(_ head: Data) -> String? {
        let bytes = [UInt8](head)
        var i = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        func starts(_ text: String, at j: Int) -> Bool {
            let t = Array(text.utf8)
            return j + t.count <= bytes.count && Array(bytes[j..<j + t.count]) == t
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
            guard b == UInt8(ascii: "<") else { return "has text before its root element" }
            if starts("<?", at: i) {
                guard let end = find("?>", in: bytes, from: i) else { return "has an unterminated declaration" }
                i = end + 2
            } else if starts("<!--", at: i) {
                guard let end = find("-->", in: bytes, from: i) else { return "has an unterminated comment" }
                i = end + 3
            } else if starts("<!", at: i) {
                return "declares a DTD or entities (<!DOCTYPE/<!ENTITY), which could expand without bound"
            } else {
                return nil
            }
        }
        return bytes.isEmpty ? "is empty" : "has no root element in its first \(bytes.count) bytes"
    }

    private static func find(_ text: String, in bytes: [UInt8], from start: Int) -> Int? {
        let t = Array(text.utf8)
        var j = start
        while j + t.count <= bytes.count {
            if bytes[j] == t[0] && Array(bytes[j..<j + t.count]) == t { return j }
            j += 1
        }
        return nil
    }
}

/// Collects the attributes of elements by name (workbook.xml, .rels).
final class ElementCollector: NSObject, XMLPart.Handler {
    let names: Set<String>
    private(set) var found: [(name: String, attributes: [String: String])] = []
    var failure: Error? { nil }
    var position: String? { nil }
    var stopped: Bool { false }

    init(_ names: Set<String>) { self.names = names }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if names.contains(elementName) { found.append((elementName, attributeDict)) }
    }
}

/// Reads the shared-strings table: one string per `<si>`, the text of its
/// `<t>` runs, phonetic runs (`<rPh>`) left out.
final class SharedStringsHandler: NSObject, XMLPart.Handler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false, inText = false, inPhonetic = false
    var failure: Error?
    var position: String? { "shared string \(strings.count)" }
    var stopped: Bool { false }
    let file: String
    let maxCount: Int

    init(file: String, maxCount: Int = 20_000_000) {
        self.file = file
        self.maxCount = maxCount
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch elementName {
        case "si": inItem = true; current = ""
        case "t": inText = inItem && !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch elementName {
        case "si":
            inItem = false
            strings.append(current)
            if strings.count > maxCount {
                failure = XLSXError(file: file, "the shared-strings table has more than \(maxCount) strings", hint: "Check that this is the publisher's file")
                parser.abortParsing()
            }
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        failure = XLSXError(file: file, "the shared-strings part declares an entity", hint: "Use the publisher's own file")
        parser.abortParsing()
    }
}
