import Foundation
import ZIPFoundation

/// How much a zip entry may expand before it is refused as a zip bomb.
public struct ExtractionLimits: Sendable {
    /// The most bytes one entry may decompress to (1 GiB: an all-areas
    /// OEWS sheet is about 300 MB of XML).
    public var maxEntryBytes: Int64
    /// The most an entry may expand relative to its compressed size, checked
    /// once it passes `ratioFloorBytes` (spreadsheet XML expands 5–20×).
    public var maxRatio: Int64
    public var ratioFloorBytes: Int64

    public init(maxEntryBytes: Int64 = 1 << 30, maxRatio: Int64 = 200, ratioFloorBytes: Int64 = 32 << 20) {
        self.maxEntryBytes = maxEntryBytes
        self.maxRatio = maxRatio
        self.ratioFloorBytes = ratioFloorBytes
    }

    public static let standard = ExtractionLimits()
}

/// A zip file (an .xlsx workbook, or a publisher's .zip) opened for
/// reading. Entries are streamed out in chunks, never extracted whole into
/// memory unless they are small parts such as `workbook.xml`.
final class ZipContainer {
    let path: String
    let limits: ExtractionLimits
    private let archive: Archive
    /// Entry paths in archive order.
    let entryPaths: [String]
    private let entries: [String: Entry]

    init(path: String, limits: ExtractionLimits = .standard) throws {
        self.path = path
        self.limits = limits
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else {
            throw XLSXError(file: path, "file not found", hint: "Check the path")
        }
        if let handle = FileHandle(forReadingAtPath: path) {
            let magic = handle.readData(ofLength: 4)
            try? handle.close()
            if magic.count < 4 || Array(magic) != [0x50, 0x4B, 0x03, 0x04] {
                let what = magic.isEmpty ? "is empty" : "is not a zip archive (an .xlsx workbook is one; this may be a CSV, an HTML error page or an old .xls)"
                throw XLSXError(file: path, "the file \(what)", hint: "Download the file again from the publisher, or give the CSV with its own extension")
            }
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw XLSXError(file: path, "the zip archive cannot be read (\(error)): it is probably truncated or damaged",
                            hint: "Download it again; `microcred datasets fetch` resumes and checks a partial download")
        }
        var paths: [String] = []
        var map: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            paths.append(entry.path)
            map[entry.path] = entry
        }
        entryPaths = paths
        entries = map
    }

    func contains(_ entryPath: String) -> Bool { entries[entryPath] != nil }

    /// Streams entry `entryPath` to `consumer` in chunks, refusing a zip bomb.
    func stream(_ entryPath: String, _ consumer: (Data) throws -> Void) throws {
        guard let entry = entries[entryPath] else {
            throw XLSXError(file: path, "the archive has no part '\(entryPath)'", hint: "Check that this is the publisher's file")
        }
        let compressed = max(Int64(entry.compressedSize), 1)
        var written: Int64 = 0
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { chunk in
                written += Int64(chunk.count)
                if written > limits.maxEntryBytes
                    || (written > limits.ratioFloorBytes && written / compressed > limits.maxRatio) {
                    throw ZipBombError(written: written, compressed: compressed)
                }
                try consumer(chunk)
            }
        } catch let bomb as ZipBombError {
            throw XLSXError(file: path, "'\(entryPath)' expands past \(bomb.written) bytes from \(bomb.compressed) compressed (limit \(limits.maxEntryBytes) bytes, ratio \(limits.maxRatio)×): refusing a possible zip bomb",
                            hint: "Use the publisher's own file; if it really is this large, export the sheet as CSV")
        } catch let error as XLSXError {
            throw error
        } catch let error as XMLStop {
            throw error
        } catch {
            throw XLSXError(file: path, "'\(entryPath)' cannot be extracted (\(error)): the archive is probably truncated or damaged",
                            hint: "Download it again")
        }
    }

    /// The whole of a small entry, at most `maxBytes`.
    func data(_ entryPath: String, maxBytes: Int = 256 << 20) throws -> Data {
        var data = Data()
        try stream(entryPath) { chunk in
            if data.count + chunk.count > maxBytes {
                throw XLSXError(file: path, "'\(entryPath)' is larger than \(maxBytes) bytes", hint: "Check that this is the publisher's file")
            }
            data.append(chunk)
        }
        return data
    }

    /// Streams entry `entryPath` into a new temporary file and returns its URL;
    /// the caller removes it.
    func extractToTemporaryFile(_ entryPath: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("microcred-\(UUID().uuidString)-" + (entryPath as NSString).lastPathComponent)
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw XLSXError(file: path, "cannot create a temporary file in \(FileManager.default.temporaryDirectory.path)",
                            hint: "Set TMPDIR to a writable folder")
        }
        do {
            defer { try? handle.close() }
            try stream(entryPath) { chunk in try handle.write(contentsOf: chunk) }
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        return url
    }
}

private struct ZipBombError: Error {
    var written: Int64
    var compressed: Int64
}

/// Thrown by a row consumer to stop reading early.
struct XMLStop: Error {}
