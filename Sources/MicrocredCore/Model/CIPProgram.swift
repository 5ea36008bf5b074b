/// One six-digit entry of NCES's CIPCode2020 file.
public struct CIPProgram: Sendable, Hashable {
    /// What the 2020 revision did to the code (the file's `Action`).
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case noChange = "No substantive changes"
        case new = "New"
        case movedTo = "Moved to"
        case movedFrom = "Moved from"
        case deleted = "Deleted"

        /// The first three are valid 2020 codes; the other two are retired.
        public var isValid: Bool { self == .noChange || self == .new || self == .movedTo }
    }

    public var code: CIPCode
    /// The title without its final period.
    public var title: String
    public var action: Action
    public var definition: String
    /// For a retired code, the codes that replaced it ("Moved from X to Y",
    /// "Deleted, Report under Y").
    public var replacedBy: [CIPCode]
    public var line: Int

    public init(code: CIPCode, title: String, action: Action, definition: String, replacedBy: [CIPCode], line: Int) {
        self.code = code
        self.title = title
        self.action = action
        self.definition = definition
        self.replacedBy = replacedBy
        self.line = line
    }

    /// True for codes valid in CIP 2020.
    public var isValid: Bool { action.isValid }
}
