/// An error that stops a run, phrased for the person running microcred:
/// what happened, where, and how to fix it.
public struct MicrocredError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var hint: String?
    /// Further located problems, one per line (e.g. every proposal mistake).
    public var diagnostics: [Diagnostic]

    public init(_ message: String, hint: String? = nil, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.hint = hint
        self.diagnostics = diagnostics
    }

    public var description: String {
        var lines = diagnostics.map(\.description)
        lines.append(message)
        if let hint { lines.append("hint: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
