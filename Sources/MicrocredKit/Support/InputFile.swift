import CSVStream
import Foundation
import MicrocredCore

/// Reading input files for microcred's commands: every input (datasets, the
/// catalog, proposals, rules, weights, criteria, settings, high-demand lists
/// and their mappings) goes through `RegularFile`, so a FIFO, a device or a
/// folder given as an input is refused with a message instead of blocking or
/// reading forever.
public enum InputFile {
    /// The error for `problem` with `path`, naming what the file should be.
    static func error(_ problem: RegularFile.Problem, path: String, what: String) -> MicrocredError {
        let at = SourceLocation(file: Terminal.safe(path))
        switch problem {
        case .notFound: return MicrocredError("\(what) not found", at: at, hint: problem.hint)
        case .isDirectory: return MicrocredError("is a folder, not \(what)", at: at, hint: problem.hint)
        default: return MicrocredError("\(what) \(problem.description)", at: at, hint: problem.hint)
        }
    }

    /// Checks that `path` is a readable regular file, without reading it.
    public static func check(_ path: String, what: String) throws {
        do { try RegularFile.check(path) } catch { throw Self.error(error, path: path, what: what) }
    }

    /// The whole file, at most `maxBytes`.
    public static func read(_ path: String, what: String, maxBytes: Int) throws -> Data {
        do { return Data(try RegularFile.read(path, maxBytes: maxBytes)) } catch { throw Self.error(error, path: path, what: what) }
    }

    /// What is at `path` when it is there but is not a regular file, in
    /// words ("a FIFO (named pipe)", "a folder", …), symbolic links followed;
    /// nil for a regular file or nothing.
    public static func nonRegularKind(_ path: String) -> String? {
        do { try RegularFile.check(path) } catch {
            switch error {
            case .isDirectory: return "a folder"
            case .notRegular(let what): return what
            default: return nil
            }
        }
        return nil
    }

    /// True when `path` names a regular file that can be opened (no FIFO, device or folder).
    public static func isRegularFile(_ path: String) -> Bool {
        (try? RegularFile.check(path)) != nil
    }
}

/// Text on its way to a terminal or a log: control characters (ESC, NUL,
/// C1 controls such as U+0085, line and paragraph separators, bidirectional
/// overrides) are shown as `\u{1b}` so that no input can move the cursor,
/// change colours or hide text in a message.
public enum Terminal {
    public static func isUnsafe(_ scalar: Unicode.Scalar, allowNewlines: Bool = false) -> Bool {
        let v = scalar.value
        if allowNewlines && (v == 0x0A || v == 0x09) { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// `text` with unsafe characters escaped; tabs and newlines kept when `allowNewlines`.
    public static func safe(_ text: String, allowNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, allowNewlines: allowNewlines) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, allowNewlines: allowNewlines) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
