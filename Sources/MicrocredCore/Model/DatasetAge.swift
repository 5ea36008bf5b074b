/// How old a dataset's vintage is on the `--as-of` date, against the
/// catalog's `max_age_months` for that dataset.
public struct DatasetAge: Sendable, Hashable {
    public var id: DatasetID
    public var vintage: String
    /// Whole months from the vintage's reference month to the as-of month.
    public var months: Int
    public var maxMonths: Int

    public var isStale: Bool { months > maxMonths }

    /// "19 months" / "STALE: 40 months (limit 36)".
    public var label: String {
        isStale ? "STALE: \(months) months (limit \(maxMonths))" : "\(months) months"
    }

    /// The warning reports carry when the data are stale; nil otherwise.
    public var warning: String? {
        guard isStale else { return nil }
        return "\(id) (\(vintage)) is \(months) months old on the as-of date, older than the \(maxMonths) months allowed for it; check for a newer release"
    }

    public init(id: DatasetID, vintage: String, months: Int, maxMonths: Int) {
        self.id = id
        self.vintage = vintage
        self.months = months
        self.maxMonths = maxMonths
    }
}
