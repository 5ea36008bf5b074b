import Foundation
import CSVStream
import XCTest
import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// The publishers' own workbooks, read through the data path
/// (`official/` under MICROCRED_DATA_PATH), give the same records as the
/// CSV files the loaders were written for.
final class OfficialImportTests: XCTestCase {
    /// `official/RELATIVE` under the data path; fails the test when missing.
    static func official(_ relative: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let store = try RealData.store()
        for root in store.resolver.dataPath.roots {
            let path = (root.directory as NSString).appendingPathComponent("official/" + relative)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        XCTFail("official/\(relative) is not under the data path; set MICROCRED_DATA_PATH to ../shared/datasets", file: file, line: line)
        throw XCTSkip("unreachable")
    }

    /// A record's description with its line left out (rows and lines differ).
    static func key<T>(_ value: T, zeroing keyPath: WritableKeyPath<T, Int32>) -> String {
        var copy = value
        copy[keyPath: keyPath] = 0
        return String(describing: copy)
    }

    static func key<T>(_ value: T, zeroing keyPath: WritableKeyPath<T, Int>) -> String {
        var copy = value
        copy[keyPath: keyPath] = 0
        return String(describing: copy)
    }

    func testEPWorkbookTablesEqualTheCSVs() throws {
        let workbook = try Self.official("bls-ep/occupation.xlsx")
        let fromXLSX = EPLoader.load(projectionsPath: workbook, openingsPath: workbook)
        let fromCSV = EPLoader.load(projectionsPath: try RealData.path("ep-occupation"), openingsPath: try RealData.path("ep-openings"))
        XCTAssertFalse(fromXLSX.report.diagnostics.hasErrors, fromXLSX.report.diagnostics.items.prefix(5).map(\.description).joined(separator: "\n"))
        XCTAssertFalse(fromXLSX.openingsReport?.diagnostics.hasErrors ?? true)
        XCTAssertEqual(fromXLSX.projections.count, fromCSV.projections.count)
        XCTAssertEqual(fromXLSX.projections.count, 1113)
        XCTAssertEqual(fromXLSX.baseYear, 2024)
        XCTAssertEqual(fromXLSX.targetYear, 2034)
        XCTAssertEqual(fromXLSX.wageYear, fromCSV.wageYear)
        for (a, b) in zip(fromXLSX.projections, fromCSV.projections) {
            XCTAssertEqual(Self.key(a, zeroing: \.line), Self.key(b, zeroing: \.line))
        }
        // Lines count from the header, as in the CSV export (the title is row 1, the header row 2).
        XCTAssertEqual(fromXLSX.projections.first?.line, 2)
        XCTAssertEqual(fromXLSX.projections.map(\.line), fromCSV.projections.map(\.line))
        XCTAssertEqual(fromXLSX.report.quirks["footnote rows after the table"], 4)
        XCTAssertEqual(fromXLSX.report.quirks["title rows above the header"], 1)
    }

    func testCrosswalkWorkbookGivesTheCSVLinks() throws {
        let fromXLSX = CrosswalkLoader.load(path: try Self.official("nces-cip/CIP2020_SOC2018_Crosswalk.xlsx"))
        let fromCSV = CrosswalkLoader.load(path: try RealData.path("cip-soc"))
        XCTAssertFalse(fromXLSX.report.diagnostics.hasErrors, fromXLSX.report.diagnostics.items.prefix(5).map(\.description).joined(separator: "\n"))
        XCTAssertEqual(fromXLSX.links.count, 6097)
        XCTAssertEqual(fromXLSX.links, fromCSV.links)
        XCTAssertEqual(fromXLSX.report.quirks["workbook sheet read: CIP-SOC (header on row 1)"], 1)
    }

    func testMay2025NationalWorkbookMatchesTheCSVForEveryDetailedOccupation() throws {
        let fromXLSX = OEWSLoader.load(path: try Self.official("bls-oews/national_M2025_dl.xlsx"))
        let fromCSV = OEWSLoader.load(path: try RealData.path("oews-national"))
        XCTAssertFalse(fromXLSX.report.diagnostics.hasErrors, fromXLSX.report.diagnostics.items.prefix(5).map(\.description).joined(separator: "\n"))
        let detailedX = fromXLSX.estimates.filter { $0.group == .detailed }
        let detailedC = fromCSV.estimates.filter { $0.group == .detailed }
        XCTAssertEqual(detailedX.count, 830)
        XCTAssertEqual(detailedX.map(\.occupation), detailedC.map(\.occupation))
        for (a, b) in zip(detailedX, detailedC) {
            XCTAssertEqual(Self.key(a, zeroing: \.line), Self.key(b, zeroing: \.line), "\(a.occupation)")
        }
        // The seven detailed codes ending in 0 appear once each, as detailed.
        XCTAssertEqual(fromXLSX.report.quirks["broad rows left out that repeat a detailed occupation's code"], 7)
        XCTAssertEqual(fromXLSX.report.quirks["detailed occupations whose code ends in 0"], 7)
        XCTAssertGreaterThan(fromXLSX.report.quirks["hourly cells * under ANNUAL=TRUE read as not published"], 0)
        XCTAssertEqual(fromXLSX.report.quirks["wage cells not released (*)"], fromCSV.report.quirks["wage cells not released (*)"])
        let software = try XCTUnwrap(fromXLSX.estimates.first { $0.occupation.description == "15-1252" })
        XCTAssertEqual(software.employment, .value(1_687_890))
    }

    func testEveryOfficialWorkbookOpensAndEverySheetStreams() throws {
        let store = try RealData.store()
        var checked = 0
        for root in store.resolver.dataPath.roots {
            let folder = (root.directory as NSString).appendingPathComponent("official")
            guard let files = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in files where relative.hasSuffix(".xlsx") {
                let workbook = try XLSXWorkbook(path: folder + "/" + relative)
                XCTAssertFalse(workbook.sheetNames.isEmpty, relative)
                var rows = 0
                for sheet in workbook.sheetNames {
                    // Some sheets are empty on purpose (OEWS's "Filler").
                    try workbook.forEachRow(sheet: sheet) { _ in rows += 1; return true }
                }
                XCTAssertGreaterThan(rows, workbook.sheetNames.count, relative)
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 14, "the official/ folder of the data path should hold the 14 publishers' workbooks")
    }

    func testEveryOfficialOEWSWorkbookImports() throws {
        for year in [2020, 2021, 2022, 2023, 2025] {
            let data = OEWSLoader.load(path: try Self.official("bls-oews/national_M\(year)_dl.xlsx"))
            XCTAssertFalse(data.report.diagnostics.hasErrors, "\(year): " + data.report.diagnostics.items.prefix(3).map(\.description).joined(separator: "\n"))
            XCTAssertGreaterThan(data.estimates.filter { $0.group == .detailed }.count, 780, "\(year)")
            XCTAssertEqual(data.areas.count, 1)
        }
    }

    /// O*NET's text release is tab-separated: Skills.txt reads like the CSV conversion.
    func testONetTabSeparatedSkillsReadLikeTheCSV() throws {
        let csvPath = try RealData.path("onet-skills")
        let dir = try TemporaryDirectory()
        let reader = try CSVReader(path: csvPath)
        var text = reader.header.joined(separator: "\t") + "\r\n"
        try reader.forEach { record in text += record.strings.joined(separator: "\t") + "\r\n" }
        let tsv = try dir.write("Skills.txt", text)
        let fromText = ONetLoader.loadRatings(path: tsv, domain: .skill)
        let fromCSV = ONetLoader.loadRatings(path: csvPath, domain: .skill)
        XCTAssertFalse(fromText.report.diagnostics.hasErrors, fromText.report.diagnostics.items.prefix(3).map(\.description).joined(separator: "\n"))
        XCTAssertEqual(fromText.report.rows, fromCSV.report.rows)
        XCTAssertEqual(String(describing: fromText.ratings.prefix(50)), String(describing: fromCSV.ratings.prefix(50)))
        XCTAssertEqual(String(describing: fromText.ratings.suffix(50)), String(describing: fromCSV.ratings.suffix(50)))
    }

    func testONetOccupationDataWorkbookMatchesTheTextRelease() throws {
        let data = ONetLoader.loadOccupations(path: try Self.official("onet-29.3/Occupation Data.xlsx"))
        XCTAssertFalse(data.report.diagnostics.hasErrors, data.report.diagnostics.items.prefix(3).map(\.description).joined(separator: "\n"))
        XCTAssertGreaterThan(data.report.rows, 1000)
    }
}

/// Real vintages of `oews-national` read from BLS's own workbooks.
final class OfficialVintageDiffTests: XCTestCase {
    func testCatalogHasTheWorkbookVintages() throws {
        let store = try RealData.store()
        for year in [2020, 2021, 2022, 2023, 2025] {
            let resolved = try store.resolver.resolve(.oewsNational, vintage: "May \(year)")
            XCTAssertNotNil(resolved.path, "May \(year)")
        }
        XCTAssertEqual(try store.resolver.resolve(.oewsNational).vintage.vintage, "May 2025", "the newest vintage stays the default")
    }

    /// Figures checked by hand in the BLS workbooks: 15-1252 Software Developers
    /// had 1,656,880 jobs (median $132,270) in May 2023 and 1,687,890 ($135,980)
    /// in May 2025: +1.9% and +2.8%, under the thresholds, so not listed.
    /// 15-1251 Computer Programmers fell from 120,370 to 92,230 (−23.4%).
    /// 11-1031 Legislators are in May 2023 only.
    func testMay2023ToMay2025() throws {
        let diff = try DatasetDiffer.compare(resolver: try RealData.store().resolver, dataset: .oewsNational, from: "May 2023", to: "May 2025",
                                             area: nil, thresholds: DiffThresholds())
        let employment = try XCTUnwrap(diff.sections.first { $0.title.contains("Employment changes") })
        let programmers = try XCTUnwrap(employment.rows.first { $0.contains("15-1251") })
        XCTAssertEqual(Array(programmers.suffix(4)), ["120,370", "92,230", "-28,140", "-23.4%"])
        XCTAssertFalse(employment.rows.contains { $0.contains("15-1252") })
        let gone = try XCTUnwrap(diff.sections.first { $0.title.contains("disappear") })
        XCTAssertEqual(gone.rows.map { $0[1] }, ["11-1031"])
        XCTAssertGreaterThan(diff.changeCount, 500)

        let may2023 = OEWSLoader.load(path: try XCTUnwrap(try RealData.store().resolver.resolve(.oewsNational, vintage: "May 2023").path))
        let software = try XCTUnwrap(may2023.estimates.first { $0.occupation.description == "15-1252" && $0.group == .detailed })
        XCTAssertEqual(software.employment, .value(1_656_880))
        XCTAssertEqual(software.annual.median, .value(132_270))
    }
}

/// `datasets add` (VintageRecorder) takes every official OEWS workbook.
final class OfficialWorkbookAddTests: XCTestCase {
    func testEveryNationalWorkbookCanBeAddedAsAVintage() throws {
        let catalog = try RealData.catalog()
        let dataPath = try RealData.store().resolver.dataPath
        var current = catalog
        for year in [2020, 2021, 2022, 2023, 2025] {
            let file = try OfficialImportTests.official("bls-oews/national_M\(year)_dl.xlsx")
            let outcome = try VintageRecorder.add(file: file, datasetID: .oewsNational, vintageName: "May \(year) (BLS workbook, test)",
                                                  referenceDate: "\(year)-05", note: nil, catalog: current, dataPath: dataPath)
            XCTAssertEqual(outcome.vintage.file, "official/bls-oews/national_M\(year)_dl.xlsx")
            XCTAssertEqual(outcome.vintage.sha256, try FileDigest.sha256(path: file))
            XCTAssertGreaterThan(outcome.report.rows, 1300)
            current = outcome.catalog
        }
    }
}
