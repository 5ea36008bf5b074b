/// Where in a delimited file something was found.
///
/// `record` is 1-based and counts the header as record 1. `line` is the
/// physical line (1-based) on which the record starts, and `byteOffset` is the
/// 0-based offset of that line's first byte in the file (a leading UTF-8 BOM
/// counts).
public struct CSVLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var record: Int
    public var line: Int
    public var byteOffset: Int

    public init(file: String, record: Int, line: Int, byteOffset: Int) {
        self.file = file
        self.record = record
        self.line = line
        self.byteOffset = byteOffset
    }

    /// `file:line` — the form editors and terminals recognise.
    public var description: String { "\(file):\(line)" }
}

/// A problem that stops a file from being read, phrased for the person who
/// supplied the file.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in a form tests and callers can match on.
    public enum Kind: Sendable, Equatable {
        case fileNotFound
        case unreadable(reason: String)
        case isDirectory
        case emptyFile
        case badQuoting
        case unterminatedQuote
        case wrongFieldCount(expected: Int, actual: Int)
        case invalidUTF8(column: Int)
        case strayBOM(column: Int)
        case nulByte
        case utf16
        case fieldTooLong(limit: Int)
        case missingColumns([String], found: [String])
        case duplicateColumn(String)
        case outOfMemory
        /// A FIFO, device or other non-regular file, or a path with a NUL.
        case notAFile(String, hint: String)
        case tooManyFields(limit: Int)
        case recordTooLong(limit: Int)
    }

    public var kind: Kind
    public var file: String
    /// Present when the problem sits at a particular record.
    public var location: CSVLocation?

    public init(_ kind: Kind, file: String, location: CSVLocation? = nil) {
        self.kind = kind
        self.file = file
        self.location = location
    }

    /// One line: `file:line: message (record N, byte B). hint`.
    public var description: String {
        var where_ = file
        var detail = ""
        if let location {
            where_ = "\(file):\(location.line)"
            detail = " (record \(location.record), byte offset \(location.byteOffset))"
        }
        return "\(where_): \(message)\(detail). \(hint)"
    }

    /// What is wrong, without the location.
    public var message: String {
        switch kind {
        case .fileNotFound: return "file not found"
        case .unreadable(let reason): return "cannot read the file: \(reason)"
        case .isDirectory: return "is a directory, not a file"
        case .emptyFile: return "the file is empty: there is no header row"
        case .badQuoting: return "malformed quoting: a quote appears inside an unquoted field, or text follows a closing quote"
        case .unterminatedQuote: return "a quoted field is never closed before the end of the file"
        case .wrongFieldCount(let expected, let actual):
            return "expected \(expected) fields (as in the header) but found \(actual)"
        case .invalidUTF8(let column): return "invalid UTF-8 in field \(column + 1)"
        case .strayBOM(let column): return "field \(column + 1) contains a byte-order mark (U+FEFF) in the middle of the file"
        case .nulByte: return "the file contains a NUL byte"
        case .utf16: return "the file is UTF-16 encoded"
        case .fieldTooLong(let limit): return "a field is longer than \(limit) bytes"
        case .missingColumns(let missing, let found) where found.count <= 1:
            let noun = missing.count == 1 ? "column" : "columns"
            return "missing required \(noun) \(missing.map { "'\($0)'" }.joined(separator: ", ")); the first line has no delimiter, so this is not a file of that layout (its content is not shown)"
        case .missingColumns(let missing, let found):
            let shown = found.prefix(30).map { Self.shown($0) }.joined(separator: ", ")
            let more = found.count > 30 ? ", … (\(found.count) in all)" : ""
            let noun = missing.count == 1 ? "column" : "columns"
            return "missing required \(noun) \(missing.map { "'\($0)'" }.joined(separator: ", ")); columns found: \(shown)\(more)"
        case .duplicateColumn(let name): return "the header names column '\(name)' more than once"
        case .outOfMemory: return "out of memory while reading"
        case .notAFile(let what, _): return what
        case .tooManyFields(let limit): return "a record has more than \(limit) fields"
        case .recordTooLong(let limit): return "a record is longer than \(limit) bytes"
        }
    }

    /// A column name as shown in a message: control characters escaped, at
    /// most 40 characters.
    static func shown(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars.prefix(40) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return name.unicodeScalars.count > 40 ? out + "…" : out
    }

    /// How to fix it.
    public var hint: String {
        switch kind {
        case .fileNotFound: return "Check the path, or download the file and point the data path at its folder"
        case .unreadable: return "Check the file's permissions"
        case .isDirectory: return "Give the path of a file inside it"
        case .emptyFile: return "The download may have failed; fetch the file again"
        case .badQuoting: return "Quote any field that contains quotes, and double the quotes inside it (\"\")"
        case .unterminatedQuote: return "The file may be truncated; fetch it again, or close the quote"
        case .wrongFieldCount: return "A row has a stray or missing delimiter; quote fields that contain commas"
        case .invalidUTF8: return "Re-save the file as UTF-8 (CSV UTF-8 in spreadsheet programs)"
        case .strayBOM: return "Files were probably joined together; delete the invisible character (or the repeated header) at this line"
        case .nulByte: return "The file may be binary, or UTF-16; re-save it as UTF-8 CSV"
        case .utf16: return "Re-save the file as UTF-8 (CSV UTF-8 in spreadsheet programs)"
        case .fieldTooLong: return "This is usually an unterminated quote; check the quoting near this line"
        case .missingColumns: return "Check that this is the right file and that its header row is intact"
        case .duplicateColumn: return "Rename or remove the repeated column"
        case .outOfMemory: return "Free memory or split the file"
        case .notAFile(_, let hint): return hint
        case .tooManyFields: return "This is not a dataset file (or its delimiters are broken); check that it is the right file"
        case .recordTooLong: return "This is usually an unterminated quote or a broken file; check the quoting near this line"
        }
    }
}
