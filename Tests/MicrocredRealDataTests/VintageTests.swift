import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// `datasets add`, `datasets diff` and staleness, tested with synthetic
/// altered copies of a real file (only one real vintage of each exists).
final class VintageTests: XCTestCase {
    /// A temporary catalog (a copy of the real one) whose data path also
    /// reaches the project's datasets/ and the shared data.
    func makeSandbox() throws -> (TemporaryDirectory, DatasetCatalog, DataPath) {
        let dir = try TemporaryDirectory()
        let text = try String(contentsOfFile: RealData.catalogPath, encoding: .utf8)
        let path = try dir.write("catalog.yaml", text)
        let catalog = try DatasetCatalog.load(path: path)
        var roots = [DataPath.Root(origin: "test", directory: dir.url.path),
                     DataPath.Root(origin: "project", directory: RealData.root.appendingPathComponent("datasets").path)]
        roots += try RealData.store().dataPath.roots.filter { $0.origin == "MICROCRED_DATA_PATH" }
        return (dir, catalog, DataPath(roots: roots))
    }

    /// The national OEWS file with software developers' employment up 20%,
    /// actuaries removed, and chief executives' median wage withheld.
    func alteredNational(in dir: TemporaryDirectory) throws -> String {
        let original = try String(contentsOfFile: RealData.root.appendingPathComponent("datasets/bls-oews/oews_may2025_national.csv").path, encoding: .utf8)
        var lines: [String] = []
        for line in original.split(separator: "\n", omittingEmptySubsequences: false) {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if fields.count > 20, fields[4] == "15-1252" {
                let employment = Int(fields[7])!
                fields[7] = String(employment * 6 / 5)
            }
            if fields.count > 20, fields[4] == "15-2011" { continue }
            if fields.count > 20, fields[4] == "11-1011" { fields[21] = "*" }
            lines.append(fields.joined(separator: ","))
        }
        return try dir.write("synthetic-oews-national-altered.csv", lines.joined(separator: "\n"))
    }

    func testAddRecordsNewVintageAndDiffShowsChanges() throws {
        let (dir, catalog, dataPath) = try makeSandbox()
        let file = try alteredNational(in: dir)
        let outcome = try VintageRecorder.add(file: file, datasetID: DatasetID("oews-national"), vintageName: "May 2026 (synthetic)",
                                              referenceDate: "2026-05", note: "synthetic test copy", catalog: catalog, dataPath: dataPath)
        XCTAssertEqual(outcome.vintage.file, "synthetic-oews-national-altered.csv")
        XCTAssertEqual(outcome.vintage.rows, 1_103)
        XCTAssertEqual(outcome.vintage.sha256, try FileDigest.sha256(path: file))
        try CatalogWriter.write(outcome.catalog)

        let reread = try DatasetCatalog.load(path: catalog.path)
        let entry = try XCTUnwrap(reread.entry(.oewsNational))
        XCTAssertEqual(entry.vintages.map(\.vintage), (catalog.entry(.oewsNational)?.vintages.map(\.vintage) ?? []) + ["May 2026 (synthetic)"])
        XCTAssertEqual(entry.newestVintage?.vintage, "May 2026 (synthetic)")

        let store = RealDataStore(resolver: DatasetResolver(catalog: reread, dataPath: dataPath))
        let diff = try DatasetDiffer.compare(resolver: store.resolver, dataset: DatasetID("oews-national"), from: "May 2025", to: "May 2026 (synthetic)",
                                             area: nil, thresholds: DiffThresholds())
        let sections = Dictionary(uniqueKeysWithValues: diff.sections.map { ($0.title, $0.rows) })
        XCTAssertEqual(sections["Occupations that disappear"]?.map { $0[1] }, ["15-2011"])
        XCTAssertEqual(sections["Occupations that appear"]?.count, 0)
        XCTAssertEqual(sections["Employment changes"]?.map { $0[1] }, ["15-1252"])
        XCTAssertEqual(sections["Employment changes"]?.first?.last, "+20.0%")
        XCTAssertEqual(sections["Suppression changes"]?.map { $0[1] }, ["11-1011"])
        XCTAssertTrue(sections["Suppression changes"]?.first?.last?.contains("newly suppressed") == true)

        let markdown = DiffRenderer.markdown(diff)
        XCTAssertTrue(markdown.contains("# What changed in oews-national: May 2025 → May 2026 (synthetic)"))
        XCTAssertTrue(markdown.contains("| Employment changes | 1 |"))
        let csv = DiffRenderer.csv(diff)
        XCTAssertTrue(csv.contains("Occupations that disappear,oews-national,May 2025,May 2026 (synthetic),U.S.,15-2011,Actuaries"), csv)

        // The store now defaults to the new vintage; --vintage picks the old.
        XCTAssertEqual(try store.resolve(.oewsNational).vintage.vintage, "May 2026 (synthetic)")
        let old = RealDataStore(resolver: DatasetResolver(catalog: reread, dataPath: dataPath, vintageChoices: try DatasetResolver.vintageChoices([VintageSelection("oews-national=May 2025")!], catalog: reread)))
        XCTAssertEqual(try old.oews("oews-national").report.rows, 1_104)
    }

    func testFailingFileIsNotAddedAndCatalogIsUntouched() throws {
        let (dir, catalog, dataPath) = try makeSandbox()
        let before = try Data(contentsOf: URL(fileURLWithPath: catalog.path))
        let bad = try dir.write("synthetic-bad.csv", OEWSLoader.columns.joined(separator: ",") + "\n99,U.S.,1,US,15-1252,Software,detailed,-3,,,,,,,,,,,,,,,,,,\n")
        XCTAssertThrowsError(try VintageRecorder.add(file: bad, datasetID: DatasetID("oews-national"), vintageName: "May 2026", referenceDate: nil,
                                                     note: nil, catalog: catalog, dataPath: dataPath)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("synthetic-bad.csv:2: error: TOT_EMP is negative"), text)
            XCTAssertTrue(text.contains("the catalog was not changed"), text)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: catalog.path)), before)
        // A duplicate vintage name and a wrong dataset are refused too.
        XCTAssertThrowsError(try VintageRecorder.add(file: bad, datasetID: DatasetID("oews-national"), vintageName: "May 2025", referenceDate: nil,
                                                     note: nil, catalog: catalog, dataPath: dataPath))
        XCTAssertThrowsError(try VintageRecorder.add(file: bad, datasetID: DatasetID("no-such"), vintageName: "May 2026", referenceDate: nil,
                                                     note: nil, catalog: catalog, dataPath: dataPath))
    }

    func testHighDemandListVintagesAndDiff() throws {
        let (dir, catalog, dataPath) = try makeSandbox()
        // The sandbox catalog sits in a temporary folder: give it the mapping too.
        let mapping = try String(contentsOf: RealData.root.appendingPathComponent("datasets/high-demand/derived-GA.mapping.yaml"), encoding: .utf8)
        try dir.write("high-demand/derived-GA.mapping.yaml", mapping)
        let original = try String(contentsOf: RealData.root.appendingPathComponent("datasets/high-demand/derived-GA.csv"), encoding: .utf8)
        var lines = original.components(separatedBy: "\n")
        let header = lines.removeFirst()
        let removed = lines.filter { $0.hasPrefix("29-1141,") || $0.hasPrefix("11-1021,") }
        XCTAssertEqual(removed.count, 2)
        lines.removeAll { $0.hasPrefix("29-1141,") || $0.hasPrefix("11-1021,") }
        lines.insert("35-3023,Fast Food and Counter Workers,GA,,,,,,,,,,true,synthetic row,synthetic test copy", at: 0)
        let file = try dir.write("synthetic-derived-GA-2026.csv", ([header] + lines).joined(separator: "\n"))
        let outcome = try VintageRecorder.add(file: file, datasetID: DatasetID("high-demand-ga-derived"), vintageName: "synthetic 2026",
                                              referenceDate: "2026-05", note: nil, catalog: catalog, dataPath: dataPath)
        try CatalogWriter.write(outcome.catalog)
        let store = RealDataStore(resolver: DatasetResolver(catalog: try DatasetCatalog.load(path: catalog.path), dataPath: dataPath))
        let diff = try DatasetDiffer.compare(resolver: store.resolver, dataset: DatasetID("high-demand-ga-derived"), from: "derived from OEWS May 2025",
                                             to: "synthetic 2026", area: nil, thresholds: DiffThresholds())
        XCTAssertEqual(diff.sections[0].rows, [["35-3023", "Fast Food and Counter Workers"]])
        XCTAssertEqual(diff.sections[1].rows.map { $0[0] }, ["11-1021", "29-1141"])
    }

    func testReferenceDateFromVintageName() {
        XCTAssertEqual(VintageRecorder.referenceDate(fromVintage: "May 2026"), "2026-05")
        XCTAssertEqual(VintageRecorder.referenceDate(fromVintage: "2025–35"), "2025-01")
        XCTAssertNil(VintageRecorder.referenceDate(fromVintage: "O*NET 30.0"))
    }

    func testStaleness() throws {
        let catalog = try RealData.catalog()
        let oews = try XCTUnwrap(catalog.entry(DatasetID("oews-state")))
        let asOf = try XCTUnwrap(CalendarDate("2026-11-29"))
        let age = try XCTUnwrap(DatasetAge.of(oews, vintage: oews.newestVintage!, asOf: asOf))
        XCTAssertEqual(age.months, 18)
        XCTAssertFalse(age.isStale)
        let later = try XCTUnwrap(DatasetAge.of(oews, vintage: oews.newestVintage!, asOf: CalendarDate("2027-06-01")!))
        XCTAssertEqual(later.months, 25)
        XCTAssertTrue(later.isStale)
        XCTAssertTrue(later.warning?.contains("25 months old") == true)
        // The warning names the release the catalog says to look for.
        XCTAssertTrue(later.warning?.hasSuffix("look for \(try XCTUnwrap(oews.newestVintage?.nextRelease))") == true, later.warning ?? "")
        // The crosswalk is past its limit but recorded as the publisher's current edition: not stale.
        let crosswalk = try XCTUnwrap(catalog.entry(DatasetID("cip-soc")))
        let crosswalkAge = try XCTUnwrap(DatasetAge.of(crosswalk, vintage: crosswalk.newestVintage!, asOf: asOf))
        XCTAssertGreaterThan(crosswalkAge.months, crosswalkAge.maxMonths)
        XCTAssertFalse(crosswalkAge.isStale)
        XCTAssertTrue(crosswalkAge.label.contains("current edition"), crosswalkAge.label)
    }

    func testCrosswalkAndListDiffs() throws {
        let dir = try TemporaryDirectory()
        let header = "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n"
        let a = CrosswalkLoader.load(path: try dir.write("synthetic-a.csv", header + "11.0701,CS,15-1252,Software Developers\n11.0701,CS,15-1221,Scientists\n"))
        let b = CrosswalkLoader.load(path: try dir.write("synthetic-b.csv", header + "11.0701,CS,15-1252,Software Developers\n11.0701,CS,15-1211,Analysts\n"))
        let diff = DatasetDiffer.crosswalk(a, b, datasetID: "cip-soc", from: "v1", to: "v2")
        XCTAssertEqual(diff.sections[0].rows.map { $0[2] }, ["15-1211"])
        XCTAssertEqual(diff.sections[1].rows.map { $0[2] }, ["15-1221"])
        let lists = DatasetDiffer.occupationLists([(SOCCode("15-1252")!, "Dev")], [(SOCCode("29-1141")!, "RN")], datasetID: "hd", from: "2025", to: "2026")
        XCTAssertEqual(lists.sections[0].rows, [["29-1141", "RN"]])
        XCTAssertEqual(lists.sections[1].rows, [["15-1252", "Dev"]])
    }
}
