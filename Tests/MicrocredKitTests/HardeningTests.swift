import Foundation
import XCTest
import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

/// Arithmetic, escaping and YAML checks that must hold for any input.
final class HardeningTests: XCTestCase {
    func testFormattingNeverTraps() {
        XCTAssertEqual(Figures.integer(Int.min), "-9,223,372,036,854,775,808")
        XCTAssertTrue(Figures.decimal(1e300, places: 1).hasPrefix("1,000,000,000,000,000,052,504"))
        XCTAssertTrue(Figures.decimal(-1.7976931348623157e308, places: 0).hasPrefix("-179,769,313,486,231,570,814"))
        XCTAssertEqual(Figures.decimal(.nan, places: 1), "—")
        XCTAssertEqual(Figures.decimal(12345.678, places: 1), "12,345.7")
        XCTAssertTrue(Figures.dollarsAndCents(1e300).hasPrefix("$1,000,000,000"))
        XCTAssertTrue(Figures.dollars(-1e300).hasPrefix("-$1,000,000,000"))
        XCTAssertEqual(Figures.dollarsAndCents(.infinity), "—")
        XCTAssertEqual(Figures.dollarsAndCents(62.55), "$62.55")
        XCTAssertEqual(Figures.integer(Int.max), "9,223,372,036,854,775,807")
        XCTAssertEqual(Figures.decimal(9.1e15, places: 0), "9,100,000,000,000,000")
        XCTAssertEqual(Figures.percent(1e300).last, "%")
        XCTAssertNil(Figures.rounded(.infinity, 1))
    }

    func testNumericFieldsAreRangeChecked() {
        func parse(_ text: String) -> (Int?, Int64?, Double?) {
            Array(text.utf8).withUnsafeBytes { (FieldParsing.integer($0), FieldParsing.thousandths($0), FieldParsing.decimal($0)) }
        }
        XCTAssertNil(parse("1234567890123456").0)
        XCTAssertNil(parse("1234567890123456").1)
        XCTAssertNil(parse("9999999999999999999").1)
        XCTAssertNil(parse("1e300").2)
        XCTAssertNil(parse("0x1p3").2)
        XCTAssertNil(parse("inf").2)
        XCTAssertNil(parse("nan").2)
        XCTAssertEqual(parse("999999999999").0, 999_999_999_999)
        XCTAssertEqual(parse("125480.5").1, 125_480_500)
        XCTAssertEqual(parse("-0.5").2, -0.5)
        Array("12345678901234567".utf8).withUnsafeBytes { XCTAssertTrue(FieldParsing.quote($0).contains("out of range")) }
    }

    func testMarkdownEscapingIsSafe() throws {
        func autolink(_ url: String) -> String { MarkdownEscaping.inline(.autolink(url), context: .init(atBlockStart: false)) }
        func link(_ url: String) -> String { MarkdownEscaping.inline(.link([.text("label")], url: url), context: .init(atBlockStart: false)) }
        XCTAssertEqual(MarkdownEscaping.text("see https://evil.example"), "see https\\://evil.example")
        XCTAssertEqual(MarkdownEscaping.text("www.evil.example"), "www\\.evil.example")
        XCTAssertEqual(MarkdownEscaping.text("a\u{1B}[31mb\u{0}c\u{85}d"), "a\\[31mbcd")
        XCTAssertEqual(MarkdownEscaping.text("a\u{202E}b\u{2066}c\u{2028}d"), "abc d")
        XCTAssertEqual(MarkdownEscaping.inline(.code("x\u{1B}y"), context: .init()), "`xy`")
        XCTAssertEqual(autolink("https://www.bls.gov/oes/tables.htm"), "<https://www.bls.gov/oes/tables.htm>")
        XCTAssertFalse(autolink("javascript:alert(1)").hasPrefix("<"))
        XCTAssertEqual(autolink("https://x.example/<script>"), "https\\://x.example/\\<script\\>")
        XCTAssertEqual(link("report.md"), "[label](report.md)")
        XCTAssertEqual(link("javascript:alert(1)"), "label")
        XCTAssertEqual(link("data:text/html,x"), "label")
        // GitHub's renderer makes no link of a source URL that is not http(s).
        let html = try CMark.html(MarkdownDocument([.paragraph("\(url: "javascript:alert(1)") and \(url: "https://www.bls.gov/oes/")")]).render())
        XCTAssertFalse(html.contains("href=\"javascript"), html)
        XCTAssertTrue(html.contains("href=\"https://www.bls.gov/oes/\""), html)
    }

    func testCSVCellsCannotBeFormulas() {
        XCTAssertEqual(CSVText.field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"")
        XCTAssertEqual(CSVText.field("+1+2"), "'+1+2")
        XCTAssertEqual(CSVText.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVText.field("-cmd"), "'-cmd")
        XCTAssertEqual(CSVText.field("\tx"), "'\tx")
        XCTAssertEqual(CSVText.field("-5.2"), "-5.2")
        XCTAssertEqual(CSVText.field("Software Developers"), "Software Developers")
    }

    func testYAMLRefusalsComeFromTheParsedNodes() {
        func message(_ text: String) -> String {
            do { _ = try YAMLDocument.parse(text: text, file: "synthetic.yaml", what: "rules file"); return "" } catch { return "\(error)" }
        }
        XCTAssertTrue(message("a: &x\t[1, 2]\nb:\t*x\n").contains("synthetic.yaml:1:4: YAML anchors and aliases"))
        XCTAssertTrue(message("a: [ &x 1, *x ]\n").contains("anchors and aliases"))
        XCTAssertTrue(message("a: !!str &x 1\n").contains("anchors and aliases"))
        XCTAssertTrue(message("a: 0x10\n").contains("not a number written in decimal"))
        XCTAssertTrue(message("a: .inf\n").contains("not a number written in decimal"))
        XCTAssertTrue(message("a: .NaN\n").contains("not a number written in decimal"))
        XCTAssertTrue(message("a: 1e400\n").contains("too large"))
        XCTAssertTrue(message("a: \"x\\e[31m\"\n").contains("control character (ESC)"))
        XCTAssertTrue(message("a: \"x\\N\"\n").contains("control character (U+0085)"))
        XCTAssertTrue(message("a: 1\nb: 2\na: 3\n").contains("synthetic.yaml:3:1: duplicate key 'a' (first at line 1)"))
        XCTAssertTrue(message(String(repeating: "- ", count: 5_000) + "x\n").contains("nesting is deeper than"))
        XCTAssertFalse(message("a: 10:30\nb: -5\nc: 1_000\nd: 2025-05\n").contains("error"))
        XCTAssertEqual(message("a: 10:30\nb: -5\nc: 1_000\nd: \"2025-05\"\n"), "")
        do {
            _ = try YAMLDocument.parse(data: Data("a: 1\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), file: "u.yaml", what: "proposal")
            XCTFail("UTF-16 accepted")
        } catch { XCTAssertTrue("\(error)".contains("UTF-16"), "\(error)") }
        do {
            _ = try YAMLDocument.parse(data: Data([0x61, 0x3A, 0x20, 0x31, 0x0A, 0x62, 0x3A, 0x20, 0xFF, 0x0A]), file: "l.yaml", what: "proposal")
            XCTFail("Latin-1 accepted")
        } catch { XCTAssertTrue("\(error)".contains("l.yaml:2:4:"), "\(error)") }
    }

    func testChecksumVerificationNamesTheFileAndBothDigests() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("synthetic-data.csv")
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: path))
        let digest = try FileDigest.sha256(path: path)
        func resolved(_ sha: String?, at path: String?) -> ResolvedDataset {
            let vintage = DatasetVintage(vintage: "Synthetic 2030", referenceDate: "2030-05", file: "synthetic/synthetic-data.csv", sha256: sha, rows: nil, note: nil)
            let entry = DatasetEntry(id: DatasetID("synthetic"), kind: .oews, title: "", publisher: "", sourceURL: "", license: "", attribution: "", format: "csv",
                                     maxAgeMonths: 1, columns: [], mapping: nil, vintages: [vintage])
            return ResolvedDataset(entry: entry, vintage: vintage, path: path, searched: [])
        }
        XCTAssertNil(ChecksumVerification.check(resolved(digest, at: path)))
        XCTAssertNil(ChecksumVerification.check(resolved(digest.uppercased(), at: path)))
        XCTAssertNil(ChecksumVerification.check(resolved(nil, at: path)), "no recorded digest: nothing to check")
        let mismatch = try XCTUnwrap(ChecksumVerification.check(resolved(String(repeating: "0", count: 64), at: path)))
        XCTAssertEqual(mismatch.found, digest)
        XCTAssertTrue(mismatch.warning.hasPrefix("synthetic (Synthetic 2030): synthetic/synthetic-data.csv does not match the catalog: its sha256 is \(digest.prefix(12))…"), mismatch.warning)
        XCTAssertFalse(mismatch.warning.contains(dir.path("")), "no machine path in a report line")
        // A FIFO in place of the file is refused, not waited on.
        let fifo = dir.path("synthetic.fifo")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        XCTAssertNil(try XCTUnwrap(ChecksumVerification.check(resolved(digest, at: fifo))).found)
        XCTAssertEqual(ChecksumVerification.checkable([resolved(digest, at: path), resolved(digest, at: path), resolved(nil, at: path)]).count, 1)
    }

    func testNewestVintageIsChosenByDate() {
        let v = { (name: String, date: String) in DatasetVintage(vintage: name, referenceDate: date, file: "f", sha256: nil, rows: nil, note: nil) }
        let entry = DatasetEntry(id: DatasetID("x"), kind: .oews, title: "", publisher: "", sourceURL: "", license: "", attribution: "", format: "csv",
                                 maxAgeMonths: 1, columns: [], mapping: nil, vintages: [v("Dec", "2026-12"), v("May", "2026-5")])
        XCTAssertEqual(entry.newestVintage?.vintage, "Dec")
        XCTAssertNil(v("bad", "99999-12").referenceMonth)
        XCTAssertNil(v("bad", "1900-01").referenceMonth)
    }
}
