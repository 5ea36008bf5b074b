import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

final class CatalogTests: XCTestCase {
    func testCommittedCatalogIsInTheWritersLayout() throws {
        let text = try String(contentsOfFile: RealData.catalogPath, encoding: .utf8)
        let catalog = try RealData.catalog()
        let rendered = CatalogWriter.render(catalog, header: CatalogWriter.header(of: text))
        if rendered != text {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("catalog.rendered.yaml")
            try? rendered.write(to: out, atomically: true, encoding: .utf8)
            XCTFail("datasets/catalog.yaml differs from what `datasets add` would write; see \(out.path)")
        }
    }

    func testRenderedCatalogReadsBackTheSame() throws {
        var catalog = try RealData.catalog()
        catalog.datasets[0].title = "A title: with a colon, and # hash"
        catalog.datasets[0].columns.append("odd, column [1]")
        catalog.datasets[0].vintages.append(DatasetVintage(vintage: "2026", referenceDate: "2026-05", file: "x.csv",
                                                           sha256: nil, rows: 12, note: "yes"))
        let dir = try TemporaryDirectory()
        let path = try dir.write("synthetic-catalog.yaml", CatalogWriter.render(catalog, header: "# synthetic\n"))
        let back = try DatasetCatalog.load(path: path)
        XCTAssertEqual(back.datasets, catalog.datasets)
    }

    func testNewestVintageIsDefault() throws {
        var entry = try XCTUnwrap(RealData.catalog().entry(.oewsState))
        entry.vintages.append(DatasetVintage(vintage: "May 2024", referenceDate: "2024-05", file: "old.csv", sha256: nil, rows: nil, note: nil))
        XCTAssertEqual(entry.newestVintage?.vintage, "May 2025")
        XCTAssertEqual(entry.vintage(named: "may 2024")?.file, "old.csv")
        XCTAssertNil(entry.vintage(named: "May 2023"))
    }

    func testMissingDatasetMessageNamesItWhereAndHow() throws {
        let catalog = try RealData.catalog()
        let dir = try TemporaryDirectory()
        let store = DatasetResolver(catalog: catalog, dataPath: DataPath(roots: [.init(origin: "test", directory: dir.url.path)]))
        XCTAssertThrowsError(try store.require(.cipSOC)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("dataset 'cip-soc'"), text)
            XCTAssertTrue(text.contains(dir.url.appendingPathComponent("nces-cip/CIP2020_SOC2018_Crosswalk.csv").path), text)
            XCTAssertTrue(text.contains("https://nces.ed.gov/ipeds/cipcode/"), text)
        }
    }

    func testDataPathOrder() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory(), c = try TemporaryDirectory()
        try b.write("sub/f.csv", "x\n")
        try c.write("f.csv", "x\n")
        let path = DataPath(catalogDirectory: a.url.path, environment: ["MICROCRED_DATA_PATH": b.url.path], dataDirectories: [c.url.path])
        XCTAssertEqual(path.roots.map(\.origin), ["the catalog's folder", "MICROCRED_DATA_PATH", "--data"])
        XCTAssertEqual(path.locate("sub/f.csv").path, b.url.appendingPathComponent("sub/f.csv").path)
        XCTAssertEqual(path.locate("other/f.csv").path, c.url.appendingPathComponent("f.csv").path)
        XCTAssertNil(path.locate("nope.csv").path)
    }

    func testMalformedCatalogGivesLine() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("synthetic-catalog.yaml", "datasets:\n  - id: x\n    kind: nonsense\n")
        XCTAssertThrowsError(try DatasetCatalog.load(path: path)) { error in
            XCTAssertTrue("\(error)".contains("synthetic-catalog.yaml:3:"), "\(error)")
        }
    }
}
