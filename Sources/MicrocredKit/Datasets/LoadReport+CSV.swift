import CSVStream
import MicrocredCore

extension LoadReport {
    /// Records what the reader saw of the file's layout.
    mutating func noteLayout(of reader: CSVReader) {
        if reader.hadBOM { quirks.add("UTF-8 byte-order mark") }
        if reader.sawCRLF { quirks.add("lines ending in CRLF", reader.crlfLines) }
        if reader.missingFinalNewline { quirks.add("no newline after the last row") }
    }
}

extension LoadReport {
    /// Turns a CSVStream error into a diagnostic.
    mutating func record(_ error: CSVError) {
        diagnostics.error("\(error.message). \(error.hint)", file: file, line: error.location?.line)
    }
}
