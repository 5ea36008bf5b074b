import Foundation
import MicrocredCore

extension ReportSource {
    /// What the Sources section says of a dataset resolved through the catalog.
    public init(_ resolved: ResolvedDataset, asOf: CalendarDate) {
        self.init(id: resolved.entry.id, title: resolved.entry.title, publisher: resolved.entry.publisher,
                  vintage: resolved.vintage.vintage, url: resolved.entry.sourceURL, license: resolved.entry.license,
                  attribution: resolved.entry.attribution,
                  age: DatasetAge.of(resolved.entry, vintage: resolved.vintage, asOf: asOf))
    }
}
