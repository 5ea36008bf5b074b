import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Data age on synthetic catalog entries: a current edition is not stale, a
/// stale vintage names the release to look for, a stale check is checked again.
final class DatasetAgeTests: XCTestCase {
    func entry(_ vintage: DatasetVintage, maxAge: Int = 36) -> DatasetEntry {
        DatasetEntry(id: DatasetID("synthetic"), kind: .oews, title: "", publisher: "", sourceURL: "", license: "", attribution: "", format: "csv",
                     maxAgeMonths: maxAge, columns: [], mapping: nil, vintages: [vintage])
    }

    func vintage(_ reference: String = "2020-01") -> DatasetVintage {
        DatasetVintage(vintage: "Synthetic 2020", referenceDate: reference, file: "synthetic.csv", sha256: nil, rows: nil, note: nil)
    }

    let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

    func testCurrentEditionIsNotStale() throws {
        var v = vintage()
        v.currentEdition = true
        v.editionChecked = "2026-10-15"
        v.editionNote = "the synthetic publisher's newest edition"
        let age = try XCTUnwrap(DatasetAge.of(entry(v), vintage: v, asOf: asOf))
        XCTAssertEqual(age.months, 82)
        XCTAssertFalse(age.isStale)
        XCTAssertNil(age.warning)
        XCTAssertEqual(age.label, "82 months, current edition (checked 2026-10-15)")
        XCTAssertEqual(age.currentEditionNote, "The publisher's current edition (checked 2026-10-15): the synthetic publisher's newest edition")
    }

    func testStaleVintageNamesTheReleaseToLookFor() throws {
        var v = vintage("2024-07")
        v.nextRelease = "Synthetic Projections 2025–35, published each fall"
        let age = try XCTUnwrap(DatasetAge.of(entry(v, maxAge: 24), vintage: v, asOf: asOf))
        XCTAssertTrue(age.isStale)
        XCTAssertEqual(age.warning, "synthetic (Synthetic 2020) is 28 months old on the as-of date, older than the 24 months allowed for it; look for Synthetic Projections 2025–35, published each fall")
        XCTAssertNil(age.currentEditionNote)
        // Without a next release, the old generic advice.
        let plain = try XCTUnwrap(DatasetAge.of(entry(vintage("2024-07"), maxAge: 24), vintage: vintage("2024-07"), asOf: asOf))
        XCTAssertTrue(plain.warning?.hasSuffix("check for a newer release") ?? false)
        // Not yet stale: no warning, even with a next release.
        let fresh = try XCTUnwrap(DatasetAge.of(entry(v, maxAge: 36), vintage: v, asOf: asOf))
        XCTAssertNil(fresh.warning)
    }

    func testACurrentEditionCheckTooOldIsCheckedAgain() throws {
        var v = vintage()
        v.currentEdition = true
        v.editionChecked = "2021-06-01"
        v.nextRelease = "the synthetic 2030 edition"
        let age = try XCTUnwrap(DatasetAge.of(entry(v), vintage: v, asOf: asOf))
        XCTAssertTrue(age.isStale)
        let warning = try XCTUnwrap(age.warning)
        XCTAssertTrue(warning.contains("last confirmed as the publisher's current edition on 2021-06-01, 65 months ago: check again"), warning)
        XCTAssertTrue(warning.hasSuffix("look for the synthetic 2030 edition"), warning)
    }

    func testCurrentEditionNeedsItsCheckDate() throws {
        let dir = try TemporaryDirectory()
        let text = """
        # synthetic catalog
        datasets:
          - id: synthetic
            kind: oews
            title: Synthetic
            publisher: Synthetic
            source_url: https://example.org
            license: none
            attribution: synthetic
            format: csv
            max_age_months: 12
            columns: [A]
            vintages:
              - vintage: Synthetic 2020
                reference_date: 2020-01
                file: synthetic.csv
                current_edition: true
        """
        let path = try dir.write("synthetic-catalog.yaml", text)
        XCTAssertThrowsError(try DatasetCatalog.load(path: path)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("current_edition: true but edition_checked is 'missing'"), message)
            XCTAssertTrue(message.contains("synthetic-catalog.yaml"), message)
        }
    }
}
