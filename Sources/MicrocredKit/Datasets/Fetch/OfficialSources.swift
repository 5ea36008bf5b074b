import Foundation
import MicrocredCore
import Yams

/// Where a dataset's official releases are published (`datasets/sources.yaml`).
public struct OfficialSource: Decodable, Sendable {
    public var dataset: DatasetID
    /// A pattern with `{yyyy}`, `{yy}`, `{onet}`.
    public var url: String
    /// Where the download goes under the fetch folder (a pattern too).
    public var saveAs: String
    /// The publisher's page listing the file.
    public var page: String?
    /// Known checksums of official files, by vintage name.
    public var sha256: [String: String]?
    /// The release to fetch for a vintage whose name does not give one
    /// ("O*NET 29.x" → "29.3").
    public var releases: [String: String]?

    enum CodingKeys: String, CodingKey {
        case dataset, url, page, sha256, releases
        case saveAs = "save_as"
    }

    /// `pattern` filled for `vintage`, through `releases` when it names one.
    public func fill(_ pattern: String, vintage: String) throws -> String {
        try Self.fill(pattern, vintage: releases?[vintage].map { "\(vintage) \($0)" } ?? vintage)
    }

    /// `pattern` with the vintage's placeholders filled.
    public static func fill(_ pattern: String, vintage: String) throws -> String {
        var text = pattern
        if text.contains("{yyyy}") || text.contains("{yy}") {
            guard let year = VintageRecorder.referenceDate(fromVintage: vintage).map({ String($0.prefix(4)) }) else {
                throw MicrocredError("the vintage name '\(vintage)' has no year, so its download address cannot be made from \(pattern)",
                                     hint: "Name the vintage with its year (e.g. \"May 2026\"), or download the file yourself and use `microcred datasets add`")
            }
            text = text.replacingOccurrences(of: "{yyyy}", with: year).replacingOccurrences(of: "{yy}", with: String(year.suffix(2)))
        }
        if text.contains("{onet}") {
            let numbers = vintage.split(whereSeparator: { !$0.isNumber && $0 != "." }).last { $0.contains(".") }
            let parts = numbers?.split(separator: ".") ?? []
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
                throw MicrocredError("the vintage name '\(vintage)' does not give an O*NET release number (such as 29.3), so its download address cannot be made from \(pattern)",
                                     hint: "Fetch a named release with --vintage \"O*NET 29.3\", or download the file yourself and use `microcred datasets add`")
            }
            text = text.replacingOccurrences(of: "{onet}", with: parts.joined(separator: "_"))
        }
        return text
    }

    /// `https://HOST/PATH` → `MIRROR/HOST/PATH`.
    public static func mirrored(_ url: String, mirror: String?) -> String {
        guard var base = mirror, !base.isEmpty else { return url }
        while base.hasSuffix("/") { base.removeLast() }
        var rest = url
        for scheme in ["https://", "http://"] where rest.hasPrefix(scheme) { rest.removeFirst(scheme.count) }
        return base + "/" + rest
    }
}

/// The sources file beside the catalog.
public struct OfficialSources: Sendable {
    public var path: String
    public var sources: [OfficialSource]

    private struct File: Decodable { var sources: [OfficialSource] }

    public static func defaultPath(catalogDirectory: String) -> String {
        (catalogDirectory as NSString).appendingPathComponent("sources.yaml")
    }

    public static func load(path: String) throws -> OfficialSources {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw MicrocredError("cannot read the list of official download addresses", at: SourceLocation(file: path), hint: "It belongs beside datasets/catalog.yaml")
        }
        do {
            return OfficialSources(path: path, sources: try YAMLDecoder().decode(File.self, from: text).sources)
        } catch {
            throw MicrocredError("\(error)", at: SourceLocation(file: path), hint: "Each source needs dataset, url and save_as")
        }
    }

    public func source(_ id: DatasetID) -> OfficialSource? { sources.first { $0.dataset == id } }
}
