/// How old a dataset's vintage is on the `--as-of` date, against the
/// catalog's `max_age_months` for that dataset, and what the catalog says
/// about newer releases: whether the vintage is the publisher's current
/// edition (as checked on a date) or which release to look for.
public struct DatasetAge: Sendable, Hashable {
    /// The catalog's record that a vintage is the publisher's current edition.
    public struct CurrentEdition: Sendable, Hashable {
        /// When an analyst confirmed it, `YYYY-MM-DD`.
        public var checked: String
        /// Whole months from the check to the as-of date (negative when checked after it).
        public var monthsSinceCheck: Int
        /// Why it is current, in words (the catalog's `edition_note`).
        public var note: String?

        public init(checked: String, monthsSinceCheck: Int, note: String? = nil) {
            self.checked = checked
            self.monthsSinceCheck = monthsSinceCheck
            self.note = note
        }
    }

    public var id: DatasetID
    public var vintage: String
    /// Whole months from the vintage's reference month to the as-of month.
    public var months: Int
    public var maxMonths: Int
    /// Set when the catalog records the vintage as the publisher's current edition.
    public var currentEdition: CurrentEdition? = nil
    /// The release to look for when the data are stale (the catalog's `next_release`).
    public var nextRelease: String? = nil

    /// True when a current-edition check is on record and no older than `maxMonths`.
    public var isConfirmedCurrent: Bool {
        guard let currentEdition else { return false }
        return currentEdition.monthsSinceCheck <= maxMonths
    }

    /// Older than allowed, and not confirmed as the publisher's current edition.
    public var isStale: Bool { months > maxMonths && !isConfirmedCurrent }

    /// "19 months" / "82 months, current edition (checked 2026-12-01)" / "STALE: 40 months (limit 36)".
    public var label: String {
        if isStale { return "STALE: \(months) months (limit \(maxMonths))" }
        if isConfirmedCurrent, let currentEdition { return "\(months) months, current edition (checked \(currentEdition.checked))" }
        return "\(months) months"
    }

    /// The warning reports carry when the data are stale, naming the release
    /// to look for when the catalog gives one; nil otherwise.
    public var warning: String? {
        guard isStale else { return nil }
        var text = "\(id) (\(vintage)) is \(months) months old on the as-of date, older than the \(maxMonths) months allowed for it"
        if let currentEdition {
            text += "; it was last confirmed as the publisher's current edition on \(currentEdition.checked), \(currentEdition.monthsSinceCheck) months ago: check again"
        }
        if let nextRelease {
            text += "; look for \(nextRelease)"
        } else if currentEdition == nil {
            text += "; check for a newer release"
        }
        return text
    }

    /// What the Sources section says of a confirmed current edition; nil otherwise.
    public var currentEditionNote: String? {
        guard isConfirmedCurrent, let currentEdition else { return nil }
        return "The publisher's current edition (checked \(currentEdition.checked))" + (currentEdition.note.map { ": \($0)" } ?? "")
    }

    public init(id: DatasetID, vintage: String, months: Int, maxMonths: Int, currentEdition: CurrentEdition? = nil, nextRelease: String? = nil) {
        self.id = id
        self.vintage = vintage
        self.months = months
        self.maxMonths = maxMonths
        self.currentEdition = currentEdition
        self.nextRelease = nextRelease
    }
}
