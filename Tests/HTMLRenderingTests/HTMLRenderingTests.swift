import Notebook
import Testing

@testable import HTMLRendering

@Suite struct HTMLRenderingTests {
    @Test func escapingHappensInOnePlace() {
        #expect(HTML.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(HTML.slug("Why XOR is hard!") == "why-xor-is-hard")
    }

    @Test func mathBecomesMathML() {
        #expect(
            MathML.render("w_i", display: false)
                == "<math><semantics><mrow><msub><mi>w</mi><mrow><mi>i</mi></mrow></msub></mrow><annotation encoding=\"application/x-tex\">w_i</annotation></semantics></math>"
        )
        let frac = MathML.render("\\frac{1}{2} \\cdot \\sigma(x)", display: true)
        #expect(
            frac.hasPrefix(
                "<math display=\"block\"><semantics><mrow><mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac><mo>⋅</mo><mi>σ</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"
            ))
        let cases = MathML.render(
            "y = \\begin{cases} 1 & x \\geq 0 \\\\ 0 & \\text{otherwise} \\end{cases}",
            display: true)
        #expect(
            cases.contains(
                "<mtable columnalign=\"left\"><mtr><mtd><mrow><mn>1</mn></mrow></mtd><mtd><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mn>0</mn></mrow></mtd><mtd><mrow><mtext>otherwise</mtext></mrow></mtd></mtr></mtable>"
            ))
        #expect(
            MathML.render("\\unknowncmd", display: false).contains(
                "<merror><mtext>\\unknowncmd</mtext></merror>"))
    }

    /// Printed box-drawing tables (model summaries) are marked so that the page never wraps
    /// them; other printed text may wrap.
    @Test func printedTablesAreMarked() {
        let chapter = ChapterParser().parse(
            "# T\n\n```swift\nprint(1)\n```\n", file: "chapters/01-t.md"
        ).chapter
        let page = ChapterPage(
            chapter: chapter,
            outcomes: [0: CellOutcome(items: [.text("┏━┓\n┃a┃\n"), .text("plain\n")])],
            problems: [], fileName: "01-t.html")
        let html = SiteRenderer(bookTitle: "Book").render([page])["01-t.html"] ?? ""
        #expect(html.contains("<pre class=\"stdout table\">┏━┓"))
        #expect(html.contains("<pre class=\"stdout\">plain"))
    }

    /// An opening bracket before inline math and punctuation after it stay on the math's
    /// line; math set apart by spaces is left alone.
    @Test func punctuationStaysWithInlineMath() {
        let math = "<math><semantics><mi>w</mi></semantics></math>"
        #expect(
            MathGlue.glue("weights (\(math)) and \(math), here")
                == "weights <span class=\"nobr\">(\(math))</span> and <span class=\"nobr\">\(math),</span> here"
        )
        #expect(MathGlue.glue("a \(math) b") == "a \(math) b")
        let block = "<math display=\"block\"><semantics><mi>w</mi></semantics></math>."
        #expect(MathGlue.glue(block) == block)
    }

    /// `\big(` and friends set their delimiter at TeX's fixed sizes.
    @Test func sizedDelimiters() {
        let big = MathML.render("\\big( x \\big)^2", display: false)
        #expect(big.contains("minsize=\"1.2em\" maxsize=\"1.2em\">(</mo>"))
        #expect(big.contains("<msup><mo fence=\"true\""))
        #expect(MathML.render("\\Bigl[", display: false).contains("minsize=\"1.8em\""))
    }

    @Test func swiftIsHighlightedAndEscaped() {
        let html = SwiftHighlighter.highlight("let s = \"<b>\" // note\n")
        #expect(
            html
                == "<span class=\"tok-keyword\">let</span> s = <span class=\"tok-string\">&quot;&lt;b&gt;&quot;</span> <span class=\"tok-comment\">// note</span>\n"
        )
    }

    @Test func pageShowsCellsOutputsErrorsAndNavigation() {
        let text =
            "# First\n\nSome *text* with $x_1$.\n\n```swift\nprint(\"<hi>\")\n```\n\n```swift hide\nlet hidden = 1\n```\n\n```swift silent\nprint(2)\n```\n"
        let chapter = ChapterParser().parse(text, file: "chapters/01-first.md").chapter
        let second = ChapterParser().parse("# Second\n\n## Part A\n", file: "chapters/02-second.md")
            .chapter
        let pages = [
            ChapterPage(
                chapter: chapter,
                outcomes: [
                    0: CellOutcome(items: [.text("<hi>\n")]),
                    1: CellOutcome(items: [.error("ch.md:10:1: error: boom")]),
                    2: CellOutcome(items: [.text("2\n")]),
                ], problems: [], fileName: "01-first.html"),
            ChapterPage(chapter: second, outcomes: [:], problems: [], fileName: "02-second.html"),
        ]
        let files = SiteRenderer(bookTitle: "Book").render(pages)
        #expect(
            Set(files.keys) == [
                "01-first.html", "02-second.html", "index.html", "print.html", "style.css",
            ])
        let page = files["01-first.html"] ?? ""
        #expect(page.contains("<title>First · Book</title>"))
        #expect(page.contains("<h1 id=\"first\">First<a class=\"anchor\" href=\"#first\""))
        #expect(page.contains("<em>text</em>"))
        #expect(page.contains("<msub><mi>x</mi>"))
        #expect(page.contains("<pre class=\"stdout\">&lt;hi&gt;\n</pre>"))
        #expect(!page.contains("let hidden"))  // `hide` drops the source
        #expect(page.contains("boom"))  // errors are always shown
        #expect(page.contains("print</span>") || page.contains("print(<span"))
        #expect(!page.contains("<pre class=\"stdout\">2\n</pre>"))  // `silent` drops the output
        #expect(page.contains("<a href=\"02-second.html\" rel=\"next\">Second →</a>"))
        let index = files["index.html"] ?? ""
        #expect(index.contains("<a href=\"02-second.html#part-a\">Part A</a>"))
    }
}
