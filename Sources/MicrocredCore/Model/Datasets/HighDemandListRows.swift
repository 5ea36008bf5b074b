/// The rows of a high-demand career list CSV, read through a column mapping
/// and not yet checked against SOC codes.
public struct HighDemandListRows: Sendable {
    /// One row: the mapped cells as text.
    public struct Row: Sendable, Hashable {
        public var code: String?
        public var title: String?
        public var region: String?
        public var line: Int

        public init(code: String? = nil, title: String? = nil, region: String? = nil, line: Int) {
            self.code = code
            self.title = title
            self.region = region
            self.line = line
        }
    }

    public var file: String
    public var rows: [Row]

    public init(file: String, rows: [Row]) {
        self.file = file
        self.rows = rows
    }
}
