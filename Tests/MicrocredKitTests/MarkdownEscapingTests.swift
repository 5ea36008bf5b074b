import Foundation
import XCTest
@testable import MicrocredKit
import MicrocredTestSupport

/// Escaping per node kind, checked by what cmark-gfm (GitHub's renderer)
/// makes of the output: data text renders as itself, markup as markup.
final class MarkdownEscapingTests: XCTestCase {
    func html(_ blocks: [MarkdownBlock]) throws -> String { try CMark.html(MarkdownDocument(blocks).render()) }
    func paragraph(_ text: String) throws -> String { try html([.paragraph(.text(text))]) }

    func testTextPipesStayInTheirCell() throws {
        let out = try html([.table(MarkdownTable(["a", "b"], [[.text("x | y"), .text("z|")]]))])
        XCTAssertTrue(out.contains("<td>x | y</td>"), out)
        XCTAssertTrue(out.contains("<td>z|</td>"), out)
        XCTAssertEqual(out.components(separatedBy: "<td>").count - 1, 2, out)
    }

    func testTextLeadingHashIsNotAHeading() throws {
        XCTAssertEqual(try paragraph("# not a heading"), "<p># not a heading</p>\n")
        XCTAssertEqual(try html([.bulletList([.text("## item")])]), "<ul>\n<li>## item</li>\n</ul>\n")
        XCTAssertEqual(try html([.heading(level: 2, .text("C# #"))]), "<h2>C# #</h2>\n")
    }

    func testTextHTMLIsShownNotRun() throws {
        let out = try paragraph("<script>alert(1)</script> <b>x</b> &amp; &lt;")
        XCTAssertEqual(out, "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;x&lt;/b&gt; &amp;amp; &amp;lt;</p>\n")
    }

    func testTextBackslashesAreLiteral() throws {
        XCTAssertEqual(try paragraph(#"C:\data\*.csv \\ end\"#), "<p>C:\\data\\*.csv \\\\ end\\</p>\n")
    }

    func testTextLineBreaksAndControlCharacters() throws {
        XCTAssertEqual(try paragraph("one\ntwo\r\nthree\tfour"), "<p>one two three four</p>\n")
        XCTAssertEqual(MarkdownEscaping.text("a\u{0}b\u{7}c\u{1B}[31md\u{7F}e"), "ab" + "c\\[31mde")
        let out = try html([.table(MarkdownTable(["a"], [[.text("x\ny")]]))])
        XCTAssertTrue(out.contains("<td>x y</td>"), out)
    }

    func testTextEmphasisAndCodeMarkersAreLiteral() throws {
        XCTAssertEqual(try paragraph("O*NET and O*NET, _x_ __y__ ~~z~~ `code`"), "<p>O*NET and O*NET, _x_ __y__ ~~z~~ `code`</p>\n")
    }

    func testTextMarkdownLinkSyntaxIsNotALink() throws {
        XCTAssertEqual(try paragraph("[click](https://evil.example) ![img](x.png) [ref][1]"),
                       "<p>[click](https://evil.example) ![img](x.png) [ref][1]</p>\n")
    }

    func testTextBareURLsAreNotAutoLinked() throws {
        let out = try paragraph("see https://example.org/a, http://x.org and www.example.org or WWW.EXAMPLE.ORG; awww.no")
        XCTAssertFalse(out.contains("<a "), out)
        XCTAssertTrue(out.contains("https://example.org/a"), out)
        XCTAssertTrue(out.contains("www.example.org"), out)
    }

    func testTextBlockMarkersAtTheStartStayText() throws {
        XCTAssertEqual(try paragraph("- not a list"), "<p>- not a list</p>\n")
        XCTAssertEqual(try paragraph("+ not a list"), "<p>+ not a list</p>\n")
        XCTAssertEqual(try paragraph("2026. not a list"), "<p>2026. not a list</p>\n")
        XCTAssertEqual(try paragraph("1) not a list"), "<p>1) not a list</p>\n")
        XCTAssertEqual(try paragraph("---"), "<p>---</p>\n")
        XCTAssertEqual(try html([.bulletList([.text("- nested?")])]), "<ul>\n<li>- nested?</li>\n</ul>\n")
        // After a line break inside a paragraph, too.
        XCTAssertEqual(try html([.paragraph(MarkdownText([.text("a"), .lineBreak, .text("- b")]))]), "<p>a\n- b</p>\n")
        // Inside a table cell a leading minus is a number's sign and stays as it is.
        XCTAssertTrue(MarkdownDocument([.table(MarkdownTable(["g"], [[.text("-1.0%")]]))]).render().contains("| -1.0% |"))
    }

    func testRawIsWrittenAsIs() throws {
        XCTAssertEqual(try html([.paragraph("**bold** and *em*")]), "<p><strong>bold</strong> and <em>em</em></p>\n")
        XCTAssertEqual(try html([.raw("<!-- comment -->")]), "<!-- comment -->\n")
    }

    func testInterpolatedValuesAreText() throws {
        let name = "*A* | <b>"
        let line: MarkdownText = "**Partner:** \(name) (\(code: "x|y"))"
        XCTAssertEqual(line.nodes, [.raw("**Partner:** "), .text(name), .raw(" ("), .code("x|y"), .raw(")")])
        XCTAssertEqual(try html([.paragraph(line)]), "<p><strong>Partner:</strong> *A* | &lt;b&gt; (<code>x|y</code>)</p>\n")
    }

    func testCodeSpanShowsItsContent() throws {
        XCTAssertEqual(try html([.paragraph(.code("a_b*c\\d"))]), "<p><code>a_b*c\\d</code></p>\n")
        XCTAssertEqual(try html([.paragraph(.code("x `y` z"))]), "<p><code>x `y` z</code></p>\n")
        XCTAssertEqual(try html([.paragraph(.code("`tick"))]), "<p><code>`tick</code></p>\n")
        let table = try html([.table(MarkdownTable(["a", "b"], [[.code("p|q"), "2"]]))])
        XCTAssertTrue(table.contains("<td><code>p|q</code></td>"), table)
    }

    func testStrongAndEmphasisEscapeTheirText() throws {
        XCTAssertEqual(try html([.paragraph(MarkdownText([.strong([.text("a*b")]), .raw(" "), .emphasis([.text("(c_d)")])]))]),
                       "<p><strong>a*b</strong> <em>(c_d)</em></p>\n")
    }

    func testLinksEncodeTheirURLAndEscapeTheirLabel() throws {
        let out = try html([.paragraph("\(link: .text("a [b] *c*"), url: "my file (1).md") and \(url: "https://example.org/a b")")])
        XCTAssertEqual(out, "<p><a href=\"my%20file%20%281%29.md\">a [b] *c*</a> and <a href=\"https://example.org/a%20b\">https://example.org/a%20b</a></p>\n")
    }

    func testCodeBlockFenceIsLongerThanItsContent() throws {
        let out = try html([.codeBlock(language: "text", "```\n# not a heading\n```")])
        XCTAssertEqual(out, "<pre><code class=\"language-text\">```\n# not a heading\n```\n</code></pre>\n")
    }

    func testMermaidLabelsAreSanitised() throws {
        let doc = MarkdownDocument([.mermaid(.pie(title: "A \"b\" [c]; #d", slices: [.init("x|y:z", 50)]))]).render()
        XCTAssertEqual(doc, "```mermaid\npie title A 'b'  c    d\n    \"x y z\" : 50.0\n```\n")
    }

    func testBlockQuoteAndListsAndHeadings() throws {
        let doc = MarkdownDocument([
            .heading(level: 9, .text("Deep")),
            .blockQuote([.paragraph("**Gap:** none"), .bulletList([.text("a"), .text("b")])]),
            .orderedList([.text("one"), .text("two")]),
        ]).render()
        XCTAssertEqual(doc, "###### Deep\n\n> **Gap:** none\n>\n> - a\n> - b\n\n1. one\n2. two\n")
        let out = try CMark.html(doc)
        XCTAssertTrue(out.contains("<blockquote>\n<p><strong>Gap:</strong> none</p>\n<ul>"), out)
        XCTAssertTrue(out.contains("<ol>\n<li>one</li>"), out)
    }

    func testTableAlignmentAndPadding() throws {
        let table = MarkdownTable(header: ["a", "b", "c", "d"], alignments: [.none, .left, .center, .right], rows: [["1"]])
        XCTAssertEqual(MarkdownDocument([.table(table)]).render(), "| a | b | c | d |\n| --- | :--- | :---: | ---: |\n| 1 |  |  |  |\n")
        let out = try CMark.html(MarkdownDocument([.table(table)]).render())
        XCTAssertTrue(out.contains("<th align=\"right\">d</th>"), out)
    }

    /// Command output (`--format markdown`) goes through the same rule.
    func testOutputDocumentUsesTheSameRule() throws {
        var doc = OutputDocument()
        doc.heading("O*NET <b> | #1")
        doc.paragraph("- see https://example.org")
        doc.table(OutputTable(headers: ["x|y"], rows: [["a*b*c"]], rightAligned: [0]))
        let markdown = doc.markdown()
        XCTAssertEqual(markdown, "# O\\*NET \\<b\\> \\| \\#1\n\n\\- see https\\://example.org\n\n| x\\|y |\n| ---: |\n| a\\*b\\*c |\n")
        let out = try CMark.html(markdown)
        XCTAssertTrue(out.contains("<h1>O*NET &lt;b&gt; | #1</h1>"), out)
        XCTAssertTrue(out.contains("<p>- see https://example.org</p>"), out)
        XCTAssertTrue(out.contains("<td align=\"right\">a*b*c</td>"), out)
    }
}
