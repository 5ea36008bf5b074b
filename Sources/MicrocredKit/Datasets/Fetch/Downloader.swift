import Foundation
import MicrocredCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `datasets fetch` identifies itself and how long it waits.
public struct DownloadSettings: Sendable {
    /// A contact address for the User-Agent (BLS asks scripted clients for one).
    public var contact: String?
    /// Seconds without any data before a request fails (a server that never answers).
    public var idleTimeout: TimeInterval
    /// Seconds for a whole download.
    public var totalTimeout: TimeInterval
    /// Show a progress bar (only when standard error is a terminal).
    public var progress: Bool

    public init(contact: String?, idleTimeout: TimeInterval = 60, totalTimeout: TimeInterval = 3600,
                progress: Bool = isatty(STDERR_FILENO) == 1) {
        self.contact = contact
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
        self.progress = progress
    }

    /// `microcred/0.1.0 (+contact: EMAIL)`, or just `microcred/0.1.0`.
    public var userAgent: String {
        "microcred/\(Downloader.version)" + (contact.map { " (contact: \($0))" } ?? "")
    }
}

/// Downloads one URL into a file with Foundation's `URLSession`, resuming a
/// partial download (`FILE.part`, an HTTP Range request) and moving the
/// file into place only when it is complete.
///
/// `@unchecked Sendable` because URLSession requires its delegate to be
/// Sendable, and the mutable state is never touched concurrently: `download`
/// sets it up before the task is resumed and reads it only after `done` is
/// signalled, and in between only the session's delegate callbacks touch
/// it, which URLSession delivers one at a time on its own serial queue
/// (`delegateQueue: nil`). One `Downloader` serves one download at a time.
public final class Downloader: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    static let version = "0.1.0"

    public struct Outcome: Sendable {
        /// Bytes received in this run (a resumed download counts only the rest).
        public var received: Int64
        public var resumedFrom: Int64
    }

    let settings: DownloadSettings
    private var handle: FileHandle?
    private var received: Int64 = 0
    private var offset: Int64 = 0
    private var expected: Int64 = -1
    private var status = 0
    private var failure: Error?
    private var label = ""
    private var lastDrawn = Date.distantPast
    private let done = DispatchSemaphore(value: 0)

    public init(settings: DownloadSettings) { self.settings = settings }

    /// Downloads `url` to `destination`, through `destination.part`.
    public func download(_ url: URL, to destination: String) throws -> Outcome {
        let part = destination + ".part"
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let existing = ((try? FileManager.default.attributesOfItem(atPath: part))?[.size] as? NSNumber)?.int64Value ?? 0
        if existing == 0 { _ = FileManager.default.createFile(atPath: part, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: part) else {
            throw MicrocredError("cannot write \(part)", hint: "Check that the folder is writable, or choose another with --to")
        }
        self.handle = handle
        offset = existing
        received = 0
        label = (destination as NSString).lastPathComponent
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: settings.idleTimeout)
        request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
        if existing > 0 { request.setValue("bytes=\(existing)-", forHTTPHeaderField: "Range") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.idleTimeout
        configuration.timeoutIntervalForResource = settings.totalTimeout
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        session.dataTask(with: request).resume()
        done.wait()
        session.finishTasksAndInvalidate()
        try? handle.close()
        if settings.progress { FileHandle.standardError.write(Data("\n".utf8)) }
        let host = url.host ?? url.absoluteString
        if let failure {
            let nsError = failure as NSError
            if nsError.domain == NSURLErrorDomain && nsError.code == NSURLErrorTimedOut {
                throw MicrocredError("\(url.absoluteString): no answer from \(host) within \(Int(settings.idleTimeout)) seconds (timed out)",
                                     hint: "Check the network or the mirror; \(part) keeps what arrived, and the same command resumes it")
            }
            if let stop = failure as? MicrocredError { throw stop }
            let kept = offset + received
            if kept == 0 && status == 0 {
                throw MicrocredError("\(url.absoluteString): cannot reach \(host) (\(nsError.localizedDescription))",
                                     hint: "Check the network connection, or use --mirror with a reachable mirror")
            }
            throw MicrocredError("\(url.absoluteString): the download stopped after \(kept) bytes\(expected > 0 ? " of \(offset + expected)" : "") (\(nsError.localizedDescription))",
                                 hint: "Run the same command again: it resumes from \(part)")
        }
        if expected > 0 && received < expected {
            throw MicrocredError("\(url.absoluteString): the download ended after \(offset + received) of \(offset + expected) bytes",
                                 hint: "Run the same command again: it resumes from \(part)")
        }
        // HTTP 416 after a Range request: the part is already whole.
        try? FileManager.default.removeItem(atPath: destination)
        try FileManager.default.moveItem(atPath: part, toPath: destination)
        return Outcome(received: received, resumedFrom: offset)
    }

    public func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                           completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        status = http?.statusCode ?? 200
        let host = response.url?.host ?? ""
        switch status {
        case 200:
            // A full body: start the part file again.
            if offset > 0 { handle?.truncateFile(atOffset: 0); offset = 0 }
            expected = response.expectedContentLength
            completionHandler(.allow)
        case 206:
            handle?.seekToEndOfFile()
            expected = response.expectedContentLength
            completionHandler(.allow)
        case 416 where offset > 0:
            completionHandler(.cancel)
        case 403:
            failure = MicrocredError("\(response.url?.absoluteString ?? host): \(host) refused the request (HTTP 403 Forbidden). BLS and some other publishers refuse scripted requests whose User-Agent does not name a contact (sent: \"\(settings.userAgent)\")",
                                     hint: "Pass --contact YOUR-EMAIL or set MICROCRED_CONTACT, so that the User-Agent names microcred and a contact address; or download the file in a browser and use `microcred datasets add`")
            completionHandler(.cancel)
        default:
            failure = MicrocredError("\(response.url?.absoluteString ?? host): HTTP \(status) from \(host)",
                                     hint: status == 404 ? "The publisher may have moved the file: check the page in docs/datasets.md, or use --mirror" : "Try again later, or use --mirror")
            completionHandler(.cancel)
        }
    }

    public func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard failure == nil else { return }
        do {
            try handle?.write(contentsOf: data)
        } catch {
            failure = MicrocredError("cannot write the download: \(error)", hint: "Check free disk space")
            dataTask.cancel()
            return
        }
        received += Int64(data.count)
        drawProgress()
    }

    public func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if failure == nil, let error {
            let nsError = error as NSError
            if !(nsError.domain == NSURLErrorDomain && nsError.code == NSURLErrorCancelled && status == 416) {
                failure = error
            }
        }
        done.signal()
    }

    private func drawProgress() {
        guard settings.progress else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) > 0.1 || (expected > 0 && received >= expected) else { return }
        lastDrawn = now
        let mb = Double(offset + received) / 1_048_576
        var line = "\r  \(label) "
        if expected > 0 {
            let fraction = min(1, Double(received) / Double(expected))
            let filled = Int(fraction * 30)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
            line += String(format: "%3d%% ", Int(fraction * 100))
        }
        line += String(format: "%.1f MB", mb)
        FileHandle.standardError.write(Data(line.utf8))
    }
}
