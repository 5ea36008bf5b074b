import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a delimited file is laid out.
public struct CSVFormat: Sendable, Equatable {
    /// The field separator byte: `,` for CSV, tab for O*NET text files.
    public var delimiter: UInt8
    /// How many bytes are read from disk at a time.
    public var chunkSize: Int
    /// A field longer than this is an error (it is nearly always an
    /// unterminated quote swallowing the rest of the file).
    public var maxFieldBytes: Int
    /// Check that every field is valid UTF-8.
    public var validateUTF8: Bool
    /// The quote byte, or nil where quotes are ordinary text (O*NET's
    /// tab-separated files are not quoted).
    public var quote: UInt8?
    /// Reject a quote inside an unquoted field and text after a closing
    /// quote (libcsv's CSV_STRICT). An unterminated final quote is always
    /// rejected.
    public var strict = true
    /// Trim spaces and tabs around unquoted fields (libcsv's default, and
    /// its fastest path). Off by default: Employment Projections titles carry
    /// their hierarchy in leading spaces.
    public var trimSpaces = false
    /// A record with more fields than this is an error, found before the
    /// fields are stored (a line of millions of commas cannot exhaust memory).
    public var maxFields = 65_536
    /// A record with more bytes than this (all fields together) is an error,
    /// found before the bytes are stored.
    public var maxRecordBytes = 16 << 20

    public init(delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8? = UInt8(ascii: "\""), chunkSize: Int = 1 << 16,
                maxFieldBytes: Int = 8 << 20, validateUTF8: Bool = true) {
        self.delimiter = delimiter
        self.quote = quote
        self.chunkSize = max(16, chunkSize)
        self.maxFieldBytes = maxFieldBytes
        self.validateUTF8 = validateUTF8
    }

    /// Comma-separated values.
    public static let csv = CSVFormat()
    /// Tab-separated values, as O*NET's text files.
    public static let tsv = CSVFormat(delimiter: UInt8(ascii: "\t"), quote: nil)
}

/// One data record, valid only inside the closure it is handed to.
///
/// Fields are byte views into the reader's buffer; make a `String` only for
/// the fields you keep.
public struct CSVRecord {
    @usableFromInline let base: UnsafeRawPointer
    @usableFromInline let spans: UnsafeBufferPointer<FieldSpan>
    /// The record's number, 1-based, the header being record 1.
    public let number: Int
    /// The physical line on which the record starts.
    public let line: Int
    /// The byte offset of that line.
    public let byteOffset: Int

    /// A record over fields laid out in `base`, for rows that come from
    /// elsewhere (a spreadsheet) but are read by the same code.
    public init(base: UnsafeRawPointer, spans: UnsafeBufferPointer<FieldSpan>, number: Int, line: Int, byteOffset: Int = 0) {
        self.base = base
        self.spans = spans
        self.number = number
        self.line = line
        self.byteOffset = byteOffset
    }

    /// The number of fields.
    @inlinable public var count: Int { spans.count }

    /// The bytes of field `index` (0-based), without quotes or escapes.
    @inlinable public subscript(index: Int) -> UnsafeRawBufferPointer {
        let span = spans[index]
        return UnsafeRawBufferPointer(start: base + span.start, count: span.count)
    }

    /// Field `index` as a `String` (the reader has already checked UTF-8).
    @inlinable public func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// Every field as a `String`.
    public var strings: [String] { (0..<count).map { string($0) } }
}

/// The position of one field inside the reader's buffer.
public struct FieldSpan {
    public var start: Int
    public var count: Int

    public init(start: Int, count: Int) {
        self.start = start
        self.count = count
    }
}

/// A streaming reader over libcsv. It reads a file in fixed-size chunks,
/// hands each record to a closure, and never holds the whole file.
///
/// The first record is the header. Every later record must have as many
/// fields as the header.
public final class CSVReader {
    /// The path as given, used in every message.
    public let path: String
    public let format: CSVFormat
    /// The header's column names, with a leading UTF-8 BOM removed.
    public private(set) var header: [String] = []
    /// How many records were read, the header included.
    public private(set) var recordCount = 0
    /// How many physical lines were read.
    public private(set) var lineCount = 0
    /// How many bytes were read.
    public private(set) var byteCount = 0
    /// Whether the file began with a UTF-8 byte-order mark.
    public private(set) var hadBOM = false
    /// How many lines ended in CR LF.
    public private(set) var crlfLines = 0
    /// Whether any line ended in CR LF.
    public var sawCRLF: Bool { crlfLines > 0 }
    /// Whether the last byte of the file was not a line ending.
    public private(set) var missingFinalNewline = false

    private var columnIndex: [String: Int] = [:]
    private var fd: Int32 = -1
    /// Bytes to read instead of a file (for data that arrives in memory).
    private var memory: [UInt8]?
    private var memoryPos = 0
    private var state: UnsafeMutablePointer<ParseState>
    private var parser: UnsafeMutablePointer<csv_parser>
    private var chunk: UnsafeMutableRawPointer
    private var chunkFill = 0
    private var chunkPos = 0
    private var lastByte: UInt8 = 0
    private var atEOF = false
    private var headerRead = false

    /// Opens `path` and reads its header.
    public init(path: String, format: CSVFormat = .csv) throws {
        self.path = path
        self.format = format
        state = .allocate(capacity: 1)
        state.initialize(to: ParseState(maxFields: format.maxFields, maxRecordBytes: format.maxRecordBytes))
        parser = .allocate(capacity: 1)
        chunk = .allocate(byteCount: format.chunkSize, alignment: 16)

        do {
            fd = try RegularFile.open(path)
        } catch {
            cleanup()
            switch error {
            case .notFound: throw CSVError(.fileNotFound, file: path)
            case .isDirectory: throw CSVError(.isDirectory, file: path)
            default: throw CSVError(.notAFile(error.description, hint: error.hint), file: path)
            }
        }
        try setUpParser()
    }

    private func setUpParser() throws {
        let options = (format.strict ? UInt8(CSV_STRICT) : 0) | UInt8(CSV_STRICT_FINI)
        if csv_init(parser, options) != 0 {
            cleanup()
            throw CSVError(.outOfMemory, file: path)
        }
        parserInitialized = true
        csv_set_delim(parser, format.delimiter)
        // With no quote character, use NUL: NUL bytes are rejected before
        // libcsv sees them, so no byte of an accepted file acts as a quote.
        csv_set_quote(parser, format.quote ?? 0)
        // Keep leading and trailing spaces unless asked to trim: Employment
        // Projections titles carry their hierarchy in leading spaces, and
        // tab must stay a delimiter in TSV files.
        if !format.trimSpaces || format.delimiter == UInt8(ascii: "\t") {
            csv_set_space_func(parser) { _ in 0 }
        }
        do {
            try readHeader()
        } catch {
            cleanup()
            throw error
        }
    }

    /// Reads `bytes` as if they were a file named `name` (used in messages).
    public init(bytes: [UInt8], name: String, format: CSVFormat = .csv) throws {
        self.path = name
        self.format = format
        state = .allocate(capacity: 1)
        state.initialize(to: ParseState(maxFields: format.maxFields, maxRecordBytes: format.maxRecordBytes))
        parser = .allocate(capacity: 1)
        chunk = .allocate(byteCount: format.chunkSize, alignment: 16)
        memory = bytes
        try setUpParser()
    }

    deinit { cleanup() }

    private func cleanup() {
        if fd >= 0 { close(fd); fd = -1 }
        if parserInitialized { csv_free(parser); parserInitialized = false }
        if !cleanedUp {
            cleanedUp = true
            state.pointee.release()
            state.deinitialize(count: 1)
            state.deallocate()
            parser.deallocate()
            chunk.deallocate()
        }
    }
    private var cleanedUp = false
    private var parserInitialized = false

    /// The 0-based index of the column named `name`, if the header has it.
    public func column(_ name: String) -> Int? { columnIndex[name] }

    /// The indices of `names`, in order; throws one error naming every
    /// missing column and listing the columns found.
    public func requireColumns(_ names: [String]) throws -> [Int] {
        var indices: [Int] = []
        var missing: [String] = []
        for name in names {
            if let index = columnIndex[name] { indices.append(index) } else { missing.append(name) }
        }
        if !missing.isEmpty {
            throw CSVError(.missingColumns(missing, found: header), file: path,
                           location: CSVLocation(file: path, record: 1, line: 1, byteOffset: 0))
        }
        return indices
    }

    private func readHeader() throws {
        var found: [String]? = nil
        try pump { record in
            found = record.strings
            return false
        }
        guard var names = found else {
            throw CSVError(.emptyFile, file: path)
        }
        names = names.map { $0.trimmingSpaces() }
        header = names
        for (index, name) in names.enumerated() {
            if columnIndex[name] != nil {
                throw CSVError(.duplicateColumn(name), file: path,
                               location: CSVLocation(file: path, record: 1, line: 1, byteOffset: 0))
            }
            columnIndex[name] = index
        }
        headerRead = true
    }

    /// Calls `body` with each data record in file order.
    public func forEach(_ body: (CSVRecord) throws -> Void) throws {
        precondition(headerRead, "header not read")
        let expected = header.count
        try pump { record in
            if record.count != expected {
                throw CSVError(.wrongFieldCount(expected: expected, actual: record.count),
                               file: path, location: location(of: record))
            }
            try body(record)
            return true
        }
    }

    /// Calls `body` with each data record in file order, except records
    /// that `keepLine` turns down unparsed.
    ///
    /// `keepLine` sees the bytes of each physical line that holds exactly
    /// one record (it starts at a record boundary, has no CR before its line
    /// ending and an even number of quotes, so no field continues onto the
    /// next line), without its line ending. A line it turns down is counted
    /// (record and line numbers stay those of the file) and never reaches
    /// libcsv, so none of its fields is checked: this is for reads that want
    /// a few rows of a large, known file, never for validation. Lines of any
    /// other shape, and a line that two reads from disk split, are parsed
    /// and handed to `body` as usual: the filter saves work, and `body` must
    /// still test each record it is handed.
    public func forEach(keepLine: @escaping (UnsafeRawBufferPointer) -> Bool, _ body: (CSVRecord) throws -> Void) throws {
        lineFilter = keepLine
        defer { lineFilter = nil }
        try forEach(body)
    }

    /// How many records a `keepLine` filter turned down unparsed.
    public private(set) var skippedRecords = 0
    private var lineFilter: ((UnsafeRawBufferPointer) -> Bool)?

    /// Whether the one-record line at `start` (`length` bytes up to and
    /// including its LF) is turned down by the line filter.
    private func filterSkips(_ start: UnsafeMutableRawPointer, _ length: Int) -> Bool {
        guard let filter = lineFilter, state.pointee.rowIsEmpty, parser.pointee.pstate == 0, parser.pointee.entry_pos == 0 else {
            return false
        }
        var body = length - 1
        let bytes = start.assumingMemoryBound(to: UInt8.self)
        if body > 0 && bytes[body - 1] == 0x0D { body -= 1 }
        guard body > 0, memchr(start, 0x0D, body) == nil, memchr(start, 0, body) == nil else { return false }
        if let quote = format.quote {
            var quotes = 0
            var p = UnsafeRawPointer(start)
            var left = body
            while left > 0, let q = memchr(p, Int32(quote), left) {
                quotes += 1
                let advance = p.distance(to: UnsafeRawPointer(q)) + 1
                p += advance
                left -= advance
            }
            guard quotes % 2 == 0 else { return false }
        }
        return !filter(UnsafeRawBufferPointer(start: start, count: body))
    }

    /// Reads every remaining record and returns how many there were.
    @discardableResult
    public func countRecords() throws -> Int {
        var n = 0
        try forEach { _ in n += 1 }
        return n
    }

    // MARK: - The pump

    /// Feeds libcsv one physical line at a time, so that each record knows
    /// its line and byte offset, and hands completed records to `deliver`
    /// until it returns false or the file ends.
    private func pump(_ deliver: (CSVRecord) throws -> Bool) throws {
        let cb1: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { data, length, ctx in
            ctx!.assumingMemoryBound(to: ParseState.self).pointee.appendField(data, length)
        }
        let cb2: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, ctx in
            ctx!.assumingMemoryBound(to: ParseState.self).pointee.endRecord()
        }
        while true {
            // Deliver what is already complete before reading more.
            if try deliverPending(deliver) == false { return }
            if atEOF { return }

            if chunkPos >= chunkFill {
                try refill()
                if chunkFill == 0 {
                    atEOF = true
                    missingFinalNewline = byteCount > 0 && lastByte != 0x0A && lastByte != 0x0D
                    let rc = csv_fini(parser, cb1, cb2, state)
                    if rc != 0 {
                        let s = state.pointee
                        throw CSVError(.unterminatedQuote, file: path, location: CSVLocation(
                            file: path, record: recordCount + s.recordCount + 1,
                            line: s.pendingLine, byteOffset: s.pendingOffset))
                    }
                    try checkFieldLength()
                    continue
                }
            }
            // One segment: up to and including the next LF, or the chunk's end.
            let start = chunk + chunkPos
            let available = chunkFill - chunkPos
            let segmentLength: Int
            let endsLine: Bool
            if let nl = memchr(start, 0x0A, available) {
                segmentLength = start.distance(to: nl) + 1
                endsLine = true
            } else {
                segmentLength = available
                endsLine = false
            }
            let segmentOffset = byteCount - chunkFill + chunkPos
            if endsLine, filterSkips(start, segmentLength) {
                if segmentLength >= 2, start.load(fromByteOffset: segmentLength - 2, as: UInt8.self) == 0x0D { crlfLines += 1 }
                recordCount += 1
                skippedRecords += 1
                lineCount += 1
                chunkPos += segmentLength
                continue
            }
            let s = state
            if s.pointee.rowIsEmpty && parser.pointee.pstate == 0 {
                s.pointee.pendingLine = lineCount + 1
                s.pointee.pendingOffset = segmentOffset
            }
            s.pointee.currentLine = lineCount + 1
            if let nul = memchr(start, 0, segmentLength) {
                throw CSVError(.nulByte, file: path, location: CSVLocation(
                    file: path, record: recordCount + s.pointee.recordCount + 1,
                    line: lineCount + 1, byteOffset: segmentOffset + start.distance(to: nul)))
            }
            if endsLine, segmentLength >= 2, start.load(fromByteOffset: segmentLength - 2, as: UInt8.self) == 0x0D {
                crlfLines += 1
            }
            let consumed = csv_parse(parser, start, segmentLength, cb1, cb2, s)
            if consumed != segmentLength {
                let err = csv_error(parser)
                if err == CSV_ENOMEM || err == CSV_ETOOBIG { throw CSVError(.outOfMemory, file: path) }
                throw CSVError(.badQuoting, file: path, location: CSVLocation(
                    file: path, record: recordCount + s.pointee.recordCount + 1,
                    line: lineCount + 1, byteOffset: segmentOffset + consumed))
            }
            chunkPos += segmentLength
            if endsLine { lineCount += 1 }
            try checkFieldLength()
        }
    }

    private func checkFieldLength() throws {
        let st = state.pointee
        if st.overflow != 0 {
            let kind: CSVError.Kind = st.overflow == 1 ? .tooManyFields(limit: format.maxFields) : .recordTooLong(limit: format.maxRecordBytes)
            throw CSVError(kind, file: path, location: CSVLocation(
                file: path, record: recordCount + st.recordCount + 1,
                line: st.pendingLine, byteOffset: st.pendingOffset))
        }
        if parser.pointee.entry_pos > format.maxFieldBytes || state.pointee.longestField > format.maxFieldBytes {
            let s = state.pointee
            throw CSVError(.fieldTooLong(limit: format.maxFieldBytes), file: path, location: CSVLocation(
                file: path, record: recordCount + s.recordCount + 1,
                line: s.pendingLine, byteOffset: s.pendingOffset))
        }
    }

    private func refill() throws {
        chunkPos = 0
        chunkFill = 0
        if let memory {
            let n = min(format.chunkSize, memory.count - memoryPos)
            if n > 0 {
                memory.withUnsafeBytes { chunk.copyMemory(from: $0.baseAddress! + memoryPos, byteCount: n) }
                memoryPos += n
            }
            chunkFill = n
        }
        while memory == nil {
            let n = read(fd, chunk, format.chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw CSVError(.unreadable(reason: String(cString: strerror(errno))), file: path)
            }
            chunkFill = n
            break
        }
        if chunkFill == 0 { return }
        if byteCount == 0 {
            let p = chunk.assumingMemoryBound(to: UInt8.self)
            if chunkFill >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)) {
                throw CSVError(.utf16, file: path, location: CSVLocation(file: path, record: 1, line: 1, byteOffset: 0))
            }
            // UTF-16 without a byte-order mark: ASCII text with every other byte zero.
            if chunkFill >= 4 && ((p[1] == 0 && p[3] == 0 && p[0] != 0 && p[2] != 0) || (p[0] == 0 && p[2] == 0 && p[1] != 0 && p[3] != 0)) {
                throw CSVError(.utf16, file: path, location: CSVLocation(file: path, record: 1, line: 1, byteOffset: 0))
            }
            if chunkFill >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF {
                hadBOM = true
                chunkPos = 3
            }
        }
        byteCount += chunkFill
        lastByte = chunk.load(fromByteOffset: chunkFill - 1, as: UInt8.self)
    }

    /// Hands the records libcsv completed to `deliver`; false when it asked to stop.
    private func deliverPending(_ deliver: (CSVRecord) throws -> Bool) throws -> Bool {
        let s = state
        guard s.pointee.recordCount > 0 else { return true }
        var keepGoing = true
        var first = 0
        defer { s.pointee.dropDelivered(upTo: first) }
        while first < s.pointee.recordCount {
            let mark = s.pointee.records[first]
            recordCount += 1
            let spanStart = first == 0 ? 0 : s.pointee.records[first - 1].spanEnd
            let base = UnsafeRawPointer(s.pointee.bytes)
            let spans = UnsafeBufferPointer(start: s.pointee.spans + spanStart, count: mark.spanEnd - spanStart)
            let record = CSVRecord(base: base, spans: spans, number: recordCount, line: mark.line, byteOffset: mark.offset)
            if format.validateUTF8 { try validate(record) }
            first += 1
            keepGoing = try deliver(record)
            if !keepGoing { break }
        }
        return keepGoing
    }

    /// The location of `record` in this file.
    public func location(of record: CSVRecord) -> CSVLocation {
        CSVLocation(file: path, record: record.number, line: record.line, byteOffset: record.byteOffset)
    }

    static func containsBOM(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 3 else { return false }
        for i in 0...(bytes.count - 3) where bytes[i] == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF {
            return true
        }
        return false
    }

    private func validate(_ record: CSVRecord) throws {
        for column in 0..<record.count {
            let bytes = record[column]
            guard let start = bytes.baseAddress else { continue }
            // Eight bytes at a time: any byte with its high bit set?
            var i = 0
            var suspicious = false
            let n = bytes.count
            while i + 8 <= n {
                let word = start.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                if high != 0 { suspicious = true; break }
                i += 8
            }
            if !suspicious {
                while i < n {
                    let b = start.load(fromByteOffset: i, as: UInt8.self)
                    if b >= 0x80 { suspicious = true; break }
                    i += 1
                }
            }
            if suspicious {
                if String(validating: bytes, as: UTF8.self) == nil {
                    throw CSVError(.invalidUTF8(column: column), file: path, location: location(of: record))
                }
                if Self.containsBOM(bytes) {
                    throw CSVError(.strayBOM(column: column), file: path, location: location(of: record))
                }
            }
        }
    }
}

/// Parser state shared with libcsv's callbacks through their `void *`.
/// Plain buffers, not arrays: the callbacks run once a field.
struct ParseState {
    struct RecordMark {
        var spanEnd: Int
        var line: Int
        var offset: Int
    }

    var bytes: UnsafeMutableRawPointer
    var capacity: Int
    var used = 0
    var spans: UnsafeMutablePointer<FieldSpan>
    var spanCount = 0
    var spanCapacity: Int
    var records: UnsafeMutablePointer<RecordMark>
    var recordCount = 0
    var recordCapacity: Int
    /// Line and offset where the record being built began.
    var pendingLine = 1
    var pendingOffset = 0
    var currentLine = 1
    var longestField = 0
    /// Limits on the record being built, and what was exceeded:
    /// 0 nothing, 1 the field count, 2 the byte count.
    var maxFields = Int.max
    var maxRecordBytes = Int.max
    var overflow = 0

    init(maxFields: Int = .max, maxRecordBytes: Int = .max) {
        self.maxFields = maxFields
        self.maxRecordBytes = maxRecordBytes
        capacity = 1 << 16
        bytes = .allocate(byteCount: capacity, alignment: 16)
        spanCapacity = 256
        spans = .allocate(capacity: spanCapacity)
        recordCapacity = 16
        records = .allocate(capacity: recordCapacity)
    }

    func release() {
        bytes.deallocate()
        spans.deallocate()
        records.deallocate()
    }

    /// True when no field of an unfinished record has been seen.
    var rowIsEmpty: Bool { spanCount == (recordCount == 0 ? 0 : records[recordCount - 1].spanEnd) }

    mutating func appendField(_ data: UnsafeMutableRawPointer?, _ length: Int) {
        if length > longestField { longestField = length }
        if overflow != 0 { return }
        let recordStart = recordCount == 0 ? 0 : records[recordCount - 1].spanEnd
        if spanCount - recordStart >= maxFields { overflow = 1; return }
        let recordByteStart = spanCount > recordStart ? spans[recordStart].start : used
        if used + length - recordByteStart > maxRecordBytes { overflow = 2; return }
        if used + length > capacity {
            var newCapacity = capacity * 2
            while newCapacity < used + length { newCapacity *= 2 }
            let grown = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
            grown.copyMemory(from: bytes, byteCount: used)
            bytes.deallocate()
            bytes = grown
            capacity = newCapacity
        }
        if length > 0, let data {
            (bytes + used).copyMemory(from: data, byteCount: length)
        }
        if spanCount == spanCapacity {
            let grown = UnsafeMutablePointer<FieldSpan>.allocate(capacity: spanCapacity * 2)
            grown.moveInitialize(from: spans, count: spanCount)
            spans.deallocate()
            spans = grown
            spanCapacity *= 2
        }
        spans[spanCount] = FieldSpan(start: used, count: length)
        spanCount += 1
        used += length
    }

    mutating func endRecord() {
        if recordCount == recordCapacity {
            let grown = UnsafeMutablePointer<RecordMark>.allocate(capacity: recordCapacity * 2)
            grown.moveInitialize(from: records, count: recordCount)
            records.deallocate()
            records = grown
            recordCapacity *= 2
        }
        records[recordCount] = RecordMark(spanEnd: spanCount, line: pendingLine, offset: pendingOffset)
        recordCount += 1
        pendingLine = currentLine
    }

    /// Forgets the first `count` completed records, keeping the fields of
    /// any record still being built.
    mutating func dropDelivered(upTo count: Int) {
        guard count > 0 else { return }
        let keepFrom = records[count - 1].spanEnd
        if keepFrom == spanCount {
            spanCount = 0
            used = 0
        } else {
            let byteStart = spans[keepFrom].start
            let remaining = used - byteStart
            bytes.copyMemory(from: bytes + byteStart, byteCount: remaining)
            let keptCount = spanCount - keepFrom
            for i in 0..<keptCount {
                spans[i] = FieldSpan(start: spans[keepFrom + i].start - byteStart, count: spans[keepFrom + i].count)
            }
            spanCount = keptCount
            used = remaining
        }
        let keptRecords = recordCount - count
        for i in 0..<keptRecords {
            records[i] = RecordMark(spanEnd: records[count + i].spanEnd - keepFrom,
                                    line: records[count + i].line, offset: records[count + i].offset)
        }
        recordCount = keptRecords
        longestField = 0
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
