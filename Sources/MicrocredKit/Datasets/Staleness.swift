import MicrocredCore

extension DatasetAge {
    /// The age of `vintage` of `entry` on `asOf`, with the catalog's
    /// current-edition check and next release; nil when the reference date is malformed.
    public static func of(_ entry: DatasetEntry, vintage: DatasetVintage, asOf: CalendarDate) -> DatasetAge? {
        guard let reference = vintage.referenceMonth else { return nil }
        var edition: CurrentEdition? = nil
        if vintage.currentEdition == true, let checked = vintage.editionChecked, let date = CalendarDate(checked) {
            edition = CurrentEdition(checked: checked, monthsSinceCheck: asOf.monthsSince(year: date.year, month: date.month),
                                     note: vintage.editionNote)
        }
        return DatasetAge(id: entry.id, vintage: vintage.vintage,
                          months: asOf.monthsSince(year: reference.year, month: reference.month),
                          maxMonths: entry.maxAgeMonths, currentEdition: edition, nextRelease: vintage.nextRelease)
    }
}
