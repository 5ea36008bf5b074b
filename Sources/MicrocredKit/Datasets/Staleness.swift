import MicrocredCore

extension DatasetAge {
    /// The age of `vintage` of `entry` on `asOf`; nil when the reference date is malformed.
    public static func of(_ entry: DatasetEntry, vintage: DatasetVintage, asOf: CalendarDate) -> DatasetAge? {
        guard let reference = vintage.referenceMonth else { return nil }
        return DatasetAge(id: entry.id, vintage: vintage.vintage,
                          months: asOf.monthsSince(year: reference.year, month: reference.month),
                          maxMonths: entry.maxAgeMonths)
    }
}


